import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES } from '../../shared/detect/index.ts';
import { readCorpus } from '../../shared/detect/model/corpus.ts';
import { matchKey } from '../../shared/detect/text.ts';
import { LABELS } from '../../shared/domain/detection.ts';

const HOLDOUT = new URL('../../shared/detect/holdout/', import.meta.url).pathname;
const halves = ['a', 'b'].filter((h) => existsSync(`${HOLDOUT}${h}`));

/** Case, accents, spacing and links do not make a post new. */
const key = matchKey;

describe('held-out posts (shared/detect/holdout)', () => {
  it('has both halves', () => {
    expect(halves).toEqual(['a', 'b']);
  });

  it.each(halves)(
    'half %s covers every language and every label, each post with its brand and pattern',
    (half) => {
      const { examples, sizes } = readCorpus(`${HOLDOUT}${half}`);
      expect(Object.keys(sizes).sort()).toEqual([...SUPPORTED_LANGUAGES].sort());
      for (const lang of SUPPORTED_LANGUAGES) {
        const labels = new Set(examples.filter((e) => e.lang === lang).map((e) => e.label));
        expect([...labels].sort(), lang).toEqual([...LABELS].sort());
      }
      expect(examples.filter((e) => e.brand === undefined || e.pattern === undefined)).toEqual([]);
    },
  );

  it('shares no post with the training corpus, and the halves share none with each other', () => {
    const training = new Set(readCorpus().examples.map((e) => key(e.text)));
    const [a, b] = halves.map((h) => readCorpus(`${HOLDOUT}${h}`).examples.map((e) => key(e.text)));
    expect(a!.filter((t) => training.has(t))).toEqual([]);
    expect(b!.filter((t) => training.has(t))).toEqual([]);
    const inA = new Set(a);
    expect(b!.filter((t) => inA.has(t))).toEqual([]);
  });
});
