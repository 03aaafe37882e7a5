/**
 * Reading a post: tokens, language, and the lexicon evidence of its likely languages. Shared by
 * `detect` and by training, so the trained layer learns from exactly what detection sees.
 */
import { identifyLanguage } from './language.ts';
import type { CompiledLexicon } from './lexicon/compile.ts';
import { indexLexicons, LEXICONS } from './lexicon/index.ts';
import { ratingIn } from './rating.ts';
import { signature } from './saying.ts';
import { type Evidence, scan } from './scan.ts';
import { type Token, tokenize } from './text.ts';
import { attachRecords, syncVocabulary, vocabularyGeneration } from './vocab.ts';

/** Posts longer than this are read only up to here: the start of a post says what it is. */
export const MAX_CHARS = 2000;
/** A signed saying is as strong for 'none' as a quotation in marks; a signed post of one's own, weak. */
const SAYING = 1.6;
const SIGNED_POST = 0.5;

export interface Reading {
  text: string;
  tokens: Token[];
  /** ISO 639-1, or 'und'. */
  lang: string;
  evidence: Evidence;
  /** The vocabulary generation the tokens' records were looked up in (see `refreshRecords`). */
  generation: number;
}

export function readPost(input: string, langHint?: string): Reading {
  const text = typeof input === 'string' ? input.slice(0, MAX_CHARS) : '';
  const tokens = tokenize(text);
  attachRecords(tokens);
  const guess = identifyLanguage(text, tokens, langHint);
  const lexicons: CompiledLexicon[] = [];
  for (const lang of guess.candidates) {
    const lex = LEXICONS.get(lang);
    if (lex) lexicons.push(lex);
  }
  if (lexicons.length === 0) {
    const en = LEXICONS.get('en');
    if (en) lexicons.push(en);
  }
  // The lexicons that read the post join the combined index on first use; the tokens' records
  // are then looked up again.
  indexLexicons(lexicons);
  if (syncVocabulary()) attachRecords(tokens);
  const evidence = scan(tokens, lexicons, guess.lang);
  // A saying signed by its author ("… - Ursula K. Le Guin") is someone else's words, as a quotation
  // in marks is. Signed words about the writer's own order or stay are the writer's: there the
  // signature weighs less than the post's own cues.
  const signed = evidence.leadingHandles === 0 && !evidence.quotation ? signature(text) : 'none';
  if (signed !== 'none')
    evidence.hits.push({
      label: 'none',
      kind: 'context',
      text: signed === 'saying' ? 'a saying signed by its author' : 'a post signed with a name',
      weight: signed === 'saying' ? SAYING : SIGNED_POST,
      pos: -1,
      sentence: 0,
    });
  const rating = ratingIn(text);
  if (rating) evidence.hits.push({ ...rating, kind: 'pattern', pos: 0, polar: true, sentence: 0 });
  return { text, tokens, lang: guess.lang, evidence, generation: vocabularyGeneration() };
}

/**
 * Looks the tokens up again when the vocabulary grew since the post was read (a model built
 * afterwards added its words), so a trained layer finds its own words in older readings.
 */
export function refreshRecords(r: Reading): void {
  if (r.generation === vocabularyGeneration()) return;
  attachRecords(r.tokens);
  r.generation = vocabularyGeneration();
}
