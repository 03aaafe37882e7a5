import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Every row not marked as a guard was misread before these entries were added.

describe('Hindi: irony beside a harm told in plain words ("इतना … है कि", "का वादा और", NASA-level, "दुनिया का सबसे तेज़")', () => {
  it.each<[text: string, label: Label]>([
    ['इतनी तेज़ डिलीवरी है कि ऑर्डर करते करते त्योहार ही निकल गया 😂', 'complaint'],
    ['नेटवर्क इतना बढ़िया है कि बात करने के लिए पहाड़ पर चढ़ना पड़ता है', 'complaint'],
    ['NASA वाली टेक्नोलॉजी है भाई, ऐप खोलो तो फोन ही हैंग हो जाता है', 'complaint'],
    ['दुनिया का सबसे तेज़ नेटवर्क, एक वीडियो लोड होने में आधा घंटा 😂', 'complaint'],
    ['5 स्टार होटल के दाम और कमरे में कॉकरोच 👏 वाह', 'complaint'],
    ['45 मिनट में डिलीवरी का वादा था, पिज़्ज़ा ढाई घंटे बाद ठंडा होकर आया, कमाल है 👏', 'complaint'],
    ['वाह क्या स्पीड है, 100 Mbps का प्लान और एक गाना डाउनलोड होने में 10 मिनट 👏', 'complaint'],
    ['अगले दिन डिलीवरी का वादा और पार्सल अब तक गोदाम में पड़ा है, कमाल 👌', 'complaint'],
    ['इतना बढ़िया कस्टमर केयर है कि जवाब देने में ही हफ़्ता लगा देते हैं', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Hindi: thanks whose reason is the harm, "does anyone even pick up?", Rajasthani "कोनी", "as much as was quoted"', () => {
  it.each<[text: string, label: Label]>([
    ['आपका बहुत आभार कि मेरी शिकायत बिना कुछ किए बंद कर दी', 'complaint'],
    ['धन्यवाद CityGas कि सिलेंडर बुक किए 12 दिन हो गए और अब तक नहीं आया 🙏', 'complaint'],
    ['बहुत शुक्रिया कि मेरी सीट किसी और को दे दी और मुझे खड़े होकर जाना पड़ा', 'complaint'],
    ['शुक्रिया TeleOne कि बिना पूछे नया पैक चालू कर दिया। बहुत खुशी हुई 🙂', 'complaint'],
    ['बिजली वालों, कोई फोन उठाता भी है? दोपहर से लाइट गुल है', 'complaint'],
    ['म्हारो ऑर्डर हाले तक कोनी आयो, तीन दिन हो गया', 'complaint'],
    ['सर्विस के बाद बिल उतना ही आया जितना बताया था, कोई हिडन चार्ज नहीं', 'praise'],
    // Guards: the same families where they were already read right, and the sincere readings.
    ['खाना इतना अच्छा है कि हर हफ्ते आते हैं 👍', 'praise'],
    ['30 मिनट का वादा और 20 मिनट में आ गया, बढ़िया 👍', 'praise'],
    ['मेरा रिफंड कब तक आएगा? 3 हफ्ते हो गए, कोई जवाब नहीं', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Hindi: proposals closed by their benefit, Hinglish and dialect requests, questions that only ask', () => {
  it.each<[text: string, label: Label]>([
    ['क्या आप ऐप में डार्क मोड दे सकते हैं? रात में पढ़ने वालों को आराम रहेगा', 'suggestion'],
    ['क्या टिकट बुकिंग में सीनियर सिटीज़न का अलग कोटा नहीं हो सकता? बुज़ुर्गों को सहूलियत होगी', 'suggestion'],
    ['ए भइया, राउर दुकान के मिठाई त बहुत बढ़िया बा, बाकिर पैकिंग तनी ठीक से करीं', 'suggestion'],
    ['थारी बस तो घणी लेट आवै सै, टैम पै चलाया करो', 'suggestion'],
    ['भाई साहब, थोड़ा मसाला कम डाला करो, बच्चे भी खाते हैं', 'suggestion'],
    ['टिकट पर साफ नहीं लिखा, हैंड बैग की लिमिट 7 किलो है या 10?', 'question'],
    // Guards: the same families where they were already read right, and the sincere readings.
    ['प्लीज़ ऐप में dark mode add कर दो, रात को आँखें दुखती हैं', 'suggestion'],
    ['ग्राहकों को बिल की कॉपी WhatsApp पर भी भेजनी चाहिए, कागज़ खो जाता है', 'suggestion'],
    ['सर्विस सेंटर रविवार को खुला रहेगा क्या? गाड़ी का काम कब तक हो जाएगा बताइए', 'question'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe("Hindi: life posts (a child, a mother's cooking, a match lost, a series) and slang praise", () => {
  it.each<[text: string, label: Label]>([
    ['आज बेटे का स्कूल में पहला दिन था, रोया भी नहीं 🥹', 'none'],
    ['मम्मी ने आज गाजर का हलवा बनाया, सर्दियों का असली मज़ा यही है ❤️', 'none'],
    ['फाइनल में 6 रन नहीं बन पाए, इतना करीब आकर हारना 💔 आज नींद नहीं आएगी', 'none'],
    ['कॉन्सर्ट की एंट्री QR से एक सेकंड में, सीधा अंदर 🔥 झक्कास है बॉस', 'praise'],
    // Guards: the same families where they were already read right, and the sincere readings.
    ["'Raat Baaki' का नया एपिसोड देखा, विलेन का किरदार क्या लिखा है, रोना आ गया", 'none'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Georgian: irony beside a harm ("ისეთი სწრაფია, რომ", "მსოფლიოში საუკეთესო", luggage elsewhere) and thanks for a harm', () => {
  it.each<[text: string, label: Label]>([
    ['ისეთი სწრაფი მიწოდება გაქვთ, რომ შეკვეთა ახალ წელს გავაკეთე და შობას მოვიდა 👏', 'complaint'],
    ['მსოფლიოში საუკეთესო ინტერნეტია, ვიდეო ნახევარ საათში იტვირთება 😂', 'complaint'],
    ['ინტერნეტი ისეთი სწრაფია, რომ ერთი ვიდეოს ჩატვირთვამდე სადილი მოვამზადე 🙂', 'complaint'],
    ['ისეთი ხარისხიანი ქურთუკია, ერთი რეცხვის მერე ორი ნომრით დაპატარავდა', 'complaint'],
    ['ყოველთვის მაოცებთ: მე რომში ვარ, ჩემოდანი კი ისევ ვარშავაშია 😂', 'complaint'],
    ['მადლობა, რომ შეკვეთა სამი საათით დააგვიანეთ და ცივი მოიტანეთ 🙏', 'complaint'],
    ['დიდი მადლობა ტაქსის, მძღოლმა გზაში ჩამომსვა და მთელი თანხა აიღო', 'complaint'],
    ['დიდი მადლობა, რომ ჩემი ჯავშანი გაგვიუქმეთ და ფული არ დაგვიბრუნეთ 🙏', 'complaint'],
    ['მადლობა ბანკს, ჩემი თანხმობის გარეშე სადაზღვევო პაკეტი ჩამირთეთ 👏', 'complaint'],
    ['მადლობა, რომ მატარებელი გააუქმეთ და არ შეგვატყობინეთ 🙏', 'complaint'],
    ['მადლობა, რომ ორი კვირაა ამანათი საწყობში გიდევთ და არავინ მპასუხობს 🙏', 'complaint'],
    ['ბრწყინვალე სერვისი: კურიერმა ამანათი სხვა სართულზე დატოვა და ზარზეც არ მიპასუხა', 'complaint'],
    // Guards: the same families where they were already read right, and the sincere readings.
    ['სტატუსში წერია ჩაბარდაო, მე კი ამანათი თვალითაც არ მინახავს', 'complaint'],
    ['მიწოდება ისეთი სწრაფია, რომ 20 წუთში მოვიდა 👍', 'praise'],
    ['მადლობა, ფული სწრაფად დამიბრუნეთ 🙏', 'praise'],
    ['Acme, გთხოვთ ბავშვებისთვის პატარა ზომებიც გამოუშვათ. ყველა ფეხსაცმელი ძალიან დიდია', 'suggestion'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Georgian: requests in the subjunctive and with "ხოლმე", dialect, questions to other people, life posts', () => {
  it.each<[text: string, label: Label]>([
    ['ქე მოვედი ამ დილას და ჯერ ისევ დაკეტილი გქონდათ, ცოტა ადრე გააღეთ რა', 'suggestion'],
    ['ბიჭო, ლობიანი ძალიან გემრიელია, ოღონდ ცოტა ცხელი მოიტანეთ ხოლმე', 'suggestion'],
    ['შეგიძლიათ კვირაობითაც იმუშაოთ? ბევრი ადამიანი მხოლოდ კვირას ახერხებს მოსვლას', 'suggestion'],
    ['მერიას ვურჩევ, გზის შეკეთების შესახებ მცხოვრებლებს წინასწარ გააფრთხილონ', 'suggestion'],
    ['kargi aplikaciaa, magram gtxovt tamashis rejimi damatet', 'suggestion'],
    ['gogoebo, vinmes gicdiat es kremi? rogoria?', 'none'],
    ['კურიერს ქუჩაში შევხვდი, თურმე ჩემი ძველი კლასელია 😄 რა პატარაა ქალაქი', 'none'],
    ['ბებიამ აჭარული ხაჭაპური გამოაცხო, ასეთი გემო არსად მიჭამია ❤️', 'none'],
    ['ჩემმა ბიჭმა დღეს პირველად გაიარა ველოსიპედით, ბედნიერი ვარ 🥹', 'none'],
    // Guards: the same families where they were already read right, and the sincere readings.
    ['პარკინგის აპლიკაცია ძალიან მოსახერხებელია, ოღონდ რუკა უფრო დიდი რომ იყოს', 'suggestion'],
    ['ვინმეს გიცდიათ ახალი სპორტდარბაზი ვაკეში? ღირს თუ არა?', 'none'],
    ['ბორანი კვირაში რამდენჯერ გადის ბათუმიდან?', 'question'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Hinglish and Georgian in Latin letters: the same families, and a harm given by the place or the count', () => {
  it.each<[text: string, label: Label]>([
    ['Wah SpeedNet wah, 200 Mbps ka plan aur YouTube 240p pe chal raha hai 👏', 'complaint'],
    ['Itna badhiya network hai ki call karne ke liye chhat pe jaana padta hai 😂', 'complaint'],
    ['Shukriya bank, bina bataye mera account freeze kar diya 👏 maza aa gaya', 'complaint'],
    ['Kal raat match me last over me 10 run nahi bane 💔 neend nahi aayi', 'none'],
    ['vaime ra swrafi kurierebi gyavt, 3 dge velodebodi 👏', 'complaint'],
    ['madloba rom fuli chamomachres da shekveta gaqra 🙏', 'complaint'],
    ['iseti swrafi internetia rom video ver chaitvirta naxevar saatshi 😂', 'complaint'],
    ['dghes chemma shvilma pirvelad tqva deda ❤️ bednieri var', 'none'],
    ['ძალიან გმადლობთ, რომ ამანათი სხვის მისამართზე ჩააბარეთ 👏', 'complaint'],
    ['რა პუნქტუალურები ხართ, 10 წუთიანი მიწოდება საათნახევარში მოვიდა 👏', 'complaint'],
    ['Acme, ჯიგარი ხართ, მარა შაბათსაც გააღეთ რა, კვირაში მარტო მაშინ მცალია', 'suggestion'],
    ['धन्यवाद डाकघर, पार्सल पड़ोसी के घर छोड़ दिया और मुझे मैसेज तक नहीं 🙏', 'complaint'],
    // Guards: the same families where they were already read right.
    [
      'Kya aap log Sunday ko bhi delivery start kar sakte ho? Office walon ko bahut aasani hogi',
      'suggestion',
    ],
    ['Bhaiya app me UPI ka option bhi daal do please, card se payment me dikkat hoti hai', 'suggestion'],
    ['Aaj mummy ne rajma chawal banaye, sunday ka asli maza yahi hai ❤️', 'none'],
    ['gtxovt shabatsac imushavet, kvirashi mxolod ertxel vaxerxeb mosvlas', 'suggestion'],
    ['क्या स्पीड है भाई, 5 मिनट का काम और लाइन में 2 घंटे खड़े रहे 👏', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
