import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

describe('Japanese: a harm done "for" the writer (てくれて) beside thanks, "how long must I wait?", life beside a feeling', () => {
  // Each row above the guards was misread before these entries.
  it.each<[text: string, label: Label]>([
    ['毎年ちゃっかり料金上げてくれるの、さすがですね', 'complaint'],
    ['問い合わせフォームから何回問い合わせたら返事もらえるんですかね？', 'complaint'],
    ['交換に3週間って長すぎない？', 'complaint'],
    ['いつまで待てばいいんですか？注文してから1ヶ月です', 'complaint'],
    ['久しぶりに実家帰ったら相変わらず母のカレーがおいしかった', 'none'],
    ['夜の散歩、月がきれいだった🌙', 'none'],
    ['雨の中自転車で帰ってきたら傘壊れた、最悪', 'none'],
    ['この店のラーメン、相変わらずうまかった', 'praise'],
    ['途中で電話切ってくれてありがとう、また最初からかけ直しです', 'complaint'],
    ['スーツケース紛失してくれてありがとう、旅行初日から着替えなし', 'complaint'],
    ['これが客に対する対応ですか？', 'complaint'],
    ['月額払ってこれって正気？', 'complaint'],
    ['いやー素晴らしい、今月も請求額が倍になってる', 'complaint'],
    ['お見事、また配達日間違えてくれました', 'complaint'],
    ['神アプデありがとう、起動すらしなくなりました', 'complaint'],
    // Guards: sincere thanks, plain questions and harms that stay as they were read.
    ['コトリ運輸さん、不在票も入れずに荷物持ち帰られてた。今日で5日待ち', 'complaint'],
    ['ハナ航空、欠航の連絡もなく空港で2時間待ち。ご丁寧にありがとう', 'complaint'],
    ['プランの解約ってどこからできますか？', 'question'],
    ['配達の方、雨の中ありがとうございました！', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Chinese: thanks beside a parcel left next door or a hang-up, "准时晚点", questions about the attitude, life beside a feeling', () => {
  // Each row above the guards was misread before these entries.
  it.each<[text: string, label: Label]>([
    ['谢谢你们把我的快递送到隔壁楼，找了一晚上', 'complaint'],
    ['感谢航空公司让我在候机厅免费过夜', 'complaint'],
    ['手机升级完半天就没电了，谢谢啊', 'complaint'],
    ['好家伙，新买的键盘掉键了', 'complaint'],
    ['外卖两个小时才到，厉害厉害', 'complaint'],
    ['这部剧的编剧是怎么想的，结局太烂了', 'none'],
    ['这就是你们对待客户的态度？', 'complaint'],
    ['谢谢你们客服，挂了我三次电话', 'complaint'],
    ['感谢快递让我的包裹在路上旅游了半个月', 'complaint'],
    // Guards: sincere thanks, plain questions and harms that stay as they were read.
    ['每次都准时晚点，服了', 'complaint'],
    ['理赔等了一个月，最后说不赔', 'complaint'],
    ['打了一上午客服电话都没人接，这公司还在营业吗？', 'complaint'],
    ['今天好冷啊，窝在家里看了一天纪录片', 'none'],
    ['谢谢快递小哥，下雨天还送上门', 'praise'],
    ['说了好几遍了还是没解决，客服是机器人吗？', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Korean: a harm done "for" the writer (주셔서) beside thanks, "덕분에 …" irony, "몇 번을…?", "왜 꼭…?"', () => {
  // Each row above the guards was misread before these entries.
  it.each<[text: string, label: Label]>([
    ['택배를 옆집에 두고 가셨네요 감사합니다', 'complaint'],
    ['말도 없이 요금 올려주셔서 고맙습니다', 'complaint'],
    ['덕분에 배터리가 하루도 못 가요 고마워요', 'complaint'],
    ['고객센터 몇 번을 전화해야 받아요?', 'complaint'],
    ['환불은 왜 꼭 전화로만 해야 돼요?', 'complaint'],
    ['덕분에 주말 내내 인터넷 없이 살았네요', 'complaint'],
    ['우리 고양이 너무 예쁘지 않나요', 'praise'],
    ['책 읽다가 주인공 때문에 너무 답답해서 덮음', 'none'],
    ['통화 중에 전화 끊어주셔서 감사해요', 'complaint'],
    ['짐 잃어버려 주셔서 감사합니다 여행 첫날부터 망함', 'complaint'],
    ['한 시간 기다리게 해주셔서 감사합니다', 'complaint'],
    ['이게 고객을 대하는 태도인가요?', 'complaint'],
    ['와 진짜 최고다 3일 만에 고장 남', 'complaint'],
    ['갓업데이트 감사합니다 이제 앱이 아예 안 켜져요', 'complaint'],
    // Guards: sincere thanks, plain questions and harms that stay as they were read.
    ['친절도 하셔라, 서류만 세 번째 다시 냄', 'complaint'],
    ['덕분에 문제 바로 해결됐어요 감사합니다', 'praise'],
    ['3년 만에 고장 났는데 무상으로 고쳐주셨어요 감사합니다', 'praise'],
    ['문의했더니 바로 답해주셔서 감사합니다', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Georgian: thanks beside a parcel dumped or "not even an apology", "how many times must I call?", life beside a feeling', () => {
  // Each row above the guards was misread before these entries.
  it.each<[text: string, label: Label]>([
    ['მადლობა, ამანათი კიბეზე დაგვიგდეს', 'complaint'],
    ['გმადლობთ, რომ ბოდიშიც კი არ მოგვიხადეთ', 'complaint'],
    ['ბრავო, განახლების მერე აპი აღარ ირთვება', 'complaint'],
    ['ცხელ ხაზზე რამდენჯერ უნდა დავრეკო?', 'complaint'],
    ['ჩემი კატას ნახეთ, რა საყვარელია', 'none'],
    ['ფულს რისთვის ვიხდით?', 'complaint'],
    ['ეს არის თქვენი დამოკიდებულება მომხმარებლის მიმართ?', 'complaint'],
    // Guards: sincere thanks, plain questions and harms that stay as they were read.
    ['ერთი თვეა ველოდები, ეს როგორ ხდება?', 'complaint'],
    ['ორი საათი ინფორმაციის გარეშე გვალოდინეს', 'complaint'],
    ['ტაქსი უფასოდ და რიგის გარეშე, პრობლემების გარეშე ჩავედით', 'praise'],
    ['გამოწერის გაუქმება როგორ შეიძლება?', 'question'],
    ['ფილმის დასასრული სულელური იყო', 'none'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
