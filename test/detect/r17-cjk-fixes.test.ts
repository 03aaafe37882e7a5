import { describe, expect, it } from 'vitest';
import { weigh } from '../../shared/detect/decide.ts';
import { readPost } from '../../shared/detect/read.ts';
import type { Label } from '../../shared/domain/detection.ts';

// Replies inside a conversation with a company, read by the rules alone (the trained layer learns
// these replies when it is retrained). Each row above a guard comment was misread by the rules
// before these entries; guards show the neighbouring readings stay right.
const rules = (text: string) => weigh(readPost(text).evidence).label;

describe('Japanese replies: "sorry" that apologises, details asked for again, nothing since, advice with "た方がいい"', () => {
  it.each<[text: string, label: Label]>([
    ['@acme すみません、先ほど注文番号お送りしました', 'none'],
    ['@acme すいません、機種はスマホのほうです', 'none'],
    ['@acme サポートの方にも前に同じこと言われましたよ', 'complaint'],
    ['@acme 領収書もう3回送ってますけど', 'complaint'],
    ['@acme よくある質問に書いといた方がいいですよ', 'suggestion'],
    ['@acme ログイン画面にも載せた方が良いと思います', 'suggestion'],
    ['@acme 返事遅くなってすみません、さっき送りました', 'none'],
    ['@acme 先週メールしたきりです', 'complaint'],
    ['@acme 設定を全部リセットしたけど変化なしです', 'complaint'],
    ['@acme 住所は前にも伝えましたよね', 'complaint'],
    ['@acme 担当が変わるたびに一から説明させられる', 'complaint'],
    // Guards: advice asked for, a fault after "sorry", a DM with no answer.
    ['@acme テザリングと光回線、どっちにした方がいいですか？', 'question'],
    ['@acme すみません、また充電できなくなりました', 'complaint'],
    ['@acme メールしましたが、まだ返信がありません', 'complaint'],
    ['@acme 配達が遅れてすみませんの一言もない', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(rules(text)).toBe(label);
  });
});

describe('Chinese replies: "OK", "sorry" and "thanks for the trouble", details sent many times, questions without a mark', () => {
  it.each<[text: string, label: Label]>([
    ['@acme 好滴 我晚点发', 'none'],
    ['@acme 不好意思 刚才发错了 订单号是8812', 'none'],
    ['@acme 麻烦了，我等消息', 'none'],
    ['@acme 截图我都发了好几遍了', 'complaint'],
    ['@acme 之前的客服也这么说，结果呢', 'complaint'],
    ['@acme 那押金什么时候退', 'question'],
    ['@acme 停机维护前最好通知一下', 'suggestion'],
    ['@acme 钱退回来了，效率可以', 'praise'],
    // Guards: the same words where something did go wrong.
    ['@acme 太麻烦了，又要重新填', 'complaint'],
    ['@acme 航班又晚点了', 'complaint'],
    ['@acme 你们发错货了', 'complaint'],
    ['@acme 退款什么时候到账？等了一个月了', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(rules(text)).toBe(label);
  });
});

describe('Korean replies: "again" of trying, waiting and writing back, the same answer, questions without a mark', () => {
  it.each<[text: string, label: Label]>([
    ['@acme 넵 좀 더 기다려보겠습니다', 'none'],
    ['@acme 네네 다시 시도해볼게요', 'none'],
    ['@acme 알겠습니다 내일 다시 연락드릴게요', 'none'],
    ['@acme 넹 주소 다시 확인해볼게요', 'none'],
    ['@acme 영수증 사진 다시 보낼게요', 'none'],
    ['@acme 그럼 환불은 언제쯤 되나요', 'question'],
    ['@acme 문의 남긴 지 사흘째예요', 'complaint'],
    ['@acme 그 부분은 이미 말씀드렸어요', 'complaint'],
    ['@acme 저번 상담원도 똑같은 말 했거든요', 'complaint'],
    ['@acme 시키는 대로 했는데 그대로네요', 'complaint'],
    ['@acme 주민등록증 사본도 필요한가요', 'question'],
    ['@acme 이미 해봤는데요', 'complaint'],
    ['@acme 업데이트하니까 되네요 ㄳ', 'praise'],
    // Guards: "again" beside a fault, and "wait" told by the company.
    ['@acme 또 안 돼요', 'complaint'],
    ['@acme 다시 해봤는데 또 오류나요', 'complaint'],
    ['@acme 기다려달라는 말만 벌써 세 번째', 'complaint'],
    ['@acme 환불은 언제 해주실 건가요? 벌써 세 번째 문의예요', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(rules(text)).toBe(label);
  });
});
