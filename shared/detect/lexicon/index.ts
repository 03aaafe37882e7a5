/**
 * Every built-in lexicon, loaded from compiled.json: the sources (sources.ts) are compiled at build
 * time by `npm run lexicons`, so a cold start only indexes their folded entries.
 */
import {
  type CompiledLexicon,
  type CompiledLexiconsFile,
  type Entry,
  entryKind,
  keptBeside,
  lazyLexicon,
  notePhrase,
  reading,
  readLexicons,
} from './compile.ts';
import compiled from './compiled.json' with { type: 'json' };

const PARSED = readLexicons(compiled as unknown as CompiledLexiconsFile);

export const LEXICONS: ReadonlyMap<string, CompiledLexicon> = new Map(
  PARSED.map((p) => [p.lang, lazyLexicon(p)]),
);

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

export const SUPPORTED_LANGUAGES: readonly string[] = PARSED.map((p) => p.lang);

/** Position of each lexicon in sources.ts: the slot it uses in the combined index below. */
export const LEXICON_SLOT: ReadonlyMap<string, number> = new Map(PARSED.map((p, i) => [p.lang, i]));

/** What every lexicon says about one folded word: per lexicon slot, its entry and the phrases it starts. */
export interface WordInfo {
  readonly exact: readonly (Entry | undefined)[];
  readonly phrases: readonly (Entry[] | undefined)[];
  /**
   * Per slot: a negator or first/second-person entry of a word whose entry counts only at the start
   * of a sentence ("didn't", "isn't" open questions and negate; "вы" opens questions and speaks to
   * someone): it applies wherever the word stands.
   */
  readonly also: readonly (Entry | undefined)[];
}
/**
 * A stem of the combined index (the text before `*` of an entry, folded): per lexicon slot, the
 * stem entry it is and the phrases it opens. A word's stems are found through hashes of its
 * prefixes (`walkStems` in vocab.ts), so no character trie is built.
 */
export interface StemNode {
  readonly text: string;
  stem: (Entry | undefined)[] | undefined;
  phrases: (Entry[] | undefined)[] | undefined;
}

/**
 * Every spaced lexicon merged into one word map and one map of stems, so a word is looked up once
 * whatever the number of languages reading it.
 */
export const WORD_INDEX = new Map<string, WordInfo>();
export const STEM_INDEX = new Map<string, StemNode>();

/** A word's info while the index is built; most words have no phrases, and share this empty list. */
interface WordInfoBuilt {
  exact: (Entry | undefined)[];
  phrases: (Entry[] | undefined)[];
  also: (Entry | undefined)[];
}
const NONE: never[] = [];

/**
 * `list`, or a copy long enough to hold `slot` when it is the shared empty list or too short:
 * allocated to size (growing a list by index would reserve room for a dozen more slots per word).
 */
function slotted<T>(list: T[], slot: number): T[] {
  if (slot < list.length) return list;
  const out = new Array<T>(slot + 1);
  for (let k = 0; k < list.length; k++) if (k in list) out[k] = list[k]!;
  return out;
}

const wordInfo = (word: string): WordInfoBuilt => {
  let info = WORD_INDEX.get(word) as WordInfoBuilt | undefined;
  if (!info) {
    info = { exact: NONE, phrases: NONE, also: NONE };
    WORD_INDEX.set(word, info);
  }
  return info;
};

function stemNode(text: string): StemNode {
  let n = STEM_INDEX.get(text);
  if (!n) {
    n = { text, stem: undefined, phrases: undefined };
    STEM_INDEX.set(text, n);
  }
  return n;
}

/** Per slot: whether the lexicon's entries are in the combined index yet. */
const INDEXED = new Uint8Array(PARSED.length);
let generation = 0;

/** Changes whenever a lexicon joins the combined index: records read from it before are stale. */
export const lexiconGeneration = (): number => generation;

/**
 * Adds the lexicons of `langs` to the combined index if they are not in it yet; true when one was
 * added. A lexicon is indexed on the first post it reads: decoding and indexing nineteen lexicons
 * at load cost a cold start more than the languages a brand's posts are written in.
 */
export function indexLexicons(lexicons: Iterable<{ readonly lang: string }>): boolean {
  let added = false;
  for (const { lang } of lexicons) {
    const slot = LEXICON_SLOT.get(lang);
    if (slot === undefined || INDEXED[slot] === 1) continue;
    INDEXED[slot] = 1;
    indexSlot(slot);
    added = true;
  }
  if (added) generation++;
  return added;
}

/** Every lexicon in the combined index (tests, and tools that read every language). */
export const indexAllLexicons = (): boolean => indexLexicons(PARSED);

// A lexicon's entries, as the per-lexicon maps read them: per slot, a word's reading and second
// role (`reading`, `keptBeside` in compile.ts), the phrases a word or a stem opens in source order,
// and a stem's reading. Slots are independent, so the index is the same whatever order the
// lexicons join it in.
function indexSlot(slot: number): void {
  const parsed = PARSED[slot]!;
  // Pieces of Chinese and Japanese are read from their own tries; their Latin-letter words join here.
  const { entries, piece } = parsed;
  const kinds = entries.map((entry, i) => entryKind(entry, piece[i] === true));
  // Words first, then phrases: the order in which the per-lexicon maps listed them.
  for (let i = 0; i < entries.length; i++) {
    if (kinds[i] !== 'word') continue;
    const entry = entries[i]!;
    const info = wordInfo(entry.words[0]!);
    info.exact = slotted(info.exact, slot);
    const first = info.exact[slot];
    info.exact[slot] = reading(first, entry);
    if (first !== undefined && info.exact[slot] === first && keptBeside(first, entry)) {
      info.also = slotted(info.also, slot);
      info.also[slot] ??= entry;
    }
  }
  for (let i = 0; i < entries.length; i++) {
    if (kinds[i] !== 'phrase') continue;
    const entry = entries[i]!;
    notePhrase(entry);
    const info = wordInfo(entry.words[0]!);
    info.phrases = slotted(info.phrases, slot);
    const list = info.phrases[slot];
    if (list) list.push(entry);
    else info.phrases[slot] = [entry];
  }
  for (let i = 0; i < entries.length; i++) {
    const kind = kinds[i];
    if (kind !== 'stem' && kind !== 'stem phrase') continue;
    const entry = entries[i]!;
    const n = stemNode(entry.words[0]!);
    if (kind === 'stem') {
      n.stem = slotted(n.stem ?? NONE, slot);
      n.stem[slot] = reading(n.stem[slot], entry);
      continue;
    }
    notePhrase(entry);
    n.phrases = slotted(n.phrases ?? NONE, slot);
    const list = n.phrases[slot];
    if (list) list.push(entry);
    else n.phrases[slot] = [entry];
  }
}
