/**
 * Beacon's detector: is a post praise, a complaint, a question, a suggestion, or none of these?
 * Pure and synchronous; all model data (lexicons, patterns) is in this folder.
 *
 * 1. A brand's own post is never a moment of truth.
 * 2. Tokenise (links, @handles, #tags, emoji, emoticons, words, punctuation).
 * 3. Identify the language from its script and function words.
 * 4. Read the words with the lexicons of the likely languages, plus language-independent cues.
 * 5. Add brand feedback cues, then decide and explain.
 */
import type { BrandContext, Detection } from '../domain/detection.ts';
import { decide } from './decide.ts';
import { type FeedbackModel, feedbackHits } from './feedback.ts';
import { identifyLanguage } from './language.ts';
import type { CompiledLexicon } from './lexicon/compile.ts';
import { LEXICONS, STOPWORD_INDEX } from './lexicon/index.ts';
import { type Hit, scan } from './scan.ts';
import { tokenize } from './text.ts';

export { buildFeedbackModel, type FeedbackModel } from './feedback.ts';
export { SUPPORTED_LANGUAGES } from './lexicon/index.ts';

export interface DetectInput {
  text: string;
  /** Language hint from the platform (ISO 639-1). */
  lang?: string;
  author?: { handle?: string; isBrand?: boolean };
}

/** Posts longer than this are read only up to here: the start of a post says what it is. */
const MAX_CHARS = 2000;

const NO_HITS: readonly Hit[] = [];

const ownPost = (input: DetectInput, brand: BrandContext): boolean => {
  if (input.author?.isBrand) return true;
  const handle = input.author?.handle?.replace(/^@/, '').toLowerCase();
  return handle !== undefined && handle !== '' && brand.handles.includes(handle);
};

export function detect(input: DetectInput, brand: BrandContext, feedback?: FeedbackModel): Detection {
  const text = typeof input.text === 'string' ? input.text.slice(0, MAX_CHARS) : '';
  const tokens = tokenize(text);
  const guess = identifyLanguage(text, tokens, STOPWORD_INDEX, input.lang);
  if (ownPost(input, brand)) {
    return {
      label: 'none',
      confidence: 1,
      scores: { praise: 0, complaint: 0, question: 0, suggestion: 0, none: 1 },
      lang: guess.lang,
      cues: [{ label: 'none', kind: 'context', text: "the brand's own post", weight: 1 }],
    };
  }
  const lexicons: CompiledLexicon[] = [];
  for (const lang of guess.candidates) {
    const lex = LEXICONS.get(lang);
    if (lex) lexicons.push(lex);
  }
  if (lexicons.length === 0) {
    const en = LEXICONS.get('en');
    if (en) lexicons.push(en);
  }
  const evidence = scan(tokens, lexicons, guess.lang);
  const d = decide(evidence, feedback ? feedbackHits(feedback, text) : NO_HITS);
  return { label: d.label, confidence: d.confidence, scores: d.scores, cues: d.cues, lang: guess.lang };
}
