/**
 * The trained layer: a multinomial logistic regression fitted by `scripts/train.ts` on the team's
 * own posts (`shared/detect/training/`). It adds to the rules' logits (it was trained with them as
 * a fixed offset, so it learns what the lexicons miss), reading the dense rule features and the
 * post's words, word pairs and CJK character pairs.
 *
 * Weights are compiled once at load into flat arrays indexed by vocabulary id (`vocab.ts`: each
 * token carries its record), word pairs by a packed pair of ids; adding a post's logits allocates
 * nothing.
 */
import { LABELS, type Label } from '../../domain/detection.ts';
import type { Weighed } from '../decide.ts';
import { STOPWORD_INDEX } from '../lexicon/index.ts';
import type { Evidence, Hit } from '../scan.ts';
import { hasCjk, type Token } from '../text.ts';
import { intern, type WordRecord } from '../vocab.ts';
import {
  charGrams,
  DENSE_FEATURES,
  denseFeatures,
  GRAM_BUCKETS,
  NUMBER_TERM,
  readsGrams,
} from './features.ts';
import {
  activeInputs,
  compileHidden,
  type HiddenLayout,
  type HiddenWeights,
  hiddenForward,
} from './hidden.ts';

const N = LABELS.length;

/** weights.json, as written by `scripts/train.ts`. */
export interface Weights {
  format: 1;
  meta: Record<string, unknown>;
  labels: string[];
  dense: string[];
  bias: number[];
  /** dense.length × labels.length, row-major. */
  denseWeights: number[];
  /** Every word a unigram or bigram row names. */
  words: string[];
  /** [word index, one weight per label] */
  unigrams: number[][];
  /** [first word index, second word index, one weight per label] */
  bigrams: number[][];
  /** [two characters, one weight per label] */
  charBigrams: (string | number)[][];
  /** [hashed character n-gram bucket (`charGrams` in features.ts), one weight per label] */
  charGrams?: number[][];
  /** Hidden units over the dense features and the word logits (`hidden.ts`); absent for a purely linear layer. */
  hidden?: HiddenWeights;
  /** The combined logits are divided by this before the softmax (fitted on held-out folds); 1 when absent. */
  temperature?: number;
}

/** A term feature that fired, kept to explain the decision afterwards. */
const MAX_MATCHES = 256;

/** Vocabulary ids stay below this, so a pair of ids packs into one exact number. */
const PAIR = 0x4000000;
const PAIR_SLOTS = 1 << 16;
const pairSlot = (first: number, second: number): number =>
  (Math.imul(first, 0x9e3779b1) ^ second) & (PAIR_SLOTS - 1);

const gramSlot = (bucket: number, mask: number): number => (Math.imul(bucket, 0x9e3779b1) >>> 12) & mask;

export class LinearModel {
  /** By vocabulary id (`WordRecord.id`): the word's row, or -1. */
  private readonly unigramRow: Int32Array;
  /** By `first id × PAIR + second id`. */
  private readonly bigramRow = new Map<number, number>();
  /** Marks `pairSlot` of every word pair with a row: most pairs of a post are ruled out without a Map lookup. */
  private readonly bigramMark = new Uint8Array(PAIR_SLOTS);
  private readonly charRow = new Map<number, number>();
  /**
   * Character n-gram bucket → row, an open-addressing table (linear probing, at most a quarter
   * full): small to build at load, a read or two per n-gram. `gramKey` holds the bucket or -1.
   */
  private readonly gramKey: Int32Array;
  private readonly gramVal: Int32Array;
  private readonly gramMask: number;
  private readonly grams = new Int32Array(64);
  /** The rows `findGramRows` found for the last word it read. */
  private readonly gramRowsScratch = new Int32Array(64);
  /** By vocabulary id: the word's n-gram rows (`gramRowsOf`), undefined until a post holds the word. */
  private readonly gramRowsById: (Int32Array | undefined)[] = [];
  private readonly rows: Float64Array;
  private readonly dense: Float64Array;
  private readonly bias: Float64Array;
  private readonly x = new Float64Array(DENSE_FEATURES.length);
  /** The words' logits of the post being read (hidden units read them beside the dense features). */
  private readonly s = new Float64Array(N);
  private readonly hiddenP: Float64Array | undefined;
  private readonly hiddenL: HiddenLayout | undefined;
  private readonly hiddenIn: Float64Array;
  private readonly hiddenH: Float64Array;
  private readonly hiddenActive: Int32Array;
  private readonly matchRow = new Int32Array(MAX_MATCHES);
  private readonly matchTok = new Int32Array(MAX_MATCHES);
  /** -1 for a word, -2 for a word pair (with the token before), else the character offset. */
  private readonly matchAt = new Int32Array(MAX_MATCHES);
  private matches = 0;
  /** Vocabulary id of `NUMBER_TERM` when the model has weights for numbers, else -1. */
  private readonly numberId: number;
  readonly terms: number;
  /** Divides the combined logits before the softmax, so the scores say how often the detector is right. */
  readonly temperature: number;

  constructor(w: Weights) {
    if (w.dense.join('|') !== DENSE_FEATURES.join('|') || w.labels.join('|') !== LABELS.join('|')) {
      throw new Error('weights.json does not match the detector features: run npm run train');
    }
    this.temperature = w.temperature !== undefined && w.temperature > 0 ? w.temperature : 1;
    this.bias = Float64Array.from(w.bias);
    this.dense = Float64Array.from(w.denseWeights);
    const hidden = w.hidden === undefined ? undefined : compileHidden(w.hidden, DENSE_FEATURES.length);
    this.hiddenP = hidden?.p;
    this.hiddenL = hidden?.layout;
    this.hiddenIn = new Float64Array(hidden?.layout.inputs ?? 0);
    this.hiddenH = new Float64Array(hidden?.layout.units ?? 0);
    this.hiddenActive = new Int32Array(this.hiddenIn.length);
    // The model's words join the detector's vocabulary: a token's record then says its row.
    const ids = w.words.map((word) => intern(word).id);
    const numberIndex = w.words.indexOf(NUMBER_TERM);
    this.numberId = numberIndex < 0 ? -1 : ids[numberIndex]!;
    let maxId = -1;
    for (const id of ids) if (id > maxId) maxId = id;
    this.unigramRow = new Int32Array(maxId + 1).fill(-1);
    const charGrams = w.charGrams ?? [];
    const total = w.unigrams.length + w.bigrams.length + w.charBigrams.length + charGrams.length;
    this.terms = total;
    this.rows = new Float64Array(total * N);
    let r = 0;
    const put = (values: readonly (string | number)[], from: number): void => {
      for (let k = 0; k < N; k++) this.rows[r * N + k] = Number(values[from + k]);
      r++;
    };
    for (const u of w.unigrams) {
      this.unigramRow[ids[u[0]!]!] = r;
      put(u, 1);
    }
    for (const b of w.bigrams) {
      this.bigramRow.set(ids[b[0]!]! * PAIR + ids[b[1]!]!, r);
      this.bigramMark[pairSlot(ids[b[0]!]!, ids[b[1]!]!)] = 1;
      put(b, 2);
    }
    for (const c of w.charBigrams) {
      const s = String(c[0]);
      this.charRow.set(s.charCodeAt(0) * 0x10000 + s.charCodeAt(1), r);
      put(c, 1);
    }
    let slots = 0;
    if (charGrams.length > 0) for (slots = 16; slots < charGrams.length * 4; ) slots *= 2;
    this.gramKey = new Int32Array(slots).fill(-1);
    this.gramVal = new Int32Array(slots);
    this.gramMask = slots - 1;
    for (const g of charGrams) {
      const bucket = g[0]!;
      if (!(bucket >= 0 && bucket < GRAM_BUCKETS))
        throw new Error(`weights.json: bad character n-gram bucket ${bucket}`);
      let slot = gramSlot(bucket, this.gramMask);
      while (this.gramKey[slot] !== -1) slot = (slot + 1) & this.gramMask;
      this.gramKey[slot] = bucket;
      this.gramVal[slot] = r;
      put(g, 1);
    }
  }

  private add(row: number): void {
    for (let k = 0; k < N; k++) this.s[k]! += this.rows[row * N + k]!;
  }

  /** Writes to `gramRowsScratch` the rows of the character n-grams of `norm` that have weights, in n-gram order; returns how many. */
  private findGramRows(norm: string): number {
    const n = charGrams(norm, this.grams, 0);
    let found = 0;
    for (let k = 0; k < n; k++) {
      const bucket = this.grams[k]!;
      let slot = gramSlot(bucket, this.gramMask);
      let key = this.gramKey[slot]!;
      while (key !== -1 && key !== bucket) {
        slot = (slot + 1) & this.gramMask;
        key = this.gramKey[slot]!;
      }
      if (key !== -1) this.gramRowsScratch[found++] = this.gramVal[slot]!;
    }
    return found;
  }

  /**
   * The n-gram rows of a word the vocabulary knows, found the first time a post holds it: most
   * words of a post are known ones, and are then not hashed and probed again.
   */
  private gramRowsOf(rec: WordRecord): Int32Array {
    const byId = this.gramRowsById;
    // Grown one slot at a time, so the list stays a plain array however the ids arrive.
    while (byId.length <= rec.id) byId.push(undefined);
    let rows = byId[rec.id];
    if (rows === undefined) {
      rows = this.gramRowsScratch.slice(0, this.findGramRows(rec.key));
      byId[rec.id] = rows;
    }
    return rows;
  }

  /** Adds the first `count` of `rows` to the words' logits, in order. */
  private addGramRows(rows: Int32Array, count: number): void {
    for (let k = 0; k < count; k++) {
      const row = rows[k]!;
      for (let j = 0; j < N; j++) this.s[j]! += this.rows[row * N + j]!;
    }
  }

  private record(row: number, tok: number, at: number): void {
    this.add(row);
    if (this.matches < MAX_MATCHES) {
      this.matchRow[this.matches] = row;
      this.matchTok[this.matches] = tok;
      this.matchAt[this.matches] = at;
      this.matches++;
    }
  }

  /** Adds `scale` × the model's logits for one post to `logits` (indexed like LABELS). */
  addLogits(tokens: readonly Token[], ev: Evidence, w: Weighed, logits: Float64Array, scale: number): void {
    this.matches = 0;
    if (scale === 0) return;
    const x = this.x;
    denseFeatures(ev, w, x);
    for (let k = 0; k < N; k++) logits[k]! += scale * this.bias[k]!;
    for (let f = 0; f < x.length; f++) {
      const v = x[f]!;
      if (v === 0) continue;
      for (let k = 0; k < N; k++) logits[k]! += scale * v * this.dense[f * N + k]!;
    }
    const s = this.s;
    s.fill(0);
    // Tokens carry their vocabulary record (`attachRecords`): its id finds the word's row.
    const nIds = this.unigramRow.length;
    let prev = -1;
    let numbered = false;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.afterNumber === true && this.numberId >= 0) {
        // A number is a term without a token: it adds to the logits but is quoted as no cue, and
        // alone it counts once per post (`termKeys`).
        const row = this.unigramRow[this.numberId]!;
        if (row >= 0 && !numbered) this.add(row);
        numbered = true;
        prev = this.numberId;
      }
      const rec = t.rec;
      const id = rec === undefined ? -1 : rec.id;
      if (id < 0 || id >= nIds) prev = -1;
      else {
        const row = this.unigramRow[id]!;
        if (row >= 0) this.record(row, i, -1);
        if (prev >= 0 && this.bigramMark[pairSlot(prev, id)] === 1) {
          const b = this.bigramRow.get(prev * PAIR + id);
          if (b !== undefined) {
            if (prev === this.numberId) this.add(b);
            else this.record(b, i, -2);
          }
        }
        prev = id;
      }
      if (this.gramKey.length > 0 && readsGrams(t)) {
        // Character n-grams add to the logits but are not quoted as cues: a piece of a word explains nothing.
        if (rec !== undefined && rec.key === t.norm) {
          const rows = this.gramRowsOf(rec);
          this.addGramRows(rows, rows.length);
        } else this.addGramRows(this.gramRowsScratch, this.findGramRows(t.norm));
      }
      if (t.type === 'word' && this.charRow.size > 0 && t.norm.charCodeAt(0) >= 0x3040 && hasCjk(t.norm)) {
        const run = t.norm;
        for (let k = 0; k + 1 < run.length; k++) {
          const c = this.charRow.get(run.charCodeAt(k) * 0x10000 + run.charCodeAt(k + 1));
          if (c !== undefined) this.record(c, i, k);
        }
      }
    }
    for (let k = 0; k < N; k++) logits[k]! += scale * s[k]!;
    if (this.hiddenP !== undefined && this.hiddenL !== undefined) {
      this.hiddenIn.set(x);
      if (this.hiddenIn.length > x.length) this.hiddenIn.set(s, x.length);
      const count = activeInputs(this.hiddenIn, this.hiddenActive);
      hiddenForward(
        this.hiddenP,
        this.hiddenL,
        this.hiddenIn,
        this.hiddenActive,
        count,
        this.hiddenH,
        logits,
        scale,
      );
    }
  }

  /**
   * The learned words that pushed hardest towards `label` in the last `addLogits` call, as cues
   * (at most `max`, each contributing at least `min` to the label's logit), skipping any the rule
   * cues already quote.
   */
  learnedCues(
    tokens: readonly Token[],
    label: Label,
    scale: number,
    ruleHits: readonly Hit[],
    max: number,
    min: number,
  ): Hit[] {
    const out: Hit[] = [];
    if (this.matches === 0) return out;
    const l = LABELS.indexOf(label);
    for (let m = 0; m < this.matches; m++) {
      const weight = scale * this.rows[this.matchRow[m]! * N + l]!;
      if (weight < min) continue;
      const tok = this.matchTok[m]!;
      const at = this.matchAt[m]!;
      const t = tokens[tok]!;
      let text: string;
      let kind: Hit['kind'] = 'word';
      // Function words carry weight only in bulk: they explain nothing on their own.
      if (at === -1) {
        if (functionWord(t)) continue;
        text = t.raw;
      } else if (at === -2) {
        if (functionWord(t) && functionWord(tokens[tok - 1]!)) continue;
        text = `${tokens[tok - 1]!.raw} ${t.raw}`;
        kind = 'phrase';
      } else text = t.norm.slice(at, at + 2);
      if (quoted(text, label, ruleHits) || out.some((h) => h.text === text)) continue;
      out.push({ label, kind, text, weight, pos: tok, sentence: 0 });
    }
    out.sort((a, b) => b.weight - a.weight || a.pos - b.pos);
    // A word pair and the word inside it say the same thing: keep the stronger.
    const kept: Hit[] = [];
    for (const h of out) {
      if (kept.length >= max) break;
      if (kept.some((k) => k.text.includes(h.text) || h.text.includes(k.text))) continue;
      kept.push(h);
    }
    return kept;
  }
}

const functionWord = (t: Token): boolean =>
  t.type !== 'word' ||
  STOPWORD_INDEX.get(t.norm) !== undefined ||
  (t.norm.length < 3 && t.norm.charCodeAt(0) < 0x250);

function quoted(text: string, label: Label, hits: readonly Hit[]): boolean {
  const lower = text.toLowerCase();
  for (const h of hits) {
    if (h.label !== label || h.weight <= 0) continue;
    const cue = h.text.toLowerCase();
    if (cue.includes(lower) || lower.includes(cue)) return true;
  }
  return false;
}
