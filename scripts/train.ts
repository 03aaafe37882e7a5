/**
 * `npm run train [-- --corpus DIR] [--out FILE] [--folds K]`
 *
 * Fits the detector's trained layer on the team's own posts (`shared/detect/training/*.jsonl`),
 * prints k-fold cross-validated macro-F1 per language (rules alone and rules + trained layer),
 * and writes `shared/detect/model/weights.json`. Deterministic: the same corpus gives the same file.
 */
import { writeFileSync } from 'node:fs';
import { combine, TRAINED_SCALE } from '../shared/detect/combine.ts';
import { type Prediction, report } from '../shared/detect/evaluate.ts';
import { CORPUS_DIR, readCorpus } from '../shared/detect/model/corpus.ts';
import { FIT_OPTIONS, fitModel, type Prepared, prepare } from '../shared/detect/model/fit.ts';
import { LinearModel, type Weights } from '../shared/detect/model/linear.ts';
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
function assignFolds(items: readonly Prepared[], k: number): number[] {
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

function predict(items: readonly Prepared[], model: LinearModel | undefined, scale: number): Prediction[] {
  return items.map((it) => {
    const c = combine(it.reading, it.weighed, model, scale);
    return {
      example: { text: it.example.text, label: it.example.label, lang: it.example.lang },
      predicted: c.label as Label,
      confidence: 0,
      lang: it.reading.lang,
    };
  });
}

const pad = (s: string, n: number): string => s.padEnd(n);
const f3 = (v: number): string => v.toFixed(3);

function main(): void {
  const o = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const corpus = readCorpus(o.corpus);
  if (corpus.examples.length === 0) throw new Error(`no training posts in ${o.corpus}`);
  const items = prepare(corpus.examples);
  console.log(
    `corpus: ${items.length} posts in ${Object.keys(corpus.sizes).length} languages (${o.corpus}), sha256 ${corpus.hash.slice(0, 12)}`,
  );

  const fold = assignFolds(items, o.folds);
  const rules: Prediction[] = predict(items, undefined, 0);
  const trained: Prediction[] = new Array(items.length);
  for (let f = 0; f < o.folds; f++) {
    const train = items.filter((_, i) => fold[i] !== f);
    const testIdx = items.map((_, i) => i).filter((i) => fold[i] === f);
    const model = new LinearModel(fitModel(train));
    const predicted = predict(
      testIdx.map((i) => items[i]!),
      model,
      TRAINED_SCALE,
    );
    testIdx.forEach((i, k) => {
      trained[i] = predicted[k]!;
    });
  }
  const before = report(rules, 0);
  const after = report(trained, 0);
  console.log(
    `\n${o.folds}-fold cross-validated macro-F1 on the corpus (rules alone → with the trained layer)`,
  );
  console.log(`${pad('language', 10)}${pad('n', 7)}${pad('rules', 8)}trained`);
  for (const lang of Object.keys(after.perLang)) {
    const a = after.perLang[lang]!;
    console.log(
      `${pad(lang, 10)}${pad(String(a.n), 7)}${pad(f3(before.perLang[lang]!.macroF1), 8)}${f3(a.macroF1)}`,
    );
  }
  console.log(`${pad('all', 10)}${pad(String(after.n), 7)}${pad(f3(before.macroF1), 8)}${f3(after.macroF1)}`);
  for (const [label, s] of Object.entries(after.perClass)) {
    console.log(`  ${pad(label, 12)}F1 ${f3(before.perClass[label as Label]!.f1)} → ${f3(s.f1)}`);
  }

  const weights: Weights = fitModel(items);
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
      perLang: Object.fromEntries(Object.entries(after.perLang).map(([l, s]) => [l, s.macroF1])),
    },
  };
  const text = serializeWeights(weights);
  writeFileSync(o.out, text);
  console.log(
    `\nwrote ${o.out}: ${weights.unigrams.length} words, ${weights.bigrams.length} word pairs, ${weights.charBigrams.length} character pairs, ${(text.length / 1024).toFixed(0)} KiB (${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
}

main();
