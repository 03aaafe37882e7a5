import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Each row before the guards was misread before these entries were added.

describe('Arabic: thanks and "I love how…" beside a harm, grievances asked as questions, life in passing', () => {
  it.each<[text: string, label: Label]>([
    ['احلى شي في الشركة انها ما ترد على الايميلات ابدا', 'complaint'],
    ['el 3arabeya et2lghet tany marra w 5adto el flos, shokran ya gama3a', 'complaint'],
    ['merci ya @telco_x 3ala el net elly byfsel kol shwaya', 'complaint'],
    ['مشكورين ما قصرتوا، ثلاث أيام بدون مويه ولا أحد رد', 'complaint'],
    ['وش فايدة التأمين اذا كل مطالبة ترفضونها؟', 'complaint'],
    ['هل يعقل ان ينقطع النت كل ليلة؟', 'complaint'],
    ['يعني لازم أروح الفرع بنفسي عشان تردون علي؟', 'complaint'],
    ['إلى متى هالزحمة في الفرع وموظف واحد بس؟', 'complaint'],
    ['hwa fe 7ad byrod 3ala el chat wala eh?', 'complaint'],
    ['هو مفيش حد في الشركة دي بيقرا الرسايل؟', 'complaint'],
    ['دماغي فاضي ومش قادر أذاكر، الامتحان بعد يومين', 'none'],
    ['اليوم عيد ميلاد أمي وسوينا لها مفاجأة، الكيكة من حلويات السلطان 🎂❤️', 'none'],
    ['رحت الجيم الصبح وبعدين قعدت في كافيه السدرة أذاكر، يوم منتج 💪', 'none'],
    ['فريقنا خسر بالدقيقة الأخيرة 💔 حتى الشاي ما له طعم', 'none'],
    ['يعطيك العافية يا مندوب، رميت الطرد عند الباب وطلعت 🙂', 'complaint'],
    ['ميرسي كتير عالخدمة، صرلي ساعة ناطر عالخط', 'complaint'],
    ['واو شو هالسرعة، الطرد بعده بالجمارك من شهر', 'complaint'],
    ['leesh kol marra el app y6la3ni barra?', 'complaint'],
    ['كيفاش تقطعو الكونكسيون بلا ما تعلمونا؟', 'complaint'],
    ['قعدت مع جدتي اليوم تحكيلي عن أيام زمان، أحلى قعدة ❤️', 'none'],
    ['بنتي رسمتلي لوحة بالألوان اللي جبتها من مكتبة النور، أجمل هدية ❤️', 'none'],
    ['حضرت فرح صاحبي امبارح والأغاني كانت تحفة 💃', 'none'],
    ['مبروك للهلال الفوز، ماتش عظيم 💙', 'none'],
    // Guards: the same frames where nothing went wrong, and plain questions.
    ['عاجبني انه التطبيق سريع وسهل', 'praise'],
    ['ما شاء الله على السرعة، الطلب وصل في نص ساعة 👌', 'praise'],
    ['شكرا رجعولي المبلغ بنفس اليوم', 'praise'],
    ['كيف أغير كلمة السر في التطبيق؟', 'question'],
    ['شكراً يا مندوب، جبت الطرد لحد الباب رغم المطر 🙏', 'praise'],
    ['متى يرجع البث؟', 'question'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Persian: thanks beside a cut or a late parcel, "X یعنی این", "how many times must I…?", life in passing', () => {
  it.each<[text: string, label: Label]>([
    ['مرسی که وسط امتحان آنلاین اینترنتو قطع کردید 🙏', 'complaint'],
    ['مرسی بابت بسته‌ای که دو هفته بعد رسید 👏', 'complaint'],
    ['دمتون گرم، یه هفته‌ست اینترنت نداریم', 'complaint'],
    ['گوشیم بعد شش ماه باتریش باد کرده', 'complaint'],
    ['تا کی باید هر بار زنگ بزنم و کسی جواب نده؟', 'complaint'],
    ['یعنی باید حضوری بیام شعبه تا جواب بدین؟', 'complaint'],
    ['چطور قطع میکنید وقتی قبضو پرداخت کردم؟', 'complaint'],
    ['چند بار باید یه مشکلو گزارش بدم؟', 'complaint'],
    ['chera hanooz pool bargasht nashode? 2 hafte gozashte', 'complaint'],
    ['مشکلم رو کلا حل کردن، مرسی', 'praise'],
    ['صبح رفتم باشگاه بعدشم تو کافه دونه درس خوندم، روز خوبی بود 💪', 'none'],
    ['تیممون دقیقه آخر گل خورد 💔 شب خرابه', 'none'],
    ['بارون از صبح بند نیومده، خیابونا آب گرفته 🌧️', 'none'],
    ['امشب فینال داریم، دلم داره میترکه 😬', 'none'],
    ['مرسی که بسته رو انداختین پشت در و رفتین 🙂', 'complaint'],
    ['دست مریزاد، سه روزه منتظر تکنسینم', 'complaint'],
    ['آخه کدوم شرکتی مشتری رو این‌جوری معطل می‌کنه؟', 'complaint'],
    ['با مامان بزرگ نشستیم از قدیما گفت، چه شب قشنگی بود ❤️', 'none'],
    ['امروز اولین روز کاری تو شرکت جدیدم بود، خیلی استرس داشتم 😅', 'none'],
    // Guards: sincere thanks and love, a plain question, a wish whose reason is a missing signal.
    ['خیلی ممنون، بسته سالم و سریع رسید', 'praise'],
    ['عاشق این قسمت اپم که همه چی رو یه جا داره', 'praise'],
    ['چطوری رمز اپ رو عوض کنم؟', 'question'],
    ['ممنون از پیک که زیر بارون بسته رو رسوند 🙏', 'praise'],
    ['سفارش تا شیراز چند روز طول میکشه؟', 'question'],
    ['کاش دانلود آفلاین هم اضافه کنید، تو مترو که نت نداریم', 'suggestion'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Hebrew and Hindi: thanks for a cut, "what quality", swollen batteries, questions that complain, life in passing', () => {
  it.each<[text: string, label: Label]>([
    ['תודה על הניתוק באמצע הזום 🙏', 'complaint'],
    ['איזו איכות, הסוללה התנפחה אחרי חצי שנה', 'complaint'],
    ['המזגן מרעיש כמו טרקטור', 'complaint'],
    ['עד מתי אותו תירוץ כל חודש?', 'complaint'],
    ['איך אפשר לנתק לי את הקו כשהחשבון שולם?', 'complaint'],
    ['וואו, עוד עדכון ועכשיו האפליקציה לא נפתחת בכלל. מדהים', 'complaint'],
    ['שכחתי את הטלפון בבית ואין לי מושג מה השעה', 'none'],
    ['היה יום הולדת לאמא, העוגה מהקונדיטוריה של רחל ❤️', 'none'],
    ['शुक्रिया मैच के बीच में नेट काट देने के लिए 🙏', 'complaint'],
    ['फोन की बैटरी छह महीने में फूल गई', 'complaint'],
    ['हर बार ऑर्डर में कुछ ना कुछ कम क्यों आता है?', 'complaint'],
    ['kya baat hai, app khulte hi band ho jata hai 👏', 'complaint'],
    ['क्यों हर महीने बिल में नया चार्ज जुड़ जाता है?', 'complaint'],
    // Guards: sincere love and praise, weeks of use that went well, a plain question.
    ['אני פשוט מת על האפליקציה החדשה, הכל מהיר', 'praise'],
    ['איזו איכות! המסך פשוט מושלם', 'praise'],
    ['कमाल की सर्विस है, एक दिन में डिलीवरी 👌', 'praise'],
    ['ये क्रीम तीन हफ्ते से लगा रही हूँ, स्किन साफ हो गई 😍', 'praise'],
    ['check-in kitne ghante pehle band ho jata hai?', 'question'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
