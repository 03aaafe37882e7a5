/**
 * What the trained layer reads of a post, shared by training (`scripts/train.ts`) and detection so
 * both see exactly the same features:
 * - dense: the rules' per-label sums, cue counts per kind and the decision signals;
 * - terms: folded words and word pairs (a number counts as a word, `NUMBER_TERM`), and character
 *   pairs inside CJK runs (no spaces there);
 * - character n-grams: the 3- and 4-letter pieces of every other word, with its edges marked
 *   ("<kap", "put>"), hashed into GRAM_BUCKETS buckets: they carry what whole words miss in
 *   inflected languages, transliteration, typos and slang ("zakaz", "zakazal", "zakazik").
 */
import { LABELS } from '../../domain/detection.ts';
import type { Weighed } from '../decide.ts';
import type { Evidence } from '../scan.ts';
import { hasCjk, type Token } from '../text.ts';
import { termKey } from '../vocab.ts';

const KINDS = ['word', 'phrase', 'emoji', 'punctuation', 'pattern', 'feedback', 'context'] as const;
const KIND_INDEX: Record<string, number> = Object.fromEntries(KINDS.map((k, i) => [k, i]));
const SIGNALS = [
  'question mark',
  'exclamation',
  'personal voice',
  'link',
  'reply',
  'retweet',
  'rhetorical',
  'sarcasm',
  'loose negation',
  'shouting',
  'words',
  'complaint as question',
  'proposing',
  'no words',
  'brand addressed',
  'brand mentioned',
  'brand absent',
  'brand mentioned, question',
  'brand absent, question',
  'brand mentioned, praise or complaint',
  'brand absent, praise or complaint',
  'asks others',
  'quoted phrase',
  'quoted phrase, praise',
] as const;

/** Names of the dense features, in the order `denseFeatures` writes them. */
export const DENSE_FEATURES: readonly string[] = [
  ...LABELS.map((l) => `sum ${l}`),
  ...LABELS.map((l) => `cues ${l}`),
  ...LABELS.flatMap((l) => KINDS.map((k) => `${k} ${l}`)),
  ...SIGNALS,
  ...LABELS.map((l) => `rules say ${l}`),
];

const N_LABELS = LABELS.length;
const CUES_AT = N_LABELS;
const KINDS_AT = 2 * N_LABELS;
const SIGNALS_AT = KINDS_AT + N_LABELS * KINDS.length;
const RULES_AT = SIGNALS_AT + SIGNALS.length;
const LABEL_INDEX: Record<string, number> = Object.fromEntries(LABELS.map((l, i) => [l, i]));

/** Fills `out` (length DENSE_FEATURES.length) with the dense features of one weighed post. */
export function denseFeatures(ev: Evidence, w: Weighed, out: Float64Array): void {
  out.fill(0);
  for (let k = 0; k < N_LABELS; k++) out[k] = w.raw[LABELS[k]!] / 4;
  const hits = w.hits;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    if (h.weight <= 0) continue;
    const l = LABEL_INDEX[h.label]!;
    out[CUES_AT + l]! += 1;
    out[KINDS_AT + l * KINDS.length + KIND_INDEX[h.kind]!]! += h.weight / 2;
  }
  for (let k = 0; k < N_LABELS; k++) out[CUES_AT + k] = Math.log1p(out[CUES_AT + k]!);
  let s = SIGNALS_AT;
  out[s++] = ev.questionMark ? 1 : 0;
  out[s++] = ev.exclamations > 0 ? 1 : 0;
  out[s++] = ev.personal > 0 ? 1 : 0;
  out[s++] = ev.urls > 0 ? 1 : 0;
  out[s++] = ev.leadingHandles > 0 ? 1 : 0;
  out[s++] = ev.retweet ? 1 : 0;
  out[s++] = ev.rhetorical.length > 0 ? 1 : 0;
  out[s++] = ev.sarcasm.length > 0 ? 1 : 0;
  out[s++] = ev.looseNegations.length > 0 ? 1 : 0;
  out[s++] = ev.shouting >= 2 ? 1 : 0;
  out[s++] = Math.log1p(ev.words) / 3;
  out[s++] = w.complaintAsQuestion ? 1 : 0;
  out[s++] = w.proposing ? 1 : 0;
  out[s++] = ev.words === 0 ? 1 : 0;
  // Where the brand stands; all off without a brand context, so such posts read as before.
  const place = w.place;
  const asked = ev.questionMark || w.raw.question >= 1 ? 1 : 0;
  const polar = w.raw.praise + w.raw.complaint >= 1 ? 1 : 0;
  out[s++] = place === 'addressed' ? 1 : 0;
  out[s++] = place === 'mentioned' ? 1 : 0;
  out[s++] = place === 'absent' ? 1 : 0;
  out[s++] = place === 'mentioned' ? asked : 0;
  out[s++] = place === 'absent' ? asked : 0;
  out[s++] = place === 'mentioned' ? polar : 0;
  out[s++] = place === 'absent' ? polar : 0;
  out[s++] = w.asksOthers ? 1 : 0;
  // A phrase quoted back ("sorry we missed you") beside thanks or praise is how people mock.
  out[s++] = ev.quoted > 0 ? 1 : 0;
  out[s++] = ev.quoted > 0 && w.raw.praise >= 1 ? 1 : 0;
  out[RULES_AT + LABEL_INDEX[w.label]!] = 1;
}

/**
 * The term a bare number stands for: numbers are no tokens, but a post holds one or not, and a
 * number before a word ("72 hours", "50% off") is a word pair of its own. No token's term can be this.
 */
export const NUMBER_TERM = '<num>';

/** Every feature key of a post, for training: "w:word", "b:first\tsecond" (tokens never hold a tab), "c:字符". */
export function termKeys(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  let prev = '';
  let numbered = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.afterNumber === true) {
      // Whether the post holds a number, not how many: a timetable or a price list is no stronger.
      if (!numbered) out.push(`w:${NUMBER_TERM}`);
      numbered = true;
      prev = NUMBER_TERM;
    }
    const key = termKey(t);
    if (key === '') {
      prev = '';
      continue;
    }
    out.push(`w:${key}`);
    if (prev !== '') out.push(`b:${prev}\t${key}`);
    prev = key;
    if (t.type === 'word' && hasCjk(t.norm)) {
      for (let k = 0; k + 1 < t.norm.length; k++) out.push(`c:${t.norm.slice(k, k + 2)}`);
    }
  }
  return out;
}

/** Hashed character n-grams: bucket count (a power of two) and the n-gram lengths read. */
export const GRAM_BUCKETS = 1 << 20;
const GRAM_MASK = GRAM_BUCKETS - 1;
/** A word longer than this is read only up to here (a URL-like run of letters says little). */
const GRAM_MAX_WORD = 24;
const BOUNDARY = 0x3c; // '<' before the word; '>' after it.
const END = 0x3e;
/** Scratch for `charGrams`: a word's code units between its edge marks. */
const gramCodes = new Int32Array(GRAM_MAX_WORD + 2);

/**
 * Writes the hashed 3- and 4-character n-grams of a folded word (edges marked) into `out` from
 * `at`; returns the new end. FNV-1a over UTF-16 code units: the same in training and detection,
 * and no string is built.
 */
export function charGrams(norm: string, out: Int32Array, at: number): number {
  const len = Math.min(norm.length, GRAM_MAX_WORD);
  const total = len + 2;
  // The word between its edge marks, read once: each n-gram then hashes without a branch per letter.
  const codes = gramCodes;
  codes[0] = BOUNDARY;
  for (let k = 0; k < len; k++) codes[k + 1] = norm.charCodeAt(k);
  codes[total - 1] = END;
  let n = at;
  for (let size = 3; size <= 4; size++) {
    for (let i = 0; i + size <= total && n < out.length; i++) {
      let h = 0x811c9dc5 ^ size;
      for (let k = i; k < i + size; k++) h = Math.imul(h ^ codes[k]!, 0x01000193);
      out[n++] = (h >>> 0) & GRAM_MASK;
    }
  }
  return n;
}

/** Whether a token's character n-grams are read: words outside CJK runs (those have character pairs). */
export const readsGrams = (t: Token): boolean => t.type === 'word' && t.norm.length >= 2 && !hasCjk(t.norm);

const gramBuffer = new Int32Array(64);

/** The character n-gram keys of a post, for training: "g:<bucket>". */
export function gramKeys(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    if (!readsGrams(t)) continue;
    const n = charGrams(t.norm, gramBuffer, 0);
    for (let k = 0; k < n; k++) out.push(`g:${gramBuffer[k]}`);
  }
  return out;
}
