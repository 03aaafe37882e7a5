/**
 * Reading a post: tokens, language, and the lexicon evidence of its likely languages. Shared by
 * `detect` and by training, so the trained layer learns from exactly what detection sees.
 */
import { identifyLanguage } from './language.ts';
import type { CompiledLexicon } from './lexicon/compile.ts';
import { LEXICONS, STOPWORD_INDEX } from './lexicon/index.ts';
import { type Evidence, scan } from './scan.ts';
import { type Token, tokenize } from './text.ts';

/** Posts longer than this are read only up to here: the start of a post says what it is. */
export const MAX_CHARS = 2000;

export interface Reading {
  text: string;
  tokens: Token[];
  /** ISO 639-1, or 'und'. */
  lang: string;
  evidence: Evidence;
}

export function readPost(input: string, langHint?: string): Reading {
  const text = typeof input === 'string' ? input.slice(0, MAX_CHARS) : '';
  const tokens = tokenize(text);
  const guess = identifyLanguage(text, tokens, STOPWORD_INDEX, langHint);
  const lexicons: CompiledLexicon[] = [];
  for (const lang of guess.candidates) {
    const lex = LEXICONS.get(lang);
    if (lex) lexicons.push(lex);
  }
  if (lexicons.length === 0) {
    const en = LEXICONS.get('en');
    if (en) lexicons.push(en);
  }
  return { text, tokens, lang: guess.lang, evidence: scan(tokens, lexicons, guess.lang) };
}
