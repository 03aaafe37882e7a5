/**
 * Why a post opens no alert, in words a person can check. Every post that is not followed up,
 * digested or alerted ends with one of these reasons, counted in metrics and shown by
 * `beacon explain`; those the detector cannot judge can go to a review channel.
 */
import type { Detection } from './detection.ts';
import type { Route } from './route.ts';

export const DROP_REASONS = [
  'empty-text',
  'unknown-script',
  'low-confidence',
  'not-a-moment',
  'rule',
] as const;
export type DropReason = (typeof DROP_REASONS)[number];

export interface Dropped {
  reason: DropReason;
  /** The reason in words, for `beacon explain` and the review channel. */
  detail: string;
}

/** Posts whose detection confidence is below `below` go to `channel` instead of their route. */
export interface ReviewSetting {
  channel: string;
  below: number;
}

/** Scripts the detector reads (its lexicons and language models). */
const READABLE =
  /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Georgian}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

const percent = (n: number): string => `${Math.round(n * 100)}%`;

/** True when the text has letters, none of them in a script the detector reads. */
export const unreadableScript = (text: string): boolean => /\p{L}/u.test(text) && !READABLE.test(text);

/**
 * Why the post is dropped before routing, if it is: nothing to read, a script the detector cannot
 * read, a detection below the review threshold, or no moment of truth at all.
 */
export function dropBeforeRouting(
  text: string,
  detection: Detection,
  review: ReviewSetting | undefined,
): Dropped | undefined {
  if (!/[\p{L}\p{N}\p{So}]/u.test(text)) return { reason: 'empty-text', detail: 'the post has no text' };
  if (detection.label === 'none' && unreadableScript(text)) {
    return { reason: 'unknown-script', detail: 'written in a script the detector does not read' };
  }
  if (review && detection.confidence < review.below) {
    return {
      reason: 'low-confidence',
      detail: `${detection.label} at ${percent(detection.confidence)}, below the review threshold of ${percent(review.below)}`,
    };
  }
  if (detection.label === 'none') {
    return {
      reason: 'not-a-moment',
      detail: `no praise, complaint, question or suggestion found; none at ${percent(detection.confidence)}`,
    };
  }
  return undefined;
}

/** Why the route drops the post, if it does. */
export const dropByRoute = (route: Route): Dropped | undefined =>
  route.drop || route.label === 'none'
    ? { reason: 'rule', detail: [route.rule, ...route.reasons].join(': ') }
    : undefined;

/** Whether a dropped post goes to the review channel: the detector could not judge it. */
export const needsReview = (dropped: Dropped): boolean =>
  dropped.reason === 'unknown-script' || dropped.reason === 'low-confidence';
