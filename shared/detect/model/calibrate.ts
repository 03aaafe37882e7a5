/**
 * Honest confidence: a temperature for the detector's logits, fitted on held-out predictions
 * (cross-validation folds), and the expected calibration error that says how far the stated
 * confidence is from the share of posts it gets right.
 */

/** One held-out prediction: the logits the detector gave (indexed like LABELS) and the right label's index. */
export interface Scored {
  logits: ArrayLike<number>;
  gold: number;
}

/** Softmax of `logits / t` into `out`. */
export function softmax(logits: ArrayLike<number>, t: number, out: Float64Array): Float64Array {
  let max = -Infinity;
  for (let k = 0; k < logits.length; k++) if (logits[k]! / t > max) max = logits[k]! / t;
  let sum = 0;
  for (let k = 0; k < logits.length; k++) {
    out[k] = Math.exp(logits[k]! / t - max);
    sum += out[k]!;
  }
  for (let k = 0; k < logits.length; k++) out[k] = out[k]! / sum;
  return out;
}

function meanNll(items: readonly Scored[], t: number): number {
  if (items.length === 0) return 0;
  const p = new Float64Array(items[0]!.logits.length);
  let s = 0;
  for (const it of items) s -= Math.log(Math.max(softmax(it.logits, t, p)[it.gold]!, 1e-12));
  return s / items.length;
}

/**
 * The temperature (logits are divided by it) with the least mean negative log-likelihood on
 * `items`: golden-section search on log t over [0.2, 8]; deterministic.
 */
export function fitTemperature(items: readonly Scored[]): number {
  if (items.length === 0) return 1;
  let a = Math.log(0.2);
  let b = Math.log(8);
  const g = (Math.sqrt(5) - 1) / 2;
  let c = b - g * (b - a);
  let d = a + g * (b - a);
  let fc = meanNll(items, Math.exp(c));
  let fd = meanNll(items, Math.exp(d));
  for (let i = 0; i < 60; i++) {
    if (fc < fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - g * (b - a);
      fc = meanNll(items, Math.exp(c));
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + g * (b - a);
      fd = meanNll(items, Math.exp(d));
    }
  }
  return Math.round(Math.exp((a + b) / 2) * 1000) / 1000;
}

export const ECE_BINS = 10;

/**
 * Expected calibration error: posts binned by stated confidence (10 equal bins), the gap between
 * each bin's mean confidence and its accuracy, weighted by the bin's share of posts.
 */
export function expectedCalibrationError(preds: readonly { confidence: number; correct: boolean }[]): number {
  if (preds.length === 0) return 0;
  const n = new Array<number>(ECE_BINS).fill(0);
  const conf = new Array<number>(ECE_BINS).fill(0);
  const right = new Array<number>(ECE_BINS).fill(0);
  for (const p of preds) {
    const b = Math.min(ECE_BINS - 1, Math.max(0, Math.floor(p.confidence * ECE_BINS)));
    n[b]!++;
    conf[b]! += p.confidence;
    if (p.correct) right[b]!++;
  }
  let e = 0;
  for (let b = 0; b < ECE_BINS; b++) if (n[b]! > 0) e += Math.abs(conf[b]! - right[b]!) * 1;
  return Math.round((e / preds.length) * 10_000) / 10_000;
}
