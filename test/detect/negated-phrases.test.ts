import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

describe('detect: a negator flips a complaint phrase unless the phrase carries its own negation', () => {
  it.each<[text: string, label: Label, cue: string]>([
    ['The Acme course was not a waste of money at all', 'praise', 'waste of money'],
    ['Acme account: no hidden fees, nothing', 'praise', 'hidden fees'],
    ['El curso de Acme no fue una pérdida de dinero', 'praise', 'pérdida de dinero'],
  ])('%s → %s', (text, label, cue) => {
    const d = detect({ text }, brand);
    expect(d.label).toBe(label);
    const own = d.cues
      .filter((c) => c.label === label && c.kind === 'pattern')
      .map((c) => c.text.toLowerCase());
    expect(own.some((t) => t.includes(cue))).toBe(true);
  });

  it.each<[text: string, label: Label]>([
    ['Nunca más, en Acme no funciona nada', 'complaint'],
    ["Acme'den hiç memnun değilim", 'complaint'],
    ['Acme did not resolve my issue', 'complaint'],
  ])('a phrase with its own negation is stressed, not flipped: %s', (text, label) => {
    expect(detect({ text }, brand).label).toBe(label);
  });
});
