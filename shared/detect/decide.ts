/**
 * Turns evidence into a decision. The rules here encode the distinctions people get wrong:
 * a question that complains is a complaint, a question that proposes is a suggestion, praise
 * beside sarcasm is a complaint, and a post with no moment-of-truth cue is 'none'.
 */
import { type Cue, LABELS, type Label } from '../domain/detection.ts';
import type { Evidence, Hit } from './scan.ts';

/** What 'none' scores before any cue: a post must show some evidence to become a moment of truth. */
const NONE_PRIOR = 0.6;
const TEMPERATURE = 1.4;
const MAX_CUES = 12;
const TIE_ORDER: readonly Label[] = ['complaint', 'question', 'suggestion', 'praise'];

export interface Decision {
  label: Label;
  confidence: number;
  scores: Record<Label, number>;
  cues: Cue[];
}

const round = (n: number): number => Math.round(n * 1000) / 1000;

export function decide(ev: Evidence, extra: readonly Hit[] = []): Decision {
  // Copies: the rules below reweigh hits, and the evidence must stay as scanned.
  const hits: Hit[] = [...ev.hits, ...extra].map((h) => ({ ...h }));
  const context = (label: Label, text: string, weight: number): void => {
    hits.push({ label, kind: 'context', text, weight, pos: -1, sentence: 0 });
  };
  const total = (label: Label): number => {
    let s = 0;
    for (const h of hits) if (h.label === label) s += h.weight;
    return s;
  };

  if (ev.retweet) context('none', 'retweet (RT @…)', 2.2);
  if (ev.urls > 0) {
    const voiced = ev.personal > 0 || ev.questionMark || ev.leadingHandles > 0;
    context('none', voiced ? 'link' : 'link shared without a personal voice', voiced ? 0.3 : 0.9);
  }

  // Rhetorical "why…?" beside complaint words is part of the complaint; otherwise it asks.
  const complaining = total('complaint') >= 0.9;
  for (const r of ev.rhetorical) {
    hits.push(complaining ? { ...r, label: 'complaint', kind: 'pattern' } : r);
  }
  if (complaining && (ev.questionMark || ev.rhetorical.length > 0) && total('complaint') > total('praise')) {
    for (const h of hits) if (h.label === 'question') h.weight *= 0.45;
    context('complaint', 'complaint phrased as a question', 0.4);
  }
  if (total('suggestion') >= 1) {
    for (const h of hits) if (h.label === 'question') h.weight *= 0.5;
  }
  if (ev.sarcasm.length > 0 && total('complaint') > 0) {
    for (const h of hits) if (h.label === 'praise') h.weight *= 0.3;
    hits.push(...ev.sarcasm);
  }
  // Negated statements with nothing polar in reach ("they did not bring the order") lean to complaint.
  hits.push(...ev.looseNegations.slice(0, 2));
  const praise = total('praise');
  const complaint = total('complaint');
  if (ev.exclamations > 0 && praise + complaint > 0) {
    const label: Label = praise >= complaint ? 'praise' : 'complaint';
    hits.push({
      label,
      kind: 'punctuation',
      text: '!'.repeat(Math.min(ev.exclamations, 3)),
      weight: 0.3,
      pos: -1,
      sentence: 0,
    });
  }
  if (ev.shouting >= 2 && complaint > praise) context('complaint', 'written in capitals', 0.3);

  const raw: Record<Label, number> = { praise: 0, complaint: 0, question: 0, suggestion: 0, none: 0 };
  for (const h of hits) raw[h.label] += h.weight;
  // A personal voice or a reply to someone makes chatter less likely.
  let prior = NONE_PRIOR;
  if (ev.personal > 0) prior -= 0.25;
  if (ev.leadingHandles > 0 && !ev.retweet) prior -= 0.2;
  raw.none += prior;
  for (const l of LABELS) raw[l] = Math.min(raw[l], 8);

  // On a tie the label that most needs a human wins: a mixed review is treated as a complaint.
  let label: Label = 'none';
  for (const l of TIE_ORDER) if (raw[l] > raw[label]) label = l;

  const max = Math.max(...LABELS.map((l) => raw[l]));
  let sum = 0;
  const exp: Record<Label, number> = { praise: 0, complaint: 0, question: 0, suggestion: 0, none: 0 };
  for (const l of LABELS) {
    exp[l] = Math.exp((raw[l] - max) * TEMPERATURE);
    sum += exp[l];
  }
  const scores = {} as Record<Label, number>;
  for (const l of LABELS) scores[l] = round(exp[l] / sum);

  if (label === 'none' && !hits.some((h) => h.label === 'none')) {
    context('none', 'no praise, complaint, question or suggestion cue', prior);
  }
  const cues: Cue[] = hits
    .filter((h) => h.weight > 0)
    .sort((a, b) => Number(b.label === label) - Number(a.label === label) || b.weight - a.weight)
    .slice(0, MAX_CUES)
    .map((h) => ({ label: h.label, kind: h.kind, text: h.text, weight: round(h.weight) }));
  return { label, confidence: scores[label], scores, cues };
}
