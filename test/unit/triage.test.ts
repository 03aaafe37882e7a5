/** Why a post opens no alert: one reason per dropped post, in the pipeline's order. */
import { describe, expect, it } from 'vitest';
import type { Detection, Label } from '../../shared/domain/detection.ts';
import { dropBeforeRouting, dropByRoute, needsReview } from '../../shared/domain/triage.ts';
import { aRoute } from '../helpers/factories.ts';

const detection = (label: Label, confidence: number, lang = 'en'): Detection => ({
  label,
  confidence,
  scores: { praise: 0, complaint: 0, question: 0, suggestion: 0, none: 0, [label]: confidence },
  lang,
  cues: [],
});
const review = { channel: 'review', below: 0.4 };

describe('dropBeforeRouting', () => {
  it.each([
    { text: '  \n ', d: detection('none', 0.38, 'und'), reason: 'empty-text' },
    { text: 'ሰላም ለሁሉም ሰዉ እንዴት ናችሁ', d: detection('none', 0.37, 'und'), reason: 'unknown-script' },
    { text: 'ok acme whatever', d: detection('none', 0.33, 'und'), reason: 'low-confidence' },
    { text: 'Acme phone, not sure what to think', d: detection('complaint', 0.31), reason: 'low-confidence' },
    { text: 'New Acme ad on TV', d: detection('none', 0.72), reason: 'not-a-moment' },
  ])('“$text” is dropped as $reason', ({ text, d, reason }) => {
    expect(dropBeforeRouting(text, d, review)?.reason).toBe(reason);
  });

  it('lets a confident moment through, and an emoji-only post is not empty', () => {
    expect(dropBeforeRouting('My Acme order is late!', detection('complaint', 0.9), review)).toBeUndefined();
    expect(dropBeforeRouting('😡😡', detection('complaint', 0.6), review)).toBeUndefined();
  });

  it('gates on confidence only when a review channel is configured', () => {
    expect(
      dropBeforeRouting('Acme phone, not sure', detection('complaint', 0.31), undefined),
    ).toBeUndefined();
    expect(dropBeforeRouting('ok acme whatever', detection('none', 0.33), undefined)?.reason).toBe(
      'not-a-moment',
    );
  });
});

describe('dropByRoute and needsReview', () => {
  it('names the rule that dropped a post', () => {
    const dropped = dropByRoute(aRoute({ rule: 'drop-job-ads', drop: true, reasons: ['has "apply now"'] }));
    expect(dropped).toEqual({ reason: 'rule', detail: 'drop-job-ads: has "apply now"' });
    expect(dropByRoute(aRoute())).toBeUndefined();
  });

  it('sends to review only what the detector could not judge', () => {
    expect(needsReview({ reason: 'low-confidence', detail: '' })).toBe(true);
    expect(needsReview({ reason: 'unknown-script', detail: '' })).toBe(true);
    expect(needsReview({ reason: 'not-a-moment', detail: '' })).toBe(false);
    expect(needsReview({ reason: 'rule', detail: '' })).toBe(false);
  });
});
