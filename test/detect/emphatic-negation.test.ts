import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

describe('detect: "never had such…", "never been so…" stress what follows, they do not negate it', () => {
  it.each<[text: string, label: Label, cue: string]>([
    ['Never had such great service as at Acme today', 'praise', 'great service'],
    ['I have never been so disappointed by a hotel, Acme', 'complaint', 'disappointed'],
    ['Noch nie so unfreundliche Menschen am Telefon gehabt wie bei Acme', 'complaint', 'unfreundliche'],
    ['Bei Acme noch nie so gut gegessen', 'praise', 'gut'],
    ["Je n'ai jamais été aussi satisfait d'un achat chez Acme", 'praise', 'satisfait'],
    ['Nooit zo lekker gegeten als bij Acme', 'praise', 'lekker'],
    ['Non sono mai stato così soddisfatto di un acquisto, Acme', 'praise', 'soddisfatto'],
    ['Nunca tan satisfecho con una compra como con Acme', 'praise', 'satisfecho'],
    ['Nunca fui tão satisfeito com uma compra, Acme', 'praise', 'satisfeito'],
    ['В Acme никогда не было так вкусно', 'praise', 'вкусно'],
    ['Ποτέ δεν είχα τόσο καλή εξυπηρέτηση όσο στην Acme', 'praise', 'καλή'],
  ])('%s → %s', (text, label, cue) => {
    const d = detect({ text }, brand);
    expect(d.label).toBe(label);
    const shown = d.cues.filter((c) => c.label === label).map((c) => c.text.toLowerCase());
    expect(shown.some((t) => t.includes(cue.toLowerCase()))).toBe(true);
  });

  it.each<[text: string, label: Label]>([
    ['I was never happy with Acme service', 'complaint'],
    ['Acme never had good coffee', 'complaint'],
    ['Bei Acme war ich nie zufrieden', 'complaint'],
  ])('a plain "never" still negates: %s → %s', (text, label) => {
    expect(detect({ text }, brand).label).toBe(label);
  });
});
