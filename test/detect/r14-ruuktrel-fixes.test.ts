import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Every row not marked as a guard was misread by the whole detector before these entries.

describe('Russian and Ukrainian: getting the product, loyalty, promises against what came, classifieds', () => {
  it.each<[text: string, label: Label]>([
    ['вторую неделю с новыми часами Acme и не могу нарадоваться', 'praise'],
    ['с сегодняшнего дня я счастливый обладатель Acme Book', 'praise'],
    ['вот уже пять лет в Acme, доверяю им больше, чем своему банку', 'praise'],
    ['Acme реально заботятся о клиентах', 'praise'],
    ['курьер сказал будет к обеду, а на деле вечер и никого', 'complaint'],
    ['говорили максимум сутки, прошло уже трое', 'complaint'],
    ['Acme One или Acme Mini, что брать студенту?', 'none'],
    ['отдам в добрые руки старый принтер Acme, самовывоз', 'none'],
    ['вже місяць з новою колонкою Acme і досі тішуся', 'praise'],
    ['я тепер щаслива власниця Acme Watch 💅', 'praise'],
    ['говорили максимум добу, минуло вже три', 'complaint'],
    ['Acme One чи Acme Mini, що брати студентові?', 'none'],
    ['продам пилосос Acme, стан ідеальний, самовивіз', 'none'],
    ['кто-нибудь продаёт Acme Pad? куплю недорого', 'none'],
    ['хтось продає Acme Pad? куплю вживаний', 'none'],
    // Guards: the same frames beside a fault or a life topic (read right before and still).
    ['мой новый телефон от Acme перегревается через час игры', 'complaint'],
    ['не доверяю я Acme после той утечки данных', 'complaint'],
    ['жду не дождусь отпуска, осталось две недели', 'none'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Turkish and Greek: getting the product, loyalty, "again" that praises, promises against what came', () => {
  it.each<[text: string, label: Label]>([
    ['sonunda Acme saatime kavuştum, bir haftadır elimden bırakamıyorum', 'praise'],
    ['Acme yine kurtardı, uçuşumu ücretsiz değiştirdiler', 'praise'],
    ['bu şirket müşteriye nasıl davranılacağını biliyor', 'praise'],
    ['kurye öğlene kadar gelir dediler, akşam oldu', 'complaint'],
    ['δύο χρόνια με την Acme και δεν έχω μετανιώσει καθόλου', 'praise'],
    ['περήφανος κάτοχος του νέου Acme Pad 📱', 'praise'],
    ['οι υπάλληλοι της Acme ξέρουν να φέρονται', 'praise'],
    ['υποτίθεται ότι θα ερχόταν την Τρίτη, σήμερα είναι Παρασκευή', 'complaint'],
    ['δύο ώρες περιμένω στη γραμμή της Acme', 'complaint'],
    ['δέκα χρόνια με την Acme, δεν με άφησαν ξεκρέμαστο ποτέ', 'praise'],
    ['Acme Pad satan var mı? ikinci el arıyorum', 'none'],
    ['πουλάει κανείς Acme Pad; ψάχνω μεταχειρισμένο', 'none'],
    // Guards: a fault beside the same words stays a complaint; a question to friends and
    // classifieds stay none (read right before and still).
    ['Acme yine rezil etti, sipariş iptal', 'complaint'],
    ['το νέο μου κινητό από την Acme κολλάει συνέχεια', 'complaint'],
    ['Acme mı Zeta mı, hangisini alayım?', 'none'],
    ['eski Acme telefonumu satıyorum, pazarlık payı var', 'none'],
    ['χαρίζω παλιό κινητό Acme, δουλεύει κανονικά', 'none'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
