/** Where the trained layer's weights live and how they are written: one row per line, so diffs stay readable. */
import type { Weights } from './linear.ts';

export const WEIGHTS_FILE = new URL('./weights.json', import.meta.url).pathname;

const rows = (list: readonly unknown[]): string =>
  list.length === 0 ? '[]' : `[\n${list.map((r) => JSON.stringify(r)).join(',\n')}\n]`;

/** The hidden layer: one unit per line. */
const hidden = (h: NonNullable<Weights['hidden']>): string =>
  `{\n"units": ${h.units},\n"inputs": ${h.inputs},\n"w": ${rows(h.w)},\n"b": ${JSON.stringify(h.b)},\n"out": ${rows(h.out)}\n}`;

export function serializeWeights(w: Weights): string {
  return `{
"format": ${w.format},
"meta": ${JSON.stringify(w.meta, null, 1)},
"labels": ${JSON.stringify(w.labels)},
"dense": ${JSON.stringify(w.dense)},
${w.temperature === undefined ? '' : `"temperature": ${w.temperature},\n`}"bias": ${JSON.stringify(w.bias)},
"denseWeights": ${JSON.stringify(w.denseWeights)},
"words": ${rows(w.words)},
"unigrams": ${rows(w.unigrams)},
"bigrams": ${rows(w.bigrams)},
"charBigrams": ${rows(w.charBigrams)}${w.charGrams === undefined ? '' : `,\n"charGrams": ${rows(w.charGrams)}`}${w.hidden === undefined ? '' : `,\n"hidden": ${hidden(w.hidden)}`}
}
`;
}
