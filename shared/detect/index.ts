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
import { type BrandContext, type Detection, LABELS, type Label } from '../domain/detection.ts';
import { brandPlace, brandWords } from './brand.ts';
import { combine, TRAINED_SCALE } from './combine.ts';
import { conclude, weigh } from './decide.ts';
import { type FeedbackModel, feedbackHits } from './feedback.ts';
import { TRAINED } from './model/trained.ts';
import { readPost } from './read.ts';
import type { Hit } from './scan.ts';

export { buildFeedbackModel, type FeedbackModel } from './feedback.ts';
export { SUPPORTED_LANGUAGES } from './lexicon/index.ts';

export interface DetectInput {
  text: string;
  /** Language hint from the platform (ISO 639-1). */
  lang?: string;
  author?: { handle?: string; isBrand?: boolean };
}

const NO_HITS: readonly Hit[] = [];

const ownPost = (input: DetectInput, brand: BrandContext): boolean => {
  if (input.author?.isBrand) return true;
  const handle = input.author?.handle?.replace(/^@/, '').toLowerCase();
  return handle !== undefined && handle !== '' && brand.handles.includes(handle);
};

/** Learned words shown as cues: at most this many, each adding at least this much to the winner's logit. */
const LEARNED_CUES = 3;
const LEARNED_CUE_MIN = 0.05;
const logits = new Float64Array(LABELS.length);
const byLabel: Record<Label, number> = { praise: 0, complaint: 0, question: 0, suggestion: 0, none: 0 };

export function detect(input: DetectInput, brand: BrandContext, feedback?: FeedbackModel): Detection {
  const reading = readPost(input.text, input.lang);
  if (ownPost(input, brand)) {
    return {
      label: 'none',
      confidence: 1,
      scores: { praise: 0, complaint: 0, question: 0, suggestion: 0, none: 1 },
      lang: reading.lang,
      cues: [{ label: 'none', kind: 'context', text: "the brand's own post", weight: 1 }],
    };
  }
  const w = weigh(
    reading.evidence,
    feedback ? feedbackHits(feedback, reading.text, reading.tokens, brandWords(brand)) : NO_HITS,
    brandPlace(reading.tokens, brand, reading.evidence.askOthers.length > 0),
  );
  const { label } = combine(reading, w, TRAINED, TRAINED_SCALE, logits);
  // Calibrated: the temperature fitted on held-out folds makes the scores honest.
  for (let k = 0; k < LABELS.length; k++) byLabel[LABELS[k]!] = logits[k]! / TRAINED.temperature;
  const learned = TRAINED.learnedCues(
    reading.tokens,
    label,
    TRAINED_SCALE,
    w.hits,
    LEARNED_CUES,
    LEARNED_CUE_MIN,
  );
  const d = conclude(w, label, byLabel, learned);
  return { label: d.label, confidence: d.confidence, scores: d.scores, cues: d.cues, lang: reading.lang };
}
