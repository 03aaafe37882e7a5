import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

/**
 * Everyday review wording in Turkish, Arabic (standard, Egyptian, Gulf), Persian and Hebrew: praise
 * and complaints carried by words the lexicons once lacked (slang, verdicts, plain reports of a bad
 * experience), each once read as `none` or as the opposite label.
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
  ],
  fa: [
    ['دو بار از حسابم کسر شد و هنوز پولم برنگشت', 'complaint'],
    ['پشتیبانی جواب نمیده، کلی منتظر موندم', 'complaint'],
    ['قیمت\u200cها نجومی شده، دیگه نمیخرم', 'complaint'],
    ['گوشی لگ میزنه و مدام ارور میده', 'complaint'],
    ['جعبه له شده بود و گوشی خش داشت', 'complaint'],
    ['کافه دنج و دلچسبیه، حسابی حال کردیم', 'praise'],
    ['به پولش میارزه، پشیمون نمیشید', 'praise'],
    ['فروشنده خوش برخورد و با حوصله بود', 'praise'],
    ['مشتری همیشگیشون شدم، دمت گرم', 'praise'],
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
