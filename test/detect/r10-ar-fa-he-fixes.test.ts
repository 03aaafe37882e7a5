import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Every row not marked as a guard was misread before these entries.

describe('Arabic, Persian and Hebrew: thanks and irony beside a harm told in plain words', () => {
  it.each<[text: string, label: Label]>([
    // A flight postponed for the third time, kept waiting all day, "the same reply" for weeks.
    ['شكراً يا طيران النسر على تأجيل رحلتي للمرة الثالثة', 'complaint'],
    ['تسلموا يا شركة الإنترنت، خليتونا نستنى الفني من الصبح للمغرب', 'complaint'],
    ['صارلي اسبوعين مستني التركيب وكل ما أكلمكم نفس الرد', 'complaint'],
    // An outage of days, kept waiting at a surgery.
    ['ممنون بابت قطعی دو روزه، خیلی خوش گذشت', 'complaint'],
    ['دستتون درد نکنه، دو ساعت تو مطب منتظرمون گذاشتن', 'complaint'],
    // An account blocked, an appointment moved without asking, food cold, "another answer each time".
    ['תודה שחסמתם לי את החשבון בלי שום הסבר', 'complaint'],
    ['תודה רבה שהזזתם לי את התור לחודש הבא בלי לשאול', 'complaint'],
    ['המנה הגיעה קרה והשליח עוד התלונן על הטיפ', 'complaint'],
    ['שלוש פעמים התקשרתי ובכל פעם קיבלתי תשובה אחרת', 'complaint'],
    // A bill doubled "and the service the same", no water for days, a repair after which it will not turn on,
    // a week of waiting after "amazing service".
    ['ممتاز يا جماعة، الفاتورة زادت الضعف والخدمة زي ما هي', 'complaint'],
    ['چه خدمات عالی‌ای! سه روزه آب نداریم', 'complaint'],
    ['دمتون گرم، گوشی رو تعمیر کردید و حالا اصلا روشن نمیشه', 'complaint'],
    ['שירות מדהים, שבוע אני מחכה לטכנאי', 'complaint'],
    // A problem solved reads as praise, not as the problem.
    ['الموظف كان ذوق جداً والمشكله اتحلت في ربع ساعة', 'praise'],
    ['دمشون گرم، مشکل حسابم همون روز حل شد', 'praise'],
    // Guards: a parcel sent back, "no questions asked", thanks after a fix, a fee cancelled.
    ['مرسی که بسته‌مو برگشت زدید و هیچ‌کس زنگ نزد', 'complaint'],
    ['החבילה הוחזרה לשולח ואף אחד לא טרח להתקשר', 'complaint'],
    ['وعدوني بالاسترجاع خلال يومين وللحين ما وصل شي', 'complaint'],
    ['החליפו לי את המכשיר בלי לשאול שאלות, שירות מעולה', 'praise'],
    ['شكرا على الرد السريع، بس المشكلة لسا موجودة', 'complaint'],
    ['شكراً، المشكلة اتحلت والفني كان محترم', 'praise'],
    ['ممنون از پیگیریتون، مشکلم حل شد', 'praise'],
    ['תודה, ביטלו לי את החיוב הכפול תוך יום', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Arabic, Persian and Hebrew: complaints put as questions', () => {
  it.each<[text: string, label: Label]>([
    // "Who will explain…", "until when…", "is it so hard…", "a company your size…".
    ['مين هيشرحلي الخصم ده جه منين؟', 'complaint'],
    ['إلى متى سنبقى بدون ماء؟', 'complaint'],
    ['هل من الصعب الرد على العملاء؟', 'complaint'],
    ['معقول شركة بحجمكم ما عندها خدمة عملاء بالويكند؟', 'complaint'],
    // "Weren't you supposed to…", days without the internet, "no one there to answer", money taken twice.
    ['مگه قرار نبود امروز تحویل بدین؟', 'complaint'],
    ['تا کی باید بدون نت سر کنیم؟', 'complaint'],
    ['یعنی یه نفر اونجا نیست که جواب تلفن بده؟', 'complaint'],
    ['پولمو دو بار کشیدین، کی برمیگرده؟', 'complaint'],
    // "Didn't you say…", "is anyone going to give me my money back?".
    ['לא אמרתם שזה יסתדר עד סוף השבוע?', 'complaint'],
    ['מישהו אצלכם מתכוון להחזיר לי את הכסף?', 'complaint'],
    ['מי בדיוק אמור לענות לי? שלושה ימים אני שולחת מיילים', 'complaint'],
    // Guards: real questions to the company.
    ['هل فرعكم في جدة يفتح يوم الجمعة؟', 'question'],
    ['شعبه شما تو کرج تا چند بازه؟', 'question'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Arabic, Persian and Hebrew: feelings about a concert, an exam', () => {
  it.each<[text: string, label: Label]>([
    ['رقصنا في الحفلة امبارح والجو كان تحفة', 'none'],
    ['کل روز برای امتحان فیزیک خوندم و آخرش خراب کردم', 'none'],
    ['הבוס שוב ביקש שאשאר עד מאוחר, אין לי כוח', 'none'],
    // Guards: life told without a service.
    ['הבת שלי ניגשת מחר לבחינה ואני לחוצה יותר ממנה', 'none'],
    ['ההופעה אתמול בפארק הייתה קסומה, רקדנו עד אחת בלילה', 'none'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
