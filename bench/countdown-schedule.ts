/**
 * How many open alerts fall due in one countdown tick, derived from the routing config, and the
 * Slack calls a tick's messages lead to. Used by `countdown.bench.ts`.
 *
 * A card changes only at a colour step (50 %, 80 % of its window), an escalation step and its
 * deadline (shared/domain/countdown.ts). An alert opened at a uniformly random moment of its window
 * has any one of those moments within the next tick with probability tick / window, so the share of
 * a kind's open alerts due in a tick is (distinct step moments) × tick / window.
 */

import { COLOUR_STEPS } from '../shared/domain/countdown.ts';
import type { Label } from '../shared/domain/detection.ts';
import type { Mention } from '../shared/domain/mention.ts';
import type { Route } from '../shared/domain/route.ts';
import type { SlackOutMessage } from '../shared/queue/messages.ts';
import { decideRoute, type RoutingConfig } from '../shared/routing/index.ts';
import { METHOD_TIER, POST_METHOD, SLACK_LIMITS } from '../shared/slack/write-budget.ts';

/**
 * How the open alerts split between kinds. `arrivals`: mentions of each kind arrive at the same
 * steady rate, so each kind's open alerts are in proportion to its window (Little's law: open =
 * arrival rate × window), and long windows dominate. `open`: the open alerts split evenly between
 * kinds, which puts many more short-window alerts (more steps a minute) among them.
 */
export type Mix = 'arrivals' | 'open';

export interface CountdownKind {
  label: Label;
  route: Route;
  /** Share of the window at which the card changes: colour steps, escalations, the deadline (1). */
  steps: number[];
  /** Share of all open alerts that are of this kind. */
  openShare: number;
  /** Share of this kind's open alerts with a step within one tick. */
  dueShare: number;
}

const LABELS = ['complaint', 'question', 'praise', 'suggestion'] as const;

/** An ordinary post of each kind, as the config routes it with no rule singling it out. */
function ordinaryPost(label: Label, now: Date): Mention {
  return {
    platform: 'generic',
    id: `schedule-${label}`,
    threadId: `schedule-${label}`,
    text: 'A post about the brand.',
    createdAt: now.toISOString(),
    receivedAt: now.toISOString(),
    kind: 'post',
    author: { id: 'schedule-author', handle: 'someone', followers: 10 },
  };
}

/** Distinct moments (shares of the window) at which a card on this route changes by itself. */
export function stepsOf(route: Pick<Route, 'escalations'>): number[] {
  return [...new Set([...COLOUR_STEPS, ...route.escalations.map((s) => s.atFraction), 1])]
    .filter((f) => f > 0 && f <= 1)
    .sort((a, b) => a - b);
}

/**
 * The kinds of alert the config opens with a countdown (dropped and digested kinds open none),
 * each with its route for an ordinary post, its steps and shares.
 */
export function countdownKinds(
  config: RoutingConfig,
  now: Date,
  mix: Mix,
  tickSeconds = 60,
): CountdownKind[] {
  const routed = LABELS.map((label) => ({
    label,
    route: decideRoute(
      {
        mention: ordinaryPost(label, now),
        detection: { label, confidence: 0.9, scores: { [label]: 0.9 } as never, lang: 'en', cues: [] },
      },
      config,
      now,
    ),
  })).filter(({ route }) => !route.drop && !route.digest);
  const weight = (route: Route) => (mix === 'arrivals' ? route.windowSeconds : 1);
  const total = routed.reduce((sum, { route }) => sum + weight(route), 0);
  return routed.map(({ label, route }) => {
    const steps = stepsOf(route);
    return {
      label,
      route,
      steps,
      openShare: weight(route) / total,
      dueShare: Math.min(1, (steps.length * tickSeconds) / route.windowSeconds),
    };
  });
}

/** The share of all open alerts due in one tick. */
export const dueShareOf = (kinds: CountdownKind[]): number =>
  kinds.reduce((sum, k) => sum + k.openShare * k.dueShare, 0);

export interface SlackCalls {
  byMethod: Record<string, number>;
  /** chat.postMessage per channel (the per-channel posting limit). */
  postsByChannel: Record<string, number>;
}

/**
 * The Slack calls notify makes for countdown messages whose alerts have cards: a refresh is one
 * chat.update; a notice first looks for itself (conversations.replies in the card's thread,
 * conversations.history in a channel), then posts.
 */
export function slackCallsOf(messages: readonly SlackOutMessage[]): SlackCalls {
  const calls: SlackCalls = { byMethod: {}, postsByChannel: {} };
  const add = (method: string) => {
    calls.byMethod[method] = (calls.byMethod[method] ?? 0) + 1;
  };
  for (const m of messages) {
    if (m.kind === 'alert') add('chat.update');
    else if (m.kind === 'notice') {
      add(m.inThread ? 'conversations.replies' : 'conversations.history');
      add(POST_METHOD);
      calls.postsByChannel[m.channel] = (calls.postsByChannel[m.channel] ?? 0) + 1;
    }
  }
  return calls;
}

export interface BudgetLine {
  what: string;
  perMinute: number;
  limit: number;
}

/** Each call rate of one tick a minute against Slack's limit for it: the tiers workspace-wide, posts per channel. */
export function budgetLines(calls: SlackCalls): BudgetLine[] {
  const lines: BudgetLine[] = [];
  for (const [method, perMinute] of Object.entries(calls.byMethod)) {
    const tier = METHOD_TIER[method];
    if (tier) lines.push({ what: method, perMinute, limit: SLACK_LIMITS.tierPerMinute[tier] });
  }
  for (const [channel, perMinute] of Object.entries(calls.postsByChannel))
    lines.push({ what: `${POST_METHOD} #${channel}`, perMinute, limit: SLACK_LIMITS.postsPerSecond * 60 });
  return lines;
}
