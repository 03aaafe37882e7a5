import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

describe('Japanese: getting a device with pleasure, loyalty told as trust, complaints told as counts, classifieds and "which should I get"', () => {
  // Each row above the guards was misread before these entries.
  it.each<[text: string, label: Label]>([
    ['新しいイヤホン届いた！嬉しくてずっと聴いてる', 'praise'],
    ['来週の新作、待ちきれない！', 'praise'],
    ['ライブ配信アプリの新機能、楽しみすぎて眠れない', 'praise'],
    ['カード会社はここしか信用してない', 'praise'],
    ['引っ越しの時、このアプリのおかげで乗り切れた', 'praise'],
    ['この宿はお客の扱い方をわかってるね', 'praise'],
    ['動画サブスク、3年使ってるけど解約を考えたことない', 'praise'],
    ['家電のことで困った時はいつもここの店員さんに相談してる', 'praise'],
    ['3日かかるって言われたのに思ったより早く届いた', 'praise'],
    ['問い合わせの電話、保留のまま30分。結局切れた', 'complaint'],
    ['新しいスマホ、電池もたなすぎて結局前の機種に戻した', 'complaint'],
    ['新生活用に冷蔵庫どっちにしよう？', 'none'],
    ['ゲーム機、発売日が待ち遠しい！', 'praise'],
    ['新しいスマホ、今買うべき？秋の新型まで待つべき？', 'none'],
    ['電気代、検針ミスで2倍請求されてた', 'complaint'],
    // Guards: the same words where something went wrong, and plain logistics that stay `none`.
    ['新しいスマホ届いたけど画面割れてた、返品します', 'complaint'],
    ['楽しみにしてたのにまた発売延期', 'complaint'],
    ['困ったことに、今日も配達が来ない', 'complaint'],
    ['ここしか選択肢がないから仕方なく使ってる', 'complaint'],
    ['新しいスマホ届いた。設定は明日', 'none'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Chinese: getting a device with pleasure, loyalty told as trust, complaints told as facts, second-hand sales and "which should I get"', () => {
  // Each row above the guards was misread before these entries.
  it.each<[text: string, label: Label]>([
    ['等了半年的新耳机终于到手了！', 'praise'],
    ['新剧下周上线，期待死了', 'praise'],
    ['这家店是真懂用户', 'praise'],
    ['会员续了三年，没想过退订', 'praise'],
    ['网络出故障，客服总能帮我解决', 'praise'],
    ['这个App烂得要死', 'complaint'],
    ['密码输错两次账号就被锁了', 'complaint'],
    ['蓝牙耳机和头戴式哪个性价比高？', 'none'],
    ['这家银行用了十年，别家根本不考虑', 'praise'],
    ['新皮肤上线了，好想快点玩到', 'praise'],
    ['键盘和鼠标套装纠结中，哪个够用？', 'none'],
    ['耳机现在入手还是等双十一？', 'none'],
    // Guards: the same words where something went wrong, and plain logistics that stay `none`.
    ['航班又一次延误，太失望了', 'complaint'],
    ['纠结了半天买的，结果用了两天就坏了', 'complaint'],
    ['二手手机九成新，有需要的私聊', 'none'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Korean: waiting for a launch with pleasure, loyalty told as trust, complaints told as facts, classifieds and "which should I get"', () => {
  // Each row above the guards was misread before these entries.
  it.each<[text: string, label: Label]>([
    ['다음 주 출시라는데 빨리 써보고 싶다', 'praise'],
    ['새 게임 너무 기대돼요', 'praise'],
    ['보험은 여기만 믿어요', 'praise'],
    ['이 호텔은 손님 대하는 법을 잘 아네요', 'praise'],
    ['음악앱 3년째 쓰는데 해지 생각 없어요', 'praise'],
    ['배송 문의했더니 항상 도와주세요 감사합니다', 'praise'],
    ['비밀번호 두 번 틀렸다고 계정이 잠겼어요', 'complaint'],
    ['아이패드 팝니다 상태 좋아요', 'none'],
    ['책 나눔해요 댓글 남겨주세요', 'none'],
    ['새 앨범 발매일만 기다리는 중!', 'praise'],
    ['통신사는 여기 말고 다른 데는 눈에 안 들어와요', 'praise'],
    ['광고하더니 결제하니까 배송비 따로 빠져나감', 'complaint'],
    ['노트북 두 개 고민 중인데 뭐가 나을까요?', 'none'],
    ['이어폰 지금 사는 게 나아요, 아니면 블프까지 기다리는 게 나을까요?', 'none'],
    // Guards: the same words where something went wrong, and plain logistics that stay `none`.
    ['배송 기다리다 지쳤어요 언제 와요', 'complaint'],
    ['@acme 계정이 잠겼는데 어떻게 풀어요?', 'question'],
    ['새 노트북 도착. 세팅은 내일', 'none'],
    ['@acme 언제까지 기다려요?', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Georgian: waiting for a launch with pleasure, loyalty told as trust, complaints told as promises and days, "which should I get"', () => {
  // Each row above the guards was misread before these entries.
  it.each<[text: string, label: Label]>([
    ['ახალ თამაშს ვერ ვითმენ!', 'praise'],
    ['ამ ბანკს ვენდობი, არასდროს დაუღალატია', 'praise'],
    ['კურიერმა ისევ არ დამაღალატა, დროზე მოიტანა', 'praise'],
    ['ოპერატორს უკვე საათია ველი ხაზზე', 'complaint'],
    ['ამ ოპერატორს 8 წელია ვიყენებ, სხვაზე არც ვფიქრობ', 'praise'],
    ['ახალი ფილმის გამოსვლამდე დღეებს ვითვლი!', 'praise'],
    ['შეკვეთიდან 5 დღე გავიდა და ჯერაც არაფერი', 'complaint'],
    ['ახალ მონიტორზე მკვდარი პიქსელებია', 'complaint'],
    ['ტელეფონი ახლა ვიყიდო თუ დაველოდო ფასდაკლებას?', 'none'],
    ['ეს ბანკი ყოველთვის მშველის, როცა რამე მიჭირს', 'praise'],
    // Guards: the same words where something went wrong, and plain logistics that stay `none`.
    ['ამ ხმაურს ვეღარ ვითმენ', 'complaint'],
    ['კურიერი ისევ არ მოვიდა', 'complaint'],
    ['ტელეფონი მოვიდა და არ ირთვება', 'complaint'],
    ['ახალი ტელეფონი ვიყიდე, ხვალ გადავიტან ფოტოებს', 'none'],
    ['კიდევ რამდენი ხანი დაველოდო?', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
