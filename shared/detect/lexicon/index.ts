/** Every built-in lexicon, compiled once at load. */

import { ar } from './ar.ts';
import { type CompiledLexicon, compileLexicon } from './compile.ts';
import { de } from './de.ts';
import { el } from './el.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fa } from './fa.ts';
import { fr } from './fr.ts';
import { he } from './he.ts';
import { hi } from './hi.ts';
import { it } from './it.ts';
import { ja } from './ja.ts';
import { ka } from './ka.ts';
import { ko } from './ko.ts';
import { nl } from './nl.ts';
import { pt } from './pt.ts';
import { ru } from './ru.ts';
import { tr } from './tr.ts';
import type { LexiconSource } from './types.ts';
import { uk } from './uk.ts';
import { zh } from './zh.ts';

export const SOURCES: readonly LexiconSource[] = [
  en,
  es,
  pt,
  fr,
  de,
  it,
  nl,
  tr,
  ru,
  uk,
  el,
  ar,
  fa,
  he,
  hi,
  ka,
  ja,
  zh,
  ko,
];

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
