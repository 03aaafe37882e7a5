import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Every row not marked as a guard was misread before these entries.
describe('Persian: sarcastic thanks and irony that name the harm', () => {
  it.each<[text: string, label: Label]>([
    ['غذا «در حال ارسال» نوشته، یه ساعت و نیمه است. پیک حتما پیاده میاد', 'complaint'],
    ['نان‌آوران قیمت نون رو دو برابر کرد، بعد میگه کیفیت بهتر شده', 'complaint'],
    ['باشگاه یهو قیمت رو بردن بالا، هنوز دستگاه‌ها همونن', 'complaint'],
    ['آژانس بلیت تور رو فروخت بعد کنسلش کرد، آینده‌نگری یعنی این', 'complaint'],
    ['بازی هر بار مرحله آخر میپره بیرون، کمک کنین', 'complaint'],
    ['این قیمتا چیه؟ یه پیتزا ۶۰۰ تومن؟ شوخی میکنید؟', 'complaint'],
    // Guards: neighbouring readings that stay right.
    ['مرسی آسمان‌نت که وسط کلاس آنلاین بچه‌م اینترنت قطع شد و گفتید «از سمت شماست»', 'complaint'],
    ['ممنون هتل پارسه که ساعت دو شب گفتین «رزرو شما گم شده»', 'complaint'],
    ['مرسی بیمه‌گر که برای یه عینک، سه تا مدرک مهرشده خواستید و پرونده هنوز حل نشده', 'complaint'],
    ['ماشینو با باک خالی تحویلم دادن', 'complaint'],
    ['مرسی که انقدر سریع جواب دادید و گفتید فردا می‌رسه', 'praise'],
    ['دیشب دو ساعت اینترنت قطع شد', 'complaint'],
    ['خریدای درون برنامه‌ای داره نابودمون میکنه', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Persian: slang praise and service that did not cut out', () => {
  it.each<[text: string, label: Label]>([
    ['پیتزای شب جمعه‌ها خیلی خفنه', 'praise'],
    ['پیک نونوایی موشکه، ده دقیقه‌ای رسید', 'praise'],
    ['نون بربری امروز برشته و داغ بود', 'praise'],
    ['کل هفته اینترنت یه بار هم قطع نشد', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Persian: requests after praise, with the object marker or an English verb', () => {
  it.each<[text: string, label: Label]>([
    ['نون‌های سنگک‌سرا عالیه، فقط ساعت کارتونو تا دیروقت نگه دارید', 'suggestion'],
    ['اپ بانک خیلی کاربردیه، ولی ورود با اثر انگشت هم بد نیست', 'suggestion'],
    ['اپ تاکسی‌یار عالیه، dark mode رو default کنید', 'suggestion'],
    // Guards: neighbouring readings that stay right.
    ['کافه سپید، دسرهاتون عالیه، یه نسخه بدون شکرش رو هم بذارید', 'suggestion'],
    ['اپ نقشه‌یاب دقیقه، فقط حالت تاریک رو اضافه کنید', 'suggestion'],
    ['کتابخونه، ساعت کار رو تا ده شب نگه دارید لطفا', 'suggestion'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Persian: questions to other people and plans with friends', () => {
  it.each<[text: string, label: Label]>([
    ['کسی روغن موی آرگان‌نو رو امتحان کرده؟', 'none'],
    ['شامپوی گلسار خوبه یا همون قدیمیه بهتره؟', 'none'],
    ['شنبه ساعت هشت دم سینما آزادی، دیر نکنید', 'none'],
    // Guards: neighbouring readings that stay right.
    ['کسی از پشتیبانی جواب نمیده', 'complaint'],
    ['کنسل کردن رزرو تا یه روز قبل رایگانه؟', 'question'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Persian: requests that close the sentence, and everyday praise', () => {
  it.each<[text: string, label: Label]>([
    ['نونوایی محله، نون جو هم بپزید', 'suggestion'],
    ['اپ قبض، تاریخ آخرین پرداخت رو بالای صفحه بنویسید', 'suggestion'],
    ['مترو، ماسک رو تو واگن‌ها اجباری کنید', 'suggestion'],
    ['پرستار بخش اطفال خیلی مهربون بود', 'praise'],
    ['مبل‌ها رو دو سال پیش خریدیم، هنوز مثل روز اول', 'praise'],
    ['ساعت یک شب دارو رو رسوندید، نجاتم دادید', 'praise'],
    ['بسته رو با دقت پیچیده بودن، هیچی نشکست', 'praise'],
    ['دو ماهه مشتری‌تونم، همینطور ادامه بدید', 'praise'],
    // Guards: "give" in a request to write to someone asks nothing of the brand.
    ['برای هماهنگی تو اینستاگرام پیام بدید', 'none'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Persian: trouble that is gone, and announcements asked for', () => {
  it.each<[text: string, label: Label]>([
    ['بعد سه جلسه فیزیوتراپی دیگه درد ندارم', 'praise'],
    ['این ضدآفتاب رو پوست حساس من هیچ حساسیتی نداد', 'praise'],
    ['لوله رو درست کرد و پولی هم نگرفت', 'praise'],
    ['لطفی که اون شب پرستار بخش بهمون کرد رو هیچوقت فراموش نمیکنم', 'praise'],
    ['فرودگاه، شماره گیت رو زودتر اعلام کنید', 'suggestion'],
    ['بیمه، یادآوری تمدید رو پیامکی کنید', 'suggestion'],
    // Guard: an allergy that did happen.
    ['این کرم به پوستم حساسیت داد', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Persian: everyday failures said plainly', () => {
  it.each<[text: string, label: Label]>([
    ['به‌به، باز نت ملی شدیم. دستتون درد نکنه واقعاً', 'complaint'],
    ['چای امروز مزه صابون میداد', 'complaint'],
    ['تو باشگاه کولر خاموش بود، ساعت شش عصر', 'complaint'],
    ['مبل نو بعد دو هفته فنرش زد بیرون', 'complaint'],
    ['پیک بسته رو تحویل داده به یه نفر دیگه', 'complaint'],
    // Guard: a promise kept.
    ['تور کیش همون چیزی بود که گفته بودن، عالی', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
