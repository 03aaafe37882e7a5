import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Every row above a guard comment was misread before these entries.
describe('Ukrainian and Russian: praise words around a harm', () => {
  it.each<[text: string, label: Label]>([
    ['Дякую, вже другу добу без інтернету. Неймовірний сервіс 👏', 'complaint'],
    ['ну класно, замовила сукню, а привезли спідницю. уважні такі', 'complaint'],
    ['вау, знову підняли тарифи. яка приємна новина', 'complaint'],
    ['кароче знов без звязку пів дня, дякую канєшно', 'complaint'],
    ['дякую за оновлення, тепер все гальмує ще більше, шедеврально', 'complaint'],
    ['супер сервіс: кур’єр кинув посилку під двері і втік', 'complaint'],
    ['оновлення видалило всі мої фото, ну дякую', 'complaint'],
    ['dyakuyu, internet znovu propav, naikrashchyi operator', 'complaint'],
    ['Спасибо, интернет опять пропал, лучший оператор 😍', 'complaint'],
    ['ну классно, заказал кеды, а прислали тапки', 'complaint'],
    ['вау, опять подняли тарифы, какая приятная новость', 'complaint'],
    ['spasibo, internet opyat propal, luchshiy operator', 'complaint'],
    ['Невероятный сервис, привезли за полчаса', 'praise'],
    // Guards: the same praise words with nothing wrong are sincere.
    ['Неймовірний сервіс, привезли за пів години', 'praise'],
    ['Супер сервіс, все чітко і вчасно', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Ukrainian and Russian: wishes after praise, proposals asked', () => {
  it.each<[text: string, label: Label]>([
    ['все круто але нехватає віджета на головний екран', 'suggestion'],
    ['шикарна кавʼярня, тільки добавте безлактозне молоко', 'suggestion'],
    ['Коли вже банк додасть кешбек на таксі?', 'suggestion'],
    ['а повернете старий інтерфейс? до нового ніяк не звикну', 'suggestion'],
    ['можна попросити вас додати вхід по відбитку?', 'suggestion'],
    ['ви будете робить доставку в неділю?', 'suggestion'],
    ['коли нарешті зробите нормальний пошук по товарах', 'suggestion'],
    ['всё классно, но не хватает виджета на главный экран', 'suggestion'],
    ['Когда уже банк добавит кешбэк на такси?', 'suggestion'],
    ['можно попросить вас добавить вход по отпечатку?', 'suggestion'],
    ['Подборка фильмов прекрасная, ещё бы субтитры — и цены бы не было', 'suggestion'],
    // Guards: questions about what exists stay questions.
    ['Коли відкривається відділення в суботу?', 'question'],
    ['Когда открывается отделение в субботу?', 'question'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Ukrainian and Russian: a lost card asked about, waiting for a friend', () => {
  it.each<[text: string, label: Label]>([
    ['чи можна перевипустити картку в застосунку, якщо стара загубилась?', 'question'],
    ['можно ли перевыпустить карту в приложении, если старая потерялась?', 'question'],
    ['сиджу в кавʼярні, чекаю на подругу, гортаю стрічку', 'none'],
    ['сижу в кафе, жду подругу, листаю ленту', 'none'],
    // Guards: a card really lost by the bank, and waiting for an order.
    ['Банк загубив мою нову картку, третій тиждень чекаю', 'complaint'],
    ['третій день чекаю на замовлення, ніхто не відповідає', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
