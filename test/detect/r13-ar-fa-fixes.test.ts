import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Each row before the guards was misread before these entries were added.

describe("Arabic: praise in social-network voice, complaints without a strong word, questions about one's own order", () => {
  it.each<[text: string, label: Label]>([
    ['جربت القلم الذكي الجديد أسبوعين وصدقوني ما أقدر أرجع للقديم', 'praise'],
    ['قلت ما في أحسن من كذا، وطلع التحديث الجديد يفاجئني', 'praise'],
    ['بعد التحديث اللابتوب صار طيارة 😂', 'praise'],
    ['الطلبية وصلتني بعد ساعتين والشهية راحت خلاص', 'complaint'],
    ['التطبيق يطيح كل ما أفتح الكاميرا', 'complaint'],
    ['الشكل الجديد زحمة، القديم كان أريح', 'complaint'],
    ['خيبتوا ظني هالمرة، توقعته أقوى من كذا', 'complaint'],
    ['دافع اشتراك شهري وبرضو إعلانات بين كل حلقة', 'complaint'],
    ['ممكن ترجعوا لي المبلغ كاش بدل الرصيد؟', 'question'],
    ['ممكن ترجعون لي المبلغ على البطاقة؟ ألغيت الحجز بنفسي', 'question'],
    ['مين غيري ينتظر الحلقة الأخيرة الليلة؟', 'none'],
    ['طيب والحل؟ خامس مرة أتصل عليكم', 'complaint'],
    ['التغطية في حينا تحسنت من الشهر اللي فات', 'praise'],
    ['جربت متصفح سهم شهر وما قدرت أرجع لغيره', 'praise'],
    ['انتظرت شهر على الطلبية والحين يقولون بعد أسبوع', 'complaint'],
    // Guards: a proposal to the company, a real wait, a refund asked after a fault.
    ['ممكن تغيروا ألوان التطبيق؟ الأزرق متعب للعين', 'suggestion'],
    ['وصل الطلب بسرعة والأكل حار، شكراً', 'praise'],
    ['ممكن ترجعولي المبلغ؟ صار لي أسبوعين وما وصل شي', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Persian: slang verdicts, "the old one was better", requests about one\'s own order', () => {
  it.each<[text: string, label: Label]>([
    ['دو هفته‌ست با این کیبورد کار میکنم، دیگه نمیتونم برگردم به قبلی', 'praise'],
    ['این مرورگر هر آپدیت بهتر میشه واقعا', 'praise'],
    ['اپ تاکسی جدید کولاک کرده، تو دو دقیقه ماشین اومد', 'praise'],
    ['نسخه جدید اصلا به دلم ننشست، قبلی بهتر بود', 'complaint'],
    ['همین داستانه هر هفته، اپ از کار میفته', 'complaint'],
    ['گفتن سر ساعت هشت میان، الان نیم ساعته', 'complaint'],
    ['قیمت اشتراک بدون هیچ خبری گرون شد', 'complaint'],
    ['میشه زمان تحویل رو بذارید برای پنجشنبه؟', 'question'],
    ['امکانش هست پولم به حساب دیگه‌ای واریز بشه؟', 'question'],
    ['میشه اینترنت بین‌الملل منو فعال کنید؟', 'question'],
    ['این سایت روز به روز بهتر میشه', 'praise'],
    ['یه بار ازشون خریدم، دیگه سراغ بقیه نمیرم', 'praise'],
    ['پنجمین باره پیام میدم برای همون سفارش', 'complaint'],
    // Guards: a proposal to the company, praise that stays praise, a complaint asked as a question.
    ['امکانش هست حالت شب هم اضافه کنید؟', 'suggestion'],
    ['پشتیبانی سریع جواب داد، ممنون', 'praise'],
    ['چرا هر بار پشتیبانی میگه فردا درست میشه؟ دو هفته گذشته', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
