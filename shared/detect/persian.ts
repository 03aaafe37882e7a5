/**
 * Persian joints. A verb prefix ("می", "نمی", "بی") or an inflectional suffix ("ها", "ای", "تر"…)
 * is written joined to its word by a zero-width non-joiner, by a space or by nothing, and people
 * type the three interchangeably: "نمی‌کنید", "نمی کنید", "نمیکنید". A post read as Persian and
 * the Persian lexicon are both brought to the joined spelling, so an entry is written once and
 * matches all three; a word with a suffix is also looked up as its stem ("سفارش‌ها" → "سفارش").
 * Applied to Persian alone: in Arabic "أي", "أم", "ها" and "بي" are words of their own.
 */
import type { Token } from './text.ts';

/** Verb prefixes (present tense, its negation) and "without", which join the word after them. */
const PREFIXES: ReadonlySet<string> = new Set(['می', 'نمی', 'بی']);

/** Suffixes that join the word before them: plural, comparative, superlative, plural possessives. */
const SUFFIXES: ReadonlySet<string> = new Set([
  'ها',
  'های',
  'هایی',
  'هام',
  'هات',
  'هاش',
  'هامون',
  'هاتون',
  'هاشون',
  'هایم',
  'هایت',
  'هایش',
  'هایمان',
  'هایتان',
  'هایشان',
  'تر',
  'ترین',
  'مان',
  'تان',
  'شان',
  'مون',
  'تون',
  'شون',
]);

/**
 * Suffixes opening with a vowel: the indefinite "ای", the possessives "ام", "ات", "اش" (spoken "م",
 * "ت", "ش"), the copula "ست", "ایم", "اید", "اند". They are written apart only after a silent ه
 * ("فایده ای", "خسته ام", "هفته ست", "مسخره‌م"); elsewhere "ای" is a vocative ("ای کاش") and is
 * left alone.
 */
const AFTER_HE: ReadonlySet<string> = new Set([
  'ای',
  'ام',
  'ات',
  'اش',
  'م',
  'ت',
  'ش',
  'ست',
  'ایم',
  'اید',
  'اند',
]);

/**
 * Suffixes stripped from a word written joined, longest first, by their last letter (most words
 * end in a letter no suffix ends in). The formal plural possessives are left out: too many words
 * end in "مان", "تان", "شان" ("زمان", "داستان", "نشان").
 */
const STRIPPED = new Map<number, string[]>();
for (const suffix of [...SUFFIXES, ...AFTER_HE].sort((a, b) => b.length - a.length)) {
  if (suffix === 'مان' || suffix === 'تان' || suffix === 'شان') continue;
  const last = suffix.charCodeAt(suffix.length - 1);
  const list = STRIPPED.get(last);
  if (list) list.push(suffix);
  else STRIPPED.set(last, [suffix]);
}
/**
 * A stem left by stripping a suffix from a word written joined has three letters or more: shorter
 * ones are more often a word that merely ends like a suffix ("تنها", "بهتر", "کمتر").
 */
const MIN_STEM = 3;

const HE = 0x647;
const YEH = 0x6cc;
/**
 * After a final ی the copula is written apart too ("راضی‌ام", "ایرانی‌اند"); "ای" is left out
 * there, as it opens a vocative as often ("خیلی ای کاش").
 */
const AFTER_YEH: ReadonlySet<string> = new Set(['ام', 'ایم', 'اید', 'اند']);

const isPersianWord = (t: Token | undefined): t is Token => {
  if (t === undefined || t.type !== 'word') return false;
  const c = t.norm.charCodeAt(0);
  return c >= 0x620 && c <= 0x6d5;
};

/** Whether folded `suffix` attaches to the folded word `before`. */
const isSuffixOf = (suffix: string, before: string): boolean =>
  SUFFIXES.has(suffix) ||
  (AFTER_HE.has(suffix) && before.charCodeAt(before.length - 1) === HE) ||
  (AFTER_YEH.has(suffix) && before.charCodeAt(before.length - 1) === YEH);

/**
 * How two folded words written apart join, if they do: `prefix` when the first is a verb prefix,
 * `suffix` when the second is an inflectional suffix of the first.
 */
export function persianJoint(first: string, second: string): 'prefix' | 'suffix' | undefined {
  if (PREFIXES.has(first)) return 'prefix';
  if (isSuffixOf(second, first)) return 'suffix';
  return undefined;
}

/**
 * The stem of a folded word written with a suffix joined to it ("سفارشها" → "سفارش"), else
 * undefined. A word may end in two suffixes ("فایدهای": "فایده" + "ای", or "فاید" + "های"): the
 * first stem `known` accepts wins, longest suffix first, else the first.
 */
export function persianStem(word: string, known: (stem: string) => boolean): string | undefined {
  const suffixes = STRIPPED.get(word.charCodeAt(word.length - 1));
  if (suffixes === undefined) return undefined;
  let first: string | undefined;
  for (const suffix of suffixes) {
    if (word.length - suffix.length < MIN_STEM || !word.endsWith(suffix)) continue;
    const stem = word.slice(0, word.length - suffix.length);
    if (!isSuffixOf(suffix, stem)) continue;
    if (known(stem)) return stem;
    first ??= stem;
  }
  return first;
}

/**
 * A lexicon entry's folded words with its joints joined as `joinPersianTokens` joins a post's
 * (a `*` marks a stem: a stem is never joined to what follows it).
 */
export function joinPersianWords(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    const prev = out[out.length - 1];
    if (prev !== undefined && !prev.endsWith('*') && persianJoint(prev, w.replace(/\*$/, '')) !== undefined) {
      out[out.length - 1] = prev + w;
    } else out.push(w);
  }
  return out;
}

/** Only spaces or zero-width non-joiners between two words: a joint, not punctuation. */
function isJoint(between: string): boolean {
  for (let k = 0; k < between.length; k++) {
    const c = between.charCodeAt(k);
    if (c !== 0x20 && c !== 0x200c && c !== 0xa0) return false;
  }
  return true;
}

/**
 * A Persian post's tokens with each detached verb prefix joined to the word after it and each
 * detached suffix to the word before it, as written joined ("نمی ده" → "نمیده"); the joined token
 * keeps the text as written for cues ("نمی‌ده"), and a word with a suffix gets its stem for lookups.
 * `text` is the text the tokens were cut from (NFKC, as `tokenize` reads it); `known` tells the
 * stems the lexicons know.
 */
export function joinPersianTokens(
  tokens: readonly Token[],
  text: string,
  known: (stem: string) => boolean,
): Token[] {
  const out: Token[] = [];
  let cursor = 0;
  let lastEnd = -1;
  for (const t of tokens) {
    const at = text.indexOf(t.raw, cursor);
    const from = at < 0 ? cursor : at;
    cursor = from + t.raw.length;
    const prev = out[out.length - 1];
    if (isPersianWord(t) && isPersianWord(prev) && lastEnd >= 0 && isJoint(text.slice(lastEnd, from))) {
      const joint = persianJoint(prev.norm, t.norm);
      // One suffix per word, and a prefix joins a word that has no suffix yet.
      if (joint !== undefined && prev.stem === undefined) {
        const joined: Token = {
          ...prev,
          norm: prev.norm + t.norm,
          raw: prev.raw + text.slice(lastEnd, from) + t.raw,
          squeezed: undefined,
          caps: undefined,
          rec: undefined,
          stem: joint === 'suffix' ? prev.norm : undefined,
        };
        if (prev.squeezed !== undefined || t.squeezed !== undefined) {
          joined.squeezed = (prev.squeezed ?? prev.norm) + (t.squeezed ?? t.norm);
        }
        out[out.length - 1] = joined;
        lastEnd = cursor;
        continue;
      }
    }
    out.push(t);
    lastEnd = cursor;
  }
  for (const t of out) {
    if (t.stem === undefined && isPersianWord(t)) t.stem = persianStem(t.norm, known);
  }
  return out;
}
