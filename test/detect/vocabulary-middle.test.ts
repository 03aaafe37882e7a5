import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

/**
 * Everyday review wording in Turkish, Arabic (standard, Egyptian, Gulf), Persian and Hebrew: praise,
 * complaints and requests carried by words the lexicons once lacked (slang, verdicts, plain reports
 * of a bad experience, colloquial request frames), each once read as `none` or as another label.
 */
const CASES: Record<string, [text: string, label: Label][]> = {
  tr: [
    ['Porsiyonlar kuş kadar, fiyatlar da dudak uçuklatıyor.', 'complaint'],
    ['Garson surat astı, yüzümüze bile bakmadı.', 'complaint'],
    ['Uygulama sürekli oturumu kapatıyor, tövbe.', 'complaint'],
    ['Et kösele gibiydi, tam bir fiyasko.', 'complaint'],
    ['Kargo paramparça halde elime ulaştı.', 'complaint'],
    ['Çalışanlar küstah ve terbiyesiz.', 'complaint'],
    ['Oda tertemizdi, personel sıcakkanlı ve misafirperver.', 'praise'],
    ['Dört dörtlük bir akşam yemeği oldu.', 'praise'],
    ['Beklentilerimi aştı, her kuruşuna değer.', 'praise'],
    ['Ertesi gün elimdeydi, fotoğraftaki gibi birebir aynı.', 'praise'],
    ['Bu kafe artık favorilerimden biri.', 'praise'],
    ['Telefon canavar gibi, hiç takılmıyor.', 'praise'],
    ['Hayran kaldım, işinin ehli insanlar.', 'praise'],
    ['Talebim başarıyla sonuçlandı, ilginiz için sağ olun.', 'praise'],
    ['Bundan daha mutlu olamazdım.', 'praise'],
    ['Tam bir cevher, gizli kalmış bir mekan.', 'praise'],
    ['Uygulama sürekli beni oturumdan atıyor.', 'complaint'],
    ['Kurye roket gibiydi, söyleyecek söz yok.', 'praise'],
    ['Güncellemeden sonra bütün kayıtlı kartlarım silindi.', 'complaint'],
    ['Kartım bloke edildi, müşteri hizmetleri topu birbirine atıyor.', 'complaint'],
    ['Sepete not ekleme özelliği gelse süper olur.', 'suggestion'],
    ['Kahveniz çok güzel ama açılış saatini biraz öne çekseniz fena olmaz.', 'suggestion'],
  ],
  ar: [
    ['الاكل وصل بارد والكميه قليله', 'complaint'],
    ['انتظرت ساعتين وما حد رد عليا', 'complaint'],
    ['المنتج مختلف عن الصوره تماما', 'complaint'],
    ['اخر مره اتعامل معاكم، حسبي الله ونعم الوكيل', 'complaint'],
    ['الموظفين قليلين ادب ومستفزين', 'complaint'],
    ['خصموا مرتين من الكارت ولسه ما رجعوا فلوسي', 'complaint'],
    ['المطعم ده جامد جدا والاكل طازه', 'praise'],
    ['بصراحه ملوش حل، اكيد هرجع تاني', 'praise'],
    ['جزاكم الله خير على سرعه الرد', 'praise'],
    ['الموظفين بشوشين ولطاف جدا', 'praise'],
    ['ما كنت اتمنى احسن من كذا', 'praise'],
    ['اسعار لا تقبل المنافسه، اكيد راجعين', 'praise'],
    ['جوهره مخفيه في وسط البلد', 'praise'],
    ['محد جا ياخذ الطلب، قعدنا نص ساعه', 'complaint'],
    ['الموظف كان زهقان ومتعجرف', 'complaint'],
    ['التطبيق كل شوي يطلعني من الحساب', 'complaint'],
    ['الكرتون وصل مضروب ولسه ما استرجعت فلوسي', 'complaint'],
    ['الشحنه وصلت قبل الموعد، ما قصرتوا والله', 'praise'],
    ['الكابتن ابن ناس، الله يجزاه خير', 'praise'],
    ['شركه التامين تماطل من شهرين في التعويض', 'complaint'],
    ['الرحله اتاخرت خمس ساعات وضاعت الشنطه', 'complaint'],
    ['ياريت تضيفوا خيار الدفع عند الاستلام', 'suggestion'],
    ['التطبيق ممتاز بس حطوا وضع ليلي', 'suggestion'],
    ['بصراحه مبدعين، كل شي كان مرتب', 'praise'],
    ['الحجز اختفى وقالوا ما في طاولات', 'complaint'],
    ['الموظف سكر الخط في وجهي', 'complaint'],
    ['القماش خفيف ومو مثل الوصف', 'complaint'],
  ],
  fa: [
    ['دو بار از حسابم کسر شد و هنوز پولم برنگشت', 'complaint'],
    ['پشتیبانی جواب نمیده، کلی منتظر موندم', 'complaint'],
    ['قیمت‌ها نجومی شده، دیگه نمیخرم', 'complaint'],
    ['گوشی لگ میزنه و مدام ارور میده', 'complaint'],
    ['جعبه له شده بود و گوشی خش داشت', 'complaint'],
    ['کافه دنج و دلچسبیه، حسابی حال کردیم', 'praise'],
    ['به پولش میارزه، پشیمون نمیشید', 'praise'],
    ['فروشنده خوش برخورد و با حوصله بود', 'praise'],
    ['مشتری همیشگیشون شدم، دمت گرم', 'praise'],
    ['کارکنان مودب و خونگرم بودن', 'praise'],
    ['از این بهتر نمیشد', 'praise'],
    ['قیمتاش رقیب نداره، حتما دوباره میایم', 'praise'],
    ['یه جواهر واقعی وسط شهر', 'praise'],
    ['کسی نیومد سفارشمونو بگیره، نیم ساعت نشستیم', 'complaint'],
    ['اتاق بوی بدی میداد', 'complaint'],
    ['گارسون حوصله نداشت و خیلی طلبکار بود', 'complaint'],
    ['اپلیکیشن هی از حسابم میندازه بیرون', 'complaint'],
    ['سفارشم به موقع رسید، دمتون گرم', 'praise'],
    ['کرم پوستمو خشک کرد و حساسیت داد', 'complaint'],
    ['سنگ تموم گذاشتن، واقعا با مرام بودن', 'praise'],
    ['پیشنهادم اینه که ارسال رایگان بذارین', 'suggestion'],
    ['اگه پشتیبانی آنلاین داشتین خیلی کمک میکنه', 'suggestion'],
    ['رزروم گم شده بود و گفتن میز نداریم', 'complaint'],
    ['تو قبض هزینه‌ای بود که هیچکس نتونست توضیح بده', 'complaint'],
    ['سفارش لغو شد ولی هنوز پولمو پس ندادن', 'complaint'],
  ],
  he: [
    ['המלצרית הייתה מתנשאת וגסה', 'complaint'],
    ['חייבו אותי פעמיים ועדיין לא קיבלתי החזר', 'complaint'],
    ['האפליקציה מתנתקת כל הזמן, מבאס', 'complaint'],
    ['המשלוח הגיע מעוך והמוצר שרוט', 'complaint'],
    ['מחירים מופקעים, שוד לאור היום', 'complaint'],
    ['האוכל היה תפל והמנות זעירות', 'complaint'],
    ['המקום מושקע והצוות זריז ואדיב', 'praise'],
    ['הגיע מהר ובדיוק כמו בתמונה', 'praise'],
    ['אין עליכם, תותחים!', 'praise'],
    ['הפתעה נעימה, משתלם מאוד', 'praise'],
    ['הפיצה פשוט אש, אזמין שוב', 'praise'],
    ['לא יכולתי לבקש יותר', 'praise'],
    ['מחירים שאין להם תחרות, בטוח נחזור', 'praise'],
    ['החדר היה נקי מאוד והאווירה חמימה', 'praise'],
    ['פנינה אמיתית באמצע העיר', 'praise'],
    ['המלצר נראה משועמם ושתלטן', 'complaint'],
    ['האפליקציה כל הזמן מנתקת אותי מהחשבון', 'complaint'],
    ['אחרי העדכון כל ההודעות שלי נמחקו', 'complaint'],
    ['השירות ברמה אחרת, עשו מעל ומעבר', 'praise'],
    ['הייתי שמח אם תהיה אפשרות לשלם בביט', 'suggestion'],
    ['מה דעתכם להוסיף מנה טבעונית לתפריט?', 'suggestion'],
    ['ההזמנה שלנו נעלמה ואמרו שאין שולחן', 'complaint'],
    ['הנציג טרק לי את הטלפון בפנים', 'complaint'],
    ['הבד דק ולא כמו בתיאור', 'complaint'],
  ],
};

describe('detect: everyday review vocabulary', () => {
  for (const [lang, cases] of Object.entries(CASES)) {
    describe(lang, () => {
      it.each(cases)('%s → %s', (text, label) => {
        const d = detect({ text }, brand);
        expect(d.label, JSON.stringify(d.cues)).toBe(label);
        expect(d.lang).toBe(lang);
      });
    });
  }
});
