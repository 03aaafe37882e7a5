/**
 * The detector's vocabulary: one record per term (a folded word, an emoji, `#tag words`, `<link>`,
 * `@`) that a lexicon, a function-word list or a trained model knows. `readPost` looks each token
 * up once; language identification, the lexicon scan and the trained layer all read the record
 * instead of querying their own maps.
 */
import { stopwordLanguageIds } from './language.ts';
import {
  lexiconGeneration,
  STEM_INDEX,
  STOPWORD_INDEX,
  type StemNode,
  WORD_INDEX,
  type WordInfo,
} from './lexicon/index.ts';
import type { Token } from './text.ts';

export interface WordRecord {
  readonly key: string;
  /** Dense id: trained models index their rows by it. */
  readonly id: number;
  /** Entries and phrases of each lexicon for exactly this word. */
  readonly info: WordInfo | undefined;
  /** The stems of the combined index that begin the word, shortest first (the walk, done once). */
  readonly stems: readonly StemNode[];
  /** Whether any lexicon has an entry, a phrase or a stem for this word. */
  readonly lexical: boolean;
  /** Languages whose function words include the word (ids of `language.ts`), else undefined. */
  readonly stopIds: readonly number[] | undefined;
}

const VOCAB = new Map<string, WordRecord>();
/** The records by id (ids are dense: a record's id is its place in VOCAB). */
const BY_ID: WordRecord[] = [];
/** Changes whenever a record is added, so readings made before can refresh their tokens. */
let generation = 0;

export const vocabularyGeneration = (): number => generation;

/**
 * The stems read through hashes of a word's prefixes (typed-array probes instead of a Map per
 * letter): STEM_PREFIX marks the hash of every prefix of a stem, so a walk stops at the first
 * prefix no stem starts with; STEM_AT holds the stems of two letters or more by their hash, each
 * checked against the word since different prefixes may share a hash.
 */
const HASH_BITS = 18;
const MASK = (1 << HASH_BITS) - 1;
/** 1: the hash of some stem's prefix; 2: also of a stem. */
const STEM_PREFIX = new Uint8Array(1 << HASH_BITS);
const STEM_AT = new Map<number, StemNode[]>();
/** One step of the prefix hash: a word's prefixes are hashed as the word is read. */
export const hashStep = (h: number, c: number): number => (Math.imul(h, 31) + c) | 0;
/**
 * A stem needs two letters, else one letter would match half the words of a language; a Hangul
 * syllable is a whole morpheme ("좋*" good, "늦*" late) and makes a stem on its own.
 */
export const isSyllable = (c: number): boolean => c >= 0xac00 && c <= 0xd7a3;

/** How many nodes of STEM_INDEX (in insertion order) are marked in STEM_PREFIX and STEM_AT. */
let stemsMarked = 0;

function markStem(node: StemNode): void {
  const text = node.text;
  let h = 0;
  for (let i = 0; i < text.length; i++) {
    h = hashStep(h, text.charCodeAt(i));
    if (STEM_PREFIX[h & MASK] === 0) STEM_PREFIX[h & MASK] = 1;
  }
  if (text.length < 2 && !(text.length === 1 && isSyllable(text.charCodeAt(0)))) return;
  STEM_PREFIX[h & MASK] = 2;
  const list = STEM_AT.get(h);
  if (list) list.push(node);
  else STEM_AT.set(h, [node]);
}

/** Marks the stems lexicons added since the last call (a node gaining a lexicon's entry keeps its mark). */
function markNewStems(): void {
  if (STEM_INDEX.size === stemsMarked) return;
  let k = 0;
  for (const node of STEM_INDEX.values()) if (k++ >= stemsMarked) markStem(node);
  stemsMarked = STEM_INDEX.size;
}

/** Appends to `out` the stems (two letters or more, or a Hangul syllable) that begin `word`, shortest first. */
export function walkStems(word: string, out: StemNode[]): void {
  let h = 0;
  for (let k = 0; k < word.length; k++) {
    h = hashStep(h, word.charCodeAt(k));
    const mark = STEM_PREFIX[h & MASK]!;
    if (mark === 0) return;
    if (mark === 1 || (k < 1 && !isSyllable(word.charCodeAt(0)))) continue;
    const list = STEM_AT.get(h);
    if (list === undefined) continue;
    for (let j = 0; j < list.length; j++) {
      const at = list[j]!;
      if (at.text.length === k + 1 && word.startsWith(at.text)) out.push(at);
    }
  }
}

/** Whether a lexicon knows anything for a word with this exact entry info and stem walk. */
export function isLexical(info: WordInfo | undefined, stems: readonly StemNode[]): boolean {
  if (info !== undefined && (info.exact.length > 0 || info.phrases.length > 0)) return true;
  return stems.length > 0;
}

const walked: StemNode[] = [];
const NO_STEMS: readonly StemNode[] = [];

function record(key: string, id: number, stopIds: readonly number[] | undefined): WordRecord {
  const info = WORD_INDEX.get(key);
  walkStems(key, walked);
  // Most words begin with no stem: they share one empty list.
  const stems = walked.length === 0 ? NO_STEMS : walked.splice(0);
  return { key, id, info, stems, lexical: isLexical(info, stems), stopIds };
}

/**
 * One bit per hash of every term the vocabulary may know: the words of the lexicons indexed so
 * far, the function words and the words models added. A term whose bit is clear is none of them,
 * so `known` answers without the three Map lookups a word nothing knows would cost.
 */
const FILTER_BITS = 19;
const KNOWN_BITS = new Int32Array(1 << (FILTER_BITS - 5));

function termHash(key: string): number {
  let h = 0;
  for (let i = 0; i < key.length; i++) h = hashStep(h, key.charCodeAt(i));
  return h;
}

const filterSlot = (h: number): number => Math.imul(h, 0x9e3779b1) >>> (32 - FILTER_BITS);

function markKnown(key: string): void {
  const slot = filterSlot(termHash(key));
  KNOWN_BITS[slot >>> 5]! |= 1 << (slot & 31);
}

/** False when no lexicon, function-word list or model knows the term of hash `h`; true when one may. */
function mayBeKnown(h: number): boolean {
  const slot = filterSlot(h);
  return (KNOWN_BITS[slot >>> 5]! & (1 << (slot & 31))) !== 0;
}

/**
 * The records again, in an open-addressing table by `termHash` (computed for the filter anyway):
 * a post's words are new strings, and the Map would hash each once more and reach its entries
 * through more memory. A slot holds a record's id + 1 (0: empty) and the hash of its key.
 */
let tableIds = new Int32Array(1 << 12);
let tableHashes = new Int32Array(1 << 12);

function tableSlot(h: number): number {
  const x = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return x ^ (x >>> 13);
}

function tablePut(rec: WordRecord, h: number): void {
  const mask = tableIds.length - 1;
  let slot = tableSlot(h) & mask;
  while (tableIds[slot] !== 0) slot = (slot + 1) & mask;
  tableIds[slot] = rec.id + 1;
  tableHashes[slot] = h;
}

/** Adds a new record to the table, doubling it (and placing every record again) when half full. */
function tableAdd(rec: WordRecord): void {
  if ((BY_ID.length + 1) * 2 > tableIds.length) {
    tableIds = new Int32Array(tableIds.length * 2);
    tableHashes = new Int32Array(tableIds.length);
    for (const r of BY_ID) tablePut(r, termHash(r.key));
  }
  BY_ID[rec.id] = rec;
  tablePut(rec, termHash(rec.key));
}

/** The record of `key` (of hash `h`), or undefined. */
function lookup(key: string, h: number): WordRecord | undefined {
  const mask = tableIds.length - 1;
  for (let slot = tableSlot(h) & mask; tableIds[slot] !== 0; slot = (slot + 1) & mask) {
    if (tableHashes[slot] !== h) continue;
    const rec = BY_ID[tableIds[slot]! - 1]!;
    if (rec.key === key) return rec;
  }
  return undefined;
}

for (const word of STOPWORD_INDEX.keys()) markKnown(word);
/** How many words of WORD_INDEX (in insertion order: it only grows) are marked, as of which lexicon generation. */
let wordsMarked = 0;
let wordsMarkedAt = -1;

/** Marks the words lexicons added to the combined index since the last call. */
function markIndexedWords(): void {
  if (wordsMarkedAt === lexiconGeneration()) return;
  wordsMarkedAt = lexiconGeneration();
  let k = 0;
  for (const word of WORD_INDEX.keys()) if (k++ >= wordsMarked) markKnown(word);
  wordsMarked = WORD_INDEX.size;
}

/** The record of `key`, added if missing (by posts, and by trained models for their words). */
export function intern(key: string): WordRecord {
  let rec = VOCAB.get(key);
  if (rec === undefined) {
    const langs = STOPWORD_INDEX.get(key);
    rec = record(key, VOCAB.size, langs === undefined ? undefined : stopwordLanguageIds(langs));
    VOCAB.set(key, rec);
    tableAdd(rec);
    markKnown(key);
    generation++;
  }
  return rec;
}

let lexiconsSeen = lexiconGeneration();

/**
 * Brings the vocabulary up to the lexicons indexed so far: new stems are marked, and every record
 * is read again (same id) since a lexicon may have added entries or stems for its word. True when
 * anything changed: tokens read before must be looked up again (`attachRecords`).
 */
export function syncVocabulary(): boolean {
  if (lexiconsSeen === lexiconGeneration()) return false;
  lexiconsSeen = lexiconGeneration();
  markNewStems();
  for (const rec of VOCAB.values()) {
    const again = record(rec.key, rec.id, rec.stopIds);
    VOCAB.set(rec.key, again);
    BY_ID[rec.id] = again;
  }
  generation++;
  return true;
}

/** The term a token stands for, or '' for punctuation and clause breaks (a chain of words stops there). */
export function termKey(t: Token): string {
  switch (t.type) {
    case 'word':
    case 'emoji':
    case 'emoticon':
      return t.norm;
    case 'hashtag':
      return `#${t.norm}`;
    case 'url':
      return '<link>';
    case 'handle':
      return '@';
    default:
      return '';
  }
}

/**
 * The record of a term a lexicon or a function-word list knows, made the first time a post uses
 * it: interning every lexicon word at load cost a cold start more than the few hundred a warm
 * function meets. A word nothing knows gets no record.
 */
function known(key: string): WordRecord | undefined {
  const h = termHash(key);
  if (!mayBeKnown(h)) return undefined;
  const rec = lookup(key, h);
  if (rec !== undefined) return rec;
  return WORD_INDEX.has(key) || STOPWORD_INDEX.has(key) ? intern(key) : undefined;
}

/** Sets each token's `rec` to its term's record (undefined when the vocabulary does not know it). */
export function attachRecords(tokens: readonly Token[]): void {
  markIndexedWords();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const key = termKey(t);
    t.rec = key === '' ? undefined : known(key);
  }
}
