/**
 * Every built-in lexicon, loaded from compiled.json: the sources (sources.ts) are compiled at build
 * time by `npm run lexicons`, so a cold start only indexes their folded entries.
 */
import {
  type CompiledLexicon,
  type CompiledLexiconsFile,
  type Entry,
  indexLexicon,
  readLexicons,
  type TrieNode,
} from './compile.ts';
import compiled from './compiled.json' with { type: 'json' };

const LOADED = readLexicons(compiled as unknown as CompiledLexiconsFile).map(indexLexicon);

export const LEXICONS: ReadonlyMap<string, CompiledLexicon> = new Map(LOADED.map((lex) => [lex.lang, lex]));

/** word → languages whose function words include it. */
const STOPWORDS = new Map<string, string[]>();
for (const lex of LEXICONS.values()) {
  for (const w of lex.stopwords) {
    const list = STOPWORDS.get(w);
    if (list) list.push(lex.lang);
    else STOPWORDS.set(w, [lex.lang]);
  }
}
export const STOPWORD_INDEX: ReadonlyMap<string, readonly string[]> = STOPWORDS;

export const SUPPORTED_LANGUAGES: readonly string[] = LOADED.map((lex) => lex.lang);

/** Position of each lexicon in sources.ts: the slot it uses in the combined index below. */
export const LEXICON_SLOT: ReadonlyMap<string, number> = new Map(LOADED.map((lex, i) => [lex.lang, i]));

/** What every lexicon says about one folded word: per lexicon slot, its entry and the phrases it starts. */
export interface WordInfo {
  exact: (Entry | undefined)[];
  phrases: (Entry[] | undefined)[];
}
/** A node of the combined stem trie: per lexicon slot, the stem ending here and the phrases it starts. */
export interface StemNode {
  next: Map<number, StemNode>;
  stem: (Entry | undefined)[] | undefined;
  phrases: (Entry[] | undefined)[] | undefined;
}

/**
 * Every spaced lexicon merged into one word map and one stem trie, so a word is looked up once
 * whatever the number of languages reading it.
 */
export const WORD_INDEX = new Map<string, WordInfo>();
export const STEM_TRIE: StemNode = { next: new Map(), stem: undefined, phrases: undefined };

const wordInfo = (word: string): WordInfo => {
  let info = WORD_INDEX.get(word);
  if (!info) {
    info = { exact: [], phrases: [] };
    WORD_INDEX.set(word, info);
  }
  return info;
};

function mergeTrie(from: TrieNode, into: StemNode, slot: number): void {
  if (from.entry) {
    into.stem ??= [];
    into.stem[slot] = from.entry;
  }
  if (from.phrases) {
    into.phrases ??= [];
    into.phrases[slot] = from.phrases;
  }
  for (const [c, child] of from.next) {
    let target = into.next.get(c);
    if (!target) {
      target = { next: new Map(), stem: undefined, phrases: undefined };
      into.next.set(c, target);
    }
    mergeTrie(child, target, slot);
  }
}

for (const [lang, lex] of LEXICONS) {
  if (lex.substrings) continue;
  const slot = LEXICON_SLOT.get(lang)!;
  for (const [w, entries] of lex.exact) wordInfo(w).exact[slot] = entries[0];
  for (const [w, entries] of lex.phrases) wordInfo(w).phrases[slot] = entries;
  mergeTrie(lex.stems, STEM_TRIE, slot);
}
