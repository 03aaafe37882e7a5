import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Every row above the guards was misread before these entries were added.
describe('Russian and Ukrainian: slang requests, slang verdicts and common slips', () => {
  it.each<[text: string, label: Label]>([
    ['Acme, запилите тёмную тему в приложении', 'suggestion'],
    ['Acme, допилите уже нормальный поиск', 'suggestion'],
    ['Acme, пофиксите уже поиск по каталогу', 'suggestion'],
    ['Acme, эта новая упаковка просто зашквар', 'complaint'],
    ['Acme, курьер молдцы, привезли в тот же день', 'praise'],
    ['Acme, запиліть темну тему в застосунку', 'suggestion'],
    ['Acme, замутіть знижку для студентів', 'suggestion'],
    ['Acme, пофіксіть уже пошук по каталогу', 'suggestion'],
    ['Acme, ця підписка чистий скам', 'complaint'],
    ['Acme, новий рюкзак просто імба', 'praise'],
    ['Acme, ваш термос — must have для кожного туриста', 'praise'],
    // Guards: a plain request and a plain complaint stay as they were.
    ['Acme, добавьте тёмную тему', 'suggestion'],
    ['Acme, курьер опять опоздал на два часа', 'complaint'],
    ['Acme, додайте темну тему', 'suggestion'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Greek, Georgian and Hebrew: slang requests, Latin letters and slang verdicts', () => {
  it.each<[text: string, label: Label]>([
    ['Acme, κόψτε λίγο τις διαφημίσεις στην εφαρμογή', 'suggestion'],
    ['Acme, ανεβάστε τα όρια στις δωρεάν παραγγελίες', 'suggestion'],
    ['Acme, amanati movida da shignit sul sxva nivti iyo', 'complaint'],
    ['Acme, wifi yvelgan ichers, sastumroshi da ezoshic', 'praise'],
    ['Acme, האוזניות החדשות זה פיצוץ', 'praise'],
    ['Acme, 40 שקל למשלוח של יומיים, חלאס', 'complaint'],
    ['Acme, το νέο μενού είναι το highlight της βδομάδας', 'praise'],
    ['Acme, הקונצרט אתמול היה highlight של השנה', 'praise'],
    // Guards: the same languages without the new words.
    ['Acme, προσθέστε πληρωμή με κάρτα', 'suggestion'],
    ['Acme, dzalian kargi momsaxureba', 'praise'],
    ['Acme, תוסיפו אפשרות תשלום בביט', 'suggestion'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
