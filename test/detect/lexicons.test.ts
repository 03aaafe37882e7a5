/**
 * The detector loads its lexicons from compiled.json, written at build time by `npm run lexicons`
 * (like weights.json by `npm run train`): the file must be exactly what the sources compile to,
 * and loading it must give the detector the same lexicons compiling them at import gave.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type CompiledLexicon,
  compileLexicon,
  decodeEntry,
  type Entry,
  parseLexicon,
  readLexicons,
  serializeLexicons,
  type TrieNode,
} from '../../shared/detect/lexicon/compile.ts';
import {
  indexAllLexicons,
  LEXICONS,
  STEM_INDEX,
  type StemNode,
  SUPPORTED_LANGUAGES,
  WORD_INDEX,
} from '../../shared/detect/lexicon/index.ts';
import { COMPILED_FILE, SOURCES } from '../../shared/detect/lexicon/sources.ts';

const fromSources = SOURCES.map(compileLexicon);

/** Every distinct entry object a lexicon holds, in its maps and tries. */
function entryObjects(lex: CompiledLexicon): Set<Entry> {
  const out = new Set<Entry>();
  const walk = (n: TrieNode): void => {
    if (n.entry) out.add(n.entry);
    for (const e of n.phrases ?? []) out.add(e);
    for (const child of n.next.values()) walk(child);
  };
  for (const map of [lex.exact, lex.phrases, lex.pieces])
    for (const es of map.values()) for (const e of es) out.add(e);
  walk(lex.stems);
  walk(lex.pieceTrie);
  return out;
}

/** The combined index as merging the compiled lexicons gives it: the reference for the one built at load. */
function mergeCompiled(lexicons: readonly CompiledLexicon[]) {
  const words = new Map<
    string,
    { exact: (Entry | undefined)[]; phrases: (Entry[] | undefined)[]; also: (Entry | undefined)[] }
  >();
  const stems = new Map<string, StemNode>();
  const info = (w: string) => {
    if (!words.has(w)) words.set(w, { exact: [], phrases: [], also: [] });
    return words.get(w)!;
  };
  const merge = (from: TrieNode, text: string, slot: number): void => {
    if (from.entry || from.phrases) {
      if (!stems.has(text)) stems.set(text, { text, stem: undefined, phrases: undefined });
      const into = stems.get(text)!;
      if (from.entry) {
        into.stem ??= [];
        into.stem[slot] = from.entry;
      }
      if (from.phrases) {
        into.phrases ??= [];
        into.phrases[slot] = from.phrases;
      }
    }
    for (const [c, child] of from.next) merge(child, text + String.fromCharCode(c), slot);
  };
  lexicons.forEach((lex, slot) => {
    // Chinese and Japanese pieces are read from their tries; only their Latin-letter words are indexed.
    // A word's reading from its entries in source order: its first entry, except that "too" is
    // excess before it is an intensifier; a word that opens questions or requests keeps its
    // negator or person entry beside it. The lexicon's own map must read it the same.
    const listed = new Map<string, Entry[]>();
    const parsed = parseLexicon(SOURCES[slot]!);
    parsed.entries.forEach((e, i) => {
      if (parsed.piece[i] || e.prefix[0] || e.words.length > 1) return;
      const w = e.words[0]!;
      listed.set(w, [...(listed.get(w) ?? []), e]);
    });
    for (const [w, entries] of listed) {
      const first = entries[0]!;
      const excess = entries.find((e) => e.category === 'excess');
      const read = first.category === 'intensifiers' && excess ? excess : first;
      info(w).exact[slot] = lex.exact.get(w)?.[0];
      expect(lex.exact.get(w)?.[0], `${lex.lang} ${w}`).toEqual(read);
      if (
        read.category === 'questionStart' ||
        read.category === 'suggestionStart' ||
        read.category === 'crowd'
      ) {
        // A negator or a personal word keeps its role beside either; a suggestion word beside a
        // word that opens questions ("should", "would"); an everyday topic beside readers called
        // on ("соседи").
        const also = entries.find(
          (e) =>
            e.category === 'negators' ||
            e.category === 'personal' ||
            (read.category === 'questionStart' && e.category === 'suggestion') ||
            (read.category === 'crowd' && e.category === 'none'),
        );
        expect(lex.also.get(w), `${lex.lang} ${w}`).toEqual(also);
        if (also) info(w).also[slot] = lex.also.get(w);
      }
    }
    for (const [w, entries] of lex.phrases) info(w).phrases[slot] = entries;
    merge(lex.stems, '', slot);
  });
  return { words, stems };
}

describe('decodeEntry', () => {
  it.each([
    ['late', 'complaint', false, { strength: 1, words: ['late'], prefix: [false] }],
    ['!reembols*', 'complaint', false, { strength: 1.6, words: ['reembols'], prefix: [true] }],
    ['~wait', 'complaint', false, { strength: 0.5, words: ['wait'], prefix: [false] }],
    [
      'sigo esperando',
      'complaint',
      false,
      { strength: 1, words: ['sigo', 'esperando'], prefix: [false, false] },
    ],
    [
      '!not work* at all',
      'complaint',
      false,
      { strength: 1.6, words: ['not', 'work', 'at', 'all'], prefix: [false, true, false, false] },
    ],
    ['=不错', 'praise', true, { strength: 1, words: ['不错'], prefix: [false] }],
    ['~!', 'praise', true, { strength: 0.5, words: ['!'], prefix: [false] }],
    ['=*', 'praise', true, { strength: 1, words: ['*'], prefix: [false] }],
  ] as const)('reads %j', (text, category, piece, expected) => {
    expect(decodeEntry(text, category, piece)).toEqual({ category, ...expected });
  });

  it('shares the prefix list of single words and stems, and no entry can change it', () => {
    const a = decodeEntry('late*', 'complaint', false);
    const b = decodeEntry('!slow*', 'complaint', false);
    expect(a.prefix).toBe(b.prefix);
    expect(Object.isFrozen(a.prefix)).toBe(true);
    expect(decodeEntry('late', 'complaint', false).prefix).not.toBe(a.prefix);
  });
});

describe('compiled.json', () => {
  it('is exactly what npm run lexicons writes from the lexicon sources', () => {
    const committed = readFileSync(COMPILED_FILE, 'utf8');
    const same = committed === serializeLexicons(SOURCES.map(parseLexicon));
    expect(same, 'shared/detect/lexicon/compiled.json is stale: run npm run lexicons').toBe(true);
  });

  it('loads into the lexicons the sources compile to, in the same order', () => {
    expect(SUPPORTED_LANGUAGES).toEqual(SOURCES.map((s) => s.lang));
    for (const compiled of fromSources) {
      const loaded = LEXICONS.get(compiled.lang);
      expect(loaded, compiled.lang).toEqual(compiled);
      // Map order decides the order of the combined index and of the vocabulary built from it.
      expect([...(loaded?.exact.keys() ?? [])]).toEqual([...compiled.exact.keys()]);
      expect([...(loaded?.stems.next.keys() ?? [])]).toEqual([...compiled.stems.next.keys()]);
      // An entry reachable from a map and from a trie is one object, as when compiled.
      expect(entryObjects(loaded!).size, compiled.lang).toBe(entryObjects(compiled).size);
    }
  });

  it('gives the combined word and stem indexes the content merging the lexicons gave, whatever order they were indexed in', () => {
    indexAllLexicons();
    const reference = mergeCompiled(fromSources);
    expect([...WORD_INDEX.keys()].sort()).toEqual([...reference.words.keys()].sort());
    expect(WORD_INDEX).toEqual(reference.words);
    expect([...STEM_INDEX.keys()].sort()).toEqual([...reference.stems.keys()].sort());
    expect(STEM_INDEX).toEqual(reference.stems);
  });

  it('reads each lexicon back from the JSON text it holds, and rejects a file of another format', () => {
    const file = JSON.parse(readFileSync(COMPILED_FILE, 'utf8'));
    expect(file.lexicons.every((l: unknown) => typeof l === 'string')).toBe(true);
    expect(readLexicons(file)).toEqual(SOURCES.map(parseLexicon));
    expect(() => readLexicons({ format: 2, lexicons: [] })).toThrow(/npm run lexicons/);
  });

  it('joins each category into one string, and refuses an entry that holds the separator', () => {
    const parsed = parseLexicon({ lang: 'xx', praise: 'good, very good', complaint: 'bad' });
    const data = JSON.parse(JSON.parse(serializeLexicons([parsed])).lexicons[0]);
    expect(data.entries).toEqual({ praise: 'good|very good', complaint: 'bad' });
    parsed.entries[0]!.words = ['go|od'];
    expect(() => serializeLexicons([parsed])).toThrow(/cannot be written as data/);
  });

  it('gives Turkish its suffix rules as working regular expressions', () => {
    const tr = LEXICONS.get('tr');
    expect(tr?.morphology?.negatedVerb.test('gelmedi')).toBe(true);
    expect(tr?.morphology?.negatedVerb.test('geldi')).toBe(false);
  });
});
