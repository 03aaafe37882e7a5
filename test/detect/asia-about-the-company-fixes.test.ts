import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Each row not marked as a guard was misread before these entries were added.

describe('Japanese: life in passing, questions to the crowd, questions that complain', () => {
  it.each<[text: string, label: Label]>([
    // "元気そうでよかった" is about a person, not a service.
    ['元気そうでよかった、また飲みに行こう', 'none'],
    // "優勝" is slang praise, but "優勝争い", "優勝は" are a championship.
    ['高校野球、地元の学校が優勝争いに残ってる⚾', 'none'],
    ['今年も優勝は厳しそうだな、うちのチーム', 'none'],
    // Dark circles under the eyes are no bad product.
    ['寝不足で目の下のクマがひどい、今日のプレゼン大丈夫かな', 'none'],
    // "…の知ってた？" tells the crowd something.
    ['駅前の公園で毎週日曜に朝市やってるの知ってた？', 'none'],
    // "なんですけど" held "なんで"; "why not sooner", "I ordered X, didn't I?", a coupon that never works.
    ['@hikari_denki なんでもっと早く停電の予定を教えてくれないんですか？', 'complaint'],
    ['@yamada_shop Lサイズで注文しましたよね？', 'complaint'],
    ['会員割引のクーポンが使えないんですけど', 'complaint'],
    // Guards: "ずっと" (all along) holds the negator "ず"; complaints and questions stay.
    ['この前の雪の日、ずっと家で猫と昼寝してた', 'none'],
    ['ずっと待ってるのに返金がまだです', 'complaint'],
    ['なんで注文した商品がまだ届かないんですか？', 'complaint'],
    ['送料無料のはずが、決済画面で500円足されてた', 'complaint'],
    ['今週末も営業してますか？', 'question'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Chinese: questions to the crowd, questions that complain', () => {
  it.each<[text: string, label: Label]>([
    ['两个视频会员哪家更划算？学生党纠结', 'none'],
    ['有人在这家健身房练过吗？私教推销多不多', 'none'],
    // Guards: someone queuing is no question; "have you used it yourselves?" complains.
    ['这家店有人在排队，味道很好', 'praise'],
    ['这个App你们自己用过吗？每次打开都闪退', 'complaint'],
    // "这也算…？", "这是什么意思？", "当初说的…" put to a service complain.
    ['说是不限速，一到晚上就卡，这也算不限速？', 'complaint'],
    ['超市标价12.8，结账收了16，这是什么意思？', 'complaint'],
    ['当初说的七天无理由退货呢？现在又不认了', 'complaint'],
    ['跟团第二天就被导游带去购物店待了三小时', 'complaint'],
    // Guards: "入坑" (getting into a hobby) is no "坑" (a rip-off); "这也算是" states; praise of a checkout.
    ['现在入坑这个手游还来得及吗？玩过的说说', 'none'],
    ['这也算是一种幸福吧，周末全家一起吃火锅', 'none'],
    ['我妈把我的旧手机拿去跳广场舞放歌了😂', 'none'],
    ['这家店结账很快，服务也好', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Korean: life in passing, questions to the crowd, questions that complain', () => {
  it.each<[text: string, label: Label]>([
    // Nerves, exercise, fine dust, "no excuse" are life, not a complaint.
    ['발표 때 너무 떨려서 준비한 말 다 까먹음 ㅋㅋ', 'none'],
    ['요즘 운동을 너무 안 해서 계단만 올라가도 숨참', 'none'],
    ['미세먼지 최악이라 산책 못 감', 'none'],
    ['비 와서 오늘 운동은 쉼 핑계 아님', 'none'],
    // Questions to the people of a neighbourhood or to those who used something.
    ['이 근처 사시는 분들 주말에 주차할 데 어디 있어요?', 'none'],
    ['그 요금제 써본 분 데이터 속도 괜찮아요?', 'none'],
    ['밤 12시 넘어서도 치킨 배달되는 동네 있나요?', 'none'],
    // A membership fee, a seat, a check-in, a loan are a service: the "why" beside them complains.
    ['@동네헬스 회비는 다 받으면서 샤워실 온수는 사흘째 안 나오는 이유가 뭔가요?', 'complaint'],
    // Guards: the same words in praise, plain questions and complaints already read.
    ['세 번이나 전화했는데 왜 아무도 안 받아요?', 'complaint'],
    ['@한빛호텔 체크인 시간 한 시간 지났는데 방이 아직도 준비가 안 됐다는 게 말이 되나요?', 'complaint'],
    ['좌석 넓고 편해서 좋았어요', 'praise'],
    ['운동화 사이즈 교환 되나요?', 'question'],
    ['체크인 몇 시부터 가능한가요?', 'question'],
    ['캠핑 후기 궁금해요 다녀오신 분?', 'none'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Japanese and Chinese: news and promotions', () => {
  it.each<[text: string, label: Label]>([
    ['たいよう銀行、過去最高益を更新 海外事業が好調', 'none'],
    ['某外卖平台因食品安全问题被监管部门约谈', 'none'],
    // Guards: a launch or a limited offer in a complaint, a question and praise.
    ['発売開始と同時にアプリが落ちて買えなかった、最悪', 'complaint'],
    ['期間限定のいちごパフェ、まだありますか？', 'question'],
    ['期間限定のケーキ、美味しかった！また来ます', 'praise'],
    ['くつのミナト 全品30%オフ 日曜まで', 'none'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
