import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

/**
 * Everyday Korean and Georgian review wording the lexicons did not know: slang of delight, inflected
 * forms, plain reports of a bad experience ("출고 전", "ლაგავს"), verdicts, problems
 * said not to have happened ("안 빠져요", "აღარ ლაგავს") and Georgian negation after the word it
 * negates ("თავაზიანი არ იყო"): read as `none` or the opposite label before.
 */
const CASES: Record<string, [text: string, label: Label][]> = {
  ko: [
    ['이 가격에 이 정도면 진짜 돈값 제대로 합니다', 'praise'],
    ['여기 떡볶이 개맛있음 진짜 취향저격', 'praise'],
    ['앱 업데이트 이후로 끊김 없이 잘 돌아가요', 'praise'],
    ['숙소가 뽀송뽀송하고 침구도 폭신해서 꿀잠 잤어요', 'praise'],
    ['이 쿠션 쓰고 나서 트러블 올라왔어요 민감성용이라더니', 'complaint'],
    ['주문한 지 일주일인데 아직 출고 전이래요', 'complaint'],
    ['라면이 퉁퉁 불어서 왔어요 먹을 수가 없네', 'complaint'],
    ['점원이 폰만 보고 대꾸도 안 하네요', 'complaint'],
    ['상세페이지랑 색깔이 완전 달라요 사진과 다르잖아요', 'complaint'],
    ['고기에서 잡내가 심하고 기름 범벅이었어요', 'complaint'],
    ['결제하자마자 앱이 무한 로딩 걸려서 멈췄어요', 'complaint'],
    ['가격이 너무 사악해요 완전 호갱 된 기분', 'complaint'],
    ['명절인데 기차 연착 없었어요', 'praise'],
    ['이 패딩 세탁해도 털이 안 빠져요', 'praise'],
    ['선크림인데 하나도 안 끈적이고 백탁도 없어요', 'praise'],
    ['소파 이 가격에 하나도 안 아깝네요', 'praise'],
  ],
  ka: [
    ['ხინკალი წვნიანი და არომატული იყო, თითებს ჩაილოკავ', 'praise'],
    ['ოპერატორმა მაშინვე მიპასუხა და ყველაფერი მოაგვარა', 'praise'],
    ['ეს ყავა უბრალოდ შედევრია', 'praise'],
    ['მიმტანმა დაგვიყვირა და ცუდად მოგვექცა', 'complaint'],
    ['ხორცი გამომშრალი და უმარილო იყო', 'complaint'],
    ['ამანათი ჩაჭყლეტილი მოვიდა და ერთი ნივთი აკლდა', 'complaint'],
    ['აპლიკაცია ლაგავს და გამუდმებით იკიდება', 'complaint'],
    ['ფასები ისე გაძვირდა, რომ აღარ ღირს', 'complaint'],
    ['თანხას არ მიბრუნებენ უკვე თვეებია', 'complaint'],
    ['ნუ იყიდით ამ მაღაზიაში, ფულის გადაგდებაა', 'complaint'],
    ['მიმტანი თავაზიანი სულაც არ იყო', 'complaint'],
    ['ოთახი სუფთა არ იყო, თეთრეულიც ლაქებიანი', 'complaint'],
    ['ფასები ძვირი არ არის და პორციებიც დიდია', 'praise'],
    ['აპლიკაცია აღარ ლაგავს განახლების შემდეგ', 'praise'],
    ['ინტერნეტი ერთი თვეა არ გათიშულა', 'praise'],
  ],
};

describe('detect: everyday review vocabulary, second pass (ko, ka)', () => {
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
