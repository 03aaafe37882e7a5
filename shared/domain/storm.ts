/**
 * Storms: many alerts of one type on one subject within minutes (an outage, a viral post). After
 * the first few, further alerts fold into one card with a counter, each alert in its thread, so
 * the channel is not flooded. Pure rules; the store keeps the counter.
 */
import { createHash } from 'node:crypto';
import type { Cue, MomentType } from './detection.ts';

export interface StormSettings {
  /** A storm lasts while alerts keep coming at most this far apart. */
  windowSeconds: number;
  /** The first alerts get their own cards; from the next one on, they fold into the storm card. */
  foldAfter: number;
}

export const STORM = {
  windowSeconds: 10 * 60,
  foldAfter: 3,
  /** Recent posts shown on the storm card. */
  linesShown: 5,
} as const;

export interface Storm {
  stormId: string;
  key: string;
  channel: string;
  type: MomentType;
  subject: string;
  startedAt: string;
  lastAt: string;
  count: number;
  /** Ids of the alerts in the storm, oldest first (capped). */
  alertIds: string[];
  /** "@handle: text" of the latest posts, newest last (raw; escaped when rendered). */
  lines: string[];
  slackChannelId?: string;
  slackTs?: string;
  postAttemptedAt?: string;
  version: number;
}

export const stormKey = (channel: string, type: MomentType, subject: string): string =>
  `${channel.replace(/^#/, '')}#${type}#${subject}`;

export const newStormId = (key: string, startedAt: string): string =>
  `st_${createHash('sha256').update(`${key}#${startedAt}`).digest('hex').slice(0, 24)}`;

/** Whether an alert that made the storm's count `count` folds into the storm card. */
export const foldsInto = (count: number, settings: StormSettings = STORM): boolean =>
  count > settings.foldAfter;

/**
 * What a post is about, for grouping: the most specific brand keyword it names (a product beats the
 * brand's bare name), else the strongest cue of its type, else "the brand".
 */
export function stormSubject(
  text: string,
  keywords: readonly string[],
  cues: readonly Cue[],
  type: MomentType,
): string {
  const folded = text.toLowerCase();
  const named = keywords
    .map((k) => k.toLowerCase())
    .filter((k) => k.length > 1 && folded.includes(k))
    .sort((a, b) => b.length - a.length || a.localeCompare(b));
  if (named[0]) return named[0];
  const cue = [...cues].filter((c) => c.label === type).sort((a, b) => b.weight - a.weight)[0];
  return cue ? cue.text.toLowerCase().slice(0, 60) : 'the brand';
}
