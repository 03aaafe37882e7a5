import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Every row not marked as a guard was misread before these entries were added.

describe('Dutch: praise words beside a harm are irony', () => {
  it.each<[text: string, label: Label]>([
    ['Love it hoe de app mijn reservering gewoon annuleert een uur van tevoren. Top.', 'complaint'],
    ['Heerlijk hoe jullie server elke zaterdagavond plat gaat, echt klasse', 'complaint'],
    ['Lekker hoor, de abonnementsprijs weer omhoog en niks nieuws erbij', 'complaint'],
    ['Prachtig hoor, vier keer beloofd dat er iemand kwam en nul keer iemand gezien', 'complaint'],
    ['Wat zijn jullie toch goed, elke keer een ander verhaal aan de telefoon', 'complaint'],
    ['De app loopt weer vast bij het betalen', 'complaint'],
    // Guards: the same praise said sincerely.
    ['Heerlijk hoe rustig het vandaag in de winkel was, top geholpen', 'praise'],
    ['Lekker hoor, die nieuwe koffiebonen van jullie!', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Dutch: wishes wrapped in praise and questions that propose', () => {
  it.each<[text: string, label: Label]>([
    ['Fijne app hoor, al zou een widget voor het saldo wel heel fijn zijn', 'suggestion'],
    ['Mooi toestel, zou nog mooier zijn met een grotere accu', 'suggestion'],
    ['Heerlijke broodjes, doe ons een plezier en open ook op maandag', 'suggestion'],
    ['kans dat jullie ook op zondag bezorgen?', 'suggestion'],
    ['Kunnen jullie de oude kleurenknop terugbrengen?', 'suggestion'],
    // Guards: plain praise and a plain question.
    ['Fijne app, betalen gaat razendsnel', 'praise'],
    ['Hoe kan ik mijn adres wijzigen in de app?', 'question'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('German: praise words beside a harm are irony', () => {
  it.each<[text: string, label: Label]>([
    ['Perfektes Timing, die Hotline ist genau dann tot, wenn man sie braucht', 'complaint'],
    ['Qualität pur, die Lampe ist nach zwei Tagen schon hinüber', 'complaint'],
    ['Ihr seid wirklich die Besten, das Display ist schon hinüber', 'complaint'],
    ['Schönen Dank auch, mein Paket liegt seit Montag beim Nachbarn rum', 'complaint'],
    ['Bravo, nach drei Wochen ist das Ladekabel schon hinüber', 'complaint'],
    ['Was für ein Deal, 5 € mehr im Monat für dasselbe Programm', 'complaint'],
    // Guards: the same praise said sincerely.
    ['Ihr seid echt die Besten, danke für die schnelle Hilfe', 'praise'],
    ['Schönen Dank für die freundliche Beratung gestern', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('German: wishes wrapped in praise and questions that propose', () => {
  it.each<[text: string, label: Label]>([
    ['Gute App, die Kartenansicht bitte nachbessern', 'suggestion'],
    ['Tolle Kamera, ein Nachtmodus würde echt helfen', 'suggestion'],
    ['Besteht die Chance, dass ihr auch nach Linz liefert?', 'suggestion'],
    ['Wann bringt ihr die alte Kartenansicht zurück?', 'suggestion'],
    ['Dr Zug isch scho wieder z spät', 'complaint'],
    // Guards: a plain question and sincere praise.
    ['Wann kommt mein Paket an?', 'question'],
    ['Tolle Kamera, die Nachtfotos sind der Hammer', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

// Early is praise: "stond al voor de deur" (was already at the door) tells a visit that came sooner than asked.
describe('Dutch: a visit that came early', () => {
  it.each<[text: string, label: Label]>([
    ['de loodgieter stond al voor de deur voordat ik koffie had gezet, Acme', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
