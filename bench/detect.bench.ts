/** The detector's time per post, on posts written for the tests (never the evaluation data). */

import { buildFeedbackModel, detect } from '../shared/detect/index.ts';
import { tokenize } from '../shared/detect/text.ts';
import type { BrandContext } from '../shared/domain/detection.ts';
import { SAMPLE_POSTS } from '../test/detect/fixtures/sample-posts.ts';
import type { Bench } from './harness.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };
const posts = SAMPLE_POSTS;
const long = posts.join(' ').slice(0, 2000);
const feedback = buildFeedbackModel(
  posts
    .slice(0, 50)
    .map((text, k) => ({ text, from: 'none', to: 'complaint', at: `2026-01-01T00:00:${k}Z`, by: 'U1' })),
);
const pick = (i: number): string => posts[i % posts.length]!;

const benches: Bench[] = [
  { name: 'detect: mixed-language posts', fn: (i) => detect({ text: pick(i) }, brand), budgetUs: 50 },
  { name: 'detect: with a 50-relabel feedback model', fn: (i) => detect({ text: pick(i) }, brand, feedback) },
  { name: 'detect: 2,000-character post', fn: () => detect({ text: long }, brand) },
  { name: 'tokenize only', fn: (i) => tokenize(pick(i)) },
];
export default benches;
