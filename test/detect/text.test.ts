import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fold,
  foldSlow,
  hashText,
  matchHash,
  matchKey,
  tokenize,
  wordToken,
} from '../../shared/detect/text.ts';
import { referenceTokens } from './reference-tokenizer.ts';

/** Characters that exercise every branch: faces, links, tags, emoji sequences, scripts, marks. */
const PIECES = [
  ..."ab Xx:;=8-'^oD)(][pP/\\|*3<>^_tT#@.,!?¿؟…wh1234567890 \n😀👍🏽❤🇫🇷éАбΣς日本ㅋ하ıİß".split(''),
  '\u0301',
  '\u200d',
  '\ufe0f',
  '\u0338',
  '\u0654',
  '\u00a0',
  '`',
  '𠀀',
  'http://',
  'www.',
  'acme.com',
  '.co.uk',
  ':)',
  ':D',
  'xD',
  '<3',
  '^_^',
  '):',
  'T_T',
  '-_-',
  'D:',
  '>:(',
];
const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }).map((a) => a.join(''));

describe('fold', () => {
  it('folds case, accents, full-width forms and Arabic letter variants', () => {
    expect(fold('ÉTÉ')).toBe('ete');
    expect(fold('Ｆｕｌｌ')).toBe('full');
    expect(fold('Işık')).toBe('isik');
    expect(fold('أحسن')).toBe('احسن');
    expect(fold('ёлка')).toBe('елка');
  });

  it('agrees with the reference folding on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 8 }), (s) => fold(s) === foldSlow(s)),
      {
        numRuns: 3000,
      },
    );
    fc.assert(
      fc.property(texts, (s) => fold(s) === foldSlow(s)),
      { numRuns: 3000 },
    );
  });
});

/** The key written as two regular expressions: slow, but easy to read. */
const referenceKey = (text: string): string =>
  foldSlow(text)
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[^\p{L}\p{N}\p{Extended_Pictographic}]+/gu, ' ')
    .trim();

describe('matchKey', () => {
  it.each<[string, string]>([
    ['  The new ACME kettle!! https://t.co/x', 'the new acme kettle'],
    ['see https://a.b/c?d=1, ok', 'see ok'],
    ['http:// alone', 'http alone'],
    ['xhttps://t.co/y z', 'x z'],
    ['Café ☕️ 2x', 'cafe ☕ 2x'],
  ])('%s', (text, key) => {
    expect(matchKey(text)).toBe(key);
  });

  it('agrees with the two-regular-expression reference on any text', () => {
    fc.assert(
      fc.property(texts, (s) => matchKey(s) === referenceKey(s)),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 12 }), (s) => matchKey(s) === referenceKey(s)),
      { numRuns: 3000 },
    );
  });

  it('has a hash computed without building the key', () => {
    fc.assert(
      fc.property(texts, (s) => matchHash(s) === hashText(matchKey(s))),
      { numRuns: 2000 },
    );
    const links = fc
      .array(
        fc.constantFrom(
          'HTTP://',
          'https://',
          'ｈｔｔｐｓ：／／',
          'x',
          ' ',
          'É',
          'ﬁ',
          '❤️',
          '👍🏽',
          '\u00a0',
          'ب',
        ),
        {
          maxLength: 10,
        },
      )
      .map((a) => a.join(''));
    fc.assert(
      fc.property(links, (s) => matchHash(s) === hashText(matchKey(s))),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 12 }),
        (s) => matchHash(s) === hashText(matchKey(s)),
      ),
      { numRuns: 2000 },
    );
    expect(matchHash('Same post!')).toBe(matchHash('same   post'));
    expect(matchHash('same post')).not.toBe(matchHash('same posts'));
  });
});

describe('tokenize', () => {
  it('splits exactly like the one-regular-expression reference tokeniser', () => {
    fc.assert(
      fc.property(texts, (s) => {
        const mine = tokenize(s).map((t) => [
          t.type,
          t.raw,
          t.type === 'word' || t.type === 'hashtag' ? '' : t.norm,
        ]);
        expect(mine).toEqual(referenceTokens(s));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a quoted word as the general word rule does, once the quote takes back its apostrophes', () => {
    for (const s of ["'aa''' they said", "'SOOO''' good", "'cool' stuff"]) {
      const t = tokenize(s)[0]!;
      const general = wordToken(t.raw, t.start);
      expect([t.raw, t.norm, t.squeezed, t.caps]).toEqual([
        t.raw,
        general.norm,
        general.squeezed,
        general.caps,
      ]);
    }
    expect(tokenize("'aa''' they said")[0]!.squeezed).toBeUndefined();
  });

  it('reads every word as the general word rule does (case, elongation, capitals)', () => {
    const words = fc
      .array(
        fc.constantFrom('a', 'A', 'o', 'O', 'ooo', 'OOO', "'", '1', 'é', ' ', '.', '-', 'x', 'D', 'h', 'ttp'),
        {
          maxLength: 12,
        },
      )
      .map((a) => a.join(''));
    fc.assert(
      fc.property(words, (s) => {
        for (const t of tokenize(s)) {
          if (t.type !== 'word') continue;
          const general = wordToken(t.raw, t.start);
          expect([t.norm, t.squeezed, t.caps]).toEqual([general.norm, general.squeezed, general.caps]);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it.each<[string, string[]]>([
    ['see acme.com/help or www.acme.com now', ['word:see', 'url:url', 'word:or', 'url:url', 'word:now']],
    // A quotation's closing apostrophe is not the word's; Italian "po'" keeps its own.
    ["stuck on 'processing' again", ['word:stuck', 'word:on', 'word:processing', 'word:again']],
    ['it’s ‘fine’ they said', ["word:it's", 'word:fine', 'word:they', 'word:said']],
    ["un po' caro", ['word:un', "word:po'", 'word:caro']],
    ['order at shop.acme.co.uk today', ['word:order', 'word:at', 'url:url', 'word:today']],
    ['mail me@acme.com', ['word:mail', 'word:me', 'handle:acme.com']],
    ['Born here :D', ['word:born', 'word:here', 'emoticon::d']],
    ['#SoRude @acme_help', ['hashtag:so rude', 'handle:acme_help']],
    ['3rd time 👍🏽!!', ['word:3rd', 'word:time', 'emoji:👍', 'punct:!!']],
  ])('%s', (text, expected) => {
    expect(tokenize(text).map((t) => `${t.type}:${t.norm}`)).toEqual(expected);
  });

  it.each<[string, string]>([
    ["acme said 24 hours, it's been 72", "acme said ^hours , it's been"],
    ['50% off everything', '^off everything'],
    ['waited 2-3 weeks', 'waited ^- ^weeks'],
    ['charged me $40 twice 😡', 'charged me ^twice 😡'],
    ['the 3rd time', 'the 3rd time'],
    ['no numbers here', 'no numbers here'],
  ])('marks the token after a bare number, which is no token itself: %s', (text, expected) => {
    const marked = tokenize(text).map((t) => `${t.afterNumber === true ? '^' : ''}${t.norm}`);
    expect(marked.join(' ')).toBe(expected);
  });

  it('marks tokens only where a number stood, at most one per run of digits, on any text', () => {
    fc.assert(
      fc.property(texts, (s) => {
        const marked = (t: string) => tokenize(t).filter((x) => x.afterNumber === true).length;
        const runs = s.normalize('NFKC').match(/\p{N}+/gu)?.length ?? 0;
        expect(marked(s)).toBeLessThanOrEqual(runs);
        expect(marked(s.replace(/\p{N}/gu, ' '))).toBe(0);
      }),
      { numRuns: 2000 },
    );
  });
});
