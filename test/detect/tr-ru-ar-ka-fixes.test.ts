import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Every row not marked as a guard was misread before these entries.

describe('Turkish: "why" put to a company complains', () => {
  it.each<[text: string, label: Label]>([
    ['Kargom neden hâlâ depoda bekliyor?', 'complaint'],
    ['Faturam niye her ay artıyor?', 'complaint'],
    ['Faturam neden bu ay iki katı geldi?', 'complaint'],
    ['Ekmek ne zamandan beri 20 lira?', 'complaint'],
    ['Gece seferlerini kim kaldırdı?', 'complaint'],
    // Guards: "when" still asks, and "why" beside praise is praise.
    ['Kargonuz ne zaman gelir?', 'question'],
    ['Rötar var mı bugün?', 'question'],
    ['Ekmeği neden bu kadar ucuz satıyorsunuz, harikasınız', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Georgian: "why" about a service and its failure complains', () => {
  it.each<[text: string, label: Label]>([
    ['ლიფტი რატომ გაითიშა ისევ?', 'complaint'],
    ['სერვერი რატომ ითიშება საღამოობით?', 'complaint'],
    ['ხელბარგისთვის ორმოცი ლარი რატომ გადამახდევინეთ?', 'complaint'],
    // Guard: a "why" about the world still asks.
    ['ზღვა რატომ არის მარილიანი?', 'question'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Turkish: problems that did not happen, praise loans from English', () => {
  it.each<[text: string, label: Label]>([
    ['Koca kışta bizi yarı yolda bırakmadı', 'praise'],
    ['Ürünü soru sormadan değiştirdiler', 'praise'],
    ['Dişçi hiç de korkutucu değilmiş', 'praise'],
    ['Bu telefon beni hiç mahcup etmedi', 'praise'],
    ["Yeni sezonun finali next level'dı", 'praise'],
    ["Konserin highlight'ı davul solosuydu", 'praise'],
    // Guards: the problem that did happen, and praise that was already read.
    ['Kargo yine rötar yaptı', 'complaint'],
    ['Hiç sorun yaşamadım, tavsiye ederim', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Arabic mixed with English: praise loans and "محتاجين"', () => {
  it.each<[text: string, label: Label]>([
    ['الـ highlight حق الرحلة كان العشاء', 'praise'],
    ['محتاجين خيار دفع بالتقسيط في التطبيق', 'suggestion'],
    // Guard: a praise loan that was already read.
    ['الحفلة كانت next level', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Russian spellings and discounts that did not apply; Ukrainian surzhyk', () => {
  it.each<[text: string, label: Label]>([
    ['добавте пожалуйста доставку в выходные', 'suggestion'],
    ['Скидка не применилась при оплате', 'complaint'],
    ['у вас лутшие пельмени в городе', 'praise'],
    ['Курьер малаца', 'praise'],
    ['Шо за прикол з тарифами?', 'complaint'],
    ['А що з цінами у вас?', 'complaint'],
    ['Ви б хоч попереджали про ремонт ліфта', 'suggestion'],
    ['Рекламу з головної уберіть', 'suggestion'],
    ['Доставка малаца', 'praise'],
    // Guards: the discount that did apply, and prices asked of other people.
    ['скидка применилась, спасибо', 'praise'],
    ['Бонусы опять не применились к заказу', 'complaint'],
    ['Що з цінами на квартири в Києві, хтось знає?', 'none'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
