/** Every built-in lexicon, compiled once at load. */
import { type CompiledLexicon, compileLexicon } from './compile.ts';
import { en } from './en.ts';
import type { LexiconSource } from './types.ts';

export const SOURCES: readonly LexiconSource[] = [en];

export const LEXICONS: ReadonlyMap<string, CompiledLexicon> = new Map(
  SOURCES.map((s) => [s.lang, compileLexicon(s)]),
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
export const STOPWORD_INDEX: { get(word: string): string[] | undefined } = STOPWORDS;

export const SUPPORTED_LANGUAGES: readonly string[] = SOURCES.map((s) => s.lang);
