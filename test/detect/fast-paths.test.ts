/**
 * Shortcuts the detector takes for speed agree with the reading they skip: on every post of the
 * training corpus and the fixtures, and on the worst cases the other tests name.
 */
import { describe, expect, it } from 'vitest';
import { sortFew, weigh } from '../../shared/detect/decide.ts';
import {
  type Entry,
  mayBePair,
  mayHaveStemmedSecond,
  wordHash,
} from '../../shared/detect/lexicon/compile.ts';
import {
  indexAllLexicons,
  LEXICONS,
  STEM_INDEX,
  STOPWORD_INDEX,
  WORD_INDEX,
} from '../../shared/detect/lexicon/index.ts';
import { readCorpus } from '../../shared/detect/model/corpus.ts';
import { LinearModel, type Weights } from '../../shared/detect/model/linear.ts';
import { TRAINED } from '../../shared/detect/model/trained.ts';
import weights from '../../shared/detect/model/weights.json' with { type: 'json' };
import { readPost } from '../../shared/detect/read.ts';
import { readSignature, signature } from '../../shared/detect/saying.ts';
import { isOwnNfkc, type Token, tokenize } from '../../shared/detect/text.ts';
import { attachRecords, intern } from '../../shared/detect/vocab.ts';
import { REALISTIC_POSTS } from './fixtures/realistic-posts.ts';
import { SAMPLE_POSTS } from './fixtures/sample-posts.ts';

const saying = 'Be kind whenever possible, it is always possible. - Dalai Lama';
const POSTS: readonly string[] = [
  ...readCorpus().examples.map((e) => e.text),
  ...REALISTIC_POSTS,
  ...SAMPLE_POSTS,
  `${saying} ${'#quote'.repeat(40)} #daily https://t.co/abc`,
  `${saying} ${'#a'.repeat(40)} x`,
  `Be kind whenever possible, it is always possible. - Dalai Lama ${'#a'.repeat(960)} x`,
];

describe('the signature check for a dash after a space', () => {
  // Every dash the signature takes, after every kind of space (a line break, a no-break space),
  // and a dash with no space before it, which can sign nothing.
  const signed = ['-', '~', '\u2013', '\u2014', '\u2015'].flatMap((dash) =>
    [' ', '\n', '\t', '\u00a0', '\u3000', ''].map(
      (space) => `Never mistake motion for action, and never forget it.${space}${dash} Ernest Hemingway`,
    ),
  );

  it('agrees with the full reading', () => {
    for (const text of [...POSTS, ...signed]) expect(signature(text), text).toBe(readSignature(text));
  });

  it('still finds the sayings', () => {
    expect(signed.filter((text) => signature(text) === 'saying')).toHaveLength(25);
  });
});

describe('the character n-gram rows kept per known word', () => {
  it('add to the logits exactly what a model reading every word for the first time adds', () => {
    const logitsOf = (model: LinearModel, text: string): number[] => {
      const r = readPost(text);
      const logits = new Float64Array(5);
      model.addLogits(r.tokens, r.evidence, weigh(r.evidence), logits, 1);
      return [...logits];
    };
    const posts = [...REALISTIC_POSTS, ...SAMPLE_POSTS];
    for (const text of posts) logitsOf(TRAINED, text);
    for (const text of posts) {
      expect(logitsOf(TRAINED, text), text).toEqual(
        logitsOf(new LinearModel(weights as unknown as Weights), text),
      );
    }
  });
});

describe('the bits of the terms the vocabulary may know', () => {
  const recordOf = (norm: string) => {
    const t: Token = { type: 'word', norm, raw: norm, start: false };
    attachRecords([t]);
    return t.rec;
  };

  it('let no word of a lexicon, no function word and no word a model added go unread', () => {
    // Read before and after every lexicon joins the index: the words added on the way are marked too.
    for (const text of SAMPLE_POSTS) attachRecords(tokenize(text));
    indexAllLexicons();
    for (const word of [...WORD_INDEX.keys(), ...STOPWORD_INDEX.keys()])
      expect(recordOf(word)?.key, word).toBe(word);
    intern('zorblatting');
    expect(recordOf('zorblatting')?.key).toBe('zorblatting');
  });

  it('find the very record the vocabulary holds, after lexicons join the index too', () => {
    // The table by hash must agree with the vocabulary's map (`intern` reads the map).
    for (const text of SAMPLE_POSTS) attachRecords(tokenize(text));
    indexAllLexicons();
    for (const text of REALISTIC_POSTS) attachRecords(tokenize(text));
    for (const word of [...WORD_INDEX.keys(), ...STOPWORD_INDEX.keys()]) {
      const rec = recordOf(word);
      if (rec !== recordOf(word) || rec !== intern(word)) expect(rec, word).toBe(intern(word));
    }
  });

  it('leave a word nothing knows without a record', () => {
    expect(recordOf('qxzvwplk')).toBeUndefined();
  });
});

describe('the bits of the phrase pairs', () => {
  it('let every list of phrases be read when one of its phrases may go on', () => {
    // The scanner skips a list when the word or stem that opens it and the next word are no pair:
    // every phrase of the combined index and of each lexicon's own maps must be one, under the key
    // the scanner passes for its list.
    indexAllLexicons();
    const lists: [string, readonly Entry[]][] = [];
    for (const [word, info] of WORD_INDEX)
      for (const list of info.phrases) if (list) lists.push([word, list]);
    for (const node of STEM_INDEX.values())
      for (const list of node.phrases ?? []) if (list) lists.push([node.text, list]);
    for (const lex of LEXICONS.values()) lists.push(...lex.phrases);
    expect(lists.length).toBeGreaterThan(1000);
    for (const [first, list] of lists) {
      for (const entry of list) {
        const text = entry.words.join(' ');
        expect(entry.words[0], text).toBe(first);
        const h = wordHash(first);
        expect(mayHaveStemmedSecond(h) || mayBePair(h, wordHash(entry.words[1]!)), text).toBe(true);
      }
    }
  });

  it('let most words after a first word skip its list', () => {
    expect(mayBePair(wordHash('not'), wordHash('qxzvwplk'))).toBe(false);
  });
});

describe('the NFKC check by characters', () => {
  it('passes only texts NFKC leaves as they are', () => {
    for (const text of POSTS) if (isOwnNfkc(text)) expect(text.normalize('NFKC'), text).toBe(text);
  });

  it('passes no character that NFKC changes or joins to the one before it', () => {
    // Letters that a following vowel sign, length mark, voicing mark or jamo composes with.
    const bases = ['a', 'e', 'u', 'а', 'ب', 'ا', 'क', 'ে', 'େ', 'ெ', 'ಿ', 'ೆ', 'െ', 'ෙ', 'ᬅ', '가', 'か', 'ウ'];
    const changed: string[] = [];
    for (let c = 0x80; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      if (!isOwnNfkc(ch)) continue;
      for (const text of [ch, ...bases.map((b) => `${b}${ch}`)])
        if (text.normalize('NFKC') !== text) changed.push(text);
    }
    expect(changed).toEqual([]);
    for (const text of ['❤️', '👍🏽', '🇫🇷', '👨‍👩‍👧', 'e\u0301', '\ud83c', '𝐀'])
      if (isOwnNfkc(text)) expect(text.normalize('NFKC'), text).toBe(text);
    expect(isOwnNfkc('❤️ 👍🏽 ok')).toBe(true);
    expect(isOwnNfkc('e\u0301')).toBe(false);
    expect(isOwnNfkc('𝐀')).toBe(false);
  });
});

describe("the sort of a post's few cues", () => {
  it('orders as Array.prototype.sort does, equal items kept in their order', () => {
    // Labels and weights from a small set, so that many items tie.
    const labels = ['praise', 'complaint', 'none'] as const;
    const order = (a: { label: string; weight: number }, b: { label: string; weight: number }) =>
      Number(b.label === 'praise') - Number(a.label === 'praise') || b.weight - a.weight;
    let seed = 7;
    const next = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
      return seed;
    };
    for (let n = 0; n < 40; n++) {
      for (let round = 0; round < 50; round++) {
        const items = Array.from({ length: n }, (_, id) => ({
          id,
          label: labels[next() % 3]!,
          weight: [0.5, 1, 1.2, 1.6][next() % 4]!,
        }));
        const mine = [...items];
        sortFew(mine, order);
        expect(mine).toEqual([...items].sort(order));
      }
    }
  });
});
