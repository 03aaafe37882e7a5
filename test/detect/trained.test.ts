import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { combine } from '../../shared/detect/combine.ts';
import { weigh } from '../../shared/detect/decide.ts';
import { detect } from '../../shared/detect/index.ts';
import { readCorpus } from '../../shared/detect/model/corpus.ts';
import { charGrams, DENSE_FEATURES, NUMBER_TERM, termKeys } from '../../shared/detect/model/features.ts';
import { FIT_OPTIONS, fitModel, prepare, type TrainingExample } from '../../shared/detect/model/fit.ts';
import { LinearModel, type Weights } from '../../shared/detect/model/linear.ts';
import { serializeWeights, WEIGHTS_FILE } from '../../shared/detect/model/weights-file.ts';
import { readPost } from '../../shared/detect/read.ts';
import { LABELS, type Label } from '../../shared/domain/detection.ts';

const committed = JSON.parse(readFileSync(WEIGHTS_FILE, 'utf8')) as Weights;

/** A model with no dense weights, only the given terms. */
function termModel(
  terms: Pick<Weights, 'words' | 'unigrams' | 'bigrams' | 'charBigrams' | 'charGrams'>,
): LinearModel {
  return new LinearModel({
    format: 1,
    meta: {},
    labels: [...LABELS],
    dense: [...DENSE_FEATURES],
    bias: LABELS.map(() => 0),
    denseWeights: DENSE_FEATURES.flatMap(() => LABELS.map(() => 0)),
    ...terms,
  });
}

/** A model that knows only the given words, each pushing one label by `weight` logits. */
function modelOf(
  words: Record<string, [Label, number]>,
  pairs: Record<string, [Label, number]> = {},
): LinearModel {
  const entries = Object.entries(words);
  const push = ([label, weight]: [Label, number]) => LABELS.map((l) => (l === label ? weight : 0));
  return termModel({
    words: entries.map(([w]) => w),
    unigrams: entries.map(([, cue], i) => [i, ...push(cue)]),
    bigrams: [],
    charBigrams: Object.entries(pairs).map(([pair, cue]) => [pair, ...push(cue)]),
  });
}

function combined(text: string, model: LinearModel, scale = 1) {
  const r = readPost(text);
  const w = weigh(r.evidence);
  return { rules: w.label, ...combine(r, w, model, scale), r, w };
}

describe('weights.json', () => {
  it('was trained on the corpus as it is on disk (same sha256 and sizes)', () => {
    const corpus = readCorpus();
    expect(committed.meta.corpusHash).toBe(corpus.hash);
    expect(committed.meta.corpus).toEqual(corpus.sizes);
  });

  it('is exactly what scripts/train.ts fits from that corpus', () => {
    const retrained = fitModel(prepare(readCorpus().examples));
    // Compared as text: a deep diff of two large weight tables takes longer than the training.
    const same =
      serializeWeights({ ...retrained, meta: {}, temperature: committed.temperature }) ===
      serializeWeights({ ...committed, meta: {} });
    expect(same, 'shared/detect/model/weights.json is stale: run npm run train').toBe(true);
  }, 600_000); // one full fit of the corpus: tens of seconds of CPU, minutes on a busy machine

  it('stays small and matches the detector features', () => {
    // The model data budget (2 MB) holds the lexicons and the trained layer together.
    const lexicons = statSync(new URL('../../shared/detect/lexicon/compiled.json', import.meta.url)).size;
    expect(lexicons + statSync(WEIGHTS_FILE).size).toBeLessThan(2_000_000);
    expect(committed.dense).toEqual(DENSE_FEATURES);
    expect(committed.labels).toEqual(LABELS);
    expect(committed.meta.options).toEqual(FIT_OPTIONS);
  });
});

describe('calibration', () => {
  it('keeps the temperature fitted on the held-out folds, with the calibration error it gives', () => {
    const cv = committed.meta.cv as { temperature: number; ece: number; eceUncalibrated: number };
    expect(committed.temperature).toBe(cv.temperature);
    expect(committed.temperature).toBeGreaterThan(0);
    // Calibrated scores are closer to the share of posts they get right than the raw ones.
    expect(cv.ece).toBeLessThan(cv.eceUncalibrated);
  });

  it('divides the combined logits by the temperature before the softmax', () => {
    const brand = { name: '', handles: [], keywords: [] };
    const text = 'the delivery was late again and nobody answers';
    const d = detect({ text }, brand);
    const r = readPost(text);
    const c = combine(r, weigh(r.evidence), new LinearModel(committed), 1);
    const z = Array.from(c.logits, (v) => v / committed.temperature!);
    const max = Math.max(...z);
    const sum = z.reduce((s, v) => s + Math.exp(v - max), 0);
    expect(d.confidence).toBeCloseTo(Math.exp(z[LABELS.indexOf(d.label)]! - max) / sum, 3);
  });
});

describe('fit', () => {
  const examples: TrainingExample[] = [
    ...['zorblat again', 'the zorblat thing', 'zorblat zorblat', 'my zorblat today'].map((text) => ({
      text,
      label: 'complaint' as const,
      lang: 'en',
    })),
    ...['a quiet day', 'the weather today', 'at the station', 'just a thing'].map((text) => ({
      text,
      label: 'none' as const,
      lang: 'en',
    })),
  ];

  it('learns a word that marks a label and drops terms seen only once', () => {
    const w = fitModel(prepare(examples));
    const row = w.unigrams.find((u) => w.words[u[0]!] === 'zorblat');
    expect(row).toBeDefined();
    const weights = row!.slice(1);
    expect(weights[LABELS.indexOf('complaint')]).toBeGreaterThan(0);
    expect(Math.max(...weights)).toBe(weights[LABELS.indexOf('complaint')]);
    expect(w.words).not.toContain('quiet');
  });

  it('is deterministic', () => {
    expect(fitModel(prepare(examples))).toEqual(fitModel(prepare(examples)));
  });
});

describe('hidden units', () => {
  // Two invented words that mean something only together: each alone marks a complaint, both
  // together (or neither) praise, the shape of sarcasm and of negated praise. No word or word pair
  // tells them apart (every pair also occurs in the other label), so a linear layer cannot.
  const fillers = ['wib wob', 'tam tum', 'rell roo'];
  const examples: TrainingExample[] = fillers.flatMap((f) =>
    (
      [
        [`zorb ${f} plim`, 'praise'],
        [`fen ${f} fen`, 'praise'],
        [`zorb ${f} fen`, 'complaint'],
        [`fen ${f} plim`, 'complaint'],
      ] as const
    ).flatMap(([text, label]) => [
      { text, label, lang: 'en' },
      { text, label, lang: 'en' },
    ]),
  );
  const accuracy = (w: Weights): number => {
    const model = new LinearModel(w);
    return examples.filter((e) => combined(e.text, model).label === e.label).length / examples.length;
  };

  const options = { ...FIT_OPTIONS, minCount: 1, iterations: 500, hiddenUnits: 8 };

  it('learn what two words mean together, which the linear layer alone cannot', () => {
    expect(accuracy(fitModel(prepare(examples), { ...options, hiddenUnits: 0 }))).toBeLessThan(1);
    expect(accuracy(fitModel(prepare(examples), options))).toBe(1);
    expect(accuracy(fitModel(prepare(examples), { ...options, hiddenReadsWords: false }))).toBeLessThan(1);
  });

  it('are fitted deterministically, written to weights.json and read back as they were fitted', () => {
    const w = fitModel(prepare(examples), options);
    expect(w.hidden?.units).toBe(8);
    expect(w).toEqual(fitModel(prepare(examples), options));
    expect(JSON.parse(serializeWeights(w))).toEqual(JSON.parse(JSON.stringify(w)));
  });

  it('refuse a hidden layer that does not match the detector features', () => {
    const w = fitModel(prepare(examples), options);
    const bad = { ...w, hidden: { ...w.hidden!, inputs: w.hidden!.inputs - 1 } };
    expect(() => new LinearModel(bad)).toThrow(/npm run train/);
  });
});

describe('combine: the trained layer refines the rules', () => {
  it('adds nothing at scale 0: the rules decide alone', () => {
    const model = modelOf({ weather: ['complaint', 10] });
    const c = combined('lovely weather today, great', model, 0);
    expect(c.label).toBe(c.rules);
  });

  it('lets learned words move a post the lexicons do not read', () => {
    const model = modelOf({ zorblat: ['complaint', 4] });
    expect(combined('the zorblat today', model, 0).label).toBe('none');
    expect(combined('the zorblat today', model).label).toBe('complaint');
  });

  it('reads hashed character n-grams, so an inflection it never saw moves the post like its stem', () => {
    const grams = new Int32Array(64);
    const n = charGrams('zorblat', grams, 0);
    const push = LABELS.map((l) => (l === 'complaint' ? 0.5 : 0));
    const model = termModel({
      words: [],
      unigrams: [],
      bigrams: [],
      charBigrams: [],
      charGrams: [...new Set(grams.subarray(0, n))].map((b) => [b, ...push]),
    });
    expect(combined('the zorblatting today', model, 0).label).toBe('none');
    expect(combined('the zorblatting today', model).label).toBe('complaint');
    expect(combined('the weather today', model).label).toBe('none');
  });

  it('reads character pairs inside CJK runs, which have no spaces between words', () => {
    const model = modelOf({}, { 猫狗: ['complaint', 4] });
    const text = '今天的猫狗真的';
    expect(combined(text, model, 0).label).toBe('none');
    const c = combined(text, model);
    expect(c.label).toBe('complaint');
    expect(model.learnedCues(c.r.tokens, c.label, 1, c.w.hits, 3, 0.3)).toMatchObject([
      { label: 'complaint', kind: 'word', text: '猫狗' },
    ]);
  });

  it.each<[string, string, Label]>([
    ['a complaint phrased as a question stays a complaint', 'why is my order late again?', 'complaint'],
    ['a suggestion phrased as a question stays a suggestion', 'could you add dark mode?', 'suggestion'],
    ['thanks for nothing stays a complaint', 'thanks for nothing acme', 'complaint'],
    ['a giveaway stays none', 'GIVEAWAY! Follow and retweet to win #giveaway', 'none'],
  ])('%s', (_name, text, label) => {
    // A model that would turn every one of these into a question or praise.
    const model = modelOf({
      why: ['question', 20],
      could: ['question', 20],
      thanks: ['praise', 20],
      giveaway: ['praise', 20],
      win: ['praise', 20],
    });
    const c = combined(text, model);
    expect(c.rules).toBe(label);
    expect(c.label).toBe(label);
    // The winner also has the top score.
    expect(Math.max(...c.logits)).toBe(c.logits[LABELS.indexOf(label)]);
  });
});

describe('numbers', () => {
  /** A model where a number, and a number before "hours", push towards a complaint. */
  function numberModel(alone: number, beforeHours: number): LinearModel {
    const push = (v: number) => LABELS.map((l) => (l === 'complaint' ? v : 0));
    return termModel({
      words: [NUMBER_TERM, 'hours'],
      unigrams: [[0, ...push(alone)]],
      bigrams: [[0, 1, ...push(beforeHours)]],
      charBigrams: [],
    });
  }

  it('are a term of their own, alone and before the next word', () => {
    const keys = termKeys(readPost('waited 72 hours, then 3 more').tokens);
    // Once for the post, however many numbers it holds.
    expect(keys.filter((k) => k === `w:${NUMBER_TERM}`)).toHaveLength(1);
    expect(keys).toContain(`b:${NUMBER_TERM}\thours`);
    expect(keys).toContain(`b:${NUMBER_TERM}\tmore`);
    expect(termKeys(readPost('waited hours').tokens).some((k) => k.includes(NUMBER_TERM))).toBe(false);
  });

  it('move a post by their learned weights, alone and in a pair, and are quoted as no cue', () => {
    const complaint = LABELS.indexOf('complaint');
    const logit = (text: string, m: LinearModel) => combined(text, m).logits[complaint]!;
    const none = numberModel(0, 0);
    expect(
      logit('on hold 72 hours with zorblat', numberModel(1, 0)) -
        logit('on hold 72 hours with zorblat', none),
    ).toBeCloseTo(1, 6);
    expect(
      logit('on hold 72 hours with zorblat', numberModel(0, 2)) -
        logit('on hold 72 hours with zorblat', none),
    ).toBeCloseTo(2, 6);
    expect(logit('on hold for hours with zorblat', numberModel(1, 2))).toBeCloseTo(
      logit('on hold for hours with zorblat', none),
      6,
    );
    expect(
      logit('3 zorblats, 4 days, 72 hours', numberModel(1, 0)) - logit('3 zorblats, 4 days, 72 hours', none),
    ).toBeCloseTo(1, 6);
    const m = numberModel(3, 3);
    const c = combined('the zorblat took 72 hours', m);
    expect(c.label).toBe('complaint');
    expect(m.learnedCues(c.r.tokens, c.label, 1, c.w.hits, 3, 0.1)).toEqual([]);
  });

  it('lean towards a complaint or none in the committed model: the corpus says how people cite them', () => {
    const at = committed.words.indexOf(NUMBER_TERM);
    const row = committed.unigrams.find((u) => u[0] === at)!;
    const w = (l: Label) => row[1 + LABELS.indexOf(l)]!;
    expect(w('complaint')).toBeGreaterThan(0);
    expect(w('none')).toBeGreaterThan(0);
    expect(w('suggestion')).toBeLessThan(0);
  });
});

describe('learned cues', () => {
  it('quote the strongest learned words of the winning label, after its lexicon cues', () => {
    const model = modelOf({ zorblat: ['complaint', 4], late: ['complaint', 2], tiny: ['praise', 3] });
    const c = combined('my zorblat is late again', model);
    expect(c.label).toBe('complaint');
    const cues = model.learnedCues(c.r.tokens, c.label, 1, c.w.hits, 3, 0.3);
    // "late" is already a lexicon cue; "tiny" speaks for another label.
    expect(cues.map((h) => [h.kind, h.text, h.label])).toEqual([['word', 'zorblat', 'complaint']]);
  });

  it('appear in detect output, after the lexicon cues of the label they explain', () => {
    // The committed model's strongest words per label, tried alone in a post until one explains it.
    const brand = { name: 'Acme', handles: [], keywords: [] };
    const candidates = LABELS.flatMap((label, l) =>
      committed.unigrams
        .filter((u) => /^[a-z]{4,}$/.test(committed.words[u[0]!]!))
        .sort((a, b) => b[1 + l]! - a[1 + l]!)
        .slice(0, 40)
        .map((u) => ({ label, word: committed.words[u[0]!]! })),
    );
    const found = candidates
      .map(({ word }) => ({ word, d: detect({ text: `the ${word} acme` }, brand) }))
      .find(({ word, d }) => d.cues.some((c) => c.text === word && c.label === d.label));
    expect(found).toBeDefined();
    const { word, d } = found!;
    const at = d.cues.findIndex((c) => c.text === word);
    expect(d.cues[at]!.kind).toBe('word');
    // Everything before it explains the same label.
    expect(d.cues.slice(0, at + 1).every((c) => c.label === d.label)).toBe(true);
  });
});
