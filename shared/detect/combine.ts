/**
 * Combines the rules' sums with the trained layer, then lets the hard rules for the distinctions
 * people get wrong have the last word: the trained layer refines the rules, it does not undo them.
 */
import { LABELS, type Label } from '../domain/detection.ts';
import { TEMPERATURE, type Weighed } from './decide.ts';
import { STRONG } from './lexicon/compile.ts';
import type { LinearModel } from './model/linear.ts';
import { type Reading, refreshRecords } from './read.ts';

/** How much of the trained layer's logits is added to the rules' (0 = rules alone). */
export const TRAINED_SCALE = 1;

const TIE_ORDER: readonly Label[] = ['complaint', 'question', 'suggestion', 'praise'];
/** 'none' cues (retweet, giveaway, job post, promotion, news wording…) this strong keep a post 'none'. */
const NONE_GUARD = 1.5;

export interface Combined {
  label: Label;
  /** Indexed like LABELS. */
  logits: Float64Array;
}

const argmax = (logits: Float64Array): Label => {
  let label: Label = 'none';
  let best = logits[LABELS.indexOf('none')]!;
  for (const l of TIE_ORDER) {
    const v = logits[LABELS.indexOf(l)]!;
    if (v > best) {
      best = v;
      label = l;
    }
  }
  return label;
};

function noneCues(w: Weighed): number {
  let s = 0;
  for (const h of w.hits) if (h.label === 'none') s += h.weight;
  return s;
}

function strongComplaint(w: Weighed, r: Reading): boolean {
  if (r.evidence.sarcasm.length > 0) return true;
  // A complaint phrase listed strong ("thanks for nothing") is not praise, whatever its words.
  for (const h of w.hits) if (h.label === 'complaint' && h.weight >= STRONG) return true;
  return false;
}

/** The label the hard rules insist on when the blend moved away from the rules' own label. */
function guard(w: Weighed, r: Reading, label: Label): Label {
  if (label === w.label) return label;
  // A question that complains or proposes stays what the rules made of it.
  if (label === 'question' && (w.complaintAsQuestion || w.proposing)) return w.label;
  if (label === 'praise' && w.label === 'complaint' && strongComplaint(w, r)) return w.label;
  if (w.label === 'none' && noneCues(w) >= NONE_GUARD) return w.label;
  return label;
}

/**
 * Rule logits (sums × temperature) plus `scale` × the trained model's logits; the winner after
 * the hard rules. When a rule overrides the blend, the two labels swap logits so that the winner
 * also has the top score.
 */
export function combine(
  r: Reading,
  w: Weighed,
  model: LinearModel | undefined,
  scale: number,
  logits: Float64Array = new Float64Array(LABELS.length),
): Combined {
  for (let k = 0; k < LABELS.length; k++) logits[k] = w.raw[LABELS[k]!] * TEMPERATURE;
  if (model && scale > 0) {
    refreshRecords(r);
    model.addLogits(r.tokens, r.evidence, w, logits, scale);
  }
  const blended = argmax(logits);
  const label = guard(w, r, blended);
  if (label !== blended) {
    const a = LABELS.indexOf(label);
    const b = LABELS.indexOf(blended);
    const t = logits[a]!;
    logits[a] = logits[b]!;
    logits[b] = t;
  }
  return { label, logits };
}
