import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Each row before the guards was misread before these entries were added.

describe('Arabic: trust and loyalty, "can\'t wait", waits and stuck orders told as facts, classifieds, "which should I get?"', () => {
  it.each<[text: string, label: Label]>([
    ['أكمي البنك الوحيد اللي أثق فيه بصراحة', 'praise'],
    ['تطبيق أكمي نجاني في أسبوع التسليمات', 'praise'],
    ['خمس سنين مع أكمي وما فكرت أغيرها', 'praise'],
    ['هي دي الخدمة ولا بلاش يا أكمي', 'praise'],
    ['مش قادر أستنى الإصدار الجديد من أكمي', 'praise'],
    ['ساعتين على الانتظار مع خدمة عملاء أكمي', 'complaint'],
    ['الطلب من أكمي من أسبوع ولسه حالته قيد الشحن', 'complaint'],
    ['للبيع: ساعة أكمي بحالة ممتازة، التواصل خاص', 'none'],
    ['أكمي ولا نوفا، أيهم آخذ؟', 'none'],
    ['ثلاث سنين مع أكمي وما عندي أي نية أغير', 'praise'],
    ['عندي سماعة أكمي ما أحتاجها، لو أحد مهتم يكلمني', 'none'],
    ['صار لي سنين ما أطلب إلا منهم يا أكمي', 'praise'],
    ['باقة أكمي مكتوب فيها ٥٠ جيجا وخلصت بعد ٣ أيام', 'complaint'],
    // Guards: trust that was lost, "finally" beside a delay, news of a launch, an order asked about.
    ['كنت أثق في أكمي، الحين لا', 'complaint'],
    ['أخيرا وصل طلبي من أكمي بعد تأخير أسبوعين 🙄', 'complaint'],
    ['تسريبات: جهاز أكمي القادم بكاميرا أكبر', 'none'],
    ['@acme متى يوصل طلبي؟', 'question'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Persian: trust and loyalty, "saved me", waits on the line told as facts, "which would you get?", a fix that did not come', () => {
  it.each<[text: string, label: Label]>([
    ['ده ساله با اکمی هستم و همیشه روشون حساب می‌کنم، یه بار هم گم نشده', 'praise'],
    ['اکمی تنها اپراتوریه که بهش اعتماد دارم', 'praise'],
    ['اکمی تو شب امتحان نجاتم داد', 'praise'],
    ['اکمی واقعا بلده با مشتری رفتار کنه', 'praise'],
    ['سه روزه منتظرم و فقط میگن پیگیری می‌کنیم', 'complaint'],
    ['دو ساعت و نیم پشت خط اکمی بودم', 'complaint'],
    ['اکمی یا نوا؟ شما بودید کدومو می‌گرفتید؟', 'none'],
    ['اکمی دوباره مشکلم رو حل نکرد', 'complaint'],
    ['دو ساله مشتری اکمی‌ام و قصد عوض کردن ندارم', 'praise'],
    ['اکمی، یه بار هم دیر نکردین', 'praise'],
    ['یه ساعت اکمی دارم لازمش ندارم، اگه کسی خواست پیام بده', 'none'],
    ['اکمی کارت جدید بدون هزینه سالانه عرضه کرد', 'none'],
    ['از وقتی اکمی رو شناختم فقط از اینا می‌خرم', 'praise'],
    ['اینترنت ۵۰ گیگی اکمی یه هفته‌ای تموم شد', 'complaint'],
    // Guards: trust that was lost, a cut-off, a second-hand sale, a rumour, an order asked about.
    ['قبلا به اکمی اعتماد داشتم، ولی دیگه نه', 'complaint'],
    ['پنج روزه اینترنت قطعه', 'complaint'],
    ['هدفون اکمی، کارکرده ولی سالم، قیمت توافقی', 'none'],
    ['شایعه: اکمی گوشی تاشو میاره', 'none'],
    ['@acme سفارشم کی می‌رسه؟', 'question'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Hebrew: "finally" with joy, trust and loyalty, "can\'t wait", a return regretted, classifieds, "what would you choose?"', () => {
  it.each<[text: string, label: Label]>([
    ['סוף סוף הגיעה השואבת של אקמה, אני מאושרת', 'praise'],
    ['אקמה זה הספק היחיד שאני סומך עליו', 'praise'],
    ['שש שנים עם אקמה ולא חשבתי לעזוב', 'praise'],
    ['באקמה יודעים איך לתת שירות', 'praise'],
    ['לא יכולה לחכות לשעון החדש של אקמה', 'praise'],
    ['החזרתי את האוזניות של אקמה, מתחרטת שקניתי', 'complaint'],
    ['למכירה: רמקול של אקמה, מצב מעולה', 'none'],
    ['אקמה או נובה? מה הייתם בוחרים?', 'none'],
    ['שלוש שנים עם אקמה ואין לי שום כוונה להחליף', 'praise'],
    ['אקמה, אף פעם לא איחרתם', 'praise'],
    ['יש לי רמקול של אקמה שאני לא צריכה, למי שרוצה', 'none'],
    ['מאז שגיליתי את אקמה אני קונה רק אצלם', 'praise'],
    ['בחבילה של אקמה כתוב 50 ג׳יגה ונגמר אחרי שלושה ימים', 'complaint'],
    // Guards: "again" beside a fault, waiting for a refund.
    ['שוב נפלה האפליקציה של אקמה', 'complaint'],
    ['מחכה כבר שבוע להחזר מאקמה', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Hindi and Hinglish: trust and loyalty, "can\'t wait", refunds pending told as facts, classifieds, "which one should I take?", price news', () => {
  it.each<[text: string, label: Label]>([
    ['Acme pe hamesha bharosa kar sakte ho, kabhi nahi khoya kuch', 'praise'],
    ['5 saal se Acme hai, chhodne ka socha bhi nahi', 'praise'],
    ['Acme ko pata hai customers se kaise pesh aana hai', 'praise'],
    ['Acme ka naya phone aane ka wait nahi ho raha', 'praise'],
    ['3 din se refund pending hai, 2 baar mail kar chuka', 'complaint'],
    ['दस दिन पहले ऑर्डर किया, अभी भी प्रोसेसिंग में है', 'complaint'],
    ['Acme ki watch bechna hai, ekdum sahi condition, DM karo', 'none'],
    ['अगले महीने से Acme के प्लान महंगे होंगे', 'none'],
    ['Acme se 2 saal ho gaye, badalne ka koi irada nahi', 'praise'],
    ['Acme ki ghadi pada hai, zarurat nahi, koi interested ho to bolo', 'none'],
    ['Acme ne naya plan launch kiya, बिना सालाना फीस', 'none'],
    ['Acme mila tab se electronics sirf yahin se leta hu', 'praise'],
    ['Acme ka 50 GB plan ek hafte mein khatam ho gaya', 'complaint'],
    // Guards: trust that was lost, "again" beside a fault, a choice asked of friends.
    ['पहले Acme पर भरोसा था, अब बिल्कुल नहीं', 'complaint'],
    ['फिर से Acme का ऐप बंद हो गया', 'complaint'],
    ['Nova 12 lu ya Acme X? tum log kya loge?', 'none'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
