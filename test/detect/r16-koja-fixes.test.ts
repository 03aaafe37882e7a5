import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Each row above a guard comment was misread before these entries; guards show the neighbouring
// readings stay right.
describe('Korean: wishes after praise, proposals asked with or without a question mark, slang sarcasm', () => {
  it.each<[text: string, label: Label]>([
    ['화질 짱인데 자막 크기 조절 되면 금상첨화일 듯', 'suggestion'],
    ['다 좋은데 알림음 바꾸는 기능 하나만 ㅠ', 'suggestion'],
    ['노트북 만족해요 키보드 백라이트만 있었어도 완벽했을 텐데', 'suggestion'],
    ['커피 맛있는데 텀블러 할인 해주면 안되나', 'suggestion'],
    ['은행 앱 깔끔해서 좋은데 얼굴 인식 로그인 되면 딱일 듯', 'suggestion'],
    ['혹시 재입고 계획 있으신가요?', 'suggestion'],
    ['아이패드 버전은 안 나오나요?', 'suggestion'],
    ['이 메뉴 다시 팔면 안 돼요?', 'suggestion'],
    ['옛날 그 컵라면 다시 내주실 생각 없나요', 'suggestion'],
    ['메모 앱에 손글씨 기능 넣어줄 수 있나요', 'suggestion'],
    ['위젯은 언제 추가돼요?', 'suggestion'],
    ['잘한다 잘해 진짜 ㅋㅋㅋ 구름택배', 'complaint'],
    ['짱이다 진짜 결제하자마자 가격 내림 ㅋㅋ', 'complaint'],
    ['퀄리티 보소 ㅋㅋ 하루 만에 뚜껑 깨짐', 'complaint'],
    ['게임 업뎃하고 렉 개심함 ㅡㅡ 뭐하냐', 'complaint'],
    // Guards: praise, questions and requests that stay what they are.
    ['퀄리티 보소 ㄷㄷ 마감 완벽함', 'praise'],
    ['기사님 너무 친절하시네요 ^^ 감사합니다', 'praise'],
    ['배송 언제 되나요?', 'question'],
    ['사장님 예전 메뉴 다시 내주세요🙏', 'suggestion'],
    ['렉 하나도 없고 완전 쾌적해요', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Japanese: requests without a question mark, wishes after praise, Kansai and slang complaints', () => {
  it.each<[text: string, label: Label]>([
    ['このアプリ最高!ウィジェットあったら言うことないのに', 'suggestion'],
    ['画質めっちゃきれい、字幕の大きさ変えられたら神', 'suggestion'],
    ['タブレット版は出ないんですか?', 'suggestion'],
    ['再入荷の予定ってありますか?', 'suggestion'],
    ['電子書籍アプリ、縦書き表示に対応してもらえませんか', 'suggestion'],
    ['あの季節限定のプリン、復活する可能性ってあります?', 'suggestion'],
    ['さすがですね、電話つながるまで1週間', 'complaint'],
    ['買った次の日に値下げとか神対応すぎる', 'complaint'],
    ['まじで草 アプデしたらログインできんくなった', 'complaint'],
    ['ほんまありえへん、頼んだ色と全然ちゃうやん', 'complaint'],
    ['旅行先でまた荷物なくしてくれました、ありがとう', 'complaint'],
    ['箱あけたら中身こわれてた', 'complaint'],
    ['アプデしてからラグい', 'complaint'],
    ['この弁当屋って配達やってるん?昼に頼みたいんやけど', 'question'],
    // Guards: praise and questions that stay what they are.
    ['ゲームのラグがなくなった!運営ありがとう', 'praise'],
    ['電話したらすぐつながって神対応でした', 'praise'],
    ['何もかも完璧、言うことないです', 'praise'],
    ['やけどしそうなくらい熱いスープが届いて最悪', 'complaint'],
    ['タブレット版ってどこでダウンロードできますか?', 'question'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
