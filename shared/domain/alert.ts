/**
 * An alert is a thread's open moment of truth, and its life:
 *
 *   open → claimed → replied | expired | dismissed      (and snoozed, which returns to open/claimed)
 *
 * Every function here is pure: it takes an alert and returns the next one, or a typed refusal.
 * The store persists the result with a conditional write on `version`.
 */
import { createHash } from 'node:crypto';
import type { Label, MomentType } from './detection.ts';
import type { EscalationStep } from './route.ts';

export const ALERT_STATES = ['open', 'claimed', 'snoozed', 'replied', 'expired', 'dismissed'] as const;
export type AlertState = (typeof ALERT_STATES)[number];

export const ACTIVE_STATES: readonly AlertState[] = ['open', 'claimed', 'snoozed'];
export const isActive = (s: AlertState): boolean => ACTIVE_STATES.includes(s);

export interface HistoryEntry {
  at: string;
  by: string;
  action: string;
  detail?: string;
}

export interface Alert {
  alertId: string;
  platform: string;
  threadId: string;
  /** Key of the mention that opened the alert. */
  mentionKey: string;
  type: MomentType;
  channel: string;
  escalationChannel?: string;
  state: AlertState;
  openedAt: string;
  deadline: string;
  windowSeconds: number;
  escalations: EscalationStep[];
  /** Slack mention tokens the route asks to ping when the alert opens. */
  mentions?: string[];
  /** How many escalation steps have fired. */
  escalationsDone: number;
  /** When the countdown should next look at this alert (refresh, escalate or expire). */
  nextStepAt: string;
  /**
   * A state change (an escalation, missed) the card does not show yet: its tick had no room for the
   * refresh in Slack's chat.update budget, so the next tick sends it first (missed alerts included).
   */
  cardOwed?: boolean;
  claimedBy?: string;
  resolvedAt?: string;
  resolvedBy?: string;
  snoozedUntil?: string;
  /** Slack message of the alert, once posted. */
  slackChannelId?: string;
  slackTs?: string;
  /** Set when the alert folded into a storm: its card is a reply in the storm card's thread. */
  stormId?: string;
  /** The thread the card lives in (the storm card's ts) when it is not a top-level message. */
  slackThreadTs?: string;
  /**
   * Set when the channel had no posting budget for a card of its own: the alert waits for a line in
   * the channel's next burst summary (shared/usecases/burst-summary.ts).
   */
  summaryPending?: boolean;
  /** The burst summary listing the alert, while it has no card of its own (its thread is the alert's). */
  slackSummaryTs?: string;
  /** Set just before the first post, so a retry after an uncertain post looks for it first. */
  postAttemptedAt?: string;
  /** The alert version the Slack card shows; refreshes of that version or older have nothing to show. */
  slackShownVersion?: number;
  /** Link to the card from Slack itself (chat.getPermalink), for notices and `/beacon open`. */
  slackPermalink?: string;
  /** Cards left behind when a relabel moved the alert to another channel: their buttons no longer act. */
  movedFrom?: Array<{ channelId: string; ts: string; to: string }>;
  /** Who wrote the opening post (handle, and platform id for their profile) and its first words (outside text: shown escaped). */
  post?: { author: string; authorId?: string; excerpt: string };
  /** Why the matched rule prioritised the alert (VIP, influencer, repeat complainer, advocate). */
  priority?: string[];
  /** Praise from an advocate, routed as an alert of its own kind (a chance to thank or invite them). */
  advocateMoment?: boolean;
  /** The rule that opened it pages someone itself (route.ts, pagesByRule): a priority alert. */
  pagedByRule?: boolean;
  /** The opening post's link on its platform (outside text), for reports. */
  postUrl?: string;
  /** The language the detector read in the opening post (ISO 639-1, or 'und'). */
  lang?: string;
  /** What the opening post is about (subject.ts), for reports; absent when it names nothing. */
  subject?: string;
  history: HistoryEntry[];
  version: number;
}

/** Whether people can see the alert in Slack: its own card, or a line in a burst summary. */
export const shownInSlack = (a: Pick<Alert, 'slackTs' | 'slackSummaryTs'>): boolean =>
  Boolean(a.slackTs || a.slackSummaryTs);

/**
 * Priority alerts keep their own cards when a channel is over its posting budget: the rule found a
 * VIP, an influencer, a repeat complainer or an advocate, or the rule itself pages someone (a safety
 * rule). People a type's defaults page on every alert of the type (support for every complaint) do
 * not make an alert a priority one: in a burst, every complaint would be.
 */
export const isPriorityAlert = (a: Pick<Alert, 'priority' | 'pagedByRule' | 'advocateMoment'>): boolean =>
  (a.priority?.length ?? 0) > 0 || a.pagedByRule === true || a.advocateMoment === true;

export type Transition =
  | { kind: 'claim'; by: string; at: string }
  | { kind: 'replied'; by: string; at: string; via: 'slack' | 'platform' }
  | { kind: 'dismiss'; by: string; at: string }
  | { kind: 'snooze'; by: string; at: string; seconds: number }
  | { kind: 'relabel'; by: string; at: string; to: Label }
  | { kind: 'expire'; at: string }
  | { kind: 'reopen'; at: string; by: string };

export class TransitionRefused extends Error {
  override readonly name = 'TransitionRefused';
  constructor(
    readonly code: 'not_active' | 'already_claimed' | 'not_resolved',
    message: string,
  ) {
    super(message);
  }
}

/** An alert's id follows from its thread, so a redelivered mention can never open a second one. */
export const alertIdFor = (platform: string, threadId: string): string =>
  `al_${createHash('sha256').update(`${platform}#${threadId}`).digest('hex').slice(0, 24)}`;
