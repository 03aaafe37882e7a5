import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

type Case = [text: string, label: Label];

/**
 * Everyday review wording in Russian, Ukrainian and Greek: praise and complaint carried by words
 * of manner, verdicts and plain reports of what went wrong (overcharging, tiny portions, a parcel
 * arriving crushed, "no waiting", "no complaints"), not by the usual "great" / "terrible".
 */
const CASES: Record<string, Case[]> = {
  ru: [
    ['Списали деньги дважды за одну покупку, в чате бот отвечает шаблонами', 'complaint'],
    ['Обходите стороной этот салон, мастер криворукий, деньги на ветер', 'complaint'],
    ['Обсчитали на кассе, а администратор ещё и нахамила', 'complaint'],
    ['Антисанитария жуткая, столы липкие', 'complaint'],
    ['Превзошли все ожидания, пальчики оближешь, обязательно придём ещё', 'praise'],
    ['Заказ привезли раньше срока, всё в целости и сохранности', 'praise'],
    ['Вопрос решили за пять минут, никаких нареканий к поддержке', 'praise'],
    ['Моё любимое кафе в районе, атмосфера по-домашнему', 'praise'],
    ['Ждать не пришлось, без очереди всё оформили', 'praise'],
    ['Обслуживание на высоте, шустрые ребята', 'praise'],
  ],
  uk: [
    ['Ціни захмарні, порції крихітні, гроші на вітер', 'complaint'],
    ["Отримала замовлення: чашка розбита, коробка зім'ята", 'complaint'],
    ['Туфлі прийшли подряпані, а підошва тріснута', 'complaint'],
    ["Нав'язали страховку при оформленні кредиту", 'complaint'],
    ['Обрахували на касі, ще й нахамили', 'complaint'],
    ['Підключили платні підписки без моєї згоди', 'complaint'],
    ['Персонал чемний і турботливий, у номері бездоганно охайно', 'praise'],
    ['Замовлення привезли раніше терміну, все ціле й неушкоджене', 'praise'],
    ["Питання вирішили за п'ять хвилин, жодних нарікань", 'praise'],
    ['Чекати не довелося, обслуговування на висоті', 'praise'],
  ],
  el: [
    ['Τρίτη μέρα χωρίς ίντερνετ και κανείς δεν απαντάει στο τηλέφωνο', 'complaint'],
    ['Τιμές στα ύψη και μικρές μερίδες, πεταμένα λεφτά', 'complaint'],
    ['Το δέμα ήρθε σπασμένο και το κουτί στραπατσαρισμένο', 'complaint'],
    ['Πανάκριβο για αυτό που πήραμε, μας γδύσανε', 'complaint'],
    ['Ανοργάνωτοι και ανίκανοι υπάλληλοι', 'complaint'],
    ['Το προσωπικό ευγενέστατο και περιποιητικό, το δωμάτιο πεντακάθαρο', 'praise'],
    ['Ξεπέρασε τις προσδοκίες μας, λιώνει στο στόμα, θα ξαναπαραγγείλουμε', 'praise'],
    ['Η παραγγελία ήρθε νωρίτερα από το αναμενόμενο, καλά συσκευασμένη', 'praise'],
    ['Έλυσαν το πρόβλημα αμέσως, κανένα παράπονο', 'praise'],
  ],
};

describe('detect: everyday evaluative vocabulary (ru, uk, el)', () => {
  for (const [lang, cases] of Object.entries(CASES)) {
    describe(lang, () => {
      it.each(cases)('%s → %s', (text, label) => {
        const d = detect({ text }, brand);
        expect(d.lang).toBe(lang);
        expect(d.label).toBe(label);
      });
    });
  }
});
