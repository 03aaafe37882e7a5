import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

describe('Russian: harms told in plain words beside irony, "или так и будем", a visit repeated, life at home, a fault put right', () => {
  it.each<[text: string, label: Label]>([
    // Each of these was misread before the entries of this round.
    ['Гениально: подняли проезд, а маршрутка так и ходит раз в час', 'complaint'],
    ['Вы когда-нибудь научитесь отвечать или так и будем писать сюда?', 'complaint'],
    ['Мастер приходил три раза, кран всё так же течёт', 'complaint'],
    ['Муж сам нарядил ёлку, пока я была на работе, люблю его', 'none'],
    ['Вышла замуж лучшая подруга, я до сих пор в слезах', 'none'],
    ['Карту по ошибке заблокировали, но через пять минут всё разблокировали и извинились', 'praise'],
    // Guards: the same words where the reading was already right.
    ['Спасибо банку, заблокировали карту в отпуске, хотя я всё оплатила заранее', 'complaint'],
    ['Пообедали, называется: суп холодный, второе принесли через час', 'complaint'],
    ['Шо за дела, опять привезли не тот заказ?', 'complaint'],
    ['Спасибо, отопление дали на день раньше, в квартире тепло', 'praise'],
    ['Замёрзли в очереди на концерт, зато какие были песни', 'none'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Ukrainian: "чи так і будемо", a visit repeated, life at home, a fault put right', () => {
  it.each<[text: string, label: Label]>([
    // Each of these was misread before the entries of this round.
    ['Ви колись навчитесь відповідати чи так і будемо писати сюди?', 'complaint'],
    ['Майстер приходив три рази, кран так само тече', 'complaint'],
    ['Чоловік сам прикрасив ялинку, поки я була на роботі, люблю його', 'none'],
    ["Картку помилково заблокували, але за п'ять хвилин усе розблокували і вибачились", 'praise'],
    // Guards: the same words where the reading was already right.
    ['Дякую «Акме», змінили мені тариф без дозволу, тепер плачу вдвічі більше', 'complaint'],
    ['Пообідали, називається: суп холодний, друге принесли через годину', 'complaint'],
    ['Посилка з сусіднього міста їде вже третій тиждень', 'complaint'],
    ['Змерзли в черзі на концерт, зате які були пісні', 'none'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Greek: a visit repeated, days on the road, "θα φτιάξετε ποτέ", a card unblocked with an apology, life at home', () => {
  it.each<[text: string, label: Label]>([
    // Each of these was misread before the entries of this round.
    ['Ο τεχνικός ήρθε τρεις φορές και η βρύση ακόμα στάζει', 'complaint'],
    ['Το δέμα έκανε 12 μέρες στον δρόμο από την Πάτρα', 'complaint'],
    ['Θα φτιάξετε ποτέ το site ή θα παραγγέλνουμε με την τρίτη προσπάθεια;', 'complaint'],
    [
      'Μου μπλόκαραν την κάρτα κατά λάθος, αλλά σε πέντε λεπτά την ξεμπλόκαραν και ζήτησαν συγγνώμη',
      'praise',
    ],
    ['Ο άντρας μου στόλισε μόνος του το δέντρο, τον λατρεύω', 'none'],
    // Guards: the same words where the reading was already right.
    ['Ευχαριστώ την τράπεζα που μπλόκαρε την κάρτα στις διακοπές, ενώ είχα πληρώσει τα πάντα', 'complaint'],
    ['Τι φάση, πάλι μου φέρατε λάθος παραγγελία;', 'complaint'],
    ['Γνωριστήκαμε πριν δέκα χρόνια σε μια στάση, τι ρομάντζο', 'none'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Turkish: a tariff changed without asking, money taken and nothing sent', () => {
  it.each<[text: string, label: Label]>([
    // Each of these was misread before the entries of this round.
    ['Sormadan tarifemi değiştirdiniz, şimdi iki katı ödüyorum, teşekkürler Acme', 'complaint'],
    ['Parayı çektiler ama ürün hâlâ yok', 'complaint'],
    // Guards: the same words where the reading was already right.
    ['Rüya gibi hizmet: bir haftadır basit bir talebe cevap bekliyorum', 'complaint'],
    ['Usta üç kere geldi, musluk hâlâ damlatıyor', 'complaint'],
    ['Tarihi geçmiş süt sattınız, sayenizde kahvaltı yapamadık', 'complaint'],
    ['Kızımın mezuniyeti bugün, sabahtan beri ağlıyorum', 'none'],
    ['Kartım yanlışlıkla bloke oldu ama bir de özür dilediler, hemen açtılar', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
