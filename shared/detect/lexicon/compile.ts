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

export function compileLexicon(source: LexiconSource): CompiledLexicon {
  const lex: CompiledLexicon = {
    lang: source.lang,
    substrings: source.substrings === true,
    exact: new Map(),
    phrases: new Map(),
    stems: node(),
    pieces: new Map(),
    maxPiece: 0,
    pieceTrie: node(),
    stopwords: new Set(splitList(source.stopwords).map(fold)),
    morphology: source.morphology,
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
        const end = descend(lex.pieceTrie, piece);
        end.entry ??= entry;
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
        const end = descend(lex.stems, first);
        if (words.length === 1) end.entry ??= entry;
        else if (end.phrases) end.phrases.push(entry);
        else end.phrases = [entry];
      } else if (words.length > 1) {
        push(lex.phrases, first, entry);
      } else {
        push(lex.exact, first, entry);
      }
    }
  }
  return lex;
}
