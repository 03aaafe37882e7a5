/**
 * Fits the trained layer: a multinomial logistic regression over the dense rule features and the
 * post's terms, with the rules' logits as a fixed offset (it learns what the rules miss), L2
 * regularised, minimised by L-BFGS. Deterministic: no randomness, examples in the order given,
 * features in sorted order, weights rounded.
 */
import { LABELS, type Label } from '../../domain/detection.ts';
import { brandOfName, brandPlace } from '../brand.ts';
import { TEMPERATURE, type Weighed, weigh } from '../decide.ts';
import { type Reading, readPost } from '../read.ts';
import { DENSE_FEATURES, denseFeatures, gramKeys, termKeys } from './features.ts';
import { activeInputs, type HiddenLayout, hiddenForward, hiddenLayout, initHidden } from './hidden.ts';
import type { Weights } from './linear.ts';

const N = LABELS.length;
const BRAND_FEATURE: readonly boolean[] = DENSE_FEATURES.map(
  (f) => f.startsWith('brand ') || f === 'asks others',
);

export interface TrainingExample {
  text: string;
  label: Label;
  /** From the corpus file name. */
  lang: string;
  /** The company whose team would see the post (its name); absent in older lines. */
  brand?: string;
  /** The hard case the post was written for (`PATTERNS` in corpus.ts). */
  pattern?: string;
}

/** An example read once by the detector, reused by every fit (cross-validation folds included). */
export interface Prepared {
  example: TrainingExample;
  reading: Reading;
  weighed: Weighed;
  dense: Float64Array;
  terms: string[];
  offset: Float64Array;
  y: number;
}

export interface FitOptions {
  /** A term must occur at least this often in the training posts to become a feature. */
  minCount: number;
  /** A character n-gram bucket must occur at least this often. */
  minGramCount: number;
  /** L2 penalty on character n-gram weights: they overlap the words, so they are held back more. */
  lambdaGram: number;
  /** L2 penalty on term weights (per example: the loss is a mean). */
  lambda: number;
  /** L2 penalty on dense weights. */
  lambdaDense: number;
  /** L2 penalty on the per-label bias. */
  lambdaBias: number;
  /**
   * L2 penalty on the brand features (`brand …`, `asks others`): they are off for posts without a
   * brand context (the evaluation files), so fitting them closely cannot hurt those.
   */
  lambdaBrand: number;
  /** Hidden tanh units (`hidden.ts`; 0 = a purely linear layer). */
  hiddenUnits: number;
  /** Whether the hidden units also read the words' logits (else the dense rule features alone). */
  hiddenReadsWords: boolean;
  /** L2 penalty on the hidden layer's weights (its biases are free). */
  lambdaHidden: number;
  /** Seed of the hidden layer's initial weights. */
  seed: number;
  iterations: number;
  /** Term rows whose largest absolute weight is below this are dropped from weights.json. */
  prune: number;
}

/**
 * The penalties are strong on purpose: the corpus is written for training, and weights fitted
 * closely to it (a per-label bias, a recalibration of the rule sums) carried over badly to real
 * posts, while moderately penalised word weights carried over well.
 */
export const FIT_OPTIONS: FitOptions = {
  minCount: 2,
  minGramCount: 3,
  lambdaGram: 2e-2,
  lambda: 5e-3,
  lambdaDense: 0.1,
  lambdaBias: 0.1,
  lambdaBrand: 0.01,
  hiddenUnits: 0,
  hiddenReadsWords: true,
  lambdaHidden: 0.01,
  seed: 20261206,
  iterations: 300,
  prune: 0.02,
};

export function prepare(examples: readonly TrainingExample[]): Prepared[] {
  return examples.map((example) => {
    const reading = readPost(example.text);
    const brand = example.brand === undefined ? undefined : brandOfName(example.brand);
    const place = brandPlace(reading.tokens, brand, reading.evidence.askOthers.length > 0);
    const weighed = weigh(reading.evidence, [], place);
    const dense = new Float64Array(DENSE_FEATURES.length);
    denseFeatures(reading.evidence, weighed, dense);
    const offset = new Float64Array(N);
    for (let k = 0; k < N; k++) offset[k] = weighed.raw[LABELS[k]!] * TEMPERATURE;
    return {
      example,
      reading,
      weighed,
      dense,
      terms: [...termKeys(reading.tokens), ...gramKeys(reading.tokens)],
      offset,
      y: LABELS.indexOf(example.label),
    };
  });
}

interface Design {
  keys: string[];
  /** Per example: term feature indexes (repeated when a term repeats). */
  rows: Int32Array[];
  /** Per key: 1 for a character n-gram bucket. */
  gram: Uint8Array;
}

function design(items: readonly Prepared[], minCount: number, minGramCount: number): Design {
  const counts = new Map<string, number>();
  for (const it of items) for (const t of it.terms) counts.set(t, (counts.get(t) ?? 0) + 1);
  const keys = [...counts]
    .filter(([k, n]) => n >= (k.startsWith('g:') ? minGramCount : minCount))
    .map(([k]) => k)
    .sort();
  const index = new Map(keys.map((k, i) => [k, i]));
  const rows = items.map((it) => {
    const out: number[] = [];
    for (const t of it.terms) {
      const i = index.get(t);
      if (i !== undefined) out.push(i);
    }
    return Int32Array.from(out);
  });
  return { keys, rows, gram: Uint8Array.from(keys, (k) => (k.startsWith('g:') ? 1 : 0)) };
}

/** Mean cross-entropy plus L2, and its gradient, at `theta` = [bias, dense weights, term weights, hidden layer]. */
function objective(
  theta: Float64Array,
  grad: Float64Array,
  items: readonly Prepared[],
  d: Design,
  o: FitOptions,
  hl: HiddenLayout,
): number {
  const nd = DENSE_FEATURES.length;
  const termsAt = N + nd * N;
  grad.fill(0);
  const z = new Float64Array(N);
  const s = new Float64Array(N);
  const input = new Float64Array(hl.inputs);
  const active = new Int32Array(hl.inputs);
  let count = 0;
  const h = new Float64Array(hl.units);
  const dh = new Float64Array(hl.units);
  const ds = new Float64Array(N);
  let loss = 0;
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    for (let k = 0; k < N; k++) z[k] = it.offset[k]! + theta[k]!;
    for (let f = 0; f < nd; f++) {
      const v = it.dense[f]!;
      if (v !== 0) for (let k = 0; k < N; k++) z[k]! += v * theta[N + f * N + k]!;
    }
    const row = d.rows[i]!;
    s.fill(0);
    for (let j = 0; j < row.length; j++) {
      const base = termsAt + row[j]! * N;
      for (let k = 0; k < N; k++) s[k]! += theta[base + k]!;
    }
    for (let k = 0; k < N; k++) z[k]! += s[k]!;
    if (hl.units > 0) {
      input.set(it.dense);
      if (hl.inputs > nd) input.set(s, nd);
      count = activeInputs(input, active);
      hiddenForward(theta, hl, input, active, count, h, z, 1);
    }
    let max = -Infinity;
    for (let k = 0; k < N; k++) if (z[k]! > max) max = z[k]!;
    let sum = 0;
    for (let k = 0; k < N; k++) {
      z[k] = Math.exp(z[k]! - max);
      sum += z[k]!;
    }
    loss -= Math.log(z[it.y]! / sum);
    // z becomes the gradient of this example's loss w.r.t. its logits: p - onehot(y).
    for (let k = 0; k < N; k++) z[k] = z[k]! / sum - (k === it.y ? 1 : 0);
    for (let k = 0; k < N; k++) grad[k]! += z[k]!;
    for (let f = 0; f < nd; f++) {
      const v = it.dense[f]!;
      if (v !== 0) for (let k = 0; k < N; k++) grad[N + f * N + k]! += v * z[k]!;
    }
    // The word logits reach the loss directly and through the hidden units.
    ds.set(z);
    for (let j = 0; j < hl.units; j++) {
      const t = h[j]!;
      const out = hl.out + j * N;
      let g = 0;
      for (let k = 0; k < N; k++) {
        grad[out + k]! += t * z[k]!;
        g += theta[out + k]! * z[k]!;
      }
      dh[j] = g * (1 - t * t);
    }
    for (let j = 0; j < hl.units; j++) {
      const g = dh[j]!;
      if (g === 0) continue;
      grad[hl.b + j]! += g;
      const w = hl.w + j * hl.inputs;
      for (let n = 0; n < count; n++) {
        const f = active[n]!;
        grad[w + f]! += g * input[f]!;
      }
      if (hl.inputs > nd) for (let k = 0; k < N; k++) ds[k]! += g * theta[w + nd + k]!;
    }
    for (let j = 0; j < row.length; j++) {
      const base = termsAt + row[j]! * N;
      for (let k = 0; k < N; k++) grad[base + k]! += ds[k]!;
    }
  }
  const n = Math.max(items.length, 1);
  loss /= n;
  for (let p = 0; p < theta.length; p++) grad[p] = grad[p]! / n;
  const hiddenAt = termsAt + d.keys.length * N;
  for (let p = 0; p < theta.length; p++) {
    const lambda =
      p < N
        ? o.lambdaBias
        : p < termsAt
          ? BRAND_FEATURE[Math.floor((p - N) / N)]
            ? o.lambdaBrand
            : o.lambdaDense
          : p < hiddenAt
            ? d.gram[Math.floor((p - termsAt) / N)] === 1
              ? o.lambdaGram
              : o.lambda
            : p >= hl.b && p < hl.out
              ? 0
              : o.lambdaHidden;
    loss += 0.5 * lambda * theta[p]! * theta[p]!;
    grad[p]! += lambda * theta[p]!;
  }
  return loss;
}

const dot = (a: Float64Array, b: Float64Array): number => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
};

/** Limited-memory BFGS with a backtracking (Armijo) line search. */
function minimise(
  f: (theta: Float64Array, grad: Float64Array) => number,
  start: Float64Array,
  iterations: number,
): Float64Array {
  const m = 8;
  const size = start.length;
  let x = Float64Array.from(start);
  let g = new Float64Array(size);
  let fx = f(x, g);
  const ss: Float64Array[] = [];
  const ys: Float64Array[] = [];
  const next = new Float64Array(size);
  const gNext = new Float64Array(size);
  for (let iter = 0; iter < iterations; iter++) {
    // Two-loop recursion: direction = -H·g.
    const q = Float64Array.from(g);
    const alpha: number[] = [];
    for (let k = ss.length - 1; k >= 0; k--) {
      const a = dot(ss[k]!, q) / dot(ys[k]!, ss[k]!);
      alpha[k] = a;
      const y = ys[k]!;
      for (let i = 0; i < size; i++) q[i]! -= a * y[i]!;
    }
    if (ss.length > 0) {
      const last = ss.length - 1;
      const gamma = dot(ss[last]!, ys[last]!) / dot(ys[last]!, ys[last]!);
      for (let i = 0; i < size; i++) q[i]! *= gamma;
    } else {
      const norm = Math.sqrt(dot(g, g)) || 1;
      for (let i = 0; i < size; i++) q[i]! /= norm;
    }
    for (let k = 0; k < ss.length; k++) {
      const b = dot(ys[k]!, q) / dot(ys[k]!, ss[k]!);
      const s = ss[k]!;
      for (let i = 0; i < size; i++) q[i]! += s[i]! * (alpha[k]! - b);
    }
    // q is now H·g; step along -q.
    const slope = -dot(g, q);
    if (!(slope < 0)) break;
    let step = 1;
    let fNext = Infinity;
    for (let tries = 0; tries < 30; tries++) {
      for (let i = 0; i < size; i++) next[i] = x[i]! - step * q[i]!;
      fNext = f(next, gNext);
      if (fNext <= fx + 1e-4 * step * slope) break;
      step /= 2;
    }
    if (!(fNext < fx)) break;
    const s = new Float64Array(size);
    const y = new Float64Array(size);
    for (let i = 0; i < size; i++) {
      s[i] = next[i]! - x[i]!;
      y[i] = gNext[i]! - g[i]!;
    }
    if (dot(s, y) > 1e-12) {
      ss.push(s);
      ys.push(y);
      if (ss.length > m) {
        ss.shift();
        ys.shift();
      }
    }
    const improvement = fx - fNext;
    x = Float64Array.from(next);
    g = Float64Array.from(gNext);
    fx = fNext;
    if (improvement < 1e-9 * Math.max(1, Math.abs(fx))) break;
  }
  return x;
}

const round = (v: number, digits: number): number => {
  const p = 10 ** digits;
  const r = Math.round(v * p) / p;
  return r === 0 ? 0 : r;
};

/** Fits the model on `items` and returns weights.json's content (with an empty `meta`). */
export function fitModel(items: readonly Prepared[], o: FitOptions = FIT_OPTIONS): Weights {
  const d = design(items, o.minCount, o.minGramCount);
  const nd = DENSE_FEATURES.length;
  const termsAt = N + nd * N;
  const hl = hiddenLayout(o.hiddenUnits, o.hiddenReadsWords ? nd + N : nd, termsAt + d.keys.length * N);
  const start = new Float64Array(hl.w + hl.size);
  initHidden(start, hl, o.seed);
  const theta = minimise((t, g) => objective(t, g, items, d, o, hl), start, o.iterations);

  const unigrams = new Map<string, number[]>();
  const bigrams = new Map<string, number[]>();
  const charBigrams: (string | number)[][] = [];
  const charGrams: number[][] = [];
  for (let t = 0; t < d.keys.length; t++) {
    const w: number[] = [];
    let big = 0;
    for (let k = 0; k < N; k++) {
      const v = theta[termsAt + t * N + k]!;
      w.push(round(v, 3));
      big = Math.max(big, Math.abs(v));
    }
    if (big < o.prune) continue;
    const key = d.keys[t]!;
    const body = key.slice(2);
    if (key.startsWith('w:')) unigrams.set(body, w);
    else if (key.startsWith('b:')) bigrams.set(body, w);
    else if (key.startsWith('g:')) charGrams.push([Number(body), ...w]);
    else charBigrams.push([body, ...w]);
  }
  const wordSet = new Set<string>(unigrams.keys());
  for (const b of bigrams.keys()) for (const part of b.split('\t')) wordSet.add(part);
  const words = [...wordSet].sort();
  const wordIndex = new Map(words.map((w, i) => [w, i]));
  return {
    format: 1,
    meta: {},
    labels: [...LABELS],
    dense: [...DENSE_FEATURES],
    bias: Array.from(theta.subarray(0, N), (v) => round(v, 4)),
    denseWeights: Array.from(theta.subarray(N, termsAt), (v) => round(v, 4)),
    words,
    unigrams: [...unigrams].map(([w, v]) => [wordIndex.get(w)!, ...v]),
    bigrams: [...bigrams].map(([b, v]) => {
      const [first, second] = b.split('\t') as [string, string];
      return [wordIndex.get(first)!, wordIndex.get(second)!, ...v];
    }),
    charBigrams,
    charGrams: charGrams.sort((a, b) => a[0]! - b[0]!),
    ...(hl.units > 0 && {
      hidden: {
        units: hl.units,
        inputs: hl.inputs,
        w: Array.from({ length: hl.units }, (_, j) =>
          Array.from(theta.subarray(hl.w + j * hl.inputs, hl.w + (j + 1) * hl.inputs), (v) => round(v, 4)),
        ),
        b: Array.from(theta.subarray(hl.b, hl.out), (v) => round(v, 4)),
        out: Array.from({ length: hl.units }, (_, j) =>
          Array.from(theta.subarray(hl.out + j * N, hl.out + (j + 1) * N), (v) => round(v, 4)),
        ),
      },
    }),
  };
}
