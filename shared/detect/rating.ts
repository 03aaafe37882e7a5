/**
 * Ratings written into a post ("5/5", "10/10", "★★★★★", "0 stars", "une étoile"): a score people
 * give is the plainest praise or complaint there is, in any language. The tokenizer drops digits
 * and the star glyphs, so ratings are read on the raw text.
 */
import type { Label } from '../domain/detection.ts';
import { STRONG } from './lexicon/compile.ts';

export interface Rating {
  label: Label;
  weight: number;
  /** The rating as written. */
  text: string;
}

/** Share of the top score at or above which a rating is praise, and at or below which it is a complaint. */
const HIGH = 0.8;
const LOW = 0.3;

// Regular expressions are written with \u escapes for characters outside ASCII (their readable form in
// the comment above each): esbuild bundles a regular expression as written, and a single such
// character makes Node decode the whole bundle into a two-byte string at every cold start.
// "4.5/5", "10/10", "8 out of 10", "10 sur 10", "5 von 5": not inside a longer number or date ("5/5/2024").
const SCORE =
  // /(?<![\d/.,:])(\d{1,3}(?:[.,]\d)?)\s*(?:\/|out of|outta|sur|su|von|uit|из|από|מתוך|از)\s*(5|10|100)(?![.,]?\d|\/\d)/iu
  /(?<![\d/.,:])(\d{1,3}(?:[.,]\d)?)\s*(?:\/|out of|outta|sur|su|von|uit|\u0438\u0437|\u03b1\u03c0\u03cc|\u05de\u05ea\u05d5\u05da|\u0627\u0632)\s*(5|10|100)(?![.,]?\d|\/\d)/iu;
// A run of three or more star glyphs, filled or empty ("★★★★☆").
// /[★☆✩✭✮⭐🌟](?:\uFE0F?[★☆✩✭✮⭐🌟]){2,}/u
const STARS =
  /[\u2605\u2606\u2729\u272d\u272e\u2b50\u{1f31f}](?:\uFE0F?[\u2605\u2606\u2729\u272d\u272e\u2b50\u{1f31f}]){2,}/u;
// /[★✭✮⭐🌟]/gu
const FILLED = /[\u2605\u272d\u272e\u2b50\u{1f31f}]/gu;
// A count of stars in words or digits: "0 stars", "one star", "cinq étoiles", "5 Sterne", "1 yıldız". The
// indefinite article that also means "one" ("una estrella", "een ster": a star, often praise) is left out.
// The star word is found first (it can start in few places), then the count just before it: one
// expression for both tried at every character costs 30 µs on a 2,000-character post.
const STAR_WORD =
  // /(?:stars?|étoiles?|etoiles?|estrellas?|estrelas?|sterne?n?|sternchen|stell[ae]|sterren|ster|yıldız|yildiz|звезд[аы]?|звёзд[аы]?)(?!\p{L})/giu
  /(?:stars?|\u00e9toiles?|etoiles?|estrellas?|estrelas?|sterne?n?|sternchen|stell[ae]|sterren|ster|y\u0131ld\u0131z|yildiz|\u0437\u0432\u0435\u0437\u0434[\u0430\u044b]?|\u0437\u0432\u0451\u0437\u0434[\u0430\u044b]?)(?!\p{L})/giu;
const COUNT_BEFORE =
  // /(0|1|5|zero|no|one|five|z[ée]ro|cinq|cero|cinco|null|f[üu]nf|nul|vijf|nessuna|sıfır|sifir|beş|bes|одна|одну|пять|ноль)[\s-]*$/iu
  /(0|1|5|zero|no|one|five|z[\u00e9e]ro|cinq|cero|cinco|null|f[\u00fcu]nf|nul|vijf|nessuna|s\u0131f\u0131r|sifir|be\u015f|bes|\u043e\u0434\u043d\u0430|\u043e\u0434\u043d\u0443|\u043f\u044f\u0442\u044c|\u043d\u043e\u043b\u044c)[\s-]*$/iu;
const WORD_CHAR = /[\p{L}\d.,]/u;

/** The first star word with a count right before it: the count and the text from the count to the word's end. */
function starCount(text: string): { count: string; text: string; end: number } | undefined {
  STAR_WORD.lastIndex = 0;
  for (let m = STAR_WORD.exec(text); m !== null; m = STAR_WORD.exec(text)) {
    const from = Math.max(0, m.index - 16);
    const c = COUNT_BEFORE.exec(text.slice(from, m.index));
    if (c === null) continue;
    const start = from + c.index;
    // The count is a word of its own ("bone stars", "x1 star" are not counts).
    if (start > 0 && WORD_CHAR.test(text[start - 1]!)) continue;
    const end = m.index + m[0].length;
    return { count: c[1]!, text: text.slice(start, end), end };
  }
  return undefined;
}
const COUNTS: Record<string, number> = {
  zero: 0,
  no: 0,
  zéro: 0,
  cero: 0,
  null: 0,
  nul: 0,
  nessuna: 0,
  sıfır: 0,
  sifir: 0,
  ноль: 0,
  one: 1,
  одна: 1,
  одну: 1,
  five: 5,
  cinq: 5,
  cinco: 5,
  fünf: 5,
  funf: 5,
  vijf: 5,
  beş: 5,
  bes: 5,
  пять: 5,
};

/** The rating in a post, if it states one that says praise or complaint. */
export function ratingIn(text: string): Rating | undefined {
  // Cheap gate: every form needs a digit, a star glyph or a star word.
  // /[\d★☆✩✭✮⭐🌟]|st[ae]r|toile|trell|ster|stell|ld[ıi]z|звезд|звёзд/iu
  if (
    !/[\d\u2605\u2606\u2729\u272d\u272e\u2b50\u{1f31f}]|st[ae]r|toile|trell|ster|stell|ld[\u0131i]z|\u0437\u0432\u0435\u0437\u0434|\u0437\u0432\u0451\u0437\u0434/iu.test(
      text,
    )
  )
    return undefined;
  const score = SCORE.exec(text);
  if (score) {
    const share = Number(score[1]!.replace(',', '.')) / Number(score[2]);
    if (share <= 1) {
      if (share >= HIGH) return { label: 'praise', weight: STRONG, text: score[0] };
      if (share <= LOW) return { label: 'complaint', weight: STRONG, text: score[0] };
    }
  }
  const stars = STARS.exec(text);
  if (stars) {
    const all = [...stars[0].replace(/\uFE0F/g, '')].length;
    const filled = stars[0].match(FILLED)?.length ?? 0;
    // Filled stars alone, or filled and empty ones together: the share of filled ones is the score.
    const share = filled / all;
    if (filled === all && all >= 4) return { label: 'praise', weight: STRONG, text: stars[0] };
    if (filled < all && share >= HIGH) return { label: 'praise', weight: STRONG, text: stars[0] };
    if (filled < all && share <= LOW + 0.1) return { label: 'complaint', weight: STRONG, text: stars[0] };
  }
  const count = starCount(text);
  if (count) {
    const word = count.count.toLowerCase();
    const n = /\d/.test(word) ? Number(word) : (COUNTS[word] ?? -1);
    if (n === 0 || n === 1) return { label: 'complaint', weight: STRONG, text: count.text };
    // "5 stars!" is a verdict; "a 5 star hotel", "4-Sterne-Hotel" a class: only a count that ends
    // its phrase is read, and only the top one (four or two stars are a hotel's class more often).
    const after = text.slice(count.end).trimStart();
    if (n === 5 && !/^[\p{L}-]/u.test(after)) return { label: 'praise', weight: 1.3, text: count.text };
  }
  return undefined;
}
