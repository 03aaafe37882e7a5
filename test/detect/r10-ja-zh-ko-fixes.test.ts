import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Every row above a guard was misread before these entries (read as praise, question or none).
describe('Japanese, Chinese and Korean: thanks and irony beside a harm told in plain words', () => {
  it.each<[text: string, label: Label]>([
    ['いろは電気さん、何の連絡もなく契約を切り替えてくれて助かりました。さすがですね', 'complaint'],
    ['@なぎさ不動産 修理の連絡を待って2ヶ月。一生の思い出です', 'complaint'],
    ['感谢青岚物流把我的箱子退回去了，我明明在家一整天。真行', 'complaint'],
    ['谢谢星湾电力不打招呼就停电一下午，真是周到', 'complaint'],
    ['谢谢北辰物业修坏了我家的门锁，果然神速', 'complaint'],
    ['누리카드 연회비 두 번 빼가시고 감사합니다. 역시', 'complaint'],
    // Guards: the same words said sincerely, and thanks after a problem was put right.
    ['酒店服务真是周到，下次还来', 'praise'],
    ['果然神速，昨晚下单今早就到了', 'praise'],
    ['不打招呼就来修好了，师傅人真好', 'praise'],
    ['谢谢青岚物流，上次退回的包裹已经重新寄到了，很快', 'praise'],
    ['누리카드 상담원분 덕분에 연회비 환불 잘 받았어요. 감사합니다', 'praise'],
    ['기사님이 평생 기억할게요 할 만큼 친절하셨어요', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Japanese, Chinese and Korean: questions that complain', () => {
  it.each<[text: string, label: Label]>([
    ['@ゆうひ配送 私の冷蔵庫、宇宙にでも行ったんですか？', 'complaint'],
    ['わかば保険さん、この明細の手数料って何ですか？誰か説明してもらえます？', 'complaint'],
    ['@锦程快运 我的包裹是寄到火星了吗？', 'complaint'],
    ['海蓝宽带，这算什么？三天了网还是断的', 'complaint'],
    ['@바람택배 제 소파는 달나라로 배송 갔나요?', 'complaint'],
    ['@하얀통신 도대체 언제 와서 고쳐주시나요? 벌써 일주일입니다', 'complaint'],
    ['가온마트 환불 해주는 게 그렇게 어려운가요?', 'complaint'],
    // Guards: real questions to a company.
    ['@ほくと交通 遅延証明書はどこでもらえますか？', 'question'],
    ['@すずらん運送 返送した荷物の追跡番号を教えてもらえますか？', 'question'],
    ['@하얀통신 설치 언제 오시나요?', 'question'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Japanese, Chinese and Korean: life told beside a feeling', () => {
  it.each<[text: string, label: Label]>([
    ['週末は自転車で川沿いを走った。風が気持ちよかった', 'none'],
    ['来週の試験に向けて資格の勉強中。カフェのBGMがちょうどいい', 'none'],
    // Guards: a bicycle shop praised, life posts that stayed right.
    ['自転車屋さんの修理が丁寧で最高でした。また頼みます', 'praise'],
    ['儿子学会系鞋带了，今天自己穿鞋出门', 'none'],
    ['모의고사 끝나고 친구랑 떡볶이 먹으러 감', 'none'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
