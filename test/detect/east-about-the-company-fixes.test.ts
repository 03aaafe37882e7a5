import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Every row not marked as a guard was misread before these entries.
describe('Russian, Ukrainian, Turkish, Greek and Hebrew: readers called on by name', () => {
  it.each<[text: string, label: Label]>([
    ['Девочки, кто-то уже брал пуховик в Acme? Как по размеру?', 'none'],
    ['Девочки, в Acme платья маломерят или нормально?', 'none'],
    ['Соседи, пекарня Acme сегодня работает?', 'none'],
    ['Кошатники, корм Acme подходит котятам?', 'none'],
    ['Народ, в субботу идём на каток?', 'none'],
    ['Дівчата, крем Acme підходить для сухої шкіри?', 'none'],
    ['Кияни, Acme працює у вихідні?', 'none'],
    ['Друзі, Acme ловить у горах?', 'none'],
    ["Kızlar, Acme'nin montları dar mı kalıyor?", 'none'],
    ['Κορίτσια, τα ρούχα της Acme βγαίνουν μικρά;', 'none'],
    ['Γείτονες, ο φούρνος Acme ανοίγει Κυριακή;', 'none'],
    ['Παιδιά, το Acme έχει καλό καφέ;', 'none'],
    ['שכנים, Acme פתוח בשבת?', 'none'],
    ['חברים, Acme שווה את הכסף?', 'none'],
    ['Кто тоже ждёт новый сезон на Acme? Давайте обсудим', 'none'],
    ['מי עוד רואה את הסדרה החדשה של Acme?', 'none'],
    // Guards: the same words naming people, beside thanks or a grievance, or as a subject.
    ['Девочки на кассе в Acme очень приятные', 'praise'],
    ['Девочки, спасибо Acme за быструю доставку!', 'praise'],
    ['Девочки, Acme опять потерял мой заказ, ужас', 'complaint'],
    ["Kızlar, Acme'nin siparişim yine gelmedi, rezalet", 'complaint'],
    ['Народ собрался у Acme к семи', 'none'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Russian, Ukrainian and Hebrew: "why" put to a company', () => {
  it.each<[text: string, label: Label]>([
    ['Acme, зачем приложение просит доступ к микрофону?', 'complaint'],
    ['Acme, а почему доставка стоит вдвое дороже, чем на сайте?', 'complaint'],
    ['Acme, а чому доставка коштує вдвічі більше, ніж на сайті?', 'complaint'],
    ['Acme, навіщо застосунок просить доступ до контактів?', 'complaint'],
    ['Acme, למה המחיר עלה פעמיים השנה?', 'complaint'],
    // Guards: "why not …" proposes, a bare "чому" about a missing feature asks, a "why" about life
    // asks, and one about a fault still complains.
    ['Acme, а чому б не додати темну тему?', 'suggestion'],
    ['Acme, чому в застосунку немає темної теми?', 'question'],
    ['Почему дочка не хочет спать, а сын спит весь день?', 'question'],
    ['Чому донька не хоче спати вдень, а син спить?', 'question'],
    ['Acme, почему приложение снова вылетает? Уже третий раз', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Russian, Ukrainian, Turkish, Greek and Hebrew: life told in passing', () => {
  it.each<[text: string, label: Label]>([
    ['Зустрічаємось о сьомій біля Acme, не запізнюйтесь', 'none'],
    ['נפגשים בשבע ליד Acme, אל תאחרו', 'none'],
    ["Saat yedide Acme'nin önündeyiz, geç kalmayın", 'none'],
    ['Раньше работал в Acme, теперь тренер в школе. Лучшее решение в жизни', 'none'],
    ['Η πρόταση γάμου έγινε σε ένα τραπέζι του Acme', 'none'],
    ['Забула парасолю в Acme, а надворі злива', 'none'],
    ["Acme'de sırada titriyorum, sadece diş taşı temizliği", 'none'],
    // Guard: "всю дорогу" (all the way) is no price, and the fare padded still complains.
    ['Таксист Acme всю дорогу говорил по телефону и накрутил счёт', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
