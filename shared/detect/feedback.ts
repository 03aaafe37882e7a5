/**
 * Per-brand feedback: relabels people made in Slack become cues applied on top of the built-in
 * lexicons. A post seen before (same folded text) gets the label people gave it; other posts
 * sharing a relabelled post's distinctive words and word pairs lean towards that label.
 *
 * Besides words and word pairs, the first and last word of a relabelled post (function words
 * included) are terms when at least two relabels share them: patterns such as "… when" (asking
 * for a feature) or "so … not" are carried by such words. The brand's own names are never terms:
 * every post of the brand has them.
 *
 * The relabels are compiled once into an index (word → id, word pair → packed pair of ids), so a
 * post costs one lookup per word it already has as tokens, whatever the number of relabels.
 */
import type { BrandContext, Label, Relabel } from '../domain/detection.ts';
import { brandWords } from './brand.ts';
import { STOPWORD_INDEX } from './lexicon/index.ts';
import { readPost } from './read.ts';
import type { Hit } from './scan.ts';
import { hashText, matchHash, matchKey, type Token } from './text.ts';

export interface FeedbackModel {
  /** Folded text of a relabelled post (`matchKey`) → the label people gave it last. */
  readonly exact: ReadonlyMap<string, Label>;
  /** `hashText` of every key in `exact`: most posts are ruled out without building their key. */
  readonly exactHashes: ReadonlySet<number>;
  /** Every word of a taught term (also the parts of a taught word pair) → its id. */
  readonly words: ReadonlyMap<string, number>;
  /** Word id → the term it is on its own (index into the term arrays), or -1. */
  readonly wordTerm: Int32Array;
  /** `first id × PAIR + second id` → the term the two words make in a row. */
  readonly pairs: ReadonlyMap<number, number>;
  /** Per term: its text (shown as the cue), the label it leans to and its cue weight. */
  readonly termText: readonly string[];
  readonly termLabel: readonly Label[];
  readonly termWeight: Float64Array;
  /** Whether any edge term (first or last word of a post) was kept. */
  readonly edges: boolean;
}

const EXACT_WEIGHT = 6;
/** A post's first or last word becomes a term only when this many relabels share it. */
const EDGE_MIN_VOTES = 2;
/** Marks of the edge terms: a word that opens the post ("‹word") or ends it ("word›"). */
const OPENS = '‹';
const ENDS = '›';
const TERM_WEIGHT = 0.7;
const MAX_TERM_HITS = 4;
/** Word ids stay below this, so a pair of ids packs into one exact number. */
const PAIR = 0x4000000;
const NON_LATIN = /[^\p{Script=Latin}]/u;
const NO_WORDS: ReadonlySet<string> = new Set();

/** The term a word or #tag token contributes, or undefined for function words and short Latin words. */
function termWord(t: Token): string | undefined {
  if (t.type !== 'word' && t.type !== 'hashtag') return undefined;
  const w = t.squeezed ?? t.norm;
  if (w.length < 3 && !NON_LATIN.test(w)) return undefined;
  // A plain word's vocabulary record (when the post was read) already says whether it is a function word.
  const stop =
    t.type === 'word' && t.squeezed === undefined && t.rec !== undefined
      ? t.rec.stopIds !== undefined
      : STOPWORD_INDEX.get(w) !== undefined;
  return stop ? undefined : w;
}

/** The first and last word tokens of a post (any word, function words included), or undefined. */
function edges(tokens: readonly Token[]): [string, string] | undefined {
  let first = -1;
  let last = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.type !== 'word') continue;
    if (first < 0) first = i;
    last = i;
  }
  if (first < 0) return undefined;
  const w = (t: Token) => t.squeezed ?? t.norm;
  return [w(tokens[first]!), w(tokens[last]!)];
}

/**
 * A relabelled post's terms: its distinctive words and each pair of them in a row, first seen
 * first, then its first and last word as edge terms.
 */
function terms(text: string, own: ReadonlySet<string>): string[] {
  // Read as a post is read (a Persian post's joints joined): its terms are the words posts will have.
  const tokens = readPost(text).tokens;
  const words: string[] = [];
  for (const t of tokens) {
    const w = termWord(t);
    if (w !== undefined && !own.has(w)) words.push(w);
  }
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    out.add(words[i]!);
    if (i + 1 < words.length) out.add(`${words[i]} ${words[i + 1]}`);
  }
  const e = edges(tokens);
  if (e && !own.has(e[0])) out.add(`${OPENS}${e[0]}`);
  if (e && !own.has(e[1])) out.add(`${e[1]}${ENDS}`);
  return [...out];
}

/**
 * Builds the brand's feedback model; later relabels of the same text win. `brand` (optional) names
 * the words that are never terms; `detect` also skips them when it reads a post.
 */
export function buildFeedbackModel(relabels: readonly Relabel[], brand?: BrandContext): FeedbackModel {
  const own = brandWords(brand);
  const exact = new Map<string, Label>();
  const votes = new Map<string, Map<Label, number>>();
  const ordered = [...relabels].sort((a, b) => a.at.localeCompare(b.at));
  for (const r of ordered) {
    exact.set(matchKey(r.text), r.to);
    for (const t of terms(r.text, own)) {
      const v = votes.get(t) ?? new Map<Label, number>();
      v.set(r.to, (v.get(r.to) ?? 0) + 1);
      v.set(r.from, (v.get(r.from) ?? 0) - 0.5);
      votes.set(t, v);
    }
  }
  const words = new Map<string, number>();
  const intern = (w: string): number => {
    let id = words.get(w);
    if (id === undefined) {
      id = words.size;
      words.set(w, id);
    }
    return id;
  };
  const wordTerm: number[] = [];
  const pairs = new Map<number, number>();
  const termText: string[] = [];
  const termLabel: Label[] = [];
  const termWeight: number[] = [];
  for (const [t, v] of votes) {
    let best: [Label, number] | undefined;
    for (const [label, n] of v) if (n > 0 && (!best || n > best[1])) best = [label, n];
    if (!best) continue;
    const edge = t.startsWith(OPENS) || t.endsWith(ENDS);
    if (edge && best[1] < EDGE_MIN_VOTES) continue;
    const term = termText.length;
    termText.push(edge ? (t.startsWith(OPENS) ? `${t.slice(1)} …` : `… ${t.slice(0, -1)}`) : t);
    termLabel.push(best[0]);
    // Word pairs are more specific than single words.
    termWeight.push(TERM_WEIGHT * Math.min(best[1], 3) * (t.includes(' ') ? 1.5 : 1));
    // A term is met as one token (a word, or a #tag's words), or as two tokens in a row split at
    // any of its spaces (a pair of words, or a #tag beside a word).
    wordTerm[intern(t)] = term;
    if (edge) continue;
    for (let at = t.indexOf(' '); at >= 0; at = t.indexOf(' ', at + 1)) {
      pairs.set(intern(t.slice(0, at)) * PAIR + intern(t.slice(at + 1)), term);
    }
  }
  const wordTermIds = new Int32Array(words.size).fill(-1);
  for (let id = 0; id < wordTerm.length; id++)
    if (wordTerm[id] !== undefined) wordTermIds[id] = wordTerm[id]!;
  const exactHashes = new Set<number>();
  for (const k of exact.keys()) exactHashes.add(hashText(k));
  return {
    exact,
    exactHashes,
    words,
    wordTerm: wordTermIds,
    pairs,
    termText,
    termLabel,
    termWeight: Float64Array.from(termWeight),
    edges: termText.some((t) => t.endsWith(' …') || t.startsWith('… ')),
  };
}

/** Terms already met in the post being read (a term counts once). */
const met: number[] = [];

function meet(model: FeedbackModel, term: number, hits: Hit[]): void {
  for (let k = 0; k < met.length; k++) if (met[k] === term) return;
  met.push(term);
  hits.push({
    label: model.termLabel[term]!,
    kind: 'feedback',
    text: model.termText[term]!,
    weight: model.termWeight[term]!,
    pos: -1,
    sentence: 0,
  });
}

/**
 * The feedback cues for one post, from its text and its tokens (`readPost(text).tokens`); `own` are the
 * brand's words (`brandWords`), which are never read as terms.
 */
export function feedbackHits(
  model: FeedbackModel,
  text: string,
  tokens: readonly Token[],
  own: ReadonlySet<string> = NO_WORDS,
): Hit[] {
  if (model.exact.size > 0 && model.exactHashes.has(matchHash(text))) {
    const seen = model.exact.get(matchKey(text));
    if (seen)
      return [
        {
          label: seen,
          kind: 'feedback',
          text: 'relabelled by the team before',
          weight: EXACT_WEIGHT,
          pos: -1,
          sentence: 0,
        },
      ];
  }
  const hits: Hit[] = [];
  if (model.termText.length === 0) return hits;
  met.length = 0;
  let prev = -1;
  for (let i = 0; i < tokens.length; i++) {
    const w = termWord(tokens[i]!);
    if (w === undefined) continue;
    const id = own.size > 0 && own.has(w) ? -1 : (model.words.get(w) ?? -1);
    // In the order the terms were listed when the model was built: the pair ending here, then the word.
    if (prev >= 0 && id >= 0) {
      const term = model.pairs.get(prev * PAIR + id);
      if (term !== undefined) meet(model, term, hits);
    }
    if (id >= 0 && model.wordTerm[id]! >= 0) meet(model, model.wordTerm[id]!, hits);
    prev = id;
  }
  if (model.edges) {
    const e = edges(tokens);
    if (e) {
      const first = model.words.get(`${OPENS}${e[0]}`);
      if (first !== undefined && model.wordTerm[first]! >= 0 && !own.has(e[0]))
        meet(model, model.wordTerm[first]!, hits);
      const last = model.words.get(`${e[1]}${ENDS}`);
      if (last !== undefined && model.wordTerm[last]! >= 0 && !own.has(e[1]))
        meet(model, model.wordTerm[last]!, hits);
    }
  }
  if (hits.length > 1) hits.sort((a, b) => b.weight - a.weight);
  if (hits.length > MAX_TERM_HITS) hits.length = MAX_TERM_HITS;
  return hits;
}
