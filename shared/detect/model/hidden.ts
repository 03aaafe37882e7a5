/**
 * The trained layer's hidden units: what a linear layer cannot learn, because it needs two things
 * at once. Sarcasm is praise words *and* a complaint situation; "thanks for nothing" is thanks
 * *and* a negation; a complaint phrased as a question is a question mark *and* complaint words; a
 * passing mention is sentiment *and* a brand that is not addressed. A unit sees the dense rule
 * features together with what the post's words already say (their summed logits) and adds a
 * correction to the logits:
 *
 *   logits += out · tanh(w · [dense features, word logits] + b)
 *
 * Fitted jointly with the linear layer by `fit.ts` (deterministic: the initial weights come from a
 * fixed seed), applied by `linear.ts`; the same function computes the units in both.
 */
import { LABELS } from '../../domain/detection.ts';

const N = LABELS.length;

/** weights.json's `hidden`: `units` tanh units over `inputs` inputs (the dense features, then, if it reads them, the words' logit per label). */
export interface HiddenWeights {
  units: number;
  inputs: number;
  /** Per unit, its weight for each input. */
  w: number[][];
  b: number[];
  /** Per unit, what it adds to each label's logit. */
  out: number[][];
}

/** Where each block of the hidden layer's parameters starts in a flat parameter array. */
export interface HiddenLayout {
  units: number;
  inputs: number;
  w: number;
  b: number;
  out: number;
  size: number;
}

export function hiddenLayout(units: number, inputs: number, at: number): HiddenLayout {
  const w = at;
  const b = w + units * inputs;
  const out = b + units;
  return { units, inputs, w, b, out, size: units * inputs + units + units * N };
}

/**
 * Computes the units' activations `h` for `input` and adds `scale` × their output to `logits`.
 * Only the inputs listed in `active` (its first `count` entries, in increasing order) are read:
 * most dense features of a post are 0.
 */
export function hiddenForward(
  p: Float64Array,
  l: HiddenLayout,
  input: Float64Array,
  active: Int32Array,
  count: number,
  h: Float64Array,
  logits: Float64Array,
  scale: number,
): void {
  for (let j = 0; j < l.units; j++) {
    let a = p[l.b + j]!;
    const row = l.w + j * l.inputs;
    for (let n = 0; n < count; n++) {
      const i = active[n]!;
      a += input[i]! * p[row + i]!;
    }
    const t = Math.tanh(a);
    h[j] = t;
    const o = l.out + j * N;
    for (let k = 0; k < N; k++) logits[k]! += scale * t * p[o + k]!;
  }
}

/** Fills `active` with the indexes of the non-zero entries of `input`; returns their count. */
export function activeInputs(input: Float64Array, active: Int32Array): number {
  let n = 0;
  for (let i = 0; i < input.length; i++) if (input[i] !== 0) active[n++] = i;
  return n;
}

/** Deterministic initial weights (mulberry32 from a fixed seed), small enough to start near linear. */
export function initHidden(theta: Float64Array, l: HiddenLayout, seed: number): void {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const spread = 1 / Math.sqrt(l.inputs);
  for (let i = 0; i < l.units * l.inputs; i++) theta[l.w + i] = (2 * next() - 1) * spread;
  for (let i = 0; i < l.units * N; i++) theta[l.out + i] = (2 * next() - 1) * 0.01;
}

/** The compiled hidden layer of a weights file (checked against the detector's feature count). */
export function compileHidden(
  hw: HiddenWeights,
  denseCount: number,
): { p: Float64Array; layout: HiddenLayout } {
  const layout = hiddenLayout(hw.units, hw.inputs, 0);
  if (
    (hw.inputs !== denseCount + N && hw.inputs !== denseCount) ||
    hw.w.length !== hw.units ||
    hw.w.some((r) => r.length !== hw.inputs) ||
    hw.b.length !== hw.units ||
    hw.out.length !== hw.units ||
    hw.out.some((r) => r.length !== N)
  ) {
    throw new Error('weights.json: the hidden layer does not match the detector features: run npm run train');
  }
  const p = new Float64Array(layout.size);
  hw.w.forEach((r, j) => {
    p.set(r, layout.w + j * hw.inputs);
  });
  p.set(hw.b, layout.b);
  hw.out.forEach((r, j) => {
    p.set(r, layout.out + j * N);
  });
  return { p, layout };
}
