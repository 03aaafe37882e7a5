/**
 * Per-brand feedback: relabels people made in Slack become cues applied on top of the built-in
 * lexicons. A post seen before (same folded text) gets the label people gave it; other posts
 * sharing a relabelled post's distinctive words and word pairs lean towards that label.
 */
import type { Label, Relabel } from '../domain/detection.ts';
import { STOPWORD_INDEX } from './lexicon/index.ts';
import type { Hit } from './scan.ts';
import { fold, tokenize } from './text.ts';

export interface FeedbackModel {
  /** Folded text of a relabelled post → the label people gave it last. */
  readonly exact: ReadonlyMap<string, Label>;
  /** Word or word pair → label and how many relabels taught it. */
  readonly terms: ReadonlyMap<string, { label: Label; count: number }>;
}

const EXACT_WEIGHT = 6;
const TERM_WEIGHT = 0.7;
const MAX_TERM_HITS = 4;

const key = (text: string): string =>
  fold(text)
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[^\p{L}\p{N}\p{Extended_Pictographic}]+/gu, ' ')
    .trim();

function terms(text: string): string[] {
  const words = tokenize(text)
    .filter((t) => t.type === 'word' || t.type === 'hashtag')
    .map((t) => t.squeezed ?? t.norm)
    .filter((w) => (w.length >= 3 || /[^\p{Script=Latin}]/u.test(w)) && !STOPWORD_INDEX.get(w));
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    out.add(words[i]!);
    if (i + 1 < words.length) out.add(`${words[i]} ${words[i + 1]}`);
  }
  return [...out];
}

/** Builds the brand's feedback model; later relabels of the same text win. */
export function buildFeedbackModel(relabels: readonly Relabel[]): FeedbackModel {
  const exact = new Map<string, Label>();
  const votes = new Map<string, Map<Label, number>>();
  const ordered = [...relabels].sort((a, b) => a.at.localeCompare(b.at));
  for (const r of ordered) {
    exact.set(key(r.text), r.to);
    for (const t of terms(r.text)) {
      const v = votes.get(t) ?? new Map<Label, number>();
      v.set(r.to, (v.get(r.to) ?? 0) + 1);
      v.set(r.from, (v.get(r.from) ?? 0) - 0.5);
      votes.set(t, v);
    }
  }
  const termMap = new Map<string, { label: Label; count: number }>();
  for (const [t, v] of votes) {
    let best: [Label, number] | undefined;
    for (const [label, n] of v) if (n > 0 && (!best || n > best[1])) best = [label, n];
    if (best) termMap.set(t, { label: best[0], count: best[1] });
  }
  return { exact, terms: termMap };
}

/** The feedback cues for one post. */
export function feedbackHits(model: FeedbackModel, text: string): Hit[] {
  const seen = model.exact.get(key(text));
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
  const hits: Hit[] = [];
  for (const t of terms(text)) {
    const m = model.terms.get(t);
    if (!m) continue;
    // Word pairs are more specific than single words.
    const weight = TERM_WEIGHT * Math.min(m.count, 3) * (t.includes(' ') ? 1.5 : 1);
    hits.push({ label: m.label, kind: 'feedback', text: t, weight, pos: -1, sentence: 0 });
  }
  return hits.sort((a, b) => b.weight - a.weight).slice(0, MAX_TERM_HITS);
}
