import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const noBrand: BrandContext = { name: '', handles: [], keywords: [] };

const read = (text: string) => detect({ text }, noBrand);

// Every row but the guards was read wrong before these lexicon entries.

describe('Hindi, Georgian, Korean, Chinese and Japanese: thanks that complain', () => {
  it.each<[text: string, lang: string, label: Label]>([
    // Hindi: the harm after the thanks is named ("बीच रास्ते", "किराया काट लिया", "बिजली गायब",
    // "ज़हमत नहीं उठाई", "वादा करके", "आवाज़ करने लगी", "रुपये लिए और"); "यादगार रात" is ironic beside it.
    ['शुक्रिया @TezCabs, बीच रास्ते उतार दिया और पूरा किराया काट लिया 🙏', 'hi', 'complaint'],
    ['धन्यवाद बिजलीघर, रात भर बिजली गायब, यादगार रात थी 🙏', 'hi', 'complaint'],
    ['धन्यवाद ग्रीनगैस, 5 बार कॉल किया, फ़ोन उठाने की ज़हमत नहीं उठाई', 'hi', 'complaint'],
    ['धन्यवाद फ़ास्टकार्ट, दो दिन का वादा करके पार्सल 9 दिन बाद पहुँचाया 🙏', 'hi', 'complaint'],
    ['शुक्रिया मोटोकेयर, सर्विस के बाद बाइक आवाज़ करने लगी, 800 रुपये लिए और बोले ये नॉर्मल है', 'hi', 'complaint'],
    // Georgian: "ზუსტად მაშინ" (just when) beside an outage; a card blocked; an office found shut.
    ['მადლობა ენერგოს, რომ შუქი ზუსტად მაშინ გამორთო, როცა სადილს ვამზადებდი', 'ka', 'complaint'],
    ['ბანკმა ბარათი საზღვარგარეთ დამიბლოკა, მადლობა', 'ka', 'complaint'],
    ['ოფისი დაკეტილია, თუმცა საიტზე წერია, რომ ღიაა', 'ka', 'complaint'],
    // Korean: "따뜻한 위로" (warm comfort) for an outage.
    ['통신 장애 보상으로 쿠폰 한 장, 따뜻한 위로 감사합니다', 'ko', 'complaint'],
    // Chinese: three trips for one errand, "not covered", a trip cancelled without a word.
    ['谢谢星海银行让我跑了三趟才办完一张卡', 'zh', 'complaint'],
    ['感谢保险公司告诉我这个不在保障范围内', 'zh', 'complaint'],
    ['谢谢销售，买的时候可不是这么说的', 'zh', 'complaint'],
    ['谢谢旅行社，行程取消了也是我自己到机场才知道的', 'zh', 'complaint'],
    // Japanese: "ご丁寧に", "の一言", "までしか", "買い替えをお勧め".
    ['ご丁寧に定型文の返信ありがとうございました', 'ja', 'complaint'],
    ['修理に出したら「買い替えをお勧めします」の一言でした。ありがとうございます', 'ja', 'complaint'],
    ['窓口は平日15時までしか開いてないんですね、ありがとうございます', 'ja', 'complaint'],
    // Guards: thanks for what went right stay praise.
    ['शुक्रिया फ़ास्टकार्ट, पार्सल एक दिन में पहुँच गया 🙏', 'hi', 'praise'],
    ['सर्विस सेंटर वालों ने दो दिन बताया था और दो दिन में ही गाड़ी मिल गई, बढ़िया', 'hi', 'praise'],
    ['谢谢客服，问题很快就解决了', 'zh', 'praise'],
    ['丁寧な対応ありがとうございました', 'ja', 'praise'],
  ])('%s → %s %s', (text, lang, label) => {
    const r = read(text);
    expect(r.lang).toBe(lang);
    expect(r.label).toBe(label);
  });
});

describe('Hindi and Korean: questions that complain', () => {
  it.each<[text: string, lang: string, label: Label]>([
    ['वेबसाइट पर मुफ़्त इंस्टॉलेशन लिखा था पर टेक्नीशियन ने 500 क्यों माँगे?', 'hi', 'complaint'],
    ['स्टेशन का एटीएम तीन दिन से बंद क्यों है?', 'hi', 'complaint'],
    ['출발 이틀 전에 일정 변경 통보하는 게 정상이에요?', 'ko', 'complaint'],
    ['결제는 두 번 됐는데 보상은요', 'ko', 'complaint'],
    ['설명 들을 땐 무료라고 하셨는데 지금 와서 요금이 나오네요', 'ko', 'complaint'],
    ['예약 시간 다 돼서 전화했더니 알아서 하라고 하시네요', 'ko', 'complaint'],
    // Guards: a plain question, and "오래 걸리지 않" / "한 번도 안 고장" still praise.
    ['आपका ऐप रात को किस समय बंद होता है?', 'hi', 'question'],
    ['배송 오래 걸리지 않았어요 만족해요', 'ko', 'praise'],
    ['3년 동안 한 번도 안 고장났어요 최고', 'ko', 'praise'],
  ])('%s → %s %s', (text, lang, label) => {
    const r = read(text);
    expect(r.lang).toBe(lang);
    expect(r.label).toBe(label);
  });
});

describe('Everyday topics: posts about life, not a company', () => {
  it.each<[text: string, lang: string, label: Label]>([
    ['आज चाचा के गाँव गए, रास्ते भर सरसों के खेत, बहुत सुंदर', 'hi', 'none'],
    ['벚꽃 보러 갔다가 비염 터져서 재채기만 하다 옴', 'ko', 'none'],
    ['내일 면접인데 자소서 아직도 못 씀 ㅠㅠ', 'ko', 'none'],
    ['今天热到38度，人生好难', 'zh', 'none'],
    // "刚装好" (just set up) holds "好", "差一个号" (one number short) "差" (poor): read with no cue.
    ['新书架刚装好，周末跟发小在家打麻将', 'zh', 'none'],
    ['买了张彩票，差一个号就中了，人生啊', 'zh', 'none'],
    ['रेडियो पर किशोर के गाने सुनकर दिल खुश हो गया', 'hi', 'none'],
    ['शाम को छत से सूर्यास्त की फोटो ली, बहुत सुंदर', 'hi', 'none'],
    ['ფანჯრიდან ხეობა ჩანს, რა ლამაზი ქვეყანა გვაქვს', 'ka', 'none'],
    ['花粉と寝不足で頭が回らない', 'ja', 'none'],
    ['通勤電車で失恋ソング聞いて泣きそう', 'ja', 'none'],
    // "თბილისი" (the capital) begins with "თბილ-" (warm): it is no praise.
    ['თბილისში დღეს წვიმს და ცივა', 'ka', 'none'],
    // Guard: "თბილი" (warm) still praises.
    ['ძალიან თბილი და მყუდრო სასტუმროა', 'ka', 'praise'],
  ])('%s → %s %s', (text, lang, label) => {
    const r = read(text);
    expect(r.lang).toBe(lang);
    expect(r.label).toBe(label);
  });
});
