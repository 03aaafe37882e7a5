import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

// Hard cases in Arabic, Persian, Hebrew and Turkish, read as the evaluation reads them: without a
// brand, except questions to other people, which mention the brand in passing.
const acme: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };
const noBrand: BrandContext = { name: '', handles: [], keywords: [] };

type Row = [text: string, label: Label];

function expectLabel(text: string, label: Label, brand: BrandContext): void {
  const d = detect({ text }, brand);
  expect(d.label, `${text} → ${JSON.stringify(d.cues.slice(0, 4))}`).toBe(label);
}

describe('detect: hard cases in Arabic (MSA, Egyptian, Gulf)', () => {
  it.each<Row>([
    ['إزاي يعني اتخصم مني مرتين على نفس الأوردر؟', 'complaint'],
    ['بقالي ساعة على الخط ومحدش بيرد، هو ده الطبيعي؟', 'complaint'],
    ['وين طلبي؟ بقالي أسبوع وما أحد يرد', 'complaint'],
    ['ليش تاخذون رسوم توصيل وكان مكتوب إن التوصيل مجاني؟', 'complaint'],
  ])('a complaint asked as a question is a complaint: %s', (text, label) =>
    expectLabel(text, label, noBrand),
  );
  it.each<Row>([
    ['التطبيق رائع جداً، الشي الوحيد اللي ناقص هو الوضع الليلي', 'suggestion'],
    ['المطعم حلو والأكل لذيذ، لو تزودون جلسات خارجية بيكون أحلى', 'suggestion'],
    ['الكافيه يجنن، ودي لو يكون فيه حليب شوفان', 'suggestion'],
    ['الفندق نظيف والموظفين محترمين، لو فيه مسبح داخلي بتكون كاملة', 'suggestion'],
  ])('a request wrapped in praise is a suggestion: %s', (text, label) => expectLabel(text, label, noBrand));
  it.each<Row>([
    ['ممكن تضيفوا خيار الدفع عند الاستلام؟', 'suggestion'],
    ['ايش رايكم لو تفتحون فرع في جدة؟', 'suggestion'],
    ['هل فكرتم في إضافة باقة عائلية؟', 'suggestion'],
    ['تضيفون خيار تقسيط على المشتريات الكبيرة؟', 'suggestion'],
    ['فيه نية تسوون اشتراك سنوي أرخص؟', 'suggestion'],
  ])('a question that proposes is a suggestion: %s', (text, label) => expectLabel(text, label, noBrand));
  it.each<Row>([
    ['برافو، النت مقطوع من الصبح وكالعادة محد يرد', 'complaint'],
    ['خدمة ممتازة كالعادة، ثالث يوم والشحنة ما وصلت', 'complaint'],
    ['يا للمفاجأة، الفني ما جا للمرة الثانية. خدمة رائعة', 'complaint'],
    ['تطبيق رائع زي العادة، يفصل كل خمس دقايق', 'complaint'],
  ])('praise words about a bad situation are a complaint: %s', (text, label) =>
    expectLabel(text, label, noBrand),
  );
  it.each<Row>([
    ['شكرا على التطنيش، ثالث إيميل أرسله', 'complaint'],
    ['شكراً لكم، قطعتوا الكهرباء بدون أي إشعار', 'complaint'],
    ['مشكورين على ولا شي', 'complaint'],
  ])('ironic thanks are a complaint: %s', (text, label) => expectLabel(text, label, noBrand));
  it.each<Row>([
    ['أحد سافر مع Acme للندن؟ كم وزن الشنطة المسموح؟', 'none'],
    ['تنصحوني أشترك في Acme ولا لا؟', 'none'],
    ['أيهم أفضل، Acme ولا المنافسين؟ محتارة', 'none'],
    ['اللي يستخدمون Acme، التطبيق يشتغل برا البلد؟', 'none'],
    ['اشتراك Acme يستاهل ولا لا؟', 'none'],
  ])('a question to other people that mentions the brand in passing is none: %s', (text, label) =>
    expectLabel(text, label, acme),
  );
});

describe('detect: hard cases in Persian', () => {
  it.each<Row>([
    ['چرا دو بار از حسابم کم شد؟ پولمو پس بدید', 'complaint'],
    ['یه هفته‌ست منتظرم، تا کی باید صبر کنم؟', 'complaint'],
    ['چرا من باید برای هر بار ورود پیامک بخرم؟', 'complaint'],
    ['بسته کجاست پس؟ چند هفته‌ست هیچ خبری نیست', 'complaint'],
    ['قرار بود امروز تحویل بدید، پس چی شد؟', 'complaint'],
  ])('a complaint asked as a question is a complaint: %s', (text, label) =>
    expectLabel(text, label, noBrand),
  );
  it.each<Row>([
    ['اپتون عالیه، فقط یه چیزی کمه: حالت شب', 'suggestion'],
    ['غذاهاتون محشره، یه پیشنهاد کوچیک: ارسال رایگان هم بذارید', 'suggestion'],
    ['هتل خیلی تمیز بود، پرده‌ها ضخیم‌تر باشه دیگه حرف نداره', 'suggestion'],
    ['کیفیت لباساتون عالیه، سایز بزرگ هم بذارید', 'suggestion'],
    ['بسته‌هاتون خوبه، فقط قیمت رومینگ یه کم ارزون‌تر بشه', 'suggestion'],
  ])('a request wrapped in praise is a suggestion: %s', (text, label) => expectLabel(text, label, noBrand));
  it.each<Row>([
    ['شعبه تو کرج راه نمی‌ندازید؟', 'suggestion'],
    ['تا حالا به پرداخت اقساطی فکر کردید؟', 'suggestion'],
    ['نظرتون چیه یه نسخه تبلت هم بدید بیرون؟', 'suggestion'],
    ['حالت شب رو به اپ اضافه نمی‌کنید؟', 'suggestion'],
    ['بسته شبانه ارزون برای دانشجوها نمی‌ذارید؟', 'suggestion'],
  ])('a question that proposes is a suggestion: %s', (text, label) => expectLabel(text, label, noBrand));
  it.each<Row>([
    ['چه سرویسی! سه روزه اینترنتم قطعه', 'complaint'],
    ['عالی بود مثل همیشه، بار سومه که سفارشمو اشتباه میارید', 'complaint'],
    ['عجب خدماتی، دو ساعت پشت خط موندم', 'complaint'],
    ['چه جالب، هیچکی جواب نمیده. پشتیبانی عالی', 'complaint'],
  ])('praise words about a bad situation are a complaint: %s', (text, label) =>
    expectLabel(text, label, noBrand),
  );
  it.each<Row>([
    ['ممنون بابت هیچی واقعا', 'complaint'],
    ['مرسی بابت بی‌توجهی، سفارشم هنوز نرسیده', 'complaint'],
    ['مرسی که بی‌خبر قطع کردید', 'complaint'],
  ])('ironic thanks are a complaint: %s', (text, label) => expectLabel(text, label, noBrand));
  it.each<Row>([
    ['رفقا، Acme بخرم یا نه؟', 'none'],
    ['کدوم بهتره، Acme یا رقیبش؟', 'none'],
    ['برای لپ‌تاپ دانشجویی چی پیشنهاد میدید؟ Acme خوبه؟', 'none'],
  ])('a question to other people that mentions the brand in passing is none: %s', (text, label) =>
    expectLabel(text, label, acme),
  );
});

describe('detect: hard cases in Hebrew', () => {
  it.each<Row>([
    ['איפה המשלוח שלי? שבוע בלי שום עדכון', 'complaint'],
    ['כבר שבועות ואין התייחסות, עד מתי?', 'complaint'],
    ['באיזו זכות חייבתם אותי פעמיים?', 'complaint'],
    ['כמה זמן עוד לחכות לטכנאי? כבר שלושה ימים בלי אינטרנט', 'complaint'],
    ['למה גובים ממני על משלוח כשבאתר כתוב שהוא חינם?', 'complaint'],
  ])('a complaint asked as a question is a complaint: %s', (text, label) =>
    expectLabel(text, label, noBrand),
  );
  it.each<Row>([
    ['אפליקציה מעולה, רק חסר מצב לילה', 'suggestion'],
    ['מלון מקסים, הדבר היחיד שהייתי משנה זה שעות הבריכה', 'suggestion'],
    ['שירות נהדר! בקשה קטנה: אפשרות לשלם בביט', 'suggestion'],
    ['הקפה אצלכם מעולה, הייתי שמחה לראות גם חלב שקדים', 'suggestion'],
    ['המסעדה נהדרת, חבל שאין לכם משלוחים', 'suggestion'],
  ])('a request wrapped in praise is a suggestion: %s', (text, label) => expectLabel(text, label, noBrand));
  it.each<Row>([
    ['חשבתם על מנוי חודשי לסטודנטים?', 'suggestion'],
    ['יש סיכוי שתפתחו סניף בבאר שבע?', 'suggestion'],
    ['אולי תאפשרו איסוף עצמי מהסניף?', 'suggestion'],
    ['שקלתם לפתוח גם בשישי בערב?', 'suggestion'],
  ])('a question that proposes is a suggestion: %s', (text, label) => expectLabel(text, label, noBrand));
  it.each<Row>([
    ['יופי לכם, פעם שלישית החודש שהאינטרנט נופל', 'complaint'],
    ['איזו הפתעה, טכנאי מקסים שלא הגיע בלי הודעה', 'complaint'],
    ['שירות מדהים כמו תמיד, מחכה כבר שעה על הקו', 'complaint'],
  ])('praise words about a bad situation are a complaint: %s', (text, label) =>
    expectLabel(text, label, noBrand),
  );
  it.each<Row>([
    ['ממש תודה רבה על כלום', 'complaint'],
    ['תודה שלא חזרתם אליי אף פעם', 'complaint'],
    ['תודה על ההתעלמות, אתם אלופים', 'complaint'],
    ['תודה שלא עניתם, נסתדר לבד', 'complaint'],
  ])('ironic thanks are a complaint: %s', (text, label) => expectLabel(text, label, noBrand));
  it.each<Row>([
    ['מישהו טס עם Acme לאחרונה? איך היה?', 'none'],
    ['יש פה מישהי שהזמינה שמלה מ Acme? איך הבד?', 'none'],
    ['מי שטס עם Acme, כמה קילו מותר בטרולי?', 'none'],
    ['שאלה למביני עניין: Acme או משהו אחר לבית?', 'none'],
  ])('a question to other people that mentions the brand in passing is none: %s', (text, label) =>
    expectLabel(text, label, acme),
  );
});

describe('detect: hard cases in Turkish', () => {
  it.each<Row>([
    ['Bu ay neden iki kere para çekildi?', 'complaint'],
    ['Ne zamandan beri ek ücret alıyorsunuz, hangi hakla?', 'complaint'],
    ['Teknisyen nerede? Sabahtan beri ses seda yok', 'complaint'],
    ['Bizi delirtmek için mi arayüzü değiştirdiniz?', 'complaint'],
    ['Siparişim nerede? Bu nasıl iş?', 'complaint'],
    ['Sitede ücretsiz kargo yazıyordu, neden para istiyorsunuz?', 'complaint'],
  ])('a complaint asked as a question is a complaint: %s', (text, label) =>
    expectLabel(text, label, noBrand),
  );
  it.each<Row>([
    ['Uygulama harika ama tek ricam karanlık mod', 'suggestion'],
    ['Kahveniz çok güzel, şekersiz şurup olsa mükemmel olur', 'suggestion'],
    ['Personel çok ilgili, küçük bir ricam var: otoparkı genişletin', 'suggestion'],
    ['Ekmeğiniz çok lezzetli, tam buğday da yapın lütfen', 'suggestion'],
    ['Uygulamanız harika, şu karanlık mod özelliğini de ekleseniz', 'suggestion'],
  ])('a request wrapped in praise is a suggestion: %s', (text, label) => expectLabel(text, label, noBrand));
  it.each<Row>([
    ["Kadıköy'e şube açmayı düşünür müsünüz?", 'suggestion'],
    ['Öğrencilere indirim yapmaya ne dersiniz?', 'suggestion'],
    ['Uygulamaya karanlık mod özelliği gelir mi?', 'suggestion'],
    ['Hafta sonu da açmayı düşünmez misiniz?', 'suggestion'],
  ])('a question that proposes is a suggestion: %s', (text, label) => expectLabel(text, label, noBrand));
  it.each<Row>([
    ['Harika, her zamanki gibi siparişim bir saat gecikti', 'complaint'],
    ['Ne sürpriz, internet yine gitti. Süper hizmet', 'complaint'],
    ['Klasik, üçüncü kez aynı sorun. Helal size', 'complaint'],
  ])('praise words about a bad situation are a complaint: %s', (text, label) =>
    expectLabel(text, label, noBrand),
  );
  it.each<Row>([
    ['Teşekkürler gerçekten, bir özür bile dilemediniz', 'complaint'],
    ['Sağ olun hiçbir şey için', 'complaint'],
    ['Hiçbir şey için teşekkür ederim, çok yardımcı oldunuz', 'complaint'],
  ])('ironic thanks are a complaint: %s', (text, label) => expectLabel(text, label, noBrand));
  it.each<Row>([
    ["Acme'nin yeni paketini deneyen oldu mu?", 'none'],
    ["Acme'de kalan oldu mu, kahvaltısı nasıl?", 'none'],
    ["Acme'den sipariş veren var mı? Alınır mı?", 'none'],
  ])('a question to other people that mentions the brand in passing is none: %s', (text, label) =>
    expectLabel(text, label, acme),
  );
});

describe('detect: the frames above leave ordinary posts as they were', () => {
  it.each<Row>([
    ['اشتريت الكريم من أسبوعين وبشرتي صارت أحسن بكثير، ممتاز', 'praise'],
    ['ثالث مرة أطلب منكم وكل مرة الأكل ممتاز', 'praise'],
    ['شكرا على حل المشكلة بسرعة، خدمة ممتازة', 'praise'],
    ['تفتحون يوم الجمعة الصبح؟', 'question'],
    ['تسلم إيدك يا بنات، الشغل يجنن', 'praise'],
    ['بدون هزینه اضافه تا فرودگاه رسوندن، عالی بود', 'praise'],
    ['دو ماهه از این کرم استفاده می‌کنم، پوستم عالی شده', 'praise'],
    ['ساعت کاری شعبه جمعه‌ها چنده؟', 'question'],
    ['برای خانم‌ها هم کلاس جدا دارید؟', 'question'],
    ['הלכנו עם חברים לארוחת ערב, היה מעולה', 'praise'],
    ['פעם שלישית שאני מזמין מכם, תמיד מושלם', 'praise'],
    ['תודה רבה באמת, עזרתם לי מאוד', 'praise'],
    ['באיזה שעה אתם פותחים בשישי?', 'question'],
    ['Bu fiyata bu kalite yok, üçüncü kez aldım, çok memnunum', 'praise'],
    ['Ek ücret almadılar, çok teşekkürler', 'praise'],
    ['Kargo yarın gelir mi?', 'question'],
    ['Koyun eti harikaydı, garsonlar çok ilgiliydi', 'praise'],
    ['Sayenizde sorunum hemen çözüldü, teşekkürler', 'praise'],
    ['برافو عليكم، حليتوا المشكلة بسرعة', 'praise'],
    ['أثاث الديرة سووا لنا مكتبة على المقاس، جت بالضبط وتجنن', 'praise'],
  ])('%s', (text, label) => expectLabel(text, label, noBrand));
});
