/**
 * Text normalisation and tokenisation shared by the detector and its lexicon compiler, so that
 * a lexicon entry and a post are folded the same way (case, Latin accents, Arabic letter forms,
 * elongation).
 */
import type { WordRecord } from './vocab.ts';

export type TokenType = 'word' | 'hashtag' | 'handle' | 'url' | 'emoji' | 'emoticon' | 'punct' | 'break';

export interface Token {
  type: TokenType;
  /** Folded form used for lookups (for hashtags: the tag's words, for punctuation: the marks). */
  norm: string;
  /** The text as it appears in the post (case kept), for cues. */
  raw: string;
  /** For an elongated word ("sooo"): the form with every repeated letter collapsed ("so"). */
  squeezed?: string;
  /** First word of a sentence or clause (ignoring leading @handles, #tags and links). */
  start: boolean;
  /** True when the raw word was written in capitals (shouting). */
  caps?: boolean;
  /**
   * A bare number (digits with no letter after them) stood just before this token. Numbers are
   * no tokens, so phrases read across them ("waited 3 weeks" is "waited weeks"); the trained
   * layer reads that one stood here ("72 hours", "50% off").
   */
  afterNumber?: boolean;
  /** The vocabulary's record of the token's term, set when the post is read (`attachRecords`). */
  rec?: WordRecord | undefined;
  /** A Persian word with an inflectional suffix: the word without it, looked up when the word is no entry (persian.ts). */
  stem?: string | undefined;
  /** A Korean verb's request ending ("보여주세요" → "주세요"), looked up when the word is no entry (korean.ts). */
  ending?: string | undefined;
  /** The ending says more than the verb and is read before any entry of the word ("맛있다더니"). */
  endingFirst?: true | undefined;
}

const ARABIC_MARKS = /[\u064B-\u065F\u0670\u0640]|\u200C|\u200D|\u200E|\u200F/g;
const LATIN_MARKS = /[\u0300-\u036f]/g;
const NON_ASCII = /[\u0080-\uffff]/;
// Regular expressions are written with \u escapes for characters outside ASCII (their readable form in
// the comment above each): esbuild bundles a regular expression as written, and a single such
// character makes Node decode the whole bundle into a two-byte string at every cold start.
// /[’‘`´]/g
const QUOTES = /[\u2019\u2018`\u00b4\u05f3]/g;
/** Hebrew gershayim, the mark of an acronym (צה״ל), folds to the ASCII quote people type for it. */
const GERSHAYIM = /\u05f4/g;
// /ı/g
const DOTLESS_I = /\u0131/g;
// /ä/g
const A_UMLAUT = /\u00e4/g;
const LATIN_GREEK_CYRILLIC = /[\u00c0-\u04ff\u1e00-\u1fff]/;
const ARABIC = /[\u0600-\u06ff]/;

const ARABIC_FOLD: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ی',
  ي: 'ی',
  ك: 'ک',
  ة: 'ه',
  ؤ: 'و',
  ئ: 'ی',
  '۰': '0',
};
// /[أإآٱىيكةؤئ]/g
const ARABIC_FOLD_RE = /[\u0623\u0625\u0622\u0671\u0649\u064a\u0643\u0629\u0624\u0626]/g;

/** The reference folding, character-set independent but slow (three Unicode normalisations). */
export function foldSlow(text: string): string {
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  // Dotless ı folds to i: Turkish is often typed without its own letters. German ä folds to "ae", as
  // Germans type it without umlauts: dropping the dots made "wäre" (would be) "ware" (goods) and "wär"
  // the past "war". Only German of the detector's languages writes ä; ö and ü stay dotless, as
  // Turkish is typed without them ("guzel").
  let s = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(QUOTES, "'")
    .replace(GERSHAYIM, '"')
    .replace(DOTLESS_I, 'i')
    .replace(A_UMLAUT, 'ae');
  if (LATIN_GREEK_CYRILLIC.test(s)) s = s.normalize('NFD').replace(LATIN_MARKS, '').normalize('NFC');
  if (ARABIC.test(s)) s = s.replace(ARABIC_MARKS, '').replace(ARABIC_FOLD_RE, (c) => ARABIC_FOLD[c] ?? c);
  return s;
}

/**
 * Characters whose folding depends on their neighbours (they compose with them under NFKC):
 * combining marks other than the Latin/Greek/Cyrillic accents and Arabic vowel signs that folding
 * drops anyway, Hangul jamo, kana voicing marks. A word holding one is folded the slow way.
 */
const COMPOSING =
  /[\p{M}\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\ud7b0-\ud7ff\u3099-\u309c\uff9e-\uffdc\ud800-\udfff]/u;
// U+0338 and the Arabic hamza and madda marks are left out: they compose with the letter before
// them ("=" + U+0338 is "≠", "ە" + U+0654 is "ۀ").
const DROPPED_MARKS = /[\u0300-\u0337\u0339-\u036f\u064b-\u0652\u0656-\u065f\u0670]/;
/** Per UTF-16 unit: its folded form, filled the first time the character is seen (at most 64k short strings). */
// Left with holes: an entry is read only once `classify` has written it (KIND 1).
const FOLDED: string[] = new Array<string>(0x10000);
/**
 * Per UTF-16 unit: 1 = folds on its own to another string, 3 = folds to itself, 2 = needs the slow
 * path; 0 = not seen yet.
 */
const KIND = new Uint8Array(0x10000);

function classify(c: number): number {
  const ch = String.fromCharCode(c);
  // Variation selectors (emoji presentation) are marks that compose with nothing.
  if (COMPOSING.test(ch) && !DROPPED_MARKS.test(ch) && c !== 0xfe0e && c !== 0xfe0f) return 2;
  const alone = foldSlow(ch);
  // Folding a whole string depends on its scripts (accents dropped when it has Latin, Greek or
  // Cyrillic letters, marks when it has Arabic) and on neighbours (Greek final sigma): a character
  // folds on its own only when it folds the same beside an accented Latin and an Arabic letter.
  if (foldSlow(`é${ch}`) !== `e${alone}` || foldSlow(`ب${ch}`) !== `ب${alone}`) return 2;
  if (foldSlow(`${ch}é`) !== `${alone}e` || foldSlow(`${ch}ب`) !== `${alone}ب`) return 2;
  // A combining diaeresis makes "a" an "ä", which folds to "ae".
  if (foldSlow(`a${ch}`) !== `a${alone}`) return 2;
  FOLDED[c] = alone;
  return alone === ch ? 3 : 1;
}

/** Per astral code point (emoji…): 3 when it folds to itself beside anything, else 2; filled when first seen. */
const ASTRAL_KIND = new Map<number, number>();

function astralKind(cp: number): number {
  let k = ASTRAL_KIND.get(cp);
  if (k === undefined) {
    const ch = String.fromCodePoint(cp);
    const same =
      !COMPOSING.test(ch) &&
      foldSlow(ch) === ch &&
      foldSlow(`é${ch}`) === `e${ch}` &&
      foldSlow(`ب${ch}`) === `ب${ch}` &&
      foldSlow(`${ch}é`) === `${ch}e` &&
      foldSlow(`${ch}ب`) === `${ch}ب`;
    k = same ? 3 : 2;
    // Bounded: a flood of distinct astral characters must not grow memory without limit.
    if (ASTRAL_KIND.size < 20_000) ASTRAL_KIND.set(cp, k);
  }
  return k;
}

/** The astral code point of the surrogate pair at `i`, or -1. */
function pairAt(text: string, i: number, c: number): number {
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return -1;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff ? (c - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000 : -1;
}

/**
 * Folds text for matching: NFKC (full-width forms, Greek question mark, ligatures), lower case,
 * Latin/Greek/Cyrillic accents dropped (people often omit them; German ä becomes "ae"), Arabic and Persian letter
 * variants unified and diacritics removed. Character by character through a table (same result
 * as `foldSlow`, which a property test checks), the slow path only for composing characters.
 */
export function fold(text: string): string {
  // Most words fold to themselves (lower-case, unaccented): find the first character that changes.
  let i = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // The backtick is a quote: folded to ' beside non-ASCII text, so it takes the table path.
    if (c < 0x80 && c !== 0x60) {
      if (c >= 65 && c <= 90) break;
      continue;
    }
    const cp = pairAt(text, i, c);
    if (cp >= 0) {
      if (astralKind(cp) !== 3) break;
      i++;
      continue;
    }
    let k = KIND[c]!;
    if (k === 0) {
      k = classify(c);
      KIND[c] = k;
    }
    if (k !== 3) break;
  }
  if (i === text.length) return text;
  // Unchanged stretches are copied whole: building the result one character at a time is slow.
  let out = '';
  let from = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 && c !== 0x60) {
      if (c >= 65 && c <= 90) {
        out += text.slice(from, i) + String.fromCharCode(c + 32);
        from = i + 1;
      }
      continue;
    }
    const cp = pairAt(text, i, c);
    if (cp >= 0) {
      if (astralKind(cp) !== 3) return foldSlow(text);
      i++;
      continue;
    }
    let k = KIND[c]!;
    if (k === 0) {
      k = classify(c);
      KIND[c] = k;
    }
    if (k === 2) return foldSlow(text);
    if (k === 1) {
      out += text.slice(from, i) + FOLDED[c]!;
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * Per character (UTF-16 unit, or astral code point): 1 when NFKC keeps it as it is whatever stands
 * beside it, 2 when it may change; 0 = not seen yet. A character NFKC keeps alone that is no mark
 * and no Hangul jamo neither decomposes nor composes with a neighbour (its quick check is Yes and
 * its combining class 0), so a text of such characters is its own NFKC form. Variation selectors
 * are marks of that kind too.
 */
const NFKC_KIND = new Uint8Array(0x10000);
const ASTRAL_NFKC_KIND = new Map<number, number>();

function nfkcKind(ch: string, cp: number): number {
  if (COMPOSING.test(ch) && !(cp >= 0xfe00 && cp <= 0xfe0f)) return 2;
  return ch.normalize('NFKC') === ch ? 1 : 2;
}

function astralNfkcKind(cp: number): number {
  let k = ASTRAL_NFKC_KIND.get(cp);
  if (k === undefined) {
    k = nfkcKind(String.fromCodePoint(cp), cp);
    // Bounded: a flood of distinct astral characters must not grow memory without limit.
    if (ASTRAL_NFKC_KIND.size < 20_000) ASTRAL_NFKC_KIND.set(cp, k);
  }
  return k;
}

/** Whether `text` is its own NFKC form by its characters alone (false: it may not be). */
export function isOwnNfkc(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    const cp = pairAt(text, i, c);
    if (cp >= 0) {
      if (astralNfkcKind(cp) !== 1) return false;
      i++;
      continue;
    }
    // A lone surrogate is left to `normalize`.
    if (c >= 0xd800 && c <= 0xdfff) return false;
    let k = NFKC_KIND[c]!;
    if (k === 0) k = NFKC_KIND[c] = nfkcKind(String.fromCharCode(c), c);
    if (k !== 1) return false;
  }
  return true;
}

/** True when a letter repeats three times in a row ("sooo"): people stretch words for emphasis. */
function elongated(w: string): boolean {
  for (let i = 2; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c === w.charCodeAt(i - 1) && c === w.charCodeAt(i - 2)) return true;
  }
  return false;
}

/** "sooo" → "soo" (kept for words that double letters legitimately, e.g. "good"). */
const squeezeTo2 = (w: string): string => w.replace(/(\p{L})\1{2,}/gu, '$1$1');
/**
 * "sooo" → "so": the stretched run only, so a letter the word doubles of its own stays
 * ("ممتاااز" → "ممتاز", not "متاز"; "hellooo" → "hello").
 */
const squeezeTo1 = (w: string): string => w.replace(/(\p{L})\1{2,}/gu, '$1');

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]/;

/** Splits "#SoRude" / "#dark_mode" into "so rude" / "dark mode". */
function hashtagWords(tag: string): string {
  const body = tag.slice(1);
  const spaced = body
    .replace(/_/g, ' ')
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2');
  return fold(spaced);
}

const LETTER = 1;
const MARK = 2;
const NUMBER = 4;
const PICTO = 8;
const EMOJI_MOD = 16;
const UPPER = 32;
const LOWER = 64;
const KNOWN = 128;
const CLASS_RES: [RegExp, number][] = [
  [/\p{L}/u, LETTER],
  [/\p{M}/u, MARK],
  [/\p{N}/u, NUMBER],
  [/\p{Extended_Pictographic}/u, PICTO],
  [/\p{EMod}/u, EMOJI_MOD],
  [/\p{Lu}/u, UPPER],
  [/\p{Ll}/u, LOWER],
];
/** Unicode classes of each BMP code point, filled the first time it is seen; a map for the rest. */
const BMP_CLASS = new Uint8Array(0x10000);
const ASTRAL_CLASS = new Map<number, number>();

function computeClass(cp: number): number {
  const ch = String.fromCodePoint(cp);
  let c = KNOWN;
  for (const [re, bit] of CLASS_RES) if (re.test(ch)) c |= bit;
  return c;
}

function charClass(cp: number): number {
  if (cp < 0x10000) {
    let c = BMP_CLASS[cp]!;
    if (c === 0) {
      c = computeClass(cp);
      BMP_CLASS[cp] = c;
    }
    return c;
  }
  let c = ASTRAL_CLASS.get(cp);
  if (c === undefined) {
    c = computeClass(cp);
    // Bounded: a flood of distinct astral characters must not grow memory without limit.
    if (ASTRAL_CLASS.size < 20_000) ASTRAL_CLASS.set(cp, c);
  }
  return c;
}

const classAt = (text: string, i: number): number => (i < text.length ? charClass(text.codePointAt(i)!) : 0);
/** Class of the code point that ends just before `i` (a surrogate pair counts as one). */
function classBefore(text: string, i: number): number {
  if (i === 0) return 0;
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return charClass(text.codePointAt(i - 2)!);
  }
  return charClass(low);
}
const width = (cp: number): number => (cp > 0xffff ? 2 : 1);
const isSpace = (c: number): boolean =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;
/** `\w` as a regular expression reads it: ASCII letters, digits, underscore. */
const isAsciiWord = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isDomainChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45;
/** Top-level domains that make "name.tld" a link even without http:// (lower case). */
const TLDS = new Set(
  'com net org io co ly me app gl gg tv info shop store de fr es it uk ru tr br nl gr jp'.split(' '),
);

/** End of the run of non-space characters starting at `i`. */
function nonSpaceEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && !isSpace(text.charCodeAt(j))) j++;
  return j;
}

/** A link at `i` (http(s)://…, www.…, or name.tld[/…]); returns its end, or -1. */
function urlAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 104 && (text.startsWith('http://', i) || text.startsWith('https://', i))) {
    const from = i + (text.charCodeAt(i + 4) === 115 ? 8 : 7);
    const end = nonSpaceEnd(text, from);
    return end > from ? end : -1;
  }
  if (c === 119 && text.startsWith('www.', i)) {
    const end = nonSpaceEnd(text, i + 4);
    return end > i + 4 ? end : -1;
  }
  if (!isDomainChar(c) || isAsciiWord(text.charCodeAt(i - 1)) === isAsciiWord(c)) return -1;
  // Labels separated by dots; the last label that is a known TLD ends the domain.
  let j = i;
  let tldEnd = -1;
  let labels = 0;
  for (;;) {
    const from = j;
    while (j < text.length && isDomainChar(text.charCodeAt(j))) j++;
    if (j === from) break;
    if (labels > 0 && TLDS.has(text.slice(from, j))) tldEnd = j;
    labels++;
    if (text.charCodeAt(j) !== 46) break;
    j++;
  }
  if (tldEnd < 0) return -1;
  return text.charCodeAt(tldEnd) === 47 ? nonSpaceEnd(text, tldEnd) : tldEnd;
}

/** An @handle at `i` (letters, digits, _ and inner dots); returns its end, or -1. */
function handleAt(text: string, i: number): number {
  let j = i + 1;
  while (j < text.length) {
    const c = text.codePointAt(j)!;
    if (c === 95 || c === 46 || (charClass(c) & (LETTER | NUMBER)) !== 0) j += width(c);
    else break;
  }
  while (j > i + 1 && text.charCodeAt(j - 1) === 46) j--;
  return j > i + 1 ? j : -1;
}

function hashtagAt(text: string, i: number): number {
  let j = i + 1;
  while (j < text.length) {
    const c = text.codePointAt(j)!;
    if (c === 95 || (charClass(c) & (LETTER | MARK | NUMBER)) !== 0) j += width(c);
    else break;
  }
  return j > i + 1 ? j : -1;
}

const EYES = ':;=8';
const NOSES = "-'^o";
const MOUTHS = ')(][dDpPoO/\\|*3';
const notLetterOrDigitAt = (text: string, i: number): boolean => (classAt(text, i) & (LETTER | NUMBER)) === 0;

/** The end of a face when the character after it is not a letter or digit, else -1. */
const bounded = (text: string, end: number): number => (notLetterOrDigitAt(text, end) ? end : -1);
/** Characters a face can start with: only these positions are tried. */
const FACE_STARTS = new Uint8Array(0x80);
for (const ch of ':;=8xX<^)(tT-dD>') FACE_STARTS[ch.charCodeAt(0)] = 1;

/** A `:-)`-style face at `i`; returns its end, or -1. */
function emoticonAt(text: string, i: number): number {
  const c = text.charAt(i);
  if (EYES.includes(c)) {
    // Eyes, an optional nose, one or more mouths: greedy, then shorter until the boundary holds.
    const nosed = i + 1 < text.length && NOSES.includes(text.charAt(i + 1));
    for (let nose = nosed ? 1 : 0; nose >= 0; nose--) {
      let j = i + 1 + nose;
      while (j < text.length && MOUTHS.includes(text.charAt(j))) j++;
      for (let end = j; end > i + 1 + nose; end--) if (bounded(text, end) >= 0) return end;
    }
  }
  if (c === 'x' || c === 'X') {
    const j = text.charAt(i + 1) === '-' ? i + 2 : i + 1;
    if (j < text.length && 'D)('.includes(text.charAt(j)) && bounded(text, j + 1) >= 0) return j + 1;
  }
  if (c === '<') {
    if (text.charAt(i + 1) === '3') return bounded(text, i + 2);
    if (text.charAt(i + 1) === '/' && text.charAt(i + 2) === '3') return bounded(text, i + 3);
  }
  if (c === '^') {
    let j = i + 1;
    while (text.charAt(j) === '_') j++;
    if (text.charAt(j) === '^') return bounded(text, j + 1);
  }
  if (c === ')' || c === '(') {
    let j = i;
    while (text.charAt(j) === ')' || text.charAt(j) === '(') j++;
    // A nose, then the eyes: ")':" or "):".
    const k = text.charAt(j) === '-' || text.charAt(j) === "'" ? j + 1 : j;
    const eyes = text.charAt(k);
    if (eyes === ':' || eyes === ';') return bounded(text, k + 1);
  }
  if (text.charAt(i + 1) === '_') {
    const three = text.slice(i, i + 3);
    if (three === ';_;' || three === '-_-' || /^[tT]_[tT]$/.test(three)) return bounded(text, i + 3);
  }
  if ((c === 'd' || c === 'D') && text.charAt(i + 1) === ':') return bounded(text, i + 2);
  if (c === '>' && (text.charAt(i + 1) === ':' || text.charAt(i + 1) === ';')) {
    if (text.charAt(i + 2) === '(') return bounded(text, i + 3);
    if (text.charAt(i + 2) === '-' && text.charAt(i + 3) === '(') return bounded(text, i + 4);
  }
  return -1;
}

/**
 * Two or more closing or opening brackets, even right after a word: the smile "))" and the frown
 * "((" written in Russian, Ukrainian and Turkish posts ("безлимитный))", "смс((", "kalabalıktı (((").
 * Returns the run's end when no letter or digit follows it, else -1 (a bracket that opens "((a))").
 */
function bracketSmileAt(text: string, i: number): number {
  const c = text.charAt(i);
  let j = i;
  while (text.charAt(j) === c) j++;
  return j - i >= 2 ? bounded(text, j) : -1;
}

/** An emoji (with variation selectors, skin tones and ZWJ sequences) or a flag at `i`. */
function emojiAt(text: string, i: number, cp: number, cls: number): number {
  if ((cls & PICTO) !== 0) {
    let j = i + width(cp);
    while (j < text.length) {
      const c = text.codePointAt(j)!;
      if (c === 0xfe0f) j++;
      else if (c === 0x200d && j + 1 < text.length && (classAt(text, j + 1) & PICTO) !== 0) {
        j += 1 + width(text.codePointAt(j + 1)!);
      } else if ((charClass(c) & EMOJI_MOD) !== 0) j += width(c);
      else break;
    }
    return j;
  }
  if (cp >= 0x1f1e6 && cp <= 0x1f1ff) {
    const next = text.codePointAt(i + 2);
    if (next !== undefined && next >= 0x1f1e6 && next <= 0x1f1ff) return i + 4;
  }
  return -1;
}

/** ASCII characters that continue a word: letters, digits, the apostrophe. */
const ASCII_WORD = new Uint8Array(0x80);
for (let c = 0; c < 0x80; c++) ASCII_WORD[c] = (isAsciiWord(c) && c !== 95) || c === 39 ? 1 : 0;

const isHebrewLetter = (u: number): boolean => u >= 0x5d0 && u <= 0x5ea;

/**
 * A quote or gershayim before a word's last Hebrew letter marks an acronym (נתב"ג, ש"ח, צה״ל) and
 * is part of the word: typed with the ASCII quote as often as with the Hebrew mark, it would
 * otherwise split "ש"ח" into "ש" and "ח". Before more letters it opens a quotation after a prefix
 * ('כ"זיכוי לאתר"'), and stays a break.
 */
const hebrewAcronymMark = (text: string, j: number): boolean =>
  isHebrewLetter(text.charCodeAt(j - 1)) &&
  isHebrewLetter(text.charCodeAt(j + 1)) &&
  !(j + 2 < text.length && (classAt(text, j + 2) & (LETTER | MARK)) !== 0);

const isApostrophe = (u: number): boolean => u === 0x27 || u === 0x2019;

/** True when an apostrophe just before `i` opens a quotation ('processing'): nothing of a word before it. */
const opensQuote = (text: string, i: number): boolean =>
  i > 0 &&
  (isApostrophe(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === 0x2018) &&
  (classBefore(text, i - 1) & (LETTER | MARK | NUMBER)) === 0;

/**
 * The end of a word opened by a quote: its closing apostrophes are the quote's, not the word's
 * ("'processing'" is "processing"), while an Italian "po'" or "perche'" keeps its own.
 */
function closeQuote(text: string, i: number, j: number): number {
  while (j > i + 1 && isApostrophe(text.charCodeAt(j - 1))) j--;
  return j;
}

/**
 * A word at `i`: a letter then letters, marks, digits and apostrophes (and a Hebrew acronym's
 * quote), or digits then letters ("3rd").
 */
function wordAt(text: string, i: number, cp: number, cls: number): number {
  let j: number;
  if ((cls & (LETTER | MARK)) !== 0) {
    j = i + width(cp);
    while (j < text.length) {
      const u = text.charCodeAt(j);
      // ASCII letters, digits and the apostrophe from a table; the rest by Unicode class.
      if (u < 0x80) {
        if (ASCII_WORD[u] === 0 && !(u === 0x22 && hebrewAcronymMark(text, j))) break;
        j++;
        continue;
      }
      const c = u >= 0xd800 && u <= 0xdbff ? text.codePointAt(j)! : u;
      if (c === 0x2019 || (charClass(c) & (LETTER | MARK | NUMBER)) !== 0) j += width(c);
      else if (c === 0x5f4 && hebrewAcronymMark(text, j)) j++;
      // Geresh: a borrowed sound or an abbreviation (ג׳ובניק), folded to the apostrophe people type.
      else if (
        c === 0x5f3 &&
        isHebrewLetter(text.charCodeAt(j - 1)) &&
        isHebrewLetter(text.charCodeAt(j + 1))
      )
        j++;
      else break;
    }
    return opensQuote(text, i) ? closeQuote(text, i, j) : j;
  }
  if ((cls & NUMBER) === 0) return -1;
  j = i;
  while (j < text.length && (classAt(text, j) & NUMBER) !== 0) j += width(text.codePointAt(j)!);
  if (!(j < text.length && (classAt(text, j) & (LETTER | MARK)) !== 0)) return -(j + 1);
  while (j < text.length && (classAt(text, j) & (LETTER | MARK | NUMBER)) !== 0)
    j += width(text.codePointAt(j)!);
  return j;
}

/**
 * Greek "ό,τι" (whatever), the one word written with a comma inside ("ό,τι καλύτερο", the very best):
 * the end of the whole word when the one-letter word at `i` (ending at `end`) opens it, else `end`.
 */
function whateverEnd(text: string, i: number, end: number): number {
  if (end !== i + 1 || !'οόΟΌ'.includes(text.charAt(i)) || text.charCodeAt(end) !== 44) return end;
  if (!'τΤ'.includes(text.charAt(end + 1)) || !'ιΙίΊ'.includes(text.charAt(end + 2))) return end;
  const after = end + 3;
  if (after < text.length && (classAt(text, after) & (LETTER | MARK | NUMBER)) !== 0) return end;
  return after;
}

const MARKS = '?!؟¿¡;';
/** The Devanagari danda "।" (and "॥") ends a Hindi sentence as a full stop does. */
const BREAKS = '.。|।॥\n,،、:«»"“”„()-–—';
const SENTENCE_BREAKS = '\n.。|।॥';

/** True when a word is written in capitals (3+ letters, none lower-case): shouting. */
function shouted(raw: string): boolean {
  if (raw.length < 3) return false;
  let upper = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 97 && c <= 122) return false;
      if (c >= 65 && c <= 90) upper = true;
      continue;
    }
    const cls = charClass(c);
    if ((cls & LOWER) !== 0) return false;
    if ((cls & UPPER) !== 0) upper = true;
  }
  return upper;
}

/** Every token has every field (one object shape for the engine, whatever the type). */
const token = (type: TokenType, norm: string, raw: string, start: boolean): Token => ({
  type,
  norm,
  raw,
  start,
  squeezed: undefined,
  caps: undefined,
  rec: undefined,
  stem: undefined,
});

/** A word token read the general way (exported so tests can check the ASCII shortcut against it). */
export function wordToken(raw: string, start: boolean): Token {
  const folded = fold(raw);
  const stretched = elongated(folded);
  const norm = stretched ? squeezeTo2(folded) : folded;
  const tok = token('word', norm, raw, start);
  if (stretched) tok.squeezed = squeezeTo1(folded);
  if (shouted(raw)) tok.caps = true;
  return tok;
}

/**
 * The end of an ASCII word at `i` (starting with the letter `c`) when nothing else can start there,
 * else -1 (the full scanner decides): only a run followed by "." or "-" may be a bare domain, only
 * "http…" and "www…" may open a link, only x, t or d before a non-letter may open a face, and a
 * word going on with an apostrophe or a non-ASCII letter needs the full word rule.
 */
function plainAsciiWord(text: string, i: number, c: number): number {
  const next = text.charCodeAt(i + 1);
  if (c === 104 && next === 116 && text.startsWith('ttp', i + 1)) return -1;
  if (c === 119 && next === 119) return -1;
  if (FACE_STARTS[c] === 1 && !(next >= 97 && next <= 122)) return -1;
  // Case and elongation are noted on the way, for `asciiWordToken`.
  let upper = c <= 90;
  let lower = !upper;
  let stretched = false;
  let before = 0;
  let last = upper ? c + 32 : c;
  let j = i + 1;
  while (j < text.length) {
    const u = text.charCodeAt(j);
    if (u >= 0x80 || ASCII_WORD[u] === 0) break;
    let l = u;
    if (u >= 65 && u <= 90) {
      upper = true;
      l = u + 32;
    } else if (u >= 97 && u <= 122) lower = true;
    if (l === last && l === before) stretched = true;
    before = last;
    last = l;
    j++;
  }
  if (j < text.length) {
    const after = text.charCodeAt(j);
    if (after === 46 || after === 45 || after >= 0x80) return -1;
  }
  asciiUpper = upper;
  asciiLower = lower;
  asciiStretched = stretched;
  return j;
}

/** What `plainAsciiWord` noted about the word it found last. */
let asciiUpper = false;
let asciiLower = false;
let asciiStretched = false;

/** `wordToken` for a word `plainAsciiWord` found: folding ASCII is lower-casing. */
function asciiWordToken(raw: string, start: boolean): Token {
  const folded = asciiUpper ? raw.toLowerCase() : raw;
  const norm = asciiStretched ? squeezeTo2(folded) : folded;
  const tok = token('word', norm, raw, start);
  if (asciiStretched) tok.squeezed = squeezeTo1(folded);
  if (raw.length >= 3 && asciiUpper && !asciiLower) tok.caps = true;
  return tok;
}

/**
 * Tokenises a post: links, @handles, #tags, emoticons, emoji, words, punctuation marks and clause
 * breaks, tried in that order at each position (a hand-written scanner: one pass, no regular
 * expression per token). `input` is the raw post; folding is done per token.
 */
export function tokenize(input: string): Token[] {
  // Most posts are already NFKC: checking that costs less than normalizing.
  const text = isOwnNfkc(input) ? input : input.normalize('NFKC');
  const out: Token[] = [];
  let start = true;
  let i = 0;
  /** Index the token after a bare number will take, or -1. */
  let numberAt = -1;
  while (i < text.length) {
    if (numberAt >= 0 && out.length > numberAt) {
      out[numberAt]!.afterNumber = true;
      numberAt = -1;
    }
    const c = text.charCodeAt(i);
    if (c !== 10 && c < 0x80 && isSpace(c)) {
      i++;
      continue;
    }
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) {
      const end = plainAsciiWord(text, i, c);
      if (end > 0) {
        // A quote's closing apostrophes were scanned as part of the word, and with them its case
        // and elongation notes: a word that gives them back is read by the general word rule.
        const quoted = opensQuote(text, i) ? closeQuote(text, i, end) : end;
        out.push(
          quoted === end
            ? asciiWordToken(text.slice(i, end), start)
            : wordToken(text.slice(i, quoted), start),
        );
        start = false;
        i = quoted;
        continue;
      }
    }
    let end = urlAt(text, i);
    if (end > i) {
      out.push(token('url', 'url', text.slice(i, end), false));
      i = end;
      continue;
    }
    if (c === 64) {
      end = handleAt(text, i);
      if (end > i) {
        const raw = text.slice(i, end);
        out.push(token('handle', fold(raw.slice(1)), raw, false));
        i = end;
        continue;
      }
    } else if (c === 35) {
      end = hashtagAt(text, i);
      if (end > i) {
        const raw = text.slice(i, end);
        out.push(token('hashtag', hashtagWords(raw), raw, false));
        i = end;
        continue;
      }
    }
    if (c < 0x80 && FACE_STARTS[c] === 1 && (classBefore(text, i) & (LETTER | NUMBER)) === 0) {
      end = emoticonAt(text, i);
      if (end > i) {
        const raw = text.slice(i, end);
        out.push(token('emoticon', raw.toLowerCase(), raw, false));
        i = end;
        continue;
      }
    }
    if (c === 41 || c === 40) {
      end = bracketSmileAt(text, i);
      if (end > i) {
        const raw = text.slice(i, end);
        out.push(token('emoticon', raw, raw, false));
        i = end;
        continue;
      }
    }
    const cp = text.codePointAt(i)!;
    const cls = charClass(cp);
    end = emojiAt(text, i, cp, cls);
    if (end > i) {
      const raw = text.slice(i, end);
      out.push(token('emoji', raw.replace(EMOJI_EXTRAS, ''), raw, false));
      i = end;
      continue;
    }
    end = wordAt(text, i, cp, cls);
    if (end > i) {
      const whole = whateverEnd(text, i, end);
      const tok = wordToken(text.slice(i, whole), start);
      // Lexicon entries cannot hold a comma (it separates them): "ό,τι" is read as they write it, "ότι".
      if (whole > end) tok.norm = tok.norm.replace(',', '');
      out.push(tok);
      start = false;
      i = whole;
      continue;
    }
    if (end < -1) {
      // Digits not followed by a letter: no word starts anywhere inside them.
      i = -end - 1;
      numberAt = out.length;
      continue;
    }
    const ch = text.charAt(i);
    if (MARKS.includes(ch) || (ch === '.' && text.charCodeAt(i + 1) === 46)) {
      let j = i + 1;
      if (ch === '.') while (text.charCodeAt(j) === 46) j++;
      else while (j < text.length && MARKS.includes(text.charAt(j))) j++;
      const raw = text.slice(i, j);
      out.push(token('punct', raw, raw, false));
      start = true;
      i = j;
      continue;
    }
    if (BREAKS.includes(ch)) {
      out.push(token('break', ch, ch, false));
      if (SENTENCE_BREAKS.includes(ch)) start = true;
    }
    i += width(cp);
  }
  if (numberAt >= 0 && out.length > numberAt) out[numberAt]!.afterNumber = true;
  return out;
}

const EMOJI_EXTRAS = /\uFE0F|\p{EMod}/gu;

/** ASCII letters and digits: what `matchKey` keeps of ASCII text. */
const ASCII_KEY = new Uint8Array(0x80);
for (let c = 0; c < 0x80; c++) ASCII_KEY[c] = isDomainChar(c) && c !== 45 ? 1 : 0;

/** The end of a link starting with http(s):// at `i` in folded text, else -1 (the scheme needs something after it). */
function schemeLinkEnd(text: string, i: number): number {
  const from = text.startsWith('https://', i) ? i + 8 : text.startsWith('http://', i) ? i + 7 : -1;
  return from > 0 && from < text.length && !isSpace(text.charCodeAt(from)) ? nonSpaceEnd(text, from) : -1;
}

/** [start, end) of each run of kept characters found by the last `keyRuns` call. */
const RUNS: number[] = [];

/**
 * Splits folded text into the runs `matchKey` keeps: letters, digits and emoji, with http(s)
 * links and every other character dropped. Fills RUNS; returns the number of runs.
 */
function keyRuns(text: string): number {
  RUNS.length = 0;
  let start = -1;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    let next = i + 1;
    if (c < 0x80) {
      if (c === 104) {
        const link = schemeLinkEnd(text, i);
        if (link > 0) next = link;
        else {
          if (start < 0) start = i;
          i = next;
          continue;
        }
      } else if (ASCII_KEY[c] === 1) {
        if (start < 0) start = i;
        i = next;
        continue;
      }
    } else {
      const cp = c >= 0xd800 && c <= 0xdbff ? text.codePointAt(i)! : c;
      next = i + width(cp);
      if ((charClass(cp) & (LETTER | NUMBER | PICTO)) !== 0) {
        if (start < 0) start = i;
        i = next;
        continue;
      }
    }
    if (start >= 0) {
      RUNS.push(start, i);
      start = -1;
    }
    i = next;
  }
  if (start >= 0) RUNS.push(start, text.length);
  return RUNS.length / 2;
}

/**
 * A post's text as a key for recognising the same post again: folded, http(s) links dropped, every
 * run of characters other than letters, digits and emoji reduced to one space, trimmed. One pass
 * (a property test checks it against the two-regular-expression reference).
 */
export function matchKey(input: string): string {
  const text = fold(input);
  const runs = keyRuns(text);
  let out = '';
  for (let r = 0; r < runs; r++) {
    const piece = text.slice(RUNS[2 * r]!, RUNS[2 * r + 1]!);
    out = r === 0 ? piece : `${out} ${piece}`;
  }
  return out;
}

/** A 32-bit hash of a string's UTF-16 units. */
export function hashText(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

/**
 * The one UTF-16 unit a BMP character folds to on its own (`fold` is character by character for
 * such text), or -1 when it folds to several units or depends on its neighbours.
 */
function foldedUnit(c: number): number {
  if (c < 0x80) return c >= 65 && c <= 90 ? c + 32 : c;
  let k = KIND[c]!;
  if (k === 0) {
    k = classify(c);
    KIND[c] = k;
  }
  if (k === 3) return c;
  if (k === 2) return -1;
  const f = FOLDED[c]!;
  return f.length === 1 ? f.charCodeAt(0) : -1;
}

/** Like `schemeLinkEnd` on the folded text, read on the raw text at `i`; -2 when that needs the full fold. */
function foldedLinkEnd(text: string, i: number): number {
  let j = i;
  const prefix = 'https://';
  for (let k = 0; k < prefix.length; k++, j++) {
    if (k === 4) {
      // "https://" or "http://": the "s" is optional.
      const u = j < text.length ? foldedUnit(text.charCodeAt(j)) : 0;
      if (u === -1) return -2;
      if (u !== 115) k++;
      else continue;
    }
    if (j >= text.length) return -1;
    const u = foldedUnit(text.charCodeAt(j));
    if (u === -1) return -2;
    if (u !== prefix.charCodeAt(k)) return -1;
  }
  const from = j;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    const cp = pairAt(text, j, c);
    if (cp >= 0) {
      if (astralKind(cp) !== 3) return -2;
      j += 2;
      continue;
    }
    const u = foldedUnit(c);
    if (u === -1) return -2;
    if (isSpace(u)) break;
    j++;
  }
  return j > from ? j : -1;
}

/**
 * `hashText(matchKey(input))` without building the folded text or the key: one pass over the raw
 * text, folding character by character; text that folds only as a whole takes the long way.
 */
export function matchHash(input: string): number {
  let h = 0;
  /** 0: before the first run, 1: inside a run, 2: after a run (a space is due before the next). */
  let state = 0;
  let i = 0;
  while (i < input.length) {
    const c = input.charCodeAt(i);
    const cp = pairAt(input, i, c);
    let kept: boolean;
    if (cp >= 0) {
      if (astralKind(cp) !== 3) return hashText(matchKey(input));
      kept = (charClass(cp) & (LETTER | NUMBER | PICTO)) !== 0;
      if (kept) {
        if (state === 2) h = (Math.imul(h, 31) + 32) | 0;
        h = (Math.imul(h, 31) + c) | 0;
        h = (Math.imul(h, 31) + input.charCodeAt(i + 1)) | 0;
        state = 1;
      } else if (state === 1) state = 2;
      i += 2;
      continue;
    }
    const u = foldedUnit(c);
    if (u === -1) return hashText(matchKey(input));
    if (u === 104) {
      const link = foldedLinkEnd(input, i);
      if (link === -2) return hashText(matchKey(input));
      if (link > 0) {
        if (state === 1) state = 2;
        i = link;
        continue;
      }
    }
    kept = u < 0x80 ? ASCII_KEY[u] === 1 : (charClass(u) & (LETTER | NUMBER | PICTO)) !== 0;
    if (kept) {
      if (state === 2) h = (Math.imul(h, 31) + 32) | 0;
      h = (Math.imul(h, 31) + u) | 0;
      state = 1;
    } else if (state === 1) state = 2;
    i++;
  }
  return h;
}

export const hasCjk = (s: string): boolean => CJK.test(s);
