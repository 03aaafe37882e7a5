/**
 * K-fold cross-validation of the trained layer on the corpus, with held-out logits kept for
 * calibration: the temperature is fitted on them, and the calibration error is measured on each
 * fold with a temperature fitted on the other folds only.
 */
import { LABELS, type Label } from '../../domain/detection.ts';
import { combine, TRAINED_SCALE } from '../combine.ts';
import { expectedCalibrationError, fitTemperature, type Scored, softmax } from './calibrate.ts';
import { fitModel, type Prepared } from './fit.ts';
import { LinearModel } from './linear.ts';

/** Deterministic pseudo-random numbers (mulberry32) for the fold assignment. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fold per example, stratified by language and label. */
export function assignFolds(items: readonly Prepared[], k: number): number[] {
  const next = random(20261122);
  const groups = new Map<string, number[]>();
  items.forEach((it, i) => {
    const key = `${it.example.lang} ${it.example.label}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const fold = new Array<number>(items.length).fill(0);
  for (const key of [...groups.keys()].sort()) {
    const members = groups.get(key)!;
    for (let i = members.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [members[i], members[j]] = [members[j]!, members[i]!];
    }
    members.forEach((m, i) => {
      fold[m] = i % k;
    });
  }
  return fold;
}

export interface HeldOut {
  /** The rules' label alone. */
  rules: Label;
  /** Rules and the trained layer (fitted without this post's fold). */
  label: Label;
  /** Combined logits, indexed like LABELS, before calibration. */
  logits: Float64Array;
  /** Winner's score with no temperature (1). */
  rawConfidence: number;
  /** Winner's score with a temperature fitted on the other folds. */
  confidence: number;
  fold: number;
}

export interface CrossValidation {
  folds: number;
  heldOut: HeldOut[];
  /** Fitted on every held-out prediction: the one weights.json keeps. */
  temperature: number;
  /** ECE of the held-out predictions, uncalibrated and calibrated (temperature from the other folds). */
  eceRaw: number;
  ece: number;
}

export function crossValidate(items: readonly Prepared[], folds: number): CrossValidation {
  const fold = assignFolds(items, folds);
  const heldOut: HeldOut[] = new Array(items.length);
  const p = new Float64Array(LABELS.length);
  for (let f = 0; f < folds; f++) {
    const model = new LinearModel(fitModel(items.filter((_, i) => fold[i] !== f)));
    for (let i = 0; i < items.length; i++) {
      if (fold[i] !== f) continue;
      const it = items[i]!;
      const c = combine(it.reading, it.weighed, model, TRAINED_SCALE);
      const logits = Float64Array.from(c.logits);
      const raw = softmax(logits, 1, p)[LABELS.indexOf(c.label)]!;
      heldOut[i] = {
        rules: it.weighed.label,
        label: c.label,
        logits,
        rawConfidence: raw,
        confidence: raw,
        fold: f,
      };
    }
  }
  const scored = (keep: (i: number) => boolean): Scored[] =>
    heldOut.flatMap((h, i) => (keep(i) ? [{ logits: h.logits, gold: items[i]!.y }] : []));
  for (let f = 0; f < folds; f++) {
    const t = fitTemperature(scored((i) => fold[i] !== f));
    for (let i = 0; i < items.length; i++) {
      if (fold[i] !== f) continue;
      const h = heldOut[i]!;
      h.confidence = softmax(h.logits, t, p)[LABELS.indexOf(h.label)]!;
    }
  }
  const correct = (i: number): boolean => heldOut[i]!.label === items[i]!.example.label;
  return {
    folds,
    heldOut,
    temperature: fitTemperature(scored(() => true)),
    eceRaw: expectedCalibrationError(
      heldOut.map((h, i) => ({ confidence: h.rawConfidence, correct: correct(i) })),
    ),
    ece: expectedCalibrationError(heldOut.map((h, i) => ({ confidence: h.confidence, correct: correct(i) }))),
  };
}
