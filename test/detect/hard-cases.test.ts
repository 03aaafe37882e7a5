import { describe, expect, it } from 'vitest';
import { decide } from '../../shared/detect/decide.ts';
import { detect } from '../../shared/detect/index.ts';
import { readPost } from '../../shared/detect/read.ts';
import type { BrandContext } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Tovik', handles: ['tovik'], keywords: ['Tovik'] };

describe('a question that proposes is a suggestion, in every language', () => {
  it.each([
    ['@tovik any plans to add a family plan?', 'en'],
    ['@tovik will you ever support e-SIM?', 'en'],
    ['@tovik gibt es irgendwann einen Tarif nur mit Daten?', 'de'],
    ['@tovik est-il prévu un abonnement pour étudiants ?', 'fr'],
    ['@tovik ¿tenéis pensado sacar una tarifa solo de datos?', 'es'],
    ['@tovik avete in programma una tariffa per studenti?', 'it'],
    ['@tovik vocês pretendem lançar um plano só de dados?', 'pt'],
    ['@tovik zijn er plannen voor een abonnement zonder bellen?', 'nl'],
    ['@tovik не планируете тариф только с интернетом?', 'ru'],
    ['@tovik чи плануєте тариф лише з інтернетом?', 'uk'],
    ['@tovik σκοπεύετε να βγάλετε πακέτο μόνο με δεδομένα;', 'el'],
    ['@tovik sadece internet paketi getirmeyi düşünüyor musunuz?', 'tr'],
    ['@tovik هل تخططون لباقة إنترنت فقط؟', 'ar'],
    ['@tovik برنامه دارید بسته فقط اینترنت بدید؟', 'fa'],
    ['@tovik מתכננים חבילה רק לגלישה?', 'he'],
  ])('%s (%s)', (text, lang) => {
    const d = detect({ text }, brand);
    expect(d.label, JSON.stringify(d.cues.slice(0, 3))).toBe('suggestion');
    expect(d.lang).toBe(lang);
  });

  it('a proposal word outside a question proposes nothing ("eventually" in a statement)', () => {
    const d = detect({ text: 'eventually switched to Tovik and the new plan is great' }, brand);
    expect(d.label).toBe('praise');
    expect(d.cues.some((c) => c.label === 'suggestion')).toBe(false);
  });
});

describe('phrases quoted back', () => {
  it.each([
    ['thanks for the lovely "sorry we missed you" card, I was in all day', 1],
    ['Ευχαριστώ για το «ρομαντικό δωμάτιο» με θέα τους κάδους', 1],
    ['the “apology” email and the „Kulanz“ voucher', 2],
    ['he wrote "this is far too long a sentence to be a phrase quoted back at anyone" ok', 0],
    ['no quotation marks here at all', 0],
  ])('%s → %i short quoted spans (a feature of the trained layer)', (text, spans) => {
    expect(readPost(text).evidence.quoted).toBe(spans);
  });
});

describe('a problem negated is praise, for the rules alone too', () => {
  it.each([
    ['not a single crash since the update'],
    ['Kein einziger Absturz seit dem Update'],
    ['Ni un solo fallo desde la actualización'],
    ['Aucune panne depuis la mise à jour'],
    ["Nessun crash dopo l'aggiornamento"],
    ['Nenhuma falha desde a atualização'],
    ['Ни одного сбоя после обновления'],
    ['Geen enkele storing sinds de update'],
    ['Hiçbir sorun yok güncellemeden beri'],
    ['Καμία βλάβη μετά την αναβάθμιση'],
  ])('%s', (text) => {
    // The rules' own reading: "no breakdown since the update" says the thing works, above the
    // prior of chatter, even before the trained layer adds its word weights.
    expect(decide(readPost(text).evidence).label).toBe('praise');
  });

  it.each([
    ['not a single crash since the update, well done'],
    ['Kein einziger Absturz seit dem Update, endlich'],
    ['Ni un solo fallo desde la última actualización, por fin'],
  ])('and so is the whole post: %s', (text) => {
    expect(detect({ text }, brand).label).toBe('praise');
  });
});

describe('a word with two roles keeps both', () => {
  it.each([
    ["it isn't good", 'complaint', "isn't … good"],
    ["I didn't enjoy the meal", 'complaint', "didn't … enjoy"],
    ["the staff weren't friendly and the app doesn't help", 'complaint', "weren't … friendly"],
    ["the new update isn't bad", 'praise', "isn't … bad"],
  ] as const)(
    '"didn\'t", "isn\'t" negate wherever they stand, not only opening a question: %s',
    (text, label, cue) => {
      const d = detect({ text }, brand);
      expect(d.label).toBe(label);
      expect(d.cues.map((c) => c.text)).toContain(cue);
    },
  );

  it('"didn\'t" still opens a question', () => {
    const d = detect({ text: "Didn't you get my email about the refund?" }, brand);
    expect(d.cues.some((c) => c.label === 'question' && c.text === "Didn't")).toBe(true);
  });

  it("a negation with nothing polar after it leans to complaint, contracted too: they didn't bring the order", () => {
    const e = readPost("they didn't bring the order").evidence;
    expect(e.looseNegations.map((h) => h.text)).toEqual(["didn't"]);
  });

  it.each([
    ['the burger was too salty', 'too salty'],
    ['the queue was too long', 'too long'],
    ['die Schlange war zu lang', 'zu lang'],
    ['очередь была слишком длинной', 'слишком длинной'],
  ])('"too" before a neutral word complains: %s', (text, cue) => {
    const d = detect({ text }, brand);
    expect(d.label).toBe('complaint');
    expect(d.cues.map((c) => c.text)).toContain(cue);
  });

  it('"too" before praise stresses it', () => {
    expect(detect({ text: 'the cake was too good, I ate it all' }, brand).label).toBe('praise');
  });
});

describe('a sarcasm marker with no complaint beside it means what it says', () => {
  it.each([
    ['Ne güzel bir otel', 'Ne güzel'],
    ['oh great, the new menu is here', 'oh great'],
  ])('%s', (text, cue) => {
    const d = detect({ text }, brand);
    expect(d.label).toBe('praise');
    expect(d.cues.filter((c) => c.label === 'praise').map((c) => c.text)).toContain(cue);
  });

  it('beside a complaint it is still sarcasm', () => {
    const d = detect({ text: 'Ne güzel, yine kargo gecikti' }, brand);
    expect(d.label).toBe('complaint');
    expect(d.cues.some((c) => c.label === 'complaint' && c.text === 'Ne güzel')).toBe(true);
  });
});

describe('French and Italian words after an elided article are read', () => {
  it.each([
    ["un'ottima esperienza, personale gentile", 'praise', "un'ottima"],
    ["l'accueil chaleureux, on reviendra", 'praise', "l'accueil chaleureux"],
    ["Le touriste est le bienvenu et ici pas d'arnaque.", 'praise', "pas … d'arnaque"],
    ["c'était une arnaque, l'arnaque totale", 'complaint', "l'arnaque"],
  ] as const)('%s', (text, label, cue) => {
    const d = detect({ text }, brand);
    expect(d.label).toBe(label);
    expect(d.cues.map((c) => c.text)).toContain(cue);
  });

  it('an apostrophe inside an English word is no elision', () => {
    expect(detect({ text: "I don't know" }, brand).label).toBe('none');
  });
});
