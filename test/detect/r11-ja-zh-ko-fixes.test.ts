import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Every row above a guard was misread before these entries (read as praise, question, suggestion
// or none); the guards read right before and after.
describe('Japanese, Chinese and Korean: irony and thanks beside a harm told in plain words', () => {
  it.each<[text: string, label: Label]>([
    ['毎月きっちり請求日にだけアプリが落ちる安定感、ある意味すごいわ', 'complaint'],
    [
      '不在票が入ってたけど、ずっと家にいましたよ？チャイムも鳴らさずに帰るのが御社の新しいサービスですか',
      'complaint',
    ],
    ['アップデートしたら写真の保存すらできなくなりました。神アップデートで涙が出る', 'complaint'],
    ['限度額を勝手に下げてくれてありがとう。おかげで公共料金が払えませんでした', 'complaint'],
    ['@某快递 真厉害，隔壁区的件走了整整五天', 'complaint'],
    ['谢谢某健身房在我刚续完年卡的第二天就闭店，这波操作真是永生难忘', 'complaint'],
    ['排队两小时，宇宙第一的效率', 'complaint'],
    ['感谢某某电信让我见识到什么叫信号满格却打不出电话', 'complaint'],
    ['新买的吹风机用了三天就没声音了，这品控真是让人放心', 'complaint'],
    ['外卖骑手定位半天不动，一个小时了还没到，真厉害', 'complaint'],
    ['와 진짜 대단하다 요금은 꼬박꼬박 내는데 집에서 와이파이가 안 터지네요', 'complaint'],
    ['창구 하나만 열어놓고 대기 30명 만들어주셔서 감사합니다. 덕분에 점심 굶었네요', 'complaint'],
    ['택배 받는데 일주일 걸림 세계 최고 속도네요', 'complaint'],
    ['혹시 이 통신사 쓰시는 분들 저만 그런가요? 하루 종일 데이터가 계속 안 터져요', 'complaint'],
    ['画期的なシステムですね、ログインに毎回10分もかかる', 'complaint'],
    ['雨が降るたびに電車が止まる、さすがだわ', 'complaint'],
    ['週末だけ必ずサーバーが落ちる安定感すごい', 'complaint'],
    ['真是谢谢了，下单都五天了，客服一句话都没有', 'complaint'],
    // Guards: the same words said sincerely, and a wish that came too late.
    ['店員さんがいつも丁寧で尊敬します。また来ます', 'praise'],
    ['注文して翌日届いた、さすがだわ', 'praise'],
    ['このバイク、高速でも安定感すごい', 'praise'],
    ['荷物、時間通りに来てくれて本当に助かりました', 'praise'],
    ['返金してほしかったのに、クーポンで済まされた', 'complaint'],
    ['真厉害，客服十分钟就帮我解决了', 'praise'],
    ['包装整整齐齐，第二天就到了', 'praise'],
    ['用了三年了还是很好用', 'praise'],
    ['배터리 오래가고 포장도 안 터져서 왔어요. 만족합니다', 'praise'],
    ['또 먹통이네요. 벌써 세 번째입니다', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Japanese, Chinese and Korean: requests after praise, proposing questions, questions without a mark', () => {
  it.each<[text: string, label: Label]>([
    ['予約の変更をアプリからできるようにはなりませんかね？電話だと時間がかかるので', 'suggestion'],
    ['アプリに家計簿の書き出し機能を付けて欲しい。毎月手で写してて面倒', 'suggestion'],
    ['毎日使ってて最高！ただ広告を消せるプランがあれば、寝る前も快適で最高なんですが', 'suggestion'],
    ['Apuri ni shuukei kinou mo tsukutte hoshii~ mainichi keisan shite komatteru', 'suggestion'],
    ['来週から受け取り場所を変えることは可能でしょうか。引っ越しの予定があるので', 'question'],
    ['要是能支持分期付款会方便很多，谢谢！', 'suggestion'],
    ['想問下你哋嘅寬頻搬屋可唔可以轉地址？', 'question'],
    ['여기 크루아상 진짜 최고예요 근데 포장 주문도 되면 좋겠어요', 'suggestion'],
    ['이번 업데이트 재밌는데 보상 좀 더 올려주셈ㅋㅋ', 'suggestion'],
    // Guard: praise with no wish in it.
    ['다시 방문하고 싶어요, 너무 친절하셨어요', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Japanese, Chinese and Korean: questions to other people, life in passing, Cantonese praise', () => {
  it.each<[text: string, label: Label]>([
    ['ねえみんな、ハナミズキカードって海外で使える？持ってる人いたら教えて', 'none'],
    ['映画館で話題作を観てきた。監督の前作より脚本が良くて、主演の二人がすごすぎる', 'none'],
    ['有人订过云上酒店的亲子房吗？想听听大家的经验', 'none'],
    ['窝在咖啡店写了一整天论文，第四章终于写完，开心', 'none'],
    ['佢哋嘅外賣飯盒真係冇得彈，份量又大，好抵食', 'praise'],
    ['편의점 앞 호떡 트럭 다시 오셨다!! 이제 진짜 겨울이네', 'none'],
    ['친구랑 볼링 내기 했는데 또 졌다ㅋㅋ 오늘 내가 한턱 쏨', 'none'],
    ['부산 가는데 A항공이랑 B항공 중에 어디가 덜 흔들려요? 타보신 분들 경험담 부탁해요', 'none'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
