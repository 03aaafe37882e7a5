import { describe, expect, it } from 'vitest';
import { brandOfName, brandPlace } from '../../shared/detect/brand.ts';
import { decide } from '../../shared/detect/decide.ts';
import { detect } from '../../shared/detect/index.ts';
import { readPost } from '../../shared/detect/read.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

/** Named in passing in some posts: what the poster feels is about something else. */
const norvel: BrandContext = { name: 'Norvel', handles: ['norvel'], keywords: ['Norvel'] };

/**
 * Feelings about family, weather, sport, trips, pets, school, health, films and everyday life,
 * written natively per language: none of them is the brand's business.
 */
const OFF_TOPIC: Record<string, string[]> = {
  en: [
    'driving up to see my nan for her 90th birthday, so excited I could cry',
    'WHAT A GOAL!! the derby is ours, not even the ref can save them now',
    'rainy sunday, blanket, a Norvel tea and a film on. perfect day honestly',
    'first date tonight and I have changed my outfit five times, send strength',
    'leg day yesterday and now I walk like a newborn giraffe 😂',
  ],
  de: [
    'Oma wird heute 90, die ganze Familie ist da und ich bin so gerührt',
    'Was für ein Tor in der Nachspielzeit!!! Das Derby gehört uns',
    'Verregneter Sonntag, Decke, ein Tee von Norvel und ein Film. Herrlich',
    'Erstes Date heute Abend und ich habe keine Ahnung, was ich anziehen soll 🙈',
    'Klausurenphase, kann nicht schlafen und draußen schneit es. Wunderschön und furchtbar zugleich',
  ],
  fr: [
    "Ma grand-mère fête ses 90 ans aujourd'hui, toute la famille est là, je suis trop émue",
    'Quel but à la dernière minute !!! Le derby est à nous',
    'Dimanche pluvieux, plaid, un thé Norvel et une série. Le bonheur',
    'Premier rendez-vous ce soir et je sais toujours pas quoi mettre 😅',
    'Canicule, 38 degrés, mon chat refuse de bouger du carrelage et je le comprends',
  ],
  es: [
    'Mi abuela cumple 90 años hoy y está toda la familia, estoy emocionadísima',
    '¡Qué golazo en el último minuto! El derbi es nuestro',
    'Domingo de lluvia, manta, un café de Norvel y una peli. Perfecto',
    'Primera cita esta noche y no sé qué ponerme, qué nervios',
    'Mañana tengo el examen de selectividad y mi perro se ha comido mis apuntes, genial',
  ],
  it: [
    'Nonna compie 90 anni oggi, tutta la famiglia riunita, sono commossa',
    'Che gol al novantesimo!!! Il derby è nostro',
    'Domenica di pioggia, coperta, un tè Norvel e un film. Perfetto',
    'Primo appuntamento stasera e non so cosa mettermi, aiuto',
    'Matrimonio di mia cugina in Puglia, sole, mare e zia che piange dal primo minuto',
  ],
  pt: [
    'Minha avó faz 90 anos hoje, a família toda reunida, tô emocionada',
    'Que golaço no último minuto!!! O clássico é nosso',
    'Domingo de chuva, coberta, um chá da Norvel e um filme. Perfeito',
    'Primeiro encontro hoje à noite e não sei o que vestir, socorro',
    'Passei no vestibular!!! Minha mãe tá chorando mais que eu',
  ],
  nl: [
    'Oma wordt vandaag 90, de hele familie is er en ik ben zo ontroerd',
    'Wat een doelpunt in de blessuretijd!!! De derby is van ons',
    'Regenachtige zondag, dekentje, thee van Norvel en een film. Heerlijk',
    'Eerste date vanavond en ik weet nog steeds niet wat ik aan moet',
    'Hittegolf, 35 graden, de hond ligt plat in de gang en ik eerlijk gezegd ook',
  ],
  ru: [
    'Бабушке сегодня 90, вся семья собралась, я так растрогана',
    'Какой гол на последней минуте!!! Дерби наше',
    'Дождливое воскресенье, плед, чай из Norvel и фильм. Идеально',
    'Первое свидание сегодня вечером, а я до сих пор не знаю, что надеть',
    'Сессия, не могу уснуть, а за окном первый снег. Красиво и страшно одновременно',
  ],
  uk: [
    'Бабусі сьогодні 90, вся родина зібралася, я така зворушена',
    'Який гол на останній хвилині!!! Дербі наше',
    'Дощова неділя, плед, чай з Norvel і фільм. Ідеально',
    'Перше побачення сьогодні ввечері, а я досі не знаю, що вдягнути',
    'Сесія, сніг за вікном і кіт спить на моїх конспектах. Затишно',
  ],
  el: [
    'Η γιαγιά μου κλείνει τα 90 σήμερα, όλη η οικογένεια μαζί και είμαι τόσο συγκινημένη',
    'Τι γκολ στο τελευταίο λεπτό!!! Το ντέρμπι είναι δικό μας',
    'Βροχερή Κυριακή, κουβέρτα, ένα τσάι από Norvel και μια ταινία. Τέλεια',
    'Πρώτο ραντεβού απόψε και ακόμα δεν ξέρω τι να φορέσω',
    'Πανελλήνιες αύριο και δεν μπορώ να κοιμηθώ, η μαμά μου μου φτιάχνει χαμομήλι',
  ],
  tr: [
    'Babaannem bugün 90 yaşına girdi, bütün aile toplandı, çok duygulandım',
    'Son dakikada ne gol ama!!! Derbi bizim',
    'Yağmurlu pazar, battaniye, Norvel çayı ve bir film. Mükemmel',
    'Bu akşam ilk buluşmam var ve hâlâ ne giyeceğimi bilmiyorum',
    'Yarın YKS var, uyuyamıyorum, annem bana ıhlamur yaptı',
  ],
  ar: [
    'جدتي تكمل اليوم ٩٠ سنة والعائلة كلها مجتمعة، أنا متأثرة جدا',
    'ايش هالهدف في آخر دقيقة!!! الديربي لنا',
    'جمعة ممطرة، بطانية، شاي من Norvel وفيلم. يوم مثالي',
    'أول موعد الليلة وما أدري وش ألبس',
    'بكرة اختبار الفيزياء وما قدرت أنام، أمي سوت لي بابونج',
  ],
  fa: [
    'مادربزرگم امروز ۹۰ ساله شد، همه فامیل دور هم جمعیم، خیلی احساساتی شدم',
    'چه گلی تو دقیقه آخر!!! دربی مال ماست',
    'جمعه بارونی، پتو، چای Norvel و یه فیلم. عالی',
    'امشب اولین قرارمه و هنوز نمی‌دونم چی بپوشم',
    'فردا کنکور دارم و خوابم نمی‌بره، مامانم برام گل گاوزبون دم کرد',
  ],
  he: [
    'סבתא שלי חוגגת היום 90, כל המשפחה פה ואני כל כך מתרגשת',
    'איזה גול בדקה האחרונה!!! הדרבי שלנו',
    'שבת גשומה, שמיכה, תה של Norvel וסרט. מושלם',
    'דייט ראשון הערב ואני עדיין לא יודעת מה ללבוש',
    'מחר בגרות במתמטיקה ואני לא מצליחה להירדם, אמא הכינה לי תה',
  ],
  hi: [
    'दादी आज 90 साल की हो गईं, पूरा परिवार इकट्ठा है, मैं बहुत भावुक हूँ',
    'आखिरी ओवर में क्या छक्का मारा!!! मैच हमारा',
    'बारिश वाला रविवार, कंबल, Norvel की चाय और एक फ़िल्म। मज़ा आ गया',
    'आज शाम पहली डेट है और अब तक समझ नहीं आ रहा क्या पहनूँ',
    'कल बोर्ड का पेपर है और नींद नहीं आ रही, मम्मी ने हल्दी वाला दूध दिया',
  ],
  ja: [
    'おばあちゃんが今日で90歳、家族みんな集まって感動してる',
    'ロスタイムで決勝ゴール!!!ダービー勝った',
    '雨の日曜日、毛布とNorvelの紅茶と映画。最高',
    '今夜初デートなのに何着ていくかまだ決まらない',
    '明日期末テストなのに眠れない。うちの猫は隣で爆睡してる',
  ],
  zh: [
    '奶奶今天九十大寿，全家人都到齐了，好感动',
    '补时绝杀！！！德比是我们的',
    '下雨的周日，毯子，Norvel的奶茶，再来部电影。完美',
    '今晚第一次约会，到现在还不知道穿什么',
    '明天高考，紧张得睡不着，妈妈给我煮了一碗面',
  ],
  ko: [
    '할머니 오늘 아흔 생신이라 온 가족이 모였어요, 너무 뭉클하다',
    '추가시간 결승골!!! 더비는 우리 거다',
    '비 오는 일요일, 담요, Norvel 차 한 잔이랑 영화. 완벽해',
    '오늘 밤 첫 데이트인데 아직도 뭐 입을지 모르겠어',
    '내일 수능인데 잠이 안 와요, 엄마가 유자차 타 주셨어',
  ],
  ka: [
    'ბებიაჩემს დღეს 90 წელი შეუსრულდა, მთელი ოჯახი შეიკრიბა და ძალიან ავღელდი',
    'რა გოლი ბოლო წუთზე!!! დერბი ჩვენია',
    'წვიმიანი კვირა, პლედი, Norvel-ის ჩაი და ფილმი. იდეალურია',
    'დღეს საღამოს პირველი პაემანი მაქვს და ჯერ არ ვიცი რა ჩავიცვა',
    'ხვალ ეროვნული გამოცდაა და ვერ ვიძინებ, დედამ ჩაი გამიკეთა',
  ],
};

/** Praise and complaints that share the topic words: the company is still what they are about. */
const ON_TOPIC: [text: string, label: Label][] = [
  ["ordered my mum's birthday cake from Norvel and it arrived completely crushed", 'complaint'],
  ['Die Geburtstagstorte für meine Mama von Norvel kam völlig zerdrückt an, echt enttäuschend', 'complaint'],
  [
    "Le gâteau d'anniversaire de ma mère commandé chez Norvel est arrivé tout écrasé, très déçue",
    'complaint',
  ],
  ['La tarta de cumpleaños de mi madre que pedí en Norvel llegó aplastada, qué decepción', 'complaint'],
  [
    'La torta di compleanno per mia mamma ordinata da Norvel è arrivata schiacciata, che delusione',
    'complaint',
  ],
  ['O bolo de aniversário da minha mãe que pedi na Norvel chegou todo amassado, que decepção', 'complaint'],
  [
    'De verjaardagstaart voor mijn moeder van Norvel kwam helemaal geplet aan, wat een teleurstelling',
    'complaint',
  ],
  ['Торт на день рождения мамы из Norvel привезли раздавленным, очень разочарована', 'complaint'],
  ['Торт на день народження мами з Norvel привезли розчавленим, дуже розчарована', 'complaint'],
  ['Η τούρτα γενεθλίων της μαμάς μου από τη Norvel ήρθε λιωμένη, τεράστια απογοήτευση', 'complaint'],
  ["Annemin doğum günü pastası Norvel'den ezik geldi, tam bir hayal kırıklığı", 'complaint'],
  ['كيكة عيد ميلاد أمي من Norvel وصلت مهروسة، خيبة أمل كبيرة', 'complaint'],
  ['کیک تولد مامانم که از Norvel سفارش دادم له شده رسید، واقعا ناامید شدم', 'complaint'],
  ['עוגת יום ההולדת של אמא שלי מ-Norvel הגיעה מעוכה לגמרי, ממש מאכזב', 'complaint'],
  ['मम्मी के बर्थडे का केक Norvel से मँगाया था, पूरा पिचका हुआ आया, बहुत निराशा हुई', 'complaint'],
  ['母の誕生日ケーキをNorvelで頼んだら、潰れて届いた。がっかり', 'complaint'],
  ['给妈妈订的Norvel生日蛋糕送到时全压扁了，太失望了', 'complaint'],
  ['엄마 생일 케이크 Norvel에서 주문했는데 다 찌그러져서 왔어요, 너무 실망이에요', 'complaint'],
  ['დედის დაბადების დღის ტორტი Norvel-დან გაჭყლეტილი მოვიდა, ძალიან იმედგაცრუებული ვარ', 'complaint'],
  ['the Norvel hotel was right on the beach and the staff made our holiday, loved every minute', 'praise'],
  ['Wir haben unseren Urlaub im Norvel Hotel verbracht, das Personal war super freundlich', 'praise'],
  ['Pasamos las vacaciones en el hotel Norvel, el personal fue encantador', 'praise'],
  ['Отдыхали всей семьёй в отеле Norvel, персонал замечательный, всем советую', 'praise'],
];

function expectLabel(text: string, label: Label): void {
  const d = detect({ text }, norvel);
  expect(d.label, `${text} → ${JSON.stringify(d.cues.slice(0, 4))}`).toBe(label);
}

/** The rules alone, without a brand, as the evaluation reads. */
function expectRules(text: string, label: Label): void {
  const d = decide(readPost(text).evidence);
  expect(d.label, `${text} → ${JSON.stringify(d.cues.slice(0, 4))}`).toBe(label);
}

describe('feelings about something that is not the company are none, in every language', () => {
  for (const [lang, texts] of Object.entries(OFF_TOPIC)) {
    it.each(texts)(`${lang}: %s`, (text) => {
      expectLabel(text, 'none');
      expectRules(text, 'none');
    });
  }
});

describe('praise and complaints that share the everyday topic words keep their reading', () => {
  it.each(ON_TOPIC)('%s → %s', (text, label) => {
    expectLabel(text, label);
    expectRules(text, label);
  });
});

/** Questions and wishes to the company that name an everyday topic still ask: the topic is context. */
const ASKING: [text: string, label: Label][] = [
  ["do you do gift wrapping? it's for my mum's birthday", 'question'],
  ['would be great if Norvel opened on Sundays in winter, the whole family would come', 'suggestion'],
  ['Macht ihr auch Geschenkverpackung? Ist für den Geburtstag meiner Oma', 'question'],
  ['¿Hacéis envíos el domingo? Es para el cumpleaños de mi abuela', 'question'],
  ["Norvel dovrebbe aprire anche la domenica d'estate, con i bambini è l'unico giorno libero", 'suggestion'],
  ['Норвел, сделайте доставку на дачу по выходным, летом вся семья там', 'suggestion'],
  ['クリスマスの日曜日も営業してほしい、家族で行きたい', 'suggestion'],
];

describe('a post that asks or proposes beside an everyday topic keeps its reading', () => {
  it.each(ASKING)('%s → %s', (text, label) => {
    expectLabel(text, label);
    expectRules(text, label);
  });
});

describe('a brand name joined to a suffix by a hyphen is named in passing, not addressed', () => {
  it.each([
    ['წვიმიანი კვირა, პლედი, Norvel-ის ჩაი და ფილმი', 'mentioned'],
    ['hafta sonu, Norvel-den aldığım çay ve bir film', 'mentioned'],
    ['great job, Norvel!', 'addressed'],
  ])('%s → %s', (text, place) => {
    expect(brandPlace(readPost(text).tokens, brandOfName('Norvel'))).toBe(place);
  });
});
