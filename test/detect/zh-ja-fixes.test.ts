import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

describe('Chinese requests: "能不能" asks a company to do something, "希望" wishes it', () => {
  it.each<[text: string, label: Label]>([
    ['外卖App能不能把常用地址置顶？每次都要翻半天', 'suggestion'],
    ['健身房能不能晚上开到十一点', 'suggestion'],
    ['超市的塑料袋能不能换成纸袋？', 'suggestion'],
    ['能不能把字体调大一点，老人看不清', 'suggestion'],
    ['希望你们出个无糖版本', 'suggestion'],
    ['希望App能加个夜间模式，晚上看太刺眼了', 'suggestion'],
    ['希望周末也能营业', 'suggestion'],
    // "能不能别…", "能不能不要…": stop doing it, a complaint.
    ['能不能别再给我打推销电话了', 'complaint'],
    ['能不能不要每次更新都改界面，找不到功能', 'complaint'],
    // Asking whether one may, or for help, still asks.
    ['请问能不能用微信支付？', 'question'],
    ['这个套餐能不能退？', 'question'],
    ['能不能帮我查一下订单到哪了？', 'question'],
    // Wishing a shop well is praise.
    ['希望你们越来越好', 'praise'],
    ['希望你们的店越办越好！', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
    expect(read(text).lang).toBe('zh');
  });
});

describe('a question that proposes, with its reason beside it, is a suggestion', () => {
  it.each<[text: string, label: Label]>([
    ['会员能不能出个家庭套餐？一家人分开买太贵了', 'suggestion'],
    ['能不能在地铁站多放几辆车？早上根本抢不到', 'suggestion'],
    ['Could you add a family plan? Buying two separately is too expensive', 'suggestion'],
    ['Könntet ihr eine Familienoption anbieten? Zwei Abos sind zu teuer', 'suggestion'],
    // A question that complains and proposes nothing stays a complaint.
    ['为什么我的快递又延误了？', 'complaint'],
    ['Why is my order late again?', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('"太" and "too" about life, not a company', () => {
  it.each<[text: string, label: Label]>([
    ['今天太热了', 'none'],
    ['今天好冷啊，不想出门', 'none'],
    ['天气太热了，一整天都在家', 'none'],
    ['周末太短了！', 'none'],
    ['好困，想睡觉', 'none'],
    // What companies are judged on stays a complaint.
    ['房间太小了', 'complaint'],
    ['屏幕太暗了', 'complaint'],
    ['外卖送来的汤太淡了', 'complaint'],
    ['酒店房间太热了，空调也不制冷', 'complaint'],
    ['The room was too small!', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Japanese "すぎ" after an adjective no entry knows is "too"', () => {
  it.each<[text: string, label: Label]>([
    ['部屋が暗すぎる', 'complaint'],
    ['このカレー辛すぎ', 'complaint'],
    ['駅から遠すぎ', 'complaint'],
    ['冷房が強すぎる', 'complaint'],
    ['説明が細かすぎて分からない', 'complaint'],
    // Praise before "すぎ" is stressed; praise after it decides; times and verbs are no adjective.
    ['最高すぎる', 'praise'],
    ['安すぎる！', 'praise'],
    ['店員さん優しすぎ', 'praise'],
    ['ノイキャン強すぎて最高', 'praise'],
    ['3時過ぎに着いた', 'none'],
    ['昨日は寝すぎた', 'none'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
    expect(read(text).lang).toBe('ja');
  });
});

describe('Japanese requests, questions, negated praise and greetings', () => {
  it.each<[text: string, label: Label]>([
    // "ください" holds "ださい" (uncool): a polite request, not a complaint.
    ['駐輪場をもっと増やしてください', 'suggestion'],
    ['料金表をサイトに載せてください', 'suggestion'],
    ['このデザイン、ださい', 'complaint'],
    ['ネットで支払いできるようにして', 'suggestion'],
    ['アプリの画面、もう少し分かりやすくしてください', 'suggestion'],
    // Requests in dialect.
    ['唐揚げ弁当も置いてくれへん？', 'suggestion'],
    ['営業時間、もうちっと延ばしてくれんね', 'suggestion'],
    ['駅までの行き方、教えてくれへん？', 'question'],
    // Whether one can, until when, what happens if: questions, not complaints.
    ['このクーポンっていつまでですか？', 'question'],
    ['店舗で返品できますか？', 'question'],
    ['途中で解約した場合、違約金はかかりますか？', 'question'],
    ['いつまで待たせるの？', 'complaint'],
    // Praise negated after it, however long the word.
    ['ラーメン、全然おいしくなかった', 'complaint'],
    ['期待してた景色、素晴らしくなかった', 'complaint'],
    ['まだ届かない', 'complaint'],
    ['もうここでしか買わない', 'praise'],
    ['手続き、面倒じゃなかった', 'praise'],
    // Greetings.
    ['お疲れさまでした！', 'none'],
    ['今年もよろしくお願いします', 'none'],
    ['お疲れ様です。注文した商品がまだ届きません', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
    expect(read(text).lang).toBe('ja');
  });
});

describe('Chinese negators of several characters, surprise, and requests for "a bit more"', () => {
  it.each<[text: string, label: Label]>([
    // A negator of several characters reaches the word after it, as "没" does.
    ['退订很顺利，没有任何套路', 'praise'],
    ['这次买的手机毫无问题', 'praise'],
    ['办签证没想象中那么麻烦，三天就好了', 'praise'],
    ['配送没那么快，等了四天', 'complaint'],
    // "没想到" (did not expect) stresses what follows and negates nothing.
    ['没想到这么快就修好了', 'praise'],
    ['没想到服务这么差', 'complaint'],
    // "不卡" keeps its own negation.
    ['新版本一点都不卡', 'praise'],
    // Requests for more, cheaper, simpler; Cantonese "可唔可以".
    ['希望地铁站旁边能多开几家便利店', 'suggestion'],
    ['月租能不能便宜一点', 'suggestion'],
    ['可唔可以出多啲細杯裝？', 'suggestion'],
    ['要是有个夜间模式就更好用了', 'suggestion'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
    expect(read(text).lang).toBe('zh');
  });
});

describe('Chinese "好" that is no praise, and holiday wishes', () => {
  it.each<[text: string, label: Label]>([
    // "好多" (many), "好几" (several), "好像" (seems), greetings: no praise.
    ['公园里好多人在放风筝', 'none'],
    ['好像要下雨了', 'none'],
    ['大家早上好，今天也要加油哦', 'none'],
    ['中秋快乐！祝大家阖家团圆', 'none'],
    // …while praise with "好" stays praise.
    ['这家店的面好好吃', 'praise'],
    ['服务很好，下次还来', 'praise'],
    ['换了这个套餐省了好几百', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
    expect(read(text).lang).toBe('zh');
  });
});

describe('Japanese wishes for a bit more, or for what would be possible', () => {
  it.each<[text: string, label: Label]>([
    ['座席の間隔、もう少し広いと嬉しいです', 'suggestion'],
    ['駐車場がもう少し広ければ最高なのに', 'suggestion'],
    ['アプリから予約変更できたら楽なんだけど', 'suggestion'],
    ['ポイントがネットでも使えるようになれば…', 'suggestion'],
    ['レシートの電子化があると助かります', 'suggestion'],
    // Past "もっと" in a complaint, and praise, keep their label.
    ['前はもっと美味しかった', 'complaint'],
    ['もう少しで着くって連絡くれて助かった', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
    expect(read(text).lang).toBe('ja');
  });
});

describe('Chinese words that hide a complaint, and thanks that outweigh the trouble', () => {
  it.each<[text: string, label: Label]>([
    // "晚点" (late) inside "今晚点的" (ordered tonight); "不便" of someone's legs.
    ['今晚点的烤鸭，皮很酥脆', 'praise'],
    ['司机看到我爸腿脚不便，下车扶他上车，点赞', 'praise'],
    ['台风天停电，维修师傅半夜还在修，辛苦了', 'praise'],
    ['这个沙发坐上去就不想起来了', 'praise'],
    // A late flight is still late.
    ['航班又晚点了', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
    expect(read(text).lang).toBe('zh');
  });
});

describe('Japanese "…たのに" (even though I did) and "…のはなぜ" complain', () => {
  it.each<[text: string, label: Label]>([
    ['ちゃんとメモに書いたのに、なんで玉ねぎ入ってるの？', 'complaint'],
    ['土曜だけ営業時間が短いのはなぜ？', 'complaint'],
    // Cheap and still good is praise.
    ['ここのパン、安かったのにすごく美味しかった', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
    expect(read(text).lang).toBe('ja');
  });
});
