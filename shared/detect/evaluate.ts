/** Scoring a detector against labelled posts: per-class precision/recall/F1, macro-F1, confusion, calibration. */
import { LABELS, type Label } from '../domain/detection.ts';
import { expectedCalibrationError } from './model/calibrate.ts';

export interface Example {
  id?: string;
  text: string;
  label: Label;
  lang?: string;
}

export interface Prediction {
  example: Example;
  predicted: Label;
  confidence: number;
  /** Language the detector identified. */
  lang: string;
}

export interface ClassScores {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface Report {
  n: number;
  macroF1: number;
  perClass: Partial<Record<Label, ClassScores>>;
  perLang: Record<string, { n: number; macroF1: number }>;
  /** confusion[gold][predicted] */
  confusion: Record<Label, Record<Label, number>>;
  /** Expected calibration error of the stated confidences (10 bins). */
  ece: number;
  usPerPost: number;
}

const round = (n: number): number => Math.round(n * 10_000) / 10_000;

/**
 * Per-class scores for every label that occurs in the gold labels; macro-F1 averages them. A
 * prediction of a label absent from the gold set still costs recall of the true class.
 */
export function score(pairs: readonly { gold: Label; predicted: Label }[]): {
  macroF1: number;
  perClass: Partial<Record<Label, ClassScores>>;
} {
  const perClass: Partial<Record<Label, ClassScores>> = {};
  let sum = 0;
  let count = 0;
  for (const label of LABELS) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const p of pairs) {
      if (p.predicted === label && p.gold === label) tp++;
      else if (p.predicted === label) fp++;
      else if (p.gold === label) fn++;
    }
    if (tp + fn === 0) continue;
    const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    perClass[label] = { precision: round(precision), recall: round(recall), f1: round(f1), support: tp + fn };
    sum += f1;
    count++;
  }
  return { macroF1: round(count === 0 ? 0 : sum / count), perClass };
}

export function report(predictions: readonly Prediction[], usPerPost: number): Report {
  const pairs = predictions.map((p) => ({ gold: p.example.label, predicted: p.predicted }));
  const { macroF1, perClass } = score(pairs);
  const byLang = new Map<string, { gold: Label; predicted: Label }[]>();
  for (const p of predictions) {
    const lang = p.example.lang ?? p.lang;
    const list = byLang.get(lang) ?? [];
    list.push({ gold: p.example.label, predicted: p.predicted });
    byLang.set(lang, list);
  }
  const perLang: Report['perLang'] = {};
  for (const [lang, list] of [...byLang].sort(([a], [b]) => a.localeCompare(b))) {
    perLang[lang] = { n: list.length, macroF1: score(list).macroF1 };
  }
  const confusion = Object.fromEntries(
    LABELS.map((g) => [g, Object.fromEntries(LABELS.map((p) => [p, 0]))]),
  ) as Record<Label, Record<Label, number>>;
  for (const p of pairs) confusion[p.gold][p.predicted]++;
  const ece = expectedCalibrationError(
    predictions.map((p) => ({ confidence: p.confidence, correct: p.predicted === p.example.label })),
  );
  return { n: predictions.length, macroF1, perClass, perLang, confusion, ece, usPerPost: round(usPerPost) };
}

/** The confident mistakes first: they are the ones worth reading. */
export function worstMistakes(predictions: readonly Prediction[], n: number): Prediction[] {
  return predictions
    .filter((p) => p.predicted !== p.example.label)
    .sort((a, b) => b.confidence - a.confidence)
    .slice(0, n);
}
