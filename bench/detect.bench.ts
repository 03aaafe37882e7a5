/**
 * The detector's CPU time per post, on posts written by the team (never the evaluation data): a
 * multilingual mix of realistic length, read plain and with a brand's feedback model (both
 * budgeted), short posts, and a post at the 2,000-character reading limit.
 */

import { buildFeedbackModel, detect } from '../shared/detect/index.ts';
import { tokenize } from '../shared/detect/text.ts';
import type { BrandContext } from '../shared/domain/detection.ts';
import { REALISTIC_POSTS } from '../test/detect/fixtures/realistic-posts.ts';
import { SAMPLE_POSTS } from '../test/detect/fixtures/sample-posts.ts';
import type { Bench } from './harness.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };
const long = REALISTIC_POSTS.join(' ').slice(0, 2000);
/** A signed saying followed by a run of tags and a word: the worst case of the signature check. */
const signedTags = `Be kind whenever possible, it is always possible. - Dalai Lama ${'#a'.repeat(960)} x`;
const feedback = buildFeedbackModel(
  SAMPLE_POSTS.slice(0, 50).map((text, k) => ({
    text,
    from: 'none',
    to: 'complaint',
    at: `2026-01-01T00:00:${k}Z`,
    by: 'U1',
  })),
);
const realistic = (i: number): string => REALISTIC_POSTS[i % REALISTIC_POSTS.length]!;
const short = (i: number): string => SAMPLE_POSTS[i % SAMPLE_POSTS.length]!;

const benches: Bench[] = [
  {
    name: 'detect: realistic multilingual posts',
    fn: (i) => detect({ text: realistic(i) }, brand),
    budgetUs: 50,
    durationMs: 2000,
  },
  { name: 'detect: short posts', fn: (i) => detect({ text: short(i) }, brand) },
  {
    // A brand with relabels from Slack is the usual case in production: same budget.
    name: 'detect: with a 50-relabel feedback model',
    fn: (i) => detect({ text: realistic(i) }, brand, feedback),
    budgetUs: 50,
    durationMs: 2000,
  },
  { name: 'detect: 2,000-character post', fn: () => detect({ text: long }, brand) },
  {
    name: 'detect: 2,000-character post of tags after a signature',
    fn: () => detect({ text: signedTags }, brand),
    budgetUs: 2000,
  },
  { name: 'tokenize only (realistic posts)', fn: (i) => tokenize(realistic(i)) },
];
export default benches;
