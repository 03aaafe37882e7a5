import { describe, expect, it, vi } from 'vitest';
import type { BrandContext, Detection } from '../../shared/domain/detection.ts';
import { REALISTIC_POSTS } from './fixtures/realistic-posts.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

// The realistic mix, plus slips and transliterated posts, whose reading depends most on which
// lexicons are in the combined index.
const POSTS = [
  ...REALISTIC_POSTS,
  'The service at Acme was terible tonight',
  'Atención excelennte en Acme',
  'Servizio di Acme orribbile, mai più',
  'uzhasnyj servis u Acme, bolshe ne pridu',
  'mesh 3agebny khales el delivery',
  'Acme support kheili khoob bood',
  'Never had such great service as at Acme today',
  'Non sono mai stato così soddisfatto di Acme',
];

type Index = typeof import('../../shared/detect/lexicon/index.ts');

/** Every post detected in a fresh detector, after `prepare` has run on its lexicon index. */
async function detections(posts: readonly string[], prepare: (index: Index) => void): Promise<Detection[]> {
  vi.resetModules();
  const index = await import('../../shared/detect/lexicon/index.ts');
  const { detect } = await import('../../shared/detect/index.ts');
  prepare(index);
  return posts.map((text) => detect({ text }, brand));
}

describe('lexicons indexed on first use', () => {
  it('indexes no lexicon when the detector is loaded, and a post indexes only the lexicons that read it', async () => {
    vi.resetModules();
    const index = await import('../../shared/detect/lexicon/index.ts');
    const { detect } = await import('../../shared/detect/index.ts');
    expect(index.WORD_INDEX.size).toBe(0);
    detect({ text: 'Второй день нет интернета, ужасно' }, brand);
    const afterRussian = index.WORD_INDEX.size;
    expect(afterRussian).toBeGreaterThan(0);
    expect(index.lexiconGeneration()).toBe(1);
    index.indexAllLexicons();
    expect(index.WORD_INDEX.size).toBeGreaterThan(afterRussian * 5);
  });

  it('detects every post the same, whatever order the lexicons joined the index in', async () => {
    const allFirst = await detections(POSTS, (index) => index.indexAllLexicons());
    const asNeeded = await detections(POSTS, () => {});
    const reversedPosts = (await detections([...POSTS].reverse(), () => {})).reverse();
    const reversedLexicons = await detections(POSTS, (index) =>
      index.indexLexicons([...index.LEXICONS.values()].reverse()),
    );
    expect(asNeeded).toEqual(allFirst);
    expect(reversedPosts).toEqual(allFirst);
    expect(reversedLexicons).toEqual(allFirst);
  });
});
