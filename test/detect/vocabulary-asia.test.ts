import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

/**
 * Everyday review wording in Hindi, Japanese, Chinese, Korean and Georgian: evaluative words,
 * verdicts and plain reports of a bad experience that the lexicons did not know, so these posts
 * were read as `none` (or as the opposite label).
 */
const CASES: Record<string, [text: string, label: Label][]> = {
  hi: [
    ['स्टाफ बहुत विनम्र और मददगार था, खाना भी लज़ीज़ था', 'praise'],
    ['उम्मीद से बढ़कर सर्विस मिली, पैसा वसूल', 'praise'],
    ['होटल का कमरा एकदम चकाचक था, दोबारा ज़रूर आएंगे', 'praise'],
    ['ग्राहक सेवा वाले ने तुरंत मेरी समस्या सुलझा दी, बहुत संतोषजनक अनुभव', 'praise'],
    ['दाम बहुत ज़्यादा हैं, सरासर लूट है', 'complaint'],
    ['वेटर का रवैया रूखा और लापरवाह था', 'complaint'],
    ['पनीर बासी था और दाल बेस्वाद', 'complaint'],
    ['ऐप बार बार हैंग हो जाता है', 'complaint'],
  ],
  ja: [
    ['スタッフの皆さんの対応が丁重で、居心地のいいカフェでした。また行きたいです', 'praise'],
    ['部屋は清潔で眺めも絶景、朝食も絶品でした', 'praise'],
    ['このイヤホン、音質が段違い。買って正解でした', 'praise'],
    ['想像以上の仕上がりで、文句なしです', 'praise'],
    ['ステーキが焼きすぎでパサパサ、しかも冷めてた', 'complaint'],
    ['アプリが勝手にログアウトされるし、すぐ落ちる', 'complaint'],
    ['値段の割に量が少なすぎ。ぼったくりでしょ', 'complaint'],
    ['部屋がカビ臭くてタバコの臭いもした', 'complaint'],
    ['店員が無愛想で、注文も放置されました', 'complaint'],
  ],
  zh: [
    ['服务员很周到，环境也很温馨，下次还会再来', 'praise'],
    ['超出预期，做工精致，包装也很用心', 'praise'],
    ['房间一尘不染，前台小姐姐特别贴心', 'praise'],
    ['這家餐廳份量足又好吃，價格公道，會回購', 'praise'],
    ['快递到的时候箱子都压扁了，里面的东西也碎了', 'complaint'],
    ['网络老是断，打客服电话也没人接', 'complaint'],
    ['服务员爱答不理的，态度恶劣', 'complaint'],
    ['价格离谱，分量少得可怜，纯属宰客', 'complaint'],
    ['APP一直自动退出登录，根本没法用', 'complaint'],
  ],
  ko: [
    ['직원분들이 다들 상냥하시고 분위기도 아늑해서 또 올게요', 'praise'],
    ['객실이 정말 청결하고 뷰가 끝내줬어요', 'praise'],
    ['배송도 총알배송이고 포장도 꼼꼼했어요. 번창하세요', 'praise'],
    ['주문하고 한 시간 넘게 기다렸는데 음식이 식어서 나왔어요', 'complaint'],
    ['택배 상자가 찌그러져서 왔고 제품이 파손됐네요', 'complaint'],
    ['앱이 자꾸 튕기고 로그아웃돼요', 'complaint'],
    ['직원이 불친절하고 싸가지가 없네요', 'complaint'],
    ['양이 쥐꼬리만 한데 가격은 바가지예요', 'complaint'],
    ['방에서 곰팡이 냄새가 나고 담배 냄새까지 났어요', 'complaint'],
  ],
  ka: [
    ['პერსონალი ძალიან ზრდილობიანი და გულისხმიერია, ყველას ვურჩევ', 'praise'],
    ['ოთახი სისუფთავით ბრწყინავდა, ხედი კი უბრალოდ ზღაპრული იყო', 'praise'],
    ['მიწოდება დროულად მოხდა, შეფუთვაც უნაკლო იყო', 'praise'],
    ['ამანათი დაზიანებული მოვიდა, ნივთი გატყდა', 'complaint'],
    ['ინტერნეტი გამუდმებით ითიშება', 'complaint'],
    ['ფასები ცამდე აწეული, ნამდვილი ძარცვაა', 'complaint'],
    ['მიმტანი უხალისო და უტაქტო იყო', 'complaint'],
    ['კერძი უგემური და გაცივებული მოიტანეს', 'complaint'],
  ],
};

describe('detect: everyday review vocabulary (hi, ja, zh, ko, ka)', () => {
  for (const [lang, cases] of Object.entries(CASES)) {
    describe(lang, () => {
      it.each(cases)('%s → %s', (text, label) => {
        const d = detect({ text }, brand);
        expect(d.lang).toBe(lang);
        expect(d.label, JSON.stringify(d.cues)).toBe(label);
      });
    });
  }
});
