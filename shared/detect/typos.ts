/**
 * Slips of praise and complaint words: a word the lexicons reading a post do not match, and no
 * function-word list knows, is read as the entry it is one doubled-letter slip away from — one
 * letter of a double missing ("terible", "briliant", "disapointed") or a letter doubled
 * ("amazzing", "orribbile"). People write to brands in a hurry, on phones; an evaluative word with
 * a slip in it is still praise or a complaint.
 *
 * Other slips are not read: a substituted, dropped or swapped letter is too often another word
 * ("lived"/"loved", "flying"/"lying", "proper"/French "propre"). Only words and entries of six
 * letters or more in alphabetic scripts (Latin, Greek, Cyrillic) are read: a short word is one
 * slip from too many others, and Arabic or Hebrew words, written mostly without vowels, are too.
 */
import type { Entry } from './lexicon/compile.ts';
import {
  lexiconGeneration,
  STEM_INDEX,
  STOPWORD_INDEX,
  type StemNode,
  WORD_INDEX,
  type WordInfo,
} from './lexicon/index.ts';
import { hashStep, walkStems } from './vocab.ts';

/** What a corrected word reads as: the entry word's info, or the stems of the stem it misspells. */
export interface Correction {
  readonly info: WordInfo | undefined;
  readonly stems: readonly StemNode[];
}

/** A word shorter than this is not corrected. */
const MIN_WORD = 6;
/** An entry (a word, or a stem's text) shorter than this is not a correction. */
const MIN_ENTRY = 6;

/** Latin (with its accented letters), Greek and Cyrillic small letters: the scripts read here. */
function alphabetic(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) continue;
    if (c >= 0xdf && c <= 0x24f) continue;
    if (c >= 0x3b1 && c <= 0x3ce) continue;
    if (c >= 0x430 && c <= 0x45f) continue;
    return false;
  }
  return true;
}

/**
 * Each entry word and stem text with one letter removed → the entries it could be. Built on the
 * first word that needs it: most posts have none, and a cold start should not pay for it.
 */
let missing: Map<string, string[]> | undefined;
let missingStem: Map<string, string[]> | undefined;
const hash = (s: string): number => {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = hashStep(h, s.charCodeAt(i));
  return h;
};
/**
 * A bit per hash of each key of `missing` and `missingStem`: a word and its prefixes are hashed
 * (the prefixes as they grow), and sliced and looked up only when their bit is set.
 */
const HASH_BITS = 18;
const missingBits = new Int32Array(1 << (HASH_BITS - 5));
const bitOf = (h: number): number => h & ((1 << HASH_BITS) - 1);
const mayBeMissing = (h: number): boolean => (missingBits[bitOf(h) >>> 5]! & (1 << (bitOf(h) & 31))) !== 0;

function addMissing(map: Map<string, string[]>, key: string, entry: string): void {
  add(map, key, entry);
  const bit = bitOf(hash(key));
  missingBits[bit >>> 5]! |= 1 << (bit & 31);
}

function add(map: Map<string, string[]>, key: string, entry: string): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [entry]);
  else if (!list.includes(entry)) list.push(entry);
}

let builtAt = -1;

function buildIndexes(): void {
  builtAt = lexiconGeneration();
  missing = new Map();
  missingStem = new Map();
  missingBits.fill(0);
  for (const [word, info] of WORD_INDEX) {
    if (word.length < MIN_ENTRY || !alphabetic(word) || !isPolar(info)) continue;
    for (let i = 1; i < word.length; i++) {
      if (word[i] === word[i - 1]) addMissing(missing, word.slice(0, i) + word.slice(i + 1), word);
    }
  }
  for (const node of STEM_INDEX.values()) {
    const text = node.text;
    if (text.length < MIN_ENTRY || !alphabetic(text) || !isPolarStem(node)) continue;
    for (let i = 1; i < text.length; i++) {
      if (text[i] !== text[i - 1]) continue;
      const key = text.slice(0, i) + text.slice(i + 1);
      addMissing(missingStem, key, text);
    }
  }
  // Lexicons join the index in the order posts need them: sorted, the first correction found does
  // not depend on that order.
  for (const list of missing.values()) list.sort();
  for (const list of missingStem.values()) list.sort();
}

/** Praise and complaint entries only: a slip is read where it matters, and nowhere else. */
const polar = (e: Entry | undefined): boolean =>
  e !== undefined && (e.category === 'praise' || e.category === 'complaint');

/** Whether some lexicon (of `slots`, when given) has a praise or complaint entry in `list`. */
function polarIn(list: readonly (Entry | undefined)[] | undefined, slots?: readonly number[]): boolean {
  if (list === undefined) return false;
  if (slots === undefined) {
    for (let k = 0; k < list.length; k++) if (polar(list[k])) return true;
    return false;
  }
  for (let k = 0; k < slots.length; k++) if (polar(list[slots[k]!])) return true;
  return false;
}

const isPolar = (info: WordInfo | undefined, slots?: readonly number[]): boolean =>
  info !== undefined && polarIn(info.exact, slots);
const isPolarStem = (node: StemNode, slots?: readonly number[]): boolean => polarIn(node.stem, slots);

const found: StemNode[] = [];

/** The entry word, or the stems of at least MIN_ENTRY letters that begin `candidate`, in the lexicons of `slots`. */
function known(candidate: string, slots: readonly number[]): Correction | undefined {
  found.length = 0;
  walkStems(candidate, found);
  const info = WORD_INDEX.get(candidate);
  if (candidate.length >= MIN_ENTRY && !STOPWORD_INDEX.has(candidate) && isPolar(info, slots)) {
    return { info, stems: found.slice() };
  }
  for (let k = found.length - 1; k >= 0; k--) {
    const node = found[k]!;
    if (node.text.length >= MIN_ENTRY && isPolarStem(node, slots))
      return { info: undefined, stems: found.slice(0, k + 1) };
  }
  return undefined;
}

/** The first of `entries` (entry words or stem texts) that is a correction in the lexicons of `slots`. */
function first(entries: readonly string[], slots: readonly number[]): Correction | undefined {
  for (const e of entries) {
    const c = known(e, slots);
    if (c !== undefined) return c;
  }
  return undefined;
}

/**
 * The praise or complaint entry of the lexicons of `slots` that `word` (folded) is a slip of, or
 * undefined. The first reading found wins, in a fixed order: a letter of a double missing from an
 * entry word, then from a stem, then a letter doubled.
 */
export function correctTypo(word: string, slots: readonly number[]): Correction | undefined {
  if (word.length < MIN_WORD || !alphabetic(word)) return undefined;
  // Rebuilt when a lexicon joins the combined index.
  if (missing === undefined || builtAt !== lexiconGeneration()) buildIndexes();
  // A letter missing from an entry word.
  const whole = mayBeMissing(hash(word)) ? missing!.get(word) : undefined;
  const c = whole === undefined ? undefined : first(whole, slots);
  if (c !== undefined) return c;
  // A letter missing from a stem: some prefix of the word is the stem less one letter.
  let h = 0;
  for (let end = 1; end < word.length; end++) {
    h = hashStep(h, word.charCodeAt(end - 1));
    // A stem of MIN_ENTRY letters less one of its doubled letters.
    if (end < MIN_ENTRY - 1 || !mayBeMissing(h)) continue;
    const stems = missingStem!.get(word.slice(0, end));
    const fromStem = stems === undefined ? undefined : first(stems, slots);
    if (fromStem !== undefined) return fromStem;
  }
  // A letter doubled by mistake ("amazzing", "excellennt").
  for (let i = 1; i < word.length; i++) {
    if (word[i] !== word[i - 1]) continue;
    const doubled = known(word.slice(0, i) + word.slice(i + 1), slots);
    if (doubled !== undefined) return doubled;
  }
  return undefined;
}
