import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme', 'acmehelp'], keywords: ['acme'] };

/** Asserts the label and that a cue of that label explains it by quoting the post. */
function expectDetected(text: string, label: Label, cue?: string): void {
  const d = detect({ text }, brand);
  expect(d.label, `${text} → ${JSON.stringify(d.cues.slice(0, 4))}`).toBe(label);
  const first = d.cues[0];
  expect(first?.label).toBe(label);
  if (cue !== undefined) {
    expect(
      d.cues.filter((c) => c.label === label).map((c) => c.text.toLowerCase()),
      text,
    ).toContainEqual(expect.stringContaining(cue.toLowerCase()));
  }
}

type Case = [text: string, label: Label, cue?: string];

describe('detect: the distinctions people get wrong', () => {
  it.each<Case>([
    ['why is my order late again?', 'complaint', 'late'],
    ['Why does the app crash every time I open it?', 'complaint', 'crash'],
    ['could you add dark mode?', 'suggestion', 'could you add'],
    ['Can you please add an option to export to CSV?', 'suggestion', 'add'],
    ['thanks for nothing @acme', 'complaint', 'thanks for nothing'],
    ['Does anyone know if @acme ships to Canada?', 'question', 'anyone know'],
    ['@acme anybody know how to reset the password on the router?', 'question', 'anybody know'],
    ['Anybody know how to reset the password on an Acme router?', 'none', 'a question to other people'],
    ['RT @technews: Acme launches a new phone https://t.co/abc', 'none', 'RT'],
    ['GIVEAWAY! Follow and retweet to win an Acme speaker #giveaway', 'none', 'giveaway'],
    ["We're hiring! Senior engineer at Acme, apply now https://acme.com/jobs", 'none', 'hiring'],
    ['Acme shares fall 3% after earnings report https://t.co/xyz', 'none'],
  ])('%s → %s', (text, label, cue) => expectDetected(text, label, cue));

  it("treats the brand's own posts as none, whatever they say", () => {
    const byHandle = detect(
      { text: 'Thanks so much, we love you all!', author: { handle: 'AcmeHelp' } },
      brand,
    );
    const byFlag = detect({ text: 'Why is this late?', author: { isBrand: true } }, brand);
    for (const d of [byHandle, byFlag]) {
      expect(d.label).toBe('none');
      expect(d.cues[0]).toMatchObject({ label: 'none', kind: 'context', text: "the brand's own post" });
    }
  });
});

describe('detect: English cues', () => {
  it.each<Case>([
    ['I love my new Acme blender, works perfectly 😍', 'praise', 'love'],
    ['Sooo good!!! best purchase this year', 'praise', 'good'],
    ['not happy with the service at all', 'complaint', 'not'],
    ['the app is not working since the update', 'complaint', 'not working'],
    ['Still waiting for my refund after 3 weeks', 'complaint', 'still waiting'],
    ['not bad at all, actually quite nice', 'praise'],
    ['What time does the store open on Sunday?', 'question', '?'],
    ['Please add a family plan', 'suggestion', 'please add'],
    ['It would be great if the app had offline maps', 'suggestion', 'would be great'],
    ['Oh great, my order is late again 🙄', 'complaint'],
    ['Flight cancelled :( ', 'complaint', ':('],
  ])('%s → %s', (text, label, cue) => expectDetected(text, label, cue));
});

describe('detect: output contract', () => {
  it('returns scores in 0..1 for every label and a confidence equal to the winning score', () => {
    const d = detect({ text: 'Why is my package always late?' }, brand);
    for (const v of Object.values(d.scores)) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1);
    }
    expect(d.confidence).toBe(d.scores[d.label]);
  });

  it('never throws and stays well-formed on any string', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'grapheme' }),
          fc.string({ unit: 'binary' }),
          fc.string({ unit: 'grapheme-composite' }),
        ),
        (text) => {
          const d = detect({ text }, brand);
          expect(['praise', 'complaint', 'question', 'suggestion', 'none']).toContain(d.label);
          expect(d.confidence).toBeGreaterThanOrEqual(0);
          expect(d.confidence).toBeLessThanOrEqual(1);
          expect(typeof d.lang).toBe('string');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(detect({ text }, brand)).toEqual(detect({ text }, brand));
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    ['empty', ''],
    ['emoji only', '😡😡😡'],
    ['huge', 'terrible service '.repeat(20_000)],
    ['right-to-left', '\u202Eمرحبا\u202C ✓'],
    ['control characters', '\u0000\u0001\uFFFF\uD800'],
  ])('handles %s input', (_name, text) => {
    expect(() => detect({ text }, brand)).not.toThrow();
  });
});
