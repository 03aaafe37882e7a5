/** The validated, normalised routing config: plain JSON, so it can be baked into a bundle. */
import type { Label } from '../domain/detection.ts';
import type { MentionKind, Platform } from '../domain/mention.ts';
import type { PollSourceSpec } from '../platforms/poll-sources.ts';
import type { Weekday } from './constants.ts';

export interface Bounds {
  min?: number;
  max?: number;
}

export interface AnyAllNone {
  any?: string[];
  all?: string[];
  none?: string[];
}

export type HistoryPeriod = 'all' | '30d' | '90d' | '365d';

export interface AuthorMatch {
  followers?: Bounds;
  verified?: boolean;
  /** true: any VIP list; a list: one of these lists. */
  vip?: boolean | string[];
  influencer?: boolean;
  handles?: string[];
  repeatComplainer?: boolean;
  advocate?: boolean;
  history?: { counts: Partial<Record<Exclude<Label, 'none'>, Bounds>>; period: HistoryPeriod };
}

export interface Match {
  types?: Label[];
  platforms?: Platform[];
  langs?: string[];
  kinds?: MentionKind[];
  keywords?: AnyAllNone;
  patterns?: AnyAllNone;
  /** true: names any competitor; false: names none; a list: names one of these. */
  competitor?: boolean | string[];
  author?: AuthorMatch;
  confidence?: Bounds;
  businessHours?: boolean;
}

export interface EscalationSpec {
  atFraction: number;
  /** People names from `people`. */
  mention: string[];
  /** Channel name from `channels`. */
  channel?: string;
}

/** What a rule or a default sets; names refer to `channels` and `people`. */
export interface Action {
  channel?: string;
  windowSeconds?: number;
  windowScale?: number;
  mention?: string[];
  escalate?: EscalationSpec[];
  escalationChannel?: string;
  digest?: 'off' | 'hourly' | 'daily';
  copyTo?: string[];
  drop?: boolean;
  /** Praise from an advocate: the alert is an advocate moment (rules only). */
  advocateMoment?: boolean;
}

export interface Rule {
  name: string;
  description?: string;
  when: Match;
  /** The rule's `then` in the file. */
  action: Action;
}

export interface Competitor {
  name: string;
  keywords: string[];
  mode: 'ignore' | 'watch';
  channel?: string;
}

export interface BusinessHours {
  timeZone: string;
  /** Open intervals per weekday in minutes after local midnight, [start, end). */
  days: Record<Weekday, Array<[number, number]>>;
  /** Local dates (YYYY-MM-DD) on which the business is closed. */
  holidays: string[];
  clock: 'wall' | 'business';
}

export interface RoutingConfig {
  version: 1;
  /** File it was read from, for messages. */
  source: string;
  brand: {
    name: string;
    /** Own handles (lower-case, no '@') or account ids per platform. */
    accounts: Partial<Record<Platform, string[]>>;
    keywords: Record<string, string[]>;
    aliases: Record<string, string[]>;
    competitors: Competitor[];
  };
  windows: {
    byType: Record<Label, number>;
    byPlatform: Partial<Record<Platform, Partial<Record<Label, number>>>>;
  };
  /** Name → Slack channel name (without '#') or channel id. */
  channels: Record<string, string>;
  /** Name → Slack mention tokens. Includes `here` and `channel`. */
  people: Record<string, string[]>;
  businessHours?: BusinessHours;
  vip: {
    influencerFollowers?: number;
    /** List name → platform → handles (lower-case, no '@') or ids. */
    lists: Record<string, Partial<Record<Platform, string[]>>>;
    repeatComplainer: { complaints: number; period: HistoryPeriod };
    /** At least `praise` praise and at most `complaints` complaints over `period`. */
    advocate: { praise: number; period: HistoryPeriod; complaints: number };
  };
  rules: Rule[];
  defaults: {
    action: Action & { channel: string };
    types: Partial<Record<Label, Action>>;
    dropTypes: Label[];
  };
  /** Below `unsureBelow` confidence the alert card says it is unsure and invites a relabel. */
  detection?: { unsureBelow: number };
  /** Posts the detector is unsure of (confidence below `below`, unknown script) go to `channel`. */
  review?: { channel: string; below: number };
  /** The weekly response reports (each channel its own) and where the suggestions digest goes. */
  reports: { weekly: boolean; suggestionsChannel?: string };
  /** Poll sources as written in the file (`sources`); absent when none. */
  sources?: PollSourceSpec[];
}
