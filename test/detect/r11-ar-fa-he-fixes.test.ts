import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Every row not marked as a guard was misread before these lexicon entries.

describe('Arabic: harms told as hours and days beside thanks and irony, questions that complain, requests', () => {
  it.each<[text: string, label: Label]>([
    ['شكرا يا شركة الكهربا، فصلتوا النت عني وانا دافع الفاتورة', 'complaint'],
    ['يعطيكم العافية رجعتوا الطرد من غير ما حد يتصل فيني', 'complaint'],
    ['مشكورين، الأكل وصل بارد زي التلج. قمة الإبداع', 'complaint'],
    ['تسلموا يا بنك، سحبتوا رسوم مرتين على نفس العملية 🙏', 'complaint'],
    ['شكرا على الرسالة اللطيفة إن رحلتي اتلغت قبلها بساعة', 'complaint'],
    ['أقوى نت في العالم العربي 😂 الصفحة تفتح بعد دقيقتين', 'complaint'],
    ['في حد في الدعم الفني بيرد أصلا؟', 'complaint'],
    ['واش كاين شي واحد كيجاوب فهاد الشركة؟ عييت نعيط', 'complaint'],
    ['شغل عالمي والله، الغسالة اشتغلت أسبوع وبعدين ماتت', 'complaint'],
    ['ما شاء الله عليكم، ثلاث أيام وأنا أحاول أسجل دخول', 'complaint'],
    ['هايل، التطبيق بيطلب تحديث كل يوم ولا بيشتغل', 'complaint'],
    ['الجهاز مش عاطل أبدا والبطارية بتقعد طول اليوم', 'praise'],
    ['law tzawdo el ba2a shwaya hatkono a7san', 'suggestion'],
    ['momken tzawdo 3adad el 7agz fel weekend?', 'suggestion'],
    ['شفت مسلسل امبارح والبطلة ماتت في الآخر، عيطت جدا 😢', 'none'],
    // Guards: hyperbole and thanks with nothing wrong stay praise; "not bad" beside a real harm complains.
    ['أحسن خدمة في الكون، وصل الطلب في ساعة 😍', 'praise'],
    ['شكرا رجعتوا فلوسي كاملة في نفس اليوم', 'praise'],
    ['مش عاطل أبدا المطعم ده، الأكل سخن وطازة', 'praise'],
    ['قالوا جاي الساعة ١٠ وجه في الميعاد بالظبط، محترمين', 'praise'],
    ['الخدمة مش عاطلة، الخدمة ميتة. صارلي أسبوع بلا نت', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Persian: days counted beside irony, thanks for a harm, "does anyone even answer?", proposals, life', () => {
  it.each<[text: string, label: Label]>([
    ['چه سرعتی! سفارشم دو هفته طول کشید برسه 😂', 'complaint'],
    ['بهترین اینترنت کل دنیا، از صبح وصل نمیشه', 'complaint'],
    ['دمتون گرم، اینترنت از دیشب قطعه و پشتیبانی هم جواب نمیده 👏', 'complaint'],
    ['مرسی بابت بسته‌ای که خیس و پاره به دستم رسید 🙏', 'complaint'],
    ['کسی اصلا تو این شرکت جواب تلفن میده؟', 'complaint'],
    ['عجب اپلیکیشن خفنی، هر بار باز میکنم بسته میشه', 'complaint'],
    ['سه بار سفارش دادم و هیچ مشکلی با ارسال پیش نیامد', 'praise'],
    ['قیمت اشتراک سالانه چقدره', 'question'],
    ['نمیشه گزینه پرداخت اقساطی رو هم فعال کنید؟', 'suggestion'],
    ['نمیشه ساعت کاری شعبه رو تا شب تمدید کنید؟', 'suggestion'],
    ['دیشب فیلم دیدم و آخرش کلی گریه کردم 😭', 'none'],
    // Guards: hyperbole and thanks meant sincerely; "قطعه" as a spare part.
    ['بهترین پیتزای کل دنیا رو اینجا خوردم 😍', 'praise'],
    ['ممنون بابت پیگیری سریع، مشکلم حل شد', 'praise'],
    ['قطعه یدکی رو همون روز فرستادن، ممنون', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Hebrew: thanks for a harm, promised against what came, "zero problems", life in passing', () => {
  it.each<[text: string, label: Label]>([
    ['תודה רבה שהשארתם את החבילה ליד הפח והכל נרטב', 'complaint'],
    ['תודה על החיוב החודשי, בכלל לא השתמשתי בשירות', 'complaint'],
    ['תודה רבה שחייבתם אותי פעמיים על אותה הזמנה 🙏', 'complaint'],
    ['תודה לחברת החשמל שניתקה לנו את החשמל למרות שהחשבון שולם', 'complaint'],
    ['הזמנתי המבורגר חם וקיבלתי אותו קר כמו קרח. איך אתם מצליחים?', 'complaint'],
    ['יש מישהו בשירות הלקוחות שעונה בכלל?', 'complaint'],
    ['לא הגיע הזמן שתוסיפו אפשרות לתשלום בביט?', 'suggestion'],
    ['ממש תודה, שילמתי על משלוח מהיר וקיבלתי אחרי חודש', 'complaint'],
    ['איזה שירות מדהים, שלוש שעות על הקו בשביל תשובה של דקה', 'complaint'],
    ['היום הייתה החתונה של אחותי, הכי מרגש שיש', 'none'],
    ['אפס תקלות עם האפליקציה החדשה, הכל עובד חלק', 'praise'],
    ['אף פעם לא הייתה לי בעיה עם האפליקציה, עובדת חלק', 'praise'],
    ['בכיתי כל הסוף של הסדרה, איזה סיום 😭', 'none'],
    ['נפגשתי עם חברים מהצבא אחרי עשר שנים, היה מרגש', 'none'],
    // Guards: "world-class" meant sincerely, thanks with nothing wrong, "never" that still complains.
    ['שירות ברמה עולמית, הכל הגיע מהר 👏', 'praise'],
    ['תודה רבה, השליח הגיע בזמן והכל שלם', 'praise'],
    ['איזה שירות אדיב, תודה רבה לנציגה!', 'praise'],
    ['אף פעם לא מגיעים בזמן, כל פעם אותו סיפור', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
