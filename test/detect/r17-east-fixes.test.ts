import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Replies in a thread with the company. Every row above a guard comment was misread before these
// entries.
describe('Russian and Ukrainian replies: "ok, will try", "then we wait", "no worries", "as you said", "I already sent it"', () => {
  it.each<[text: string, label: Label]>([
    ['@ВолнаТелеком хорошо, попробую завтра утром', 'none'],
    ['@КиноЛента хорошо, гляну после работы', 'none'],
    ['@СтройМаркет ок жду', 'none'],
    ['@ГородБанк_помощь ладно, ждём тогда', 'none'],
    ['@АвиаЮг ничего страшного, подожду', 'none'],
    ['@АвиаЮг я вам уже отправляла номер брони', 'complaint'],
    ['@ТелеСвіт добре, спробую ввечері', 'none'],
    ['@ТелеСвіт ок чекаю', 'none'],
    ['@ЕкоБанк гаразд, чекаємо тоді', 'none'],
    ['@ЕкоБанк нічого страшного', 'none'],
    ['@ЕкоБанк я вже надсилала вам номер картки', 'complaint'],
    ['@ДомБанк_поддержка сделала, как вы и сказали', 'none'],
    ['@ШвидкоЇжа зробив, як ви радили', 'none'],
    // Guards: thanks stay praise, and a harm beside "will try" or a wait counted in weeks complains.
    ['@ВолнаТелеком спасибо попробую', 'praise'],
    ['@ВолнаТелеком попробую, но уже третий день не работает', 'complaint'],
    ['@ТелеСвіт третій тиждень чекаю на підключення', 'complaint'],
    ['@ДомБанк сделала как вы сказали, но всё равно не работает', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Turkish replies: "tamam bekliyorum", a DM sent, numbers given, "dediğiniz gibi yaptım", "kaç kere yazacağım"', () => {
  it.each<[text: string, label: Label]>([
    ['@ParaBank_Destek özelden yazdım', 'none'],
    ['@ParaBank tamam bekliyorum', 'none'],
    ['@YemekGel müşteri no 4412398', 'none'],
    ['@KargoHiz kaç kere yazacağım aynı numarayı', 'complaint'],
    ['@OyunPark zaten gönderdim dün', 'complaint'],
    ['@HavaYolu dediğiniz gibi yaptım', 'none'],
    // Guards: a refund thanked for, and silence after the wait.
    ['@ParaBank para iade edildi, çok teşekkürler', 'praise'],
    ['@ParaBank tamam bekliyorum ama 3 gündür cevap yok', 'complaint'],
    ['@ModemNet modemi kapatıp açtım, yine olmadı', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Greek and Hebrew replies: "καλά, θα περιμένω", "δεν πειράζει", "סבבה, אנסה", "כמה פעמים אני צריכה"', () => {
  it.each<[text: string, label: Label]>([
    ['@RevmaTora καλά, θα περιμένω', 'none'],
    ['@AeroVorras δεν πειράζει', 'none'],
    ['@AeroVorras πόσες φορές να σας γράψω τον αριθμό', 'complaint'],
    ['@MagaziTora ίσως να προσθέσετε φίλτρο για το μέγεθος', 'suggestion'],
    ['@נט_גליל סבבה, אנסה מחר', 'none'],
    ['@נט_גליל טוב, נחכה', 'none'],
    ['@בנק_עמק אוקיי מחכה', 'none'],
    ['@בנק_עמק לא נורא', 'none'],
    ['@טיסות_ים כמה פעמים אני צריכה להסביר את זה', 'complaint'],
    // Guards: thanks stay praise, "οκ" in a review keeps it, and a harm after "will try" complains.
    ['@ΡεύμαΤώρα ευχαριστώ θα περιμένω', 'praise'],
    ['@נט_גליל תודה אנסה', 'praise'],
    ['Όλα οκ με την παραγγελία, ήρθε γρήγορα', 'praise'],
    ['@נט_גליל אנסה, אבל כבר שבוע אין אינטרנט', 'complaint'],
    ['@טיסות_ים זו פעם שלישית שאני שולח לכם צילום של הכרטיס', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
