import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
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
