import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Each row before the guards was misread before these entries were added.

describe('Arabic: thanks beside a harm told plainly, problems that did not happen, questions that complain', () => {
  it.each<[text: string, label: Label]>([
    ['الله يعطيكم العافية، الطرد رجعت للمستودع مرة ثانية وأنا بالبيت', 'complaint'],
    ['دعم فني ممتاز صراحة، أسبوع كامل ما حد رد علي 😂', 'complaint'],
    ['ألف شكر، السائق لغى الرحلة وأنا واقف تحت الشمس', 'complaint'],
    ['جربت المطعم أمس، ما عندي أي ملاحظة سلبية', 'praise'],
    ['حجزت موعد للصيانة وما جا أحد، إلى متى؟', 'complaint'],
    // Guards: thanks that are meant, a delay put right.
    ['شكراً، وصل الطلب وما في أي مشكلة', 'praise'],
    ['السائق وصل متأخر لكن اعتذر وكان لطيف، شكراً', 'praise'],
    ['ممتاز، ما انتظرت ولا دقيقة في الفرع', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Persian: harms beside thanks and applause, problems that did not happen, "آخه منطقیه"', () => {
  it.each<[text: string, label: Label]>([
    ['دمتون گرم، بسته دوباره برگشت به انبار', 'complaint'],
    ['مرسی، اینترنت از دیروز قطع بود و هیچ پیامی هم ندادید 👏', 'complaint'],
    ['اپلیکیشن عالی، راننده دو بار سفر رو لغو میکنه', 'complaint'],
    ['سفارشم کامل بود، هیچی جا نیفتاده بود', 'praise'],
    ['ساعت ده رفتم، ده دقیقه هم طول نکشید', 'praise'],
    ['غذاش اصلا بد نبود، برمیگردیم', 'praise'],
    ['آخه منطقیه سه ماه منتظر کارت بمونم؟', 'complaint'],
    ['این شماره تماس فقط برای قشنگیه؟', 'complaint'],
    // Guards: a problem solved, a joy about something else, the weather.
    ['مرسی، مشکل حل شد', 'praise'],
    ['امتحانم تموم شد و از خوشحالی گریه کردم', 'none'],
    ['هوا امروز خیلی سرده', 'none'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Hebrew: a visit that never came, "אלופים", hopes after praise, "תודה לאל"', () => {
  it.each<[text: string, label: Label]>([
    ['הזמנתי טכנאי לשמונה בבוקר ולא הגיע, עד מתי?', 'complaint'],
    ['הזמנתי עוגה ליום הולדת, הכל הגיע בדיוק כמו שהזמנתי', 'praise'],
    ['האפליקציה נוחה ויפה, מקווה שתוסיפו תשלום בביט', 'suggestion'],
    ['הקפה מעולה, תעשו גם גרסה בלי סוכר', 'suggestion'],
    ['עברתי את הטסט, תודה לאל, עכשיו רק לחכות לרישיון', 'none'],
    ['יש לי ראיון מחר בבוקר, שיהיה לטובה', 'none'],
    // Guards: thanks that are meant, harms beside thanks.
    ['תודה, השליח הגיע בזמן', 'praise'],
    ['המשלוחנים אלופים, תודה', 'praise'],
    ['תודה רבה לחברת הגז שניתקו לנו את הגז בלי שום הודעה', 'complaint'],
    ['שירות מעולה באמת, אף אחד לא עונה כבר שבוע 🙂', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
