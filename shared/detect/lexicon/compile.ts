import { joinPersianWords } from '../persian.ts';
import { fold } from '../text.ts';
import { CATEGORIES, type Category, type LexiconSource, type Morphology } from './types.ts';

/** The strength of an entry written with `!` (a strong one); `~` marks a weak one (0.5). */
export const STRONG = 1.6;

export interface Entry {
  category: Category;
  /** 1, or 1.6 for strong (`!`) and 0.5 for weak (`~`) entries. */
  strength: number;
  /** Folded words; a phrase has several. */
  words: string[];
  /** Per word: true when it matches as a prefix (`*`). Shared between entries: never written. */
  readonly prefix: readonly boolean[];
  /** A praise or complaint entry holding a negator of its lexicon (see `markOwnNegations`). */
  ownNegation?: true;
  /** A complaint phrase a negator just before it flips ("no dropped calls"; see `markOwnNegations`). */
  negatable?: true;
}

/** A character trie: walking a word through it finds every stem entry that begins the word. */
export interface TrieNode {
  next: Map<number, TrieNode>;
  /** The first single-word entry whose text ends here. */
  entry?: Entry;
  /** Phrases whose first word is a stem ending here. */
  phrases?: Entry[];
}

const node = (): TrieNode => ({ next: new Map() });

function descend(root: TrieNode, text: string): TrieNode {
  let n = root;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let child = n.next.get(c);
    if (!child) {
      child = node();
      n.next.set(c, child);
    }
    n = child;
  }
  return n;
}

export interface CompiledLexicon {
  lang: string;
  substrings: boolean;
  /** A word's entries, its reading first (see `readsInstead`). */
  exact: Map<string, Entry[]>;
  /** A word's second role beside a reading that counts only at the start of a sentence (see `keptBeside`). */
  also: Map<string, Entry>;
  /** Phrases whose first word matches exactly, by that word. */
  phrases: Map<string, Entry[]>;
  /** Stem entries (`stem*`) and phrases starting with a stem, by their stem's letters. */
  stems: TrieNode;
  /** For substring languages: every entry by its folded text. */
  pieces: Map<string, Entry[]>;
  maxPiece: number;
  /** For substring languages: the same pieces in a trie, for longest-match scanning. */
  pieceTrie: TrieNode;
  stopwords: Set<string>;
  morphology: Morphology | undefined;
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V): void => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

const splitList = (list: string | undefined): string[] =>
  (list ?? '')
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

/** An entry's words: letters, marks, digits, apostrophes, a stem's `*`, and a Hebrew acronym's quote before its last letter ("ש"ח"). */
const WORD_RE = /(?:[\p{L}\p{M}\p{N}'’*]|(?<=[\u05D0-\u05EA])"(?=[\u05D0-\u05EA](?![\p{L}\p{M}])))+/gu;

/** A lexicon read from its source: folded entries in source order, before any map or trie is built. */
export interface ParsedLexicon {
  lang: string;
  substrings: boolean;
  stopwords: string[];
  morphology: Morphology | undefined;
  entries: Entry[];
  /** Per entry: true when it is a piece matched inside runs (substring languages, no spaces in it). */
  piece: boolean[];
}

/** An entry of Latin letters (and digits), in a lexicon of a language written without spaces. */
const LATIN_ENTRY = /^(?=.*[a-z])[a-z0-9'*-]+$/;

/** Folds and splits a lexicon's lists: the slow part of compiling, done at build time (`npm run lexicons`). */
export function parseLexicon(source: LexiconSource): ParsedLexicon {
  const substrings = source.substrings === true;
  const parsed: ParsedLexicon = {
    lang: source.lang,
    substrings,
    stopwords: splitList(source.stopwords).map(fold),
    morphology: source.morphology,
    entries: [],
    piece: [],
  };
  for (const category of CATEGORIES) {
    // A field's words come before its pieces, as compiled.json holds them (`decodeInto`).
    const pieces: Entry[] = [];
    for (const item of splitList(source[category])) {
      let text = item;
      let strength = 1;
      if (text.startsWith('!')) {
        strength = STRONG;
        text = text.slice(1);
      } else if (text.startsWith('~')) {
        strength = 0.5;
        text = text.slice(1);
      }
      const folded = fold(text);
      // Chinese and Japanese typed in Latin letters (pinyin, romaji) are spaced: their entries are words.
      if (substrings && !/\s/.test(folded) && !LATIN_ENTRY.test(folded)) {
        pieces.push({ category, strength, words: [folded.replace(/\*$/, '')], prefix: [false] });
        continue;
      }
      const split = folded.match(WORD_RE) ?? [];
      // Persian joints are written joined, as a Persian post is read (persian.ts).
      const raw = source.lang === 'fa' ? joinPersianWords(split) : split;
      if (raw.length === 0) continue;
      const words = raw.map((w) => w.replace(/\*$/, ''));
      const prefix = raw.map((w) => w.endsWith('*'));
      parsed.entries.push({ category, strength, words, prefix });
      parsed.piece.push(false);
    }
    for (const entry of pieces) {
      parsed.entries.push(entry);
      parsed.piece.push(true);
    }
  }
  markOwnNegations(parsed.entries, parsed.piece, parsed.morphology ? undefined : new Set(parsed.stopwords));
  return parsed;
}

/**
 * Marks the praise and complaint entries that hold a negator of their own lexicon ("no hidden
 * fees", "안 늦*", "不卡", "再也不慌", "悪くない"): the negation is part of the entry, so a negator
 * before it or after it is not a second flip. A word of a spaced phrase is a negator, or begins
 * with a negator stem ("않*"); a piece of Chinese or Japanese holds a negator piece anywhere in it.
 * A single word that is also a negator ("nobody", "καθόλου") is not marked: it is the negation.
 * `stopwords` (none where verbs carry negation) mark the complaint phrases a negator may flip.
 */
function markOwnNegations(
  entries: readonly Entry[],
  piece: readonly boolean[],
  stopwords: ReadonlySet<string> | undefined,
): void {
  const words = new Set<string>();
  const stems: string[] = [];
  const pieces: string[] = [];
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    if ((e.category !== 'negators' && e.category !== 'postNegators') || e.words.length > 1) continue;
    if (piece[i]) pieces.push(e.words[0]!);
    else if (e.prefix[0]) stems.push(e.words[0]!);
    else words.add(e.words[0]!);
  }
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    if (e.category !== 'praise' && e.category !== 'complaint') continue;
    const own = piece[i]
      ? pieces.some((p) => e.words[0]!.includes(p))
      : e.words.length > 1 && e.words.some((w) => words.has(w) || stems.some((s) => w.startsWith(s)));
    if (own) e.ownNegation = true;
    // A complaint phrase that names a problem ("dropped calls", "ni una estafa") is flipped by a
    // negator just before it; one that opens with a function word is a piece of a clause ("e nada",
    // "es normal") that a negator before it does not reach. Where verbs carry their own negation
    // (`morphology`: "javab nemide", "فایده‌ای نداشت"), a phrase may hold one unlisted: none flips.
    else if (
      stopwords !== undefined &&
      e.category === 'complaint' &&
      !piece[i] &&
      e.words.length > 1 &&
      !stopwords.has(e.words[0]!)
    )
      e.negatable = true;
  }
}

/**
 * One bit per hash of every phrase's first and second word, in every index built so far: a list of
 * phrases is read only when the post's next word may be the second word of one of them. Most are
 * not, and the bit answers without reaching the list's own maps. A first word with a stem second
 * word (`*`) has its bit in FIRST_OF_STEMMED instead: its lists are always read.
 */
const PAIR_BITS = 20;
const PHRASE_PAIRS = new Int32Array(1 << (PAIR_BITS - 5));
const FIRST_OF_STEMMED = new Int32Array(1 << (PAIR_BITS - 5));

/** The hash of a word's letters. */
export function wordHash(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + word.charCodeAt(i)) | 0;
  return h;
}

const pairSlot = (first: number, second: number): number =>
  Math.imul(first ^ Math.imul(second, 0x2c1b3c6d), 0x9e3779b1) >>> (32 - PAIR_BITS);
const firstSlot = (first: number): number => Math.imul(first, 0x9e3779b1) >>> (32 - PAIR_BITS);
const isSet = (bits: Int32Array, slot: number): boolean => (bits[slot >>> 5]! & (1 << (slot & 31))) !== 0;

/** Marks a phrase in PHRASE_PAIRS (or its first word in FIRST_OF_STEMMED) as it joins a list. */
export function notePhrase(entry: Entry): void {
  const first = wordHash(entry.words[0]!);
  const slot = entry.prefix[1] ? firstSlot(first) : pairSlot(first, wordHash(entry.words[1]!));
  const bits = entry.prefix[1] ? FIRST_OF_STEMMED : PHRASE_PAIRS;
  bits[slot >>> 5]! |= 1 << (slot & 31);
}

/** False when no phrase opened by the word of hash `first` has a stem second word. */
export const mayHaveStemmedSecond = (first: number): boolean => isSet(FIRST_OF_STEMMED, firstSlot(first));

/** False when no phrase has these first and (exact) second words. */
export const mayBePair = (first: number, second: number): boolean =>
  isSet(PHRASE_PAIRS, pairSlot(first, second));

/** Where an entry goes in the index: a piece, a stem (or a phrase opening with one), a phrase or a word. */
export type EntryKind = 'piece' | 'stem' | 'stem phrase' | 'phrase' | 'word';

export function entryKind(entry: Entry, piece: boolean): EntryKind {
  if (piece) return 'piece';
  if (entry.prefix[0]) return entry.words.length === 1 ? 'stem' : 'stem phrase';
  return entry.words.length > 1 ? 'phrase' : 'word';
}

/**
 * Whether `entry`, listed for the same word (or stem, or piece) as `first` in a later field of one
 * lexicon, is what the word reads as instead: "too", "zu", "trop", "слишком", "太" are `excess`
 * before they are intensifiers ("too salty" is a complaint, and "too" stresses as well). Any
 * other word reads as its first field. Every lookup (the per-lexicon maps and tries below, and the
 * combined index of index.ts) keeps a word's reading by this rule, once, when it is indexed.
 */
export const readsInstead = (first: Entry, entry: Entry): boolean =>
  first.category === 'intensifiers' && entry.category === 'excess';

/** The reading of a word among `current` (its reading so far, if any) and a later `entry`. */
export const reading = (current: Entry | undefined, entry: Entry): Entry =>
  current === undefined || readsInstead(current, entry) ? entry : current;

/** Categories whose entries count only at the start of a sentence. */
const START_ONLY: ReadonlySet<Category> = new Set(['questionStart', 'suggestionStart', 'crowd']);
/** Categories that also apply when a word's reading counts only at the start of a sentence. */
const SECONDARY: ReadonlySet<Category> = new Set(['negators', 'personal']);

/**
 * Whether `entry` is kept beside a word's reading `first` as a second role: "didn't", "isn't"
 * open questions at the start of a sentence and negate wherever they stand; "вы" opens questions
 * and speaks to someone; "should", "would" open questions ("Should I…?") and, elsewhere, ask for
 * something ("the app should remember my card"): the scanner reads that role only where the
 * question did not count.
 */
export const keptBeside = (first: Entry, entry: Entry): boolean =>
  START_ONLY.has(first.category) &&
  (SECONDARY.has(entry.category) ||
    (first.category === 'questionStart' && entry.category === 'suggestion') ||
    (first.category === 'crowd' && entry.category === 'none'));

/** Builds the maps and tries the scanner reads from a parsed lexicon. */
export function indexLexicon(parsed: ParsedLexicon): CompiledLexicon {
  const lex: CompiledLexicon = {
    lang: parsed.lang,
    substrings: parsed.substrings,
    exact: new Map(),
    also: new Map(),
    phrases: new Map(),
    stems: node(),
    pieces: new Map(),
    maxPiece: 0,
    pieceTrie: node(),
    stopwords: new Set(parsed.stopwords),
    morphology: parsed.morphology,
  };
  parsed.entries.forEach((entry, i) => {
    const first = entry.words[0]!;
    switch (entryKind(entry, parsed.piece[i] === true)) {
      case 'piece': {
        push(lex.pieces, first, entry);
        const end = descend(lex.pieceTrie, first);
        end.entry = reading(end.entry, entry);
        lex.maxPiece = Math.max(lex.maxPiece, first.length);
        break;
      }
      case 'stem': {
        const end = descend(lex.stems, first);
        end.entry = reading(end.entry, entry);
        break;
      }
      case 'stem phrase': {
        notePhrase(entry);
        const end = descend(lex.stems, first);
        if (end.phrases) end.phrases.push(entry);
        else end.phrases = [entry];
        break;
      }
      case 'phrase':
        notePhrase(entry);
        push(lex.phrases, first, entry);
        break;
      case 'word': {
        const list = lex.exact.get(first);
        if (list === undefined) lex.exact.set(first, [entry]);
        else if (readsInstead(list[0]!, entry)) list.unshift(entry);
        else {
          list.push(entry);
          if (keptBeside(list[0]!, entry) && !lex.also.has(first)) lex.also.set(first, entry);
        }
        break;
      }
    }
  });
  return lex;
}

/**
 * A lexicon whose maps and tries are built on first use: the scanner reads most words through the
 * combined index (index.ts), and a lexicon's own maps only for some words of its language, so a
 * container builds those of the languages it meets, not of all of them at load.
 */
export function lazyLexicon(parsed: ParsedLexicon): CompiledLexicon {
  let built: CompiledLexicon | undefined;
  const index = (): CompiledLexicon => {
    built ??= indexLexicon(parsed);
    return built;
  };
  return {
    lang: parsed.lang,
    substrings: parsed.substrings,
    stopwords: new Set(parsed.stopwords),
    morphology: parsed.morphology,
    get exact() {
      return index().exact;
    },
    get also() {
      return index().also;
    },
    get phrases() {
      return index().phrases;
    },
    get stems() {
      return index().stems;
    },
    get pieces() {
      return index().pieces;
    },
    get maxPiece() {
      return index().maxPiece;
    },
    get pieceTrie() {
      return index().pieceTrie;
    },
  };
}

export const compileLexicon = (source: LexiconSource): CompiledLexicon => indexLexicon(parseLexicon(source));

/**
 * Parsed lexicons as data: `scripts/lexicons.ts` writes them to compiled.json at build time, and
 * the detector indexes that data at load instead of folding and splitting the sources. An entry is
 * one string, as in the sources but folded: its words (a `*` after a stem), after `!` when strong
 * and `~` when weak. Pieces of substring languages are listed apart and always open with their
 * strength: `=` (normal), `!` or `~`, since a piece may itself begin with any character.
 * Each lexicon is held as a JSON string inside the file: bundled, it is one string literal that
 * `JSON.parse` reads, far cheaper at a cold start than the same data as a JavaScript object literal.
 * A category's entries are one string, joined by `|`: as a list, every entry paid four bytes of
 * escaped quotes and a comma, a fifth of the file.
 */
export const COMPILED_FORMAT = 4;

/** Joins a category's entries; never in an entry, since the tokenizer breaks a post at it. */
const ENTRY_SEPARATOR = '|';

type RegExpData = [source: string, flags: string];
/** A category's entries, joined by ENTRY_SEPARATOR. */
type ByCategory = Partial<Record<Category, string>>;

export interface LexiconData {
  lang: string;
  substrings: boolean;
  stopwords: string[];
  morphology:
    | (Record<Exclude<keyof Morphology, 'negatingPrefix'>, RegExpData> & { negatingPrefix?: RegExpData })
    | null;
  entries: ByCategory;
  pieces: ByCategory;
}

export interface CompiledLexiconsFile {
  format: number;
  /** One `LexiconData` per lexicon, as JSON text. */
  lexicons: string[];
}

const STRENGTH_MARK = new Map([
  [STRONG, '!'],
  [0.5, '~'],
]);
/** By the char code of a strength mark: `!`, `~`, `=` (char codes: no one-letter string is made per entry). */
const MARKED_STRENGTH = new Map([
  [0x21, STRONG],
  [0x7e, 0.5],
  [0x3d, 1],
]);

const encodeEntry = (e: Entry, piece: boolean): string =>
  (STRENGTH_MARK.get(e.strength) ?? (piece ? '=' : '')) +
  (piece ? e.words[0]! : e.words.map((w, i) => (e.prefix[i] ? `${w}*` : w)).join(' '));

/** `prefix` of a single word, shared by every such entry: decoding allocates less at load. */
const WORD_PREFIX: readonly boolean[] = Object.freeze([false]);
const STEM_PREFIX: readonly boolean[] = Object.freeze([true]);

/** An entry from its text in compiled.json (`encodeEntry`'s inverse). */
export function decodeEntry(text: string, category: Category, piece: boolean): Entry {
  const strength = MARKED_STRENGTH.get(text.charCodeAt(0));
  const body = strength === undefined ? text : text.slice(1);
  if (piece) return { category, strength: strength ?? 1, words: [body], prefix: WORD_PREFIX };
  if (body.indexOf(' ') < 0) {
    const stem = body.endsWith('*');
    return {
      category,
      strength: strength ?? 1,
      words: [stem ? body.slice(0, -1) : body],
      prefix: stem ? STEM_PREFIX : WORD_PREFIX,
    };
  }
  const words = body.split(' ');
  const prefix = words.map((w) => w.endsWith('*'));
  for (let i = 0; i < words.length; i++) if (prefix[i]) words[i] = words[i]!.slice(0, -1);
  return { category, strength: strength ?? 1, words, prefix };
}

const regExpData = (r: RegExp): RegExpData => [r.source, r.flags];

function lexiconData(p: ParsedLexicon): LexiconData {
  const entryLists: Partial<Record<Category, string[]>> = {};
  const pieceLists: Partial<Record<Category, string[]>> = {};
  p.entries.forEach((e, i) => {
    const piece = p.piece[i] === true;
    const text = encodeEntry(e, piece);
    const back = decodeEntry(text, e.category, piece);
    // Words come from the folded source, so they never hold a space nor open with `!` or `~`.
    if (
      text.includes(ENTRY_SEPARATOR) ||
      back.strength !== e.strength ||
      back.words.join('\n') !== e.words.join('\n') ||
      back.prefix.join() !== e.prefix.join()
    ) {
      throw new Error(`lexicon ${p.lang}: entry "${e.words.join(' ')}" cannot be written as data`);
    }
    const into = piece ? pieceLists : entryLists;
    const list = into[e.category];
    if (list) list.push(text);
    else into[e.category] = [text];
  });
  const joined = (lists: Partial<Record<Category, string[]>>): ByCategory =>
    Object.fromEntries(Object.entries(lists).map(([c, list]) => [c, list.join(ENTRY_SEPARATOR)]));
  const entries = joined(entryLists);
  const pieces = joined(pieceLists);
  const m = p.morphology;
  return {
    lang: p.lang,
    substrings: p.substrings,
    stopwords: p.stopwords,
    morphology: m
      ? {
          negatingRest: regExpData(m.negatingRest),
          negatedVerb: regExpData(m.negatedVerb),
          existential: regExpData(m.existential),
          ...(m.negatingPrefix ? { negatingPrefix: regExpData(m.negatingPrefix) } : {}),
        }
      : null,
    entries,
    pieces,
  };
}

/** The text of compiled.json: one lexicon per line, so a changed source shows in the diff by language. */
export function serializeLexicons(lexicons: readonly ParsedLexicon[]): string {
  const lines = lexicons.map((p) => JSON.stringify(JSON.stringify(lexiconData(p))));
  return `{"format": ${COMPILED_FORMAT}, "lexicons": [\n${lines.join(',\n')}\n]}\n`;
}

/** The parsed lexicons held in compiled.json's data. */
export function readLexicons(file: CompiledLexiconsFile): ParsedLexicon[] {
  if (file.format !== COMPILED_FORMAT) {
    throw new Error('shared/detect/lexicon/compiled.json is from another version: run npm run lexicons');
  }
  return file.lexicons.map((text) => {
    const d = JSON.parse(text) as LexiconData;
    const m = d.morphology;
    const parsed: ParsedLexicon = {
      lang: d.lang,
      substrings: d.substrings,
      stopwords: d.stopwords,
      morphology: m
        ? {
            negatingRest: new RegExp(...m.negatingRest),
            negatedVerb: new RegExp(...m.negatedVerb),
            existential: new RegExp(...m.existential),
            ...(m.negatingPrefix ? { negatingPrefix: new RegExp(...m.negatingPrefix) } : {}),
          }
        : undefined,
      entries: [],
      piece: [],
    };
    // A lexicon's entries are decoded when it is first indexed (see index.ts): a function pays at
    // its cold start only for the languages its posts are written in.
    let own: { entries: Entry[]; piece: boolean[] } | undefined;
    const decode = (): { entries: Entry[]; piece: boolean[] } => {
      if (own === undefined) {
        own = { entries: [], piece: [] };
        decodeInto(own, d);
      }
      return own;
    };
    Object.defineProperty(parsed, 'entries', { get: () => decode().entries });
    Object.defineProperty(parsed, 'piece', { get: () => decode().piece });
    return parsed;
  });
}

/** Decodes a lexicon's entries, sized up front: ten thousand pushes would copy the lists as they grow. */
function decodeInto(parsed: { entries: Entry[]; piece: boolean[] }, d: LexiconData): void {
  const split = (joined: string | undefined): string[] =>
    joined === undefined ? [] : joined.split(ENTRY_SEPARATOR);
  const lists = CATEGORIES.map((category) => ({
    category,
    entries: split(d.entries[category]),
    pieces: split(d.pieces[category]),
  }));
  let n = 0;
  for (const l of lists) n += l.entries.length + l.pieces.length;
  const entries = new Array<Entry>(n);
  const piece = new Array<boolean>(n);
  let i = 0;
  for (const l of lists) {
    for (const text of l.entries) {
      entries[i] = decodeEntry(text, l.category, false);
      piece[i++] = false;
    }
    for (const text of l.pieces) {
      entries[i] = decodeEntry(text, l.category, true);
      piece[i++] = true;
    }
  }
  markOwnNegations(entries, piece, d.morphology ? undefined : new Set(d.stopwords));
  parsed.entries = entries;
  parsed.piece = piece;
}
