import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import { indexAllLexicons, LEXICON_SLOT } from '../../shared/detect/lexicon/index.ts';
import { correctTypo as correctIn } from '../../shared/detect/typos.ts';

indexAllLexicons();
const EVERY_SLOT = [...LEXICON_SLOT.values()];
const correctTypo = (word: string) => correctIn(word, EVERY_SLOT);

import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

describe('a lexicon word with a slip in it', () => {
  // Posts whose only evaluative word is misspelt: a letter of a double missing, or one doubled.
  const cases: [text: string, label: Label, cue: string][] = [
    ['The service at Acme was terible tonight', 'complaint', 'terible'],
    ['Acme support was briliant again', 'praise', 'briliant'],
    ['Acme staff very unprofesional with us', 'complaint', 'unprofesional'],
    ['Atención excelennte en Acme', 'praise', 'excelennte'],
    ['Das Essen bei Acme war einfach schreckliich', 'complaint', 'schreckliich'],
    ['Servizio di Acme orribbile, mai più', 'complaint', 'orribbile'],
  ];
  it.each(cases)('%s → %s', (text, label, cue) => {
    const d = detect({ text }, brand);
    expect(d.label).toBe(label);
    expect(d.cues.map((c) => c.text.toLowerCase())).toContain(cue.toLowerCase());
  });

  it('does not read a different word one letter away as the entry', () => {
    // Substituted, added or dropped letters of ordinary words: "lived"/"loved", "heating"/"hating",
    // "flying"/"lying", "through"/"though"; and words too short to tell apart.
    for (const word of [
      'lived',
      'heating',
      'flying',
      'through',
      'thought',
      'parent',
      'proper',
      'strong',
      'bad',
      'god',
    ]) {
      expect(correctTypo(word), word).toBeUndefined();
    }
  });

  it('reads only praise and complaint entries, only in alphabetic scripts', () => {
    expect(correctTypo('terible')).toBeDefined();
    // "shoudl", "pleasse": other fields of the lexicon are not corrected.
    expect(correctTypo('pleasse')).toBeUndefined();
    // Arabic script is left alone: one letter apart is too often another word.
    expect(correctTypo('ممتاززة')).toBeUndefined();
  });
});
