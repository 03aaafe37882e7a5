/**
 * Every built-in lexicon as the team writes it, in slot order. Read at build time only:
 * `npm run lexicons` compiles them into compiled.json, which is what the detector loads.
 */
import { ar } from './ar.ts';
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

/** The generated file the detector loads its lexicons from. */
export const COMPILED_FILE = new URL('./compiled.json', import.meta.url).pathname;
