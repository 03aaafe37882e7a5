import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Every row not marked as a guard was misread before these entries were added.

describe('Hindi: thanks for a harm told in plain words (a claim rejected, a train cancelled, cut off after a wait)', () => {
  it.each<[text: string, label: Label]>([
    ['शुक्रिया LIC Plus, मेरा क्लेम तीसरी बार रिजेक्ट करने के लिए 🙏', 'complaint'],
    ['थैंक यू BijliGhar, पूरी रात अंधेरे में रखने के लिए', 'complaint'],
    ['बहुत शुक्रिया बैंक का, मेरा लोन बिना वजह ठुकराने के लिए', 'complaint'],
    ['आभार Swift Courier, पार्सल वापस भेज दिया बिना कॉल किए', 'complaint'],
    ['शुक्रिया एयरलाइन, बोर्डिंग से 10 मिनट पहले फ्लाइट कैंसिल करने के लिए', 'complaint'],
    ['धन्यवाद बीमा कंपनी, क्लेम खारिज कर दिया क्योंकि एक कागज़ कम था', 'complaint'],
    ['शुक्रिया, 40 मिनट लाइन में लगवाकर बोल दिया कि सिस्टम बंद है', 'complaint'],
    // Guards: the neighbouring readings stay as they were.
    ['पहली बार लोन रिजेक्ट हुआ था, दूसरी बार में आसानी से पास हो गया, धन्यवाद', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Hindi: sarcasm beside a harm told as a time or a place ("2 घंटे बाद आया", "सिर्फ़ छत पर")', () => {
  it.each<[text: string, label: Label]>([
    ['होटल के कमरे में पिछले मेहमान के कपड़े पड़े थे, वाह क्या सफ़ाई 👌', 'complaint'],
    ['फोन इतना गरम होता है कि सर्दियों में हीटर की ज़रूरत ही नहीं 🔥', 'complaint'],
    ['कमाल की सर्विस है, तीन बार कॉल किया और तीनों बार होल्ड म्यूज़िक सुनाया 😂', 'complaint'],
    ['शानदार! 2 दिन की डिलीवरी बोलकर 12 दिन में पहुँचा, शायद ऊँट पर आया होगा 🐪', 'complaint'],
    ['हर महीने 499 भरता हूँ और कॉल सिर्फ़ छत पर जाकर लगती है, क्या नेटवर्क है 👏', 'complaint'],
    ['बढ़िया है, 30 मिनट का बोला था और खाना 2 घंटे बाद आया, शायद पैदल ला रहे थे 😂', 'complaint'],
    // Guards: the neighbouring readings stay as they were.
    ['वाह क्या सफ़ाई है, कमरा एकदम चमक रहा था 👌', 'praise'],
    ['खाना 20 मिनट में आया, गरमागरम और स्वादिष्ट 👌', 'praise'],
    ['टेक्नीशियन एक घंटे में आया और AC ठीक कर दिया, बढ़िया सर्विस', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Hindi: complaints phrased as questions ("क्यों नहीं आ रहा", "बिजली क्यों काटते हो", "है भी या नहीं")', () => {
  it.each<[text: string, label: Label]>([
    ['@PaniBoard हमारे मोहल्ले में तीन दिन से पानी क्यों नहीं आ रहा? कोई देखने वाला है?', 'complaint'],
    ['PowerGrid, हर शाम लाइट क्यों काटते हो? कोई सुनने वाला है भी या नहीं?', 'complaint'],
    ['BhojanBox भाई लोग, नया मेन्यू कब आ रहा है?', 'question'],
    // Guards: the neighbouring readings stay as they were.
    ['ऑर्डर कैंसिल करने के लिए क्या करना होगा?', 'question'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Hindi: requests wrapped in praise and proposals with the benefit they bring', () => {
  it.each<[text: string, label: Label]>([
    ['ऐप बहुत बढ़िया है, बस डार्क मोड भी दे दीजिए', 'suggestion'],
    ['कपड़े अच्छे हैं, XXL साइज़ भी निकालो प्लीज़', 'suggestion'],
    ['क्या आप जयपुर में भी डिलीवरी शुरू करने वाले हैं? बहुत लोगों के काम आएगा', 'suggestion'],
    ['रात की शिफ्ट वालों के लिए 24 घंटे काउंटर खुला रख सकते हैं? सबको सहूलियत होगी', 'suggestion'],
    ['मसाला चाय बेहतरीन है ❤️ बस पुराना मिट्टी वाला कप वापस ले आओ', 'suggestion'],
    ['आपके कुर्ते बहुत सुंदर हैं, पर बच्चों के साइज़ भी निकालिए', 'suggestion'],
    ['क्या दिल्ली से देहरादून के लिए रात वाली बस चलाने का प्लान है? बहुत लोगों को फ़ायदा होगा', 'suggestion'],
    // Guards: the neighbouring readings stay as they were.
    ['कृपया मेरा रिफंड दे दीजिए, 10 दिन हो गए', 'complaint'],
    ['इस ऐप से लोगों को फ़ायदा होगा, बढ़िया पहल 👍', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Hindi: life in passing, sport and weather, readers called on, promotions', () => {
  it.each<[text: string, label: Label]>([
    ['इंडिया फिर से फाइनल हार गया 💔 रात भर नींद नहीं आई', 'none'],
    ['आज इतनी उमस है कि पंखा भी गरम हवा दे रहा है 🥵', 'none'],
    ['हमारी टीम 2 रन से हार गई, दिल टूट गया', 'none'],
    ['केवल आज! हर पिज़्ज़ा पर कोक फ्री, कोड PIZZA20 लगाइए और पाइए 20% तक छूट। अभी ऑर्डर करें!', 'none'],
    ['FitZone के सामने वाली गली में एक चाट वाला है, क्या स्वाद है 🤤', 'none'],
    // Guards: the neighbouring readings stay as they were.
    ['दोस्तों, आज मेरा जन्मदिन है 🎂', 'none'],
    ['भाई लोग, कोई बताओ कौन सा ब्रॉडबैंड सही रहेगा?', 'none'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Georgian: thanks for a harm told in plain words (a refusal, a cancelled train, a parcel sent back)', () => {
  it.each<[text: string, label: Label]>([
    ['მადლობა ბანკს, ნახევარი საათი ოპერატორიდან ოპერატორზე მატარეს', 'complaint'],
    ['მადლობა, რომ ტელევიზია ზუსტად მატჩის დროს გაქრა 👏', 'complaint'],
    ['მადლობა ბანკს, სესხზე მეორედ მითხრეს უარი ყოველგვარი ახსნის გარეშე', 'complaint'],
    ['გმადლობთ, ამანათი უკან გააბრუნეთ და არც კი დამირეკეთ', 'complaint'],
    ['მადლობა სადაზღვევოს, ანაზღაურება ისევ უარყვეს', 'complaint'],
    // Guards: the neighbouring readings stay as they were.
    ['მადლობა, რომ უარი არ გვითხარით და შეგვიცვალეთ', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Georgian: sarcasm beside a harm ("სულ რაღაც", a price raised again, calls cut off, a parcel left in the rain)', () => {
  it.each<[text: string, label: Label]>([
    ['ყოჩაღ, Magti! 30 ლარს ვიხდი და ინტერნეტი მხოლოდ აივანზე იჭერს 👏', 'complaint'],
    ['რა სისწრაფეა, ორი დღის მიწოდება ორ კვირაში ჩამოვიდა 😂', 'complaint'],
    ['საოცარი სერვისი, სამჯერ დავრეკე და სამჯერვე გათიშეს 👏', 'complaint'],
    ['ბრავო კურიერს, ამანათი ჭიშკართან დატოვა წვიმაში', 'complaint'],
    ['ბრავო, ავიაკომპანიავ! ფრენა „სულ რაღაც“ ოთხი საათით გადადეს 😍', 'complaint'],
    ['რა კარგია, რომ ფასი ისევ გაზარდეს, ძალიან ლოგიკურია 😂', 'complaint'],
    ['კინოპლატფორმაზე ამდენი რეკლამა რისთვის, ფასი კიდევ გაზარდეს', 'complaint'],
    // Guards: the neighbouring readings stay as they were.
    ['რა კარგად მიცნობთ! ზუსტად ის გამომიგზავნეთ რაც მინდოდა ❤️', 'praise'],
    ['სულ რაღაც 10 წუთში მოიტანეს, მადლობა!', 'praise'],
    ['სამჯერ დავრეკე და ბოლოს დამეხმარნენ, მადლობა', 'praise'],
    ['ამანათი კართან დატოვა, როგორც ვთხოვე, მადლობა', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Georgian: complaints phrased as questions ("დღეა რაც", "ამანათი სადაა", "წყალი არ გვაქვს")', () => {
  it.each<[text: string, label: Label]>([
    ['@GWP ერთი კვირაა წყალი არ გვაქვს, როდის აპირებთ შეკეთებას?', 'complaint'],
    ['ორი დღეა რაც შევუკვეთე, ამანათი სადაა?', 'complaint'],
    // Guards: the neighbouring readings stay as they were.
    ['რა ღირს მიტანა ვაკეში?', 'question'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Georgian: requests wrapped in praise ("…ც დაამატეთ", "და იდეალური იქნება")', () => {
  it.each<[text: string, label: Label]>([
    ['აპლიკაცია სუპერია, უბრალოდ ბნელი რეჟიმიც დაამატეთ 🙏', 'suggestion'],
    ['კარგად მუშაობს, ოღონდ შრიფტი ცოტა გაზარდეთ და სრულყოფილი იქნება', 'suggestion'],
    ['პლეერი ძალიან მომწონს, უბრალოდ შეხსენებაც დაამატეთ და იდეალური იქნება', 'suggestion'],
    // Guards: the neighbouring readings stay as they were.
    ['ეს აპი ძალიან გამოადგებათ სტუდენტებს, გირჩევთ', 'praise'],
    ['ბნელი რეჟიმი დაამატეთ და ძალიან კარგი იყო, მადლობა', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Georgian: sport, weather, old friends and landmarks in passing; questions to the crowd; giveaways', () => {
  it.each<[text: string, label: Label]>([
    ['ისეთი სიცხეა, ასფალტი დნება 🥵', 'none'],
    ['GeoBus-ის გაჩერებასთან დღეს ძველ კლასელს შევხვდი, 15 წელი არ მენახა 😊', 'none'],
    ['ნიკორას მაღაზიის წინ ისეთი ლამაზი ცისარტყელა იყო 🌈', 'none'],
    ['ვინმემ იცით, აფთიაქი ღამით თუ მუშაობს?', 'none'],
    ['ბოლო წამზე წავაგეთ 💔 #ჩვენიბიჭები', 'none'],
    ['ჩვენი ნაკრები მოიგო! 🎉', 'none'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Hindi and Georgian: more wordings of the same families, in both scripts', () => {
  it.each<[text: string, label: Label]>([
    ['Thanks FlyHigh, meri flight 6 ghante delay karke raat 3 baje udane ke liye 🙏', 'complaint'],
    ['बहुत अच्छे, तीसरी बार टेक्नीशियन आया और फिर भी AC ठंडा नहीं कर रहा 😂', 'complaint'],
    ['धन्यवाद Jal Board, पूरे हफ्ते टैंकर के भरोसे छोड़ने के लिए', 'complaint'],
    ['Bhai app mast hai, bas ek dark mode de do yaar', 'suggestion'],
    ['Quick Mart ने आज पुणे में अपना 100वां स्टोर खोला, कंपनी ने 500 नई नौकरियों की घोषणा की', 'none'],
    ['მადლობა მაგთის, მთელი დღე ინტერნეტის გარეშე დამტოვეთ 🙏', 'complaint'],
    ['madloba bankis, barati dambloket da arc ki gamafrtxilet', 'complaint'],
    ['ამანათი ერთი თვეა გზაშია, საერთოდ მოვა?', 'complaint'],
    ['ეს რა ხარისხია? ერთი რეცხვის შემდეგ მაისური დაპატარავდა', 'complaint'],
    ['ძალიან მომწონს აპლიკაცია, ოღონდ ქართული ენაც დაამატეთ რა', 'suggestion'],
    ['დღეს ისეთი ნისლია, მთაწმინდა არ ჩანს 🌫️', 'none'],
    ['Wolt-ის კურიერად მუშაობს ჩემი ძმა და ამბობს, რომ ქალაქში საცობი საშინელებაა', 'none'],
    ['Shukriya Zomato, khana 2 ghante baad thanda aaya aur refund bhi nahi diya 🙏', 'complaint'],
    ['Bijli vibhag walo roz raat ko light kyu kaat dete ho?? bacche so nahi paate', 'complaint'],
    ['aaj itni garmi hai ki AC bhi haar maan gaya 🥵 #DelhiSummer', 'none'],
    ['India haar gaya yaar, poori raat neend nahi aayi 💔', 'none'],
    ['गजब सर्विस है भाई, पार्सल पड़ोसी के घर छोड़ दिया और फोटो भी नहीं भेजी 👏', 'complaint'],
    ['xalxo, vinmem icit kargi stomatologi vakeshi?', 'none'],
    ['წავაგეთ ისევ... ამ ნაკრებს რა ეშველება 😔', 'none'],
    // Guards: the same words where nothing went wrong, or where the post asks.
    ['AC ठंडा नहीं कर रहा था, टेक्नीशियन ने 10 मिनट में ठीक कर दिया, शुक्रिया', 'praise'],
    ['აპი ინტერნეტის გარეშეც მუშაობს, ძალიან მოსახერხებელია', 'praise'],
    ['ფლაიტი 2 საათით ადრე ჩამოვიდა, სუპერ', 'praise'],
    ['ამანათი რამდენ დღეში მოვა ქუთაისში?', 'question'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
