import { fold } from '../text.ts';
import { CATEGORIES, type Category, type LexiconSource, type Morphology } from './types.ts';

export interface Entry {
  category: Category;
  /** 1, or 1.6 for strong (`!`) and 0.5 for weak (`~`) entries. */
  strength: number;
  /** Folded words; a phrase has several. */
  words: string[];
  /** Per word: true when it matches as a prefix (`*`). */
  prefix: boolean[];
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
  exact: Map<string, Entry[]>;
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

const WORD_RE = /[\p{L}\p{M}\p{N}'’*]+/gu;

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
    for (const item of splitList(source[category])) {
      let text = item;
      let strength = 1;
      if (text.startsWith('!')) {
        strength = 1.6;
        text = text.slice(1);
      } else if (text.startsWith('~')) {
        strength = 0.5;
        text = text.slice(1);
      }
      const folded = fold(text);
      if (substrings && !/\s/.test(folded)) {
        const piece = folded.replace(/\*$/, '');
        parsed.entries.push({ category, strength, words: [piece], prefix: [false] });
        parsed.piece.push(true);
        continue;
      }
      const raw = folded.match(WORD_RE) ?? [];
      if (raw.length === 0) continue;
      const words = raw.map((w) => w.replace(/\*$/, ''));
      const prefix = raw.map((w) => w.endsWith('*'));
      parsed.entries.push({ category, strength, words, prefix });
      parsed.piece.push(false);
    }
  }
  return parsed;
}

/** Builds the maps and tries the scanner reads from a parsed lexicon: cheap, done at load. */
export function indexLexicon(parsed: ParsedLexicon): CompiledLexicon {
  const lex: CompiledLexicon = {
    lang: parsed.lang,
    substrings: parsed.substrings,
    exact: new Map(),
    phrases: new Map(),
    stems: node(),
    pieces: new Map(),
    maxPiece: 0,
    pieceTrie: node(),
    stopwords: new Set(parsed.stopwords),
    morphology: parsed.morphology,
  };
  parsed.entries.forEach((entry, i) => {
    const { words, prefix } = entry;
    const first = words[0]!;
    if (parsed.piece[i]) {
      push(lex.pieces, first, entry);
      const end = descend(lex.pieceTrie, first);
      end.entry ??= entry;
      lex.maxPiece = Math.max(lex.maxPiece, first.length);
    } else if (prefix[0]) {
      const end = descend(lex.stems, first);
      if (words.length === 1) end.entry ??= entry;
      else if (end.phrases) end.phrases.push(entry);
      else end.phrases = [entry];
    } else if (words.length > 1) {
      push(lex.phrases, first, entry);
    } else {
      push(lex.exact, first, entry);
    }
  });
  return lex;
}

export const compileLexicon = (source: LexiconSource): CompiledLexicon => indexLexicon(parseLexicon(source));

/**
 * Parsed lexicons as data: `scripts/lexicons.ts` writes them to compiled.json at build time, and
 * the detector indexes that data at load instead of folding and splitting the sources.
 */
export const COMPILED_FORMAT = 1;

/** An entry as data: category (index in CATEGORIES), strength, words, prefix flags as 0/1, piece as 0/1. */
type EntryData = [category: number, strength: number, words: string[], prefix: number[], piece: number];
type RegExpData = [source: string, flags: string];

export interface LexiconData {
  lang: string;
  substrings: boolean;
  stopwords: string[];
  morphology: Record<keyof Morphology, RegExpData> | null;
  entries: EntryData[];
}

export interface CompiledLexiconsFile {
  format: number;
  categories: readonly string[];
  lexicons: LexiconData[];
}

const regExpData = (r: RegExp): RegExpData => [r.source, r.flags];

/** The text of compiled.json: one lexicon per line, so a changed source shows in the diff by language. */
export function serializeLexicons(lexicons: readonly ParsedLexicon[]): string {
  const lines = lexicons.map((p) => {
    const m = p.morphology;
    const data: LexiconData = {
      lang: p.lang,
      substrings: p.substrings,
      stopwords: p.stopwords,
      morphology: m
        ? {
            negatingRest: regExpData(m.negatingRest),
            negatedVerb: regExpData(m.negatedVerb),
            existential: regExpData(m.existential),
          }
        : null,
      entries: p.entries.map((e, i) => [
        CATEGORIES.indexOf(e.category),
        e.strength,
        e.words,
        e.prefix.map(Number),
        p.piece[i] ? 1 : 0,
      ]),
    };
    return JSON.stringify(data);
  });
  return `{"format": ${COMPILED_FORMAT}, "categories": ${JSON.stringify(CATEGORIES)}, "lexicons": [\n${lines.join(',\n')}\n]}\n`;
}

/** The parsed lexicons held in compiled.json's data. */
export function readLexicons(file: CompiledLexiconsFile): ParsedLexicon[] {
  if (file.format !== COMPILED_FORMAT || file.categories.join() !== CATEGORIES.join()) {
    throw new Error('shared/detect/lexicon/compiled.json is from another version: run npm run lexicons');
  }
  return file.lexicons.map((d) => {
    const m = d.morphology;
    return {
      lang: d.lang,
      substrings: d.substrings,
      stopwords: d.stopwords,
      morphology: m
        ? {
            negatingRest: new RegExp(...m.negatingRest),
            negatedVerb: new RegExp(...m.negatedVerb),
            existential: new RegExp(...m.existential),
          }
        : undefined,
      entries: d.entries.map(([category, strength, words, prefix]) => ({
        category: CATEGORIES[category]!,
        strength,
        words,
        prefix: prefix.map(Boolean),
      })),
      piece: d.entries.map((e) => e[4] === 1),
    };
  });
}
