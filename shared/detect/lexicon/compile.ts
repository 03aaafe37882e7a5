import { fold } from '../text.ts';
import { CATEGORIES, type Category, type LexiconSource } from './types.ts';

export interface Entry {
  category: Category;
  /** 1, or 1.6 for strong (`!`) and 0.5 for weak (`~`) entries. */
  strength: number;
  /** Folded words; a phrase has several. */
  words: string[];
  /** Per word: true when it matches as a prefix (`*`). */
  prefix: boolean[];
}

export interface CompiledLexicon {
  lang: string;
  substrings: boolean;
  exact: Map<string, Entry[]>;
  prefixes: Map<string, Entry[]>;
  maxPrefix: number;
  /** Every beginning (2+ letters) of a prefix entry, so a lookup can stop as soon as a word leaves them. */
  prefixPaths: Set<string>;
  /** Phrases indexed by their first word (exact) or, for a prefix first word, by that prefix. */
  phrases: Map<string, Entry[]>;
  phrasePrefixes: Map<string, Entry[]>;
  /** For substring languages: every entry by its folded text. */
  pieces: Map<string, Entry[]>;
  maxPiece: number;
  stopwords: Set<string>;
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

export function compileLexicon(source: LexiconSource): CompiledLexicon {
  const lex: CompiledLexicon = {
    lang: source.lang,
    substrings: source.substrings === true,
    exact: new Map(),
    prefixes: new Map(),
    maxPrefix: 0,
    prefixPaths: new Set(),
    phrases: new Map(),
    phrasePrefixes: new Map(),
    pieces: new Map(),
    maxPiece: 0,
    stopwords: new Set(splitList(source.stopwords).map(fold)),
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
      if (lex.substrings && !/\s/.test(folded)) {
        const piece = folded.replace(/\*$/, '');
        const entry: Entry = { category, strength, words: [piece], prefix: [false] };
        push(lex.pieces, piece, entry);
        lex.maxPiece = Math.max(lex.maxPiece, piece.length);
        continue;
      }
      const raw = folded.match(WORD_RE) ?? [];
      if (raw.length === 0) continue;
      const words = raw.map((w) => w.replace(/\*$/, ''));
      const prefix = raw.map((w) => w.endsWith('*'));
      const entry: Entry = { category, strength, words, prefix };
      const first = words[0]!;
      if (prefix[0]) {
        for (let k = 2; k <= first.length; k++) lex.prefixPaths.add(first.slice(0, k));
        lex.maxPrefix = Math.max(lex.maxPrefix, first.length);
      }
      if (words.length > 1) {
        push(prefix[0] ? lex.phrasePrefixes : lex.phrases, first, entry);
      } else if (prefix[0]) {
        push(lex.prefixes, first, entry);
      } else {
        push(lex.exact, first, entry);
      }
    }
  }
  return lex;
}
