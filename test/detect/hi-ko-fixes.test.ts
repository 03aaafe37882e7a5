import { describe, expect, it } from 'vitest';
import { decide } from '../../shared/detect/decide.ts';
import { detect } from '../../shared/detect/index.ts';
import { readPost } from '../../shared/detect/read.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const noBrand: BrandContext = { name: '', handles: [], keywords: [] };

const read = (text: string) => detect({ text }, noBrand);

describe('Korean requests: a verb written with its request ending', () => {
  it.each<[text: string, label: Label]>([
    // "-주세요" joined to any verb asks for something, wherever the verb stands.
    ['주차장 출구에 안내판 좀 크게 달아주세요', 'suggestion'],
    ['도서관 앱에 대출 연장 버튼 넣어 주면 좋겠는데 연장 기간도 늘려주세요', 'suggestion'],
    ['영수증을 종이 대신 문자로 보내주세요', 'suggestion'],
    ['회원 등급 기준을 홈페이지에 공개해주세요', 'suggestion'],
    ['야식 메뉴 좀 다시 팔아주세여', 'suggestion'],
    ['우리 동네에도 매장 하나 열어주이소', 'suggestion'],
    ['시골 노선 막차 시간 좀 늦춰주세유', 'suggestion'],
    ['한정판 굿즈 재입고 좀 해줘요 제발', 'suggestion'],
    // A request beside praise asks: the team should see it.
    ['직원분들 다 친절하고 음식도 맛있어요! 주차 공간만 좀 넓혀주세요', 'suggestion'],
    ['배송 빠르고 포장도 꼼꼼해서 좋아요. 다음엔 종이 완충재로 바꿔주시면 좋겠어요', 'suggestion'],
    // …and beside the small trouble that prompts it.
    ['번호표를 앱으로 미리 뽑게 해주세요, 창구에서 오래 기다리기 힘들어요', 'suggestion'],
  ])('%s → %s', (text, label) => {
    const r = read(text);
    expect(r.lang).toBe('ko');
    expect(r.label).toBe(label);
  });

  it.each<[text: string, label: Label]>([
    // Guards: the ending read only when no entry knows the word; a thank-you for help given stays praise,
    // asking to be told stays a question, and a complaint demanding a refund stays a complaint.
    ['친절하게 도와주셔서 정말 감사합니다', 'praise'],
    ['영업시간 좀 알려주세요', 'question'],
    ['두 번 결제됐어요 당장 환불해주세요', 'complaint'],
    ['주문한 지 일주일째 안 와요 빨리 보내주세요 진짜 화나요', 'complaint'],
  ])('guard: %s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Hindi requests: the imperative that closes the clause', () => {
  it.each<[text: string, label: Label]>([
    // Hindi puts the verb last: the imperative asks wherever the sentence starts.
    ['स्टेशन के बाहर ऑटो स्टैंड का बोर्ड लगाओ', 'suggestion'],
    ['मेन्यू में हर डिश के साथ उसकी कीमत साफ़ लिखो', 'suggestion'],
    ['ऐप में डार्क मोड का ऑप्शन दो', 'suggestion'],
    ['ऑर्डर के साथ एक चम्मच भी भेजो', 'suggestion'],
    ['रात की शिफ्ट वालों के लिए एक और काउंटर खोलो', 'suggestion'],
    ['बिल में पिछले महीने का हिसाब भी दिखाओ', 'suggestion'],
    ['स्कूल बस का रूट ऐप पर लाइव दिखाइए', 'suggestion'],
    ['छोटे पैक वाला साबुन फिर से लाओ', 'suggestion'],
    ['हर रविवार को भी दुकान खुली रखो', 'suggestion'],
    ['पार्सल आने से पहले एक मैसेज भेज दिया करो', 'suggestion'],
    ['रिचार्ज खत्म होने से पहले याद दिला दिया करो', 'suggestion'],
    ['वेटिंग रूम में कुछ और कुर्सियाँ लगवा दो', 'suggestion'],
    // Beside praise, and beside the small trouble that prompts it.
    ['खाना बहुत बढ़िया है, बस थोड़ा कम तीखा वाला ऑप्शन भी दो', 'suggestion'],
    ['काउंटर पर एक और आदमी बिठाओ, लाइन लंबी रहती है', 'suggestion'],
    // Hinglish.
    ['app mein dark mode ka option do yaar', 'suggestion'],
    ['delivery ke time ka sms bhi bhejo', 'suggestion'],
  ])('%s → %s', (text, label) => {
    const r = read(text);
    expect(r.lang).toBe('hi');
    expect(r.label).toBe(label);
  });

  it.each<[text: string, label: Label]>([
    // Guards: "दो" is also "two", and a demand to undo a wrong stays a complaint.
    ['दो दिन से इंटरनेट बंद है, कोई सुनता नहीं', 'complaint'],
    ['दो बार पैसे कट गए, मेरे पैसे वापस करो', 'complaint'],
    ['झूठे वादे करना बंद करो, तीसरी बार ऑर्डर लेट आया', 'complaint'],
    ['दो पिज़्ज़ा मंगाए थे, दोनों गरमागरम और स्वादिष्ट', 'praise'],
    ['इस दिवाली अपने परिवार को एक तोहफ़ा भेजो, हमारी सेल पर 50% छूट', 'none'],
    ['कमेंट में अपनी पसंदीदा डिश लिखो और जीतो एक महीने का फ्री खाना', 'none'],
  ])('guard: %s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Hindi questions that complain', () => {
  it.each<[text: string, label: Label]>([
    // "What kind of joke is this?": a rhetorical question about one's own case.
    ['बुकिंग के बाद किराया बढ़ा दिया, ये कौन सा नियम है?', 'complaint'],
    ['ये कौन सा जादू है, फोटो में लाल और हाथ में गुलाबी?', 'complaint'],
    ['बिना पूछे प्लान बदल दिया, ये कौन सा तरीका है?', 'complaint'],
    ['डिलीवरी चार्ज दोगुना कर दिया, किस हिसाब से?', 'complaint'],
    ['ye kaun sa tarika hai, bina bataye plan badal diya?', 'complaint'],
    // "Why…" beside "I" ("मैंने") complains about the poster's own account.
    ['हर महीने फीस क्यों कट रही है जब मैंने सब्सक्रिप्शन बंद करवाया था?', 'complaint'],
    ['मैंने दो दिन पहले पेमेंट किया था, टिकट अब तक क्यों नहीं आया?', 'complaint'],
  ])('%s → %s', (text, label) => {
    const r = read(text);
    expect(r.lang).toBe('hi');
    expect(r.label).toBe(label);
  });

  it.each<[text: string, label: Label]>([
    // Guards: asking which one to pick, or a "why" about the world, still asks.
    ['दो साल के बच्चे के लिए कौन सा खिलौना सही रहेगा?', 'question'],
    ['ये कौन सा मॉडल है, इसकी बैटरी कितनी चलती है?', 'question'],
    ['आसमान नीला क्यों होता है?', 'question'],
  ])('guard: %s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Korean typed in Latin letters', () => {
  it.each<[text: string, label: Label]>([
    ['bibimbap jinjja masisseoyo, sajangnim chinjeolhaeyo', 'praise'],
    ['baesong neomu ppallasseoyo, pojang-do kkomkkomhaeyo', 'praise'],
    ['jumun-han ji ilju-il-inde ajik an wasseoyo, hwanbul haejuseyo', 'complaint'],
    ['aep-i gyesok oryu-na-seo neomu jjajeung-nayo', 'complaint'],
    ['gagyeok-i neomu bissayo, yang-do jeogeoyo', 'complaint'],
    ['yeongeop sigan-i eotteoke dwaeyo?', 'question'],
    ['baedal-bi eolmayeyo?', 'question'],
    ['deo keun saijeu-do naejuseyo', 'suggestion'],
    ['yagan baesong sigan jom neullyeojuseyo', 'suggestion'],
  ])('%s → %s', (text, label) => {
    const r = read(text);
    expect(r.lang).toBe('ko');
    expect(r.label).toBe(label);
  });

  it.each<[text: string, lang: string, label: Label]>([
    // Guards: posts of the Latin-script languages and Japanese in romaji keep their reading.
    ['The delivery was fast and the staff were really friendly', 'en', 'praise'],
    ['El pedido llegó tarde y frío, nunca más', 'es', 'complaint'],
    ['Pedí otra vez en esta tienda, todo perfecto y rápido', 'es', 'praise'],
    ['Il servizio è stato ottimo, torneremo', 'it', 'praise'],
    ['Siparişim hâlâ gelmedi, çok kötü', 'tr', 'complaint'],
    ['bahut accha khana tha, staff bhi friendly', 'hi', 'praise'],
  ])('guard: %s → %s %s', (text, lang, label) => {
    const r = read(text);
    expect(r.lang).toBe(lang);
    expect(r.label).toBe(label);
  });
});

describe('a proposal asked with the trouble that prompts it', () => {
  it.each<[text: string, label: Label]>([
    // The rules' own reading: the problem is the reason for the proposal, and the proposal
    // outweighs it, so the post proposes.
    ['고장 신고할 때 사진으로 먼저 확인해주실 수 있나요?', 'suggestion'],
    ['민원 접수 결과를 문자로 보내주실 수는 없나요?', 'suggestion'],
    ['고장 수리 예약을 온라인으로 해주실 수는 없나요?', 'suggestion'],
    ['क्या आप रात की ट्रेन में भी खाने का ऑप्शन ला सकते हो? सफ़र में दिक्कत होती है', 'suggestion'],
    ['क्या एटीएम में हिंदी वॉइस गाइड डाल सकते हो? गाँव में लोगों को पढ़ने में दिक्कत है', 'suggestion'],
    // A request beside praise, written as one verb with its request ending.
    ['직원분들 친절하고 방도 깨끗하고 조식도 맛있어요. 객실에 슬리퍼만 넣어주세요', 'suggestion'],
    // Guards: a question that only complains, or whose complaint outweighs the request, complains.
    ['환불 신청한 지 3주째인데 왜 아직도 처리가 안 되나요?', 'complaint'],
    ['रिफंड तीन हफ़्ते से अटका है, आखिर कब मिलेगा?', 'complaint'],
    ['Why is my refund still not here after three weeks?', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(decide(readPost(text).evidence).label).toBe(label);
  });
});

describe('Hindi questions to other people', () => {
  it.each<[text: string, label: Label]>([
    // Asking the crowd, not the brand: "does anyone have…", "those who drive…", "where do you all buy…".
    ['ऑफ़िस में किसी के पास इस कंपनी का ब्रॉडबैंड है? शाम को स्पीड कैसी रहती है?', 'none'],
    ['जो लोग इस स्कूटर को रोज़ चलाते हैं, असली रेंज कितनी मिलती है?', 'none'],
    ['दवाइयाँ ऑनलाइन मँगाते हो या दुकान से? आप लोग कहाँ से लेते हो?', 'none'],
    ['क्या तुम्हारे एरिया में सुबह 6 बजे दूध मिल जाता है?', 'none'],
    ['kisi ke paas is brand ka washing machine hai? kaisa chal raha hai?', 'none'],
  ])('%s → %s', (text, label) => {
    const r = read(text);
    expect(r.lang).toBe('hi');
    expect(r.label).toBe(label);
  });

  it.each<[text: string, label: Label]>([
    // Guards: a question to the brand itself keeps asking.
    ['क्या आपकी दुकान रविवार को खुली रहती है?', 'question'],
    ['मेरा ऑर्डर कब पहुँचेगा?', 'question'],
    // "Nobody picked up", "nobody listened": a statement about the brand, not a question to anyone.
    ['किसी ने फोन तक नहीं उठाया, तीन दिन से इंतज़ार कर रहा हूँ', 'complaint'],
    ['किसी ने ध्यान नहीं दिया, काउंटर पर आधा घंटा खड़ा रहा', 'complaint'],
  ])('guard: %s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Korean: what was promised, reported and then contradicted', () => {
  it.each<[text: string, label: Label]>([
    // "-다더니", "-라더니" (they said…, and yet) report a claim the post goes on to contradict,
    // whatever the verb: its own praise ("맛있다", "빠르다") is the claim, not the poster's view.
    ['맛있다더니 그냥 평범한 맛이었어요', 'complaint'],
    ['당일 배송 빠르다더니 나흘 걸렸네요', 'complaint'],
    ['첫 달 무료라더니 요금이 나갔어요', 'complaint'],
    ['친절하다더니 직원이 인사도 안 받아주네요', 'complaint'],
  ])('%s → %s', (text, label) => {
    const r = read(text);
    expect(r.lang).toBe('ko');
    expect(r.label).toBe(label);
  });

  it.each<[text: string, label: Label]>([
    // Guard: the same verbs said by the poster stay praise.
    ['여기 진짜 맛있다 또 올게요', 'praise'],
    ['배송 빠르고 친절해요', 'praise'],
  ])('guard: %s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Hindi: a problem that did not happen', () => {
  it.each<[text: string, label: Label]>([
    // "Not late", "the power did not go", "not a single problem": the trouble named and denied.
    ['ट्रेन आज बिलकुल लेट नहीं हुई, समय से पहले पहुँचा दी', 'praise'],
    ['पूरी बारिश में एक बार भी बिजली नहीं गई', 'praise'],
    ['तूफ़ान में भी नेटवर्क नहीं गया, पहली बार ऐसा हुआ', 'praise'],
    ['किसी ने ज़बरदस्ती कुछ नहीं बेचा, आराम से देखने दिया', 'praise'],
  ])('%s → %s', (text, label) => {
    const r = read(text);
    expect(r.lang).toBe('hi');
    expect(r.label).toBe(label);
  });

  it.each<[text: string, label: Label]>([
    // Guards: late, or the power gone, still complain.
    ['ट्रेन फिर से तीन घंटे लेट है', 'complaint'],
    ['कल रात से बिजली गई हुई है, कोई सुनता नहीं', 'complaint'],
    // …and a power cut fixed within the hour is praise.
    ['बिजली गई और आधे घंटे में लाइनमैन ने ठीक कर दी', 'praise'],
  ])('guard: %s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('greetings and everyday chatter', () => {
  it.each<[text: string, label: Label]>([
    ['좋은 아침이에요 다들 행복한 하루 되세요☀️', 'none'],
    ['굿모닝~ 오늘 날씨 너무 좋다', 'none'],
    ['드디어 종강! 이번 방학엔 푹 쉴 거야🎉', 'none'],
    ['सुप्रभात दोस्तों, आपका दिन शुभ हो 🌞', 'none'],
    ['जय श्री राम 🙏 सबको राम नवमी की हार्दिक शुभकामनाएं', 'none'],
    ['आज मौसम कितना सुहाना है, चाय और पकौड़े का मन है', 'none'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });

  it.each<[text: string, label: Label]>([
    // Guards: a greeting before a complaint or thanks keeps the post's reading.
    ['좋은 아침부터 택배가 파손돼서 왔네요 진짜 짜증나요', 'complaint'],
    ['सुप्रभात, तीन दिन से इंटरनेट बंद है और कोई सुनता नहीं', 'complaint'],
  ])('guard: %s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('questions about plans, coupons and when, where, how much', () => {
  it.each<[text: string, label: Label]>([
    // Korean puts its question word inside the sentence, not at its start.
    ['주말에는 매장 몇 시까지 해요?', 'question'],
    ['택배 반품은 어디서 접수해요?', 'question'],
    ['제주도까지 배송비는 얼마 나와요?', 'question'],
    // A coupon or a plan asked about is a question, not a promotion or a proposal.
    ['쿠폰이랑 적립금 같이 쓸 수 있나요?', 'question'],
    ['इस प्लान में ओटीटी भी मिलता है क्या?', 'question'],
    ['मेरे पुराने प्लान का बचा हुआ डेटा नए प्लान में जुड़ेगा क्या?', 'question'],
  ])('%s → %s', (text, label) => {
    expect(decide(readPost(text).evidence).label).toBe(label);
  });

  it.each<[text: string, label: Label]>([
    // Guards: a coupon giveaway stays a promotion, and asking for a plan still proposes.
    ['신규 가입 쿠폰 증정 이벤트! 지금 바로 응모하세요', 'none'],
    ['रात में डिलीवरी शुरू करने का कोई प्लान है?', 'suggestion'],
    ['कभी ऐसा प्लान आएगा जिसमें सिर्फ़ कॉलिंग हो?', 'suggestion'],
  ])('guard: %s → %s', (text, label) => {
    expect(decide(readPost(text).evidence).label).toBe(label);
  });
});

describe('Hindi job posts and launches', () => {
  it.each<[text: string, label: Label]>([
    ['हमारे नए स्टोर के लिए कैशियर और हेल्पर चाहिए, फ्रेशर्स भी आवेदन करें', 'none'],
    ['डिलीवरी पार्टनर बनें! ड्राइवर चाहिए, तुरंत ज्वाइनिंग, लखनऊ और कानपुर', 'none'],
    ['नया लॉन्च: हर्बल शैम्पू, इंट्रोडक्टरी ऑफ़र सिर्फ़ इस हफ़्ते', 'none'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });

  it.each<[text: string, label: Label]>([
    // Guard: asking for more staff at the counter is a suggestion.
    ['शाम को काउंटर पर और स्टाफ़ होना चाहिए, लाइन बहुत लंबी हो जाती है', 'suggestion'],
  ])('guard: %s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('a proposal word inside a complaint', () => {
  it.each<[text: string, label: Label]>([
    // "Are you even planning to…", "or do I go to court": the proposal word ("собираетесь") is
    // part of a complaint, which stays one now that a proposal can outweigh a complaint.
    ['Вы вообще собираетесь чинить лифт или мне в суд идти?', 'complaint'],
    ['Вы вообще собираетесь отвечать на письма?', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(decide(readPost(text).evidence).label).toBe(label);
  });
});

describe('Korean "안", "못" negate the verb right after them', () => {
  it.each<[text: string, label: Label]>([
    // The wait two words on is not negated: it still complains.
    ['예약 시간 맞춰 갔는데 아직 안 만들었대요 40분 기다림', 'complaint'],
    ['주문 확인을 안 해줘서 한참 기다림', 'complaint'],
    // …and what the negation does reach still flips.
    ['소파가 너무 편해서 못 일어남 최고', 'praise'],
    ['음식이 안 좋아요', 'complaint'],
    ['배송이 전혀 안 늦었어요', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(decide(readPost(text).evidence).label).toBe(label);
  });
});

describe('a Korean request with a question mark asks whether it is done', () => {
  it.each<[text: string, label: Label]>([
    ['이불 빨래도 수거해주세요?', 'question'],
    ['포장하면 소스도 같이 주세요?', 'question'],
    // Guard: the request without the question mark still asks for it.
    ['포장할 때 소스도 같이 넣어주세요', 'suggestion'],
  ])('%s → %s', (text, label) => {
    expect(decide(readPost(text).evidence).label).toBe(label);
  });
});

describe('Hindi question words inside the sentence', () => {
  it.each<[text: string, label: Label]>([
    ['नए कनेक्शन में कितनी देर लगती है?', 'question'],
    ['cash on delivery available hai kya mere pincode pe', 'question'],
  ])('%s → %s', (text, label) => {
    expect(decide(readPost(text).evidence).label).toBe(label);
  });
});
