/** What the routing config decides for one detection. */
import type { Label } from './detection.ts';

export interface EscalationStep {
  /** Fraction of the engagement window elapsed, 0 < atFraction < 1. */
  atFraction: number;
  /** Slack mention tokens to ping, e.g. "<!subteam^S123>" or "<@U123>". */
  mention: string[];
  /** Optional channel to also notify at this step. */
  channel?: string;
}

export interface Route {
  /** Name of the rule that matched, or 'default'. */
  rule: string;
  /** Why the rule matched, in words, for `rules test` and logs. */
  reasons: string[];
  label: Label;
  drop: boolean;
  /** Slack channel name or id the alert goes to. */
  channel: string;
  copyTo: string[];
  windowSeconds: number;
  mentions: string[];
  escalations: EscalationStep[];
  /** Channel told when an alert is missed. */
  escalationChannel?: string;
  digest?: 'hourly' | 'daily';
  /** Praise from an advocate that the config makes an alert of its own kind: thank them, invite them. */
  advocateMoment?: boolean;
  /**
   * The matched rule itself pages someone (its own `mention:`), as the safety rule does; people a type's
   * defaults page on every alert of the type do not make it one.
   */
  pagesByRule?: boolean;
}
