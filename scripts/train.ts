/**
 * `npm run train [-- --corpus DIR] [--out FILE] [--folds K]`
 *
 * Fits the detector's trained layer on the team's own posts (`shared/detect/training/*.jsonl`),
 * prints k-fold cross-validated macro-F1 per language and per pattern (rules alone and rules +
 * trained layer) with the expected calibration error, fits the temperature that calibrates the
 * scores on the held-out predictions, and writes `shared/detect/model/weights.json`.
 * Deterministic: the same corpus gives the same file.
 */
import { writeFileSync } from 'node:fs';
import { type Prediction, report } from '../shared/detect/evaluate.ts';
import { expectedCalibrationError } from '../shared/detect/model/calibrate.ts';
import { CORPUS_DIR, readCorpus } from '../shared/detect/model/corpus.ts';
import { crossValidate } from '../shared/detect/model/cross-validate.ts';
import { FIT_OPTIONS, fitModel, prepare } from '../shared/detect/model/fit.ts';
import type { Weights } from '../shared/detect/model/linear.ts';
import { serializeWeights, WEIGHTS_FILE } from '../shared/detect/model/weights-file.ts';
import type { Label } from '../shared/domain/detection.ts';

interface Options {
  corpus: string;
  out: string;
  folds: number;
}

function parseArgs(args: string[]): Options {
  const o: Options = { corpus: CORPUS_DIR, out: WEIGHTS_FILE, folds: 5 };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const v = args[i + 1];
    if (a === '--corpus' && v) o.corpus = v;
    else if (a === '--out' && v) o.out = v;
    else if (a === '--folds' && v && Number.isInteger(Number(v)) && Number(v) >= 2) o.folds = Number(v);
    else
      throw new Error(`usage: npm run train [-- --corpus DIR] [--out FILE] [--folds K]; bad argument ${a}`);
    i++;
  }
  return o;
}

const pad = (s: string, n: number): string => s.padEnd(n);
const f3 = (v: number): string => v.toFixed(3);

interface Group {
  n: number;
  rules: number;
  trained: number;
  ece: number;
}

function main(): void {
  const o = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const corpus = readCorpus(o.corpus);
  if (corpus.examples.length === 0) throw new Error(`no training posts in ${o.corpus}`);
  const items = prepare(corpus.examples);
  console.log(
    `corpus: ${items.length} posts in ${Object.keys(corpus.sizes).length} languages (${o.corpus}), sha256 ${corpus.hash.slice(0, 12)}`,
  );

  const cv = crossValidate(items, o.folds);
  const asPrediction = (i: number, predicted: Label, confidence: number): Prediction => ({
    example: { text: items[i]!.example.text, label: items[i]!.example.label, lang: items[i]!.example.lang },
    predicted,
    confidence,
    lang: items[i]!.reading.lang,
  });
  const rules = cv.heldOut.map((h, i) => asPrediction(i, h.rules, 0));
  const trained = cv.heldOut.map((h, i) => asPrediction(i, h.label, h.confidence));
  const before = report(rules, 0);
  const after = report(trained, 0);

  const group = (key: (i: number) => string | undefined): Record<string, Group> => {
    const by = new Map<string, number[]>();
    for (let i = 0; i < items.length; i++) {
      const k = key(i);
      if (k !== undefined) by.set(k, [...(by.get(k) ?? []), i]);
    }
    const out: Record<string, Group> = {};
    for (const [k, idx] of [...by].sort(([a], [b]) => a.localeCompare(b))) {
      const r = report(
        idx.map((i) => rules[i]!),
        0,
      );
      const t = report(
        idx.map((i) => trained[i]!),
        0,
      );
      out[k] = {
        n: idx.length,
        rules: r.macroF1,
        trained: t.macroF1,
        ece: expectedCalibrationError(
          idx.map((i) => ({
            confidence: trained[i]!.confidence,
            correct: trained[i]!.predicted === trained[i]!.example.label,
          })),
        ),
      };
    }
    return out;
  };
  const perLang = group((i) => items[i]!.example.lang);
  const perPattern = group((i) => items[i]!.example.pattern);
  const accuracy = (idx: number[], preds: Prediction[]): number =>
    idx.length === 0
      ? 0
      : idx.filter((i) => preds[i]!.predicted === preds[i]!.example.label).length / idx.length;

  console.log(
    `\n${o.folds}-fold cross-validated macro-F1 on the corpus (rules alone → with the trained layer), ECE of the calibrated scores`,
  );
  console.log(`${pad('language', 10)}${pad('n', 7)}${pad('rules', 8)}${pad('trained', 9)}ECE`);
  for (const [lang, g] of Object.entries(perLang)) {
    console.log(
      `${pad(lang, 10)}${pad(String(g.n), 7)}${pad(f3(g.rules), 8)}${pad(f3(g.trained), 9)}${f3(g.ece)}`,
    );
  }
  console.log(
    `${pad('all', 10)}${pad(String(after.n), 7)}${pad(f3(before.macroF1), 8)}${pad(f3(after.macroF1), 9)}${f3(cv.ece)}`,
  );
  for (const [label, s] of Object.entries(after.perClass)) {
    console.log(`  ${pad(label, 12)}F1 ${f3(before.perClass[label as Label]!.f1)} → ${f3(s.f1)}`);
  }
  const patterns = Object.entries(perPattern);
  if (patterns.length > 0) {
    console.log(`\nper pattern (lines that name one): accuracy rules → trained, macro-F1 trained, ECE`);
    console.log(
      `${pad('pattern', 28)}${pad('n', 7)}${pad('rules', 8)}${pad('trained', 9)}${pad('F1', 8)}ECE`,
    );
    for (const [pattern, g] of patterns) {
      const idx = items.flatMap((it, i) => (it.example.pattern === pattern ? [i] : []));
      console.log(
        `${pad(pattern, 28)}${pad(String(g.n), 7)}${pad(f3(accuracy(idx, rules)), 8)}${pad(f3(accuracy(idx, trained)), 9)}${pad(f3(g.trained), 8)}${f3(g.ece)}`,
      );
    }
  }
  console.log(
    `\ncalibration: temperature ${cv.temperature} (fitted on the held-out logits); ECE ${f3(cv.eceRaw)} uncalibrated → ${f3(cv.ece)} calibrated (each fold's temperature fitted on the other folds)`,
  );

  const weights: Weights = { ...fitModel(items), temperature: cv.temperature };
  weights.meta = {
    corpus: corpus.sizes,
    corpusHash: corpus.hash,
    features: {
      dense: weights.dense.length,
      words: weights.words.length,
      unigrams: weights.unigrams.length,
      bigrams: weights.bigrams.length,
      charBigrams: weights.charBigrams.length,
    },
    options: FIT_OPTIONS,
    cv: {
      folds: o.folds,
      rulesMacroF1: before.macroF1,
      macroF1: after.macroF1,
      ece: cv.ece,
      eceUncalibrated: cv.eceRaw,
      temperature: cv.temperature,
      perLang: Object.fromEntries(
        Object.entries(perLang).map(([l, g]) => [l, { macroF1: g.trained, ece: g.ece }]),
      ),
      perPattern: Object.fromEntries(
        patterns.map(([p, g]) => [p, { n: g.n, macroF1: g.trained, ece: g.ece }]),
      ),
    },
  };
  const text = serializeWeights(weights);
  writeFileSync(o.out, text);
  console.log(
    `\nwrote ${o.out}: ${weights.unigrams.length} words, ${weights.bigrams.length} word pairs, ${weights.charBigrams.length} character pairs, ${(text.length / 1024).toFixed(0)} KiB (${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
}

main();
