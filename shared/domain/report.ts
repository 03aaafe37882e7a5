/**
 * The response report: how fast and how often the brand answered the alerts opened in a period.
 * Pure: it takes the alerts and returns figures; the same alerts always give the same report.
 *
 * - **Answered in window**: the first reply came at or before the deadline; **late**: after it
 *   (a reply after the alert was marked missed closes it as replied, late); **missed**: the alert
 *   expired without a reply. Dismissed ("not relevant") and still active alerts are counted apart.
 * - **Time to first reply**: from the alert's opening to its first reply, over replied alerts;
 *   median and p90 by the nearest-rank method (always a time that really occurred).
 * - Days and hours are those of the report's time zone.
 * - **Top advocates**: authors with praise and no complaint in the period; **top repeat
 *   complainers**: authors with two complaints or more in the period.
 */
import type { Alert } from './alert.ts';
import type { MomentType } from './detection.ts';
import { localParts } from './local-day.ts';
import { NO_SUBJECT } from './subject.ts';

export const REPORT_PERIODS = ['day', 'week', 'month'] as const;
export type ReportPeriod = (typeof REPORT_PERIODS)[number];

export type Outcome = 'answeredInWindow' | 'late' | 'missed' | 'dismissed' | 'open';

export interface OutcomeCounts {
  alerts: number;
  answeredInWindow: number;
  late: number;
  missed: number;
  dismissed: number;
  open: number;
}

export interface OutcomeGroup extends OutcomeCounts {
  key: string;
}

export interface ReplyTimes {
  replies: number;
  /** Seconds from opening to first reply; null without replies. */
  medianSeconds: number | null;
  p90Seconds: number | null;
}

export interface KeyedReplyTimes extends ReplyTimes {
  key: string;
}

export interface DayOutcomes extends ReplyTimes {
  day: string;
  answeredInWindow: number;
  late: number;
  missed: number;
}

export interface AuthorFigure {
  platform: string;
  authorId: string;
  handle: string;
  count: number;
}

export interface SuggestionItem {
  alertId: string;
  platform: string;
  handle: string;
  excerpt: string;
  openedAt: string;
  /** The post on its platform, when known. */
  url?: string;
  /** The alert's card in Slack, when posted. */
  cardUrl?: string;
}

export interface SuggestionGroup {
  subject: string;
  count: number;
  items: SuggestionItem[];
}

export interface Report {
  from: string;
  to: string;
  timeZone: string;
  /** The channel the report is about; null for every channel. */
  channel: string | null;
  totals: OutcomeCounts;
  byType: OutcomeGroup[];
  byPlatform: OutcomeGroup[];
  byLanguage: OutcomeGroup[];
  byChannel: OutcomeGroup[];
  timeToFirstReply: {
    overall: ReplyTimes;
    byChannel: KeyedReplyTimes[];
    byClaimer: KeyedReplyTimes[];
  };
  perDay: DayOutcomes[];
  /** The hours of the day (0–23, report time zone) in which most alerts opened, busiest first. */
  busiestHours: Array<{ hour: number; alerts: number }>;
  topAdvocates: AuthorFigure[];
  topRepeatComplainers: AuthorFigure[];
  topComplaintSubjects: Array<{ subject: string; alerts: number }>;
  newSuggestions: SuggestionGroup[];
}

export interface ReportOptions {
  from: Date;
  to: Date;
  timeZone?: string;
  channel?: string;
  /** How many entries the top lists keep (default 5). */
  top?: number;
}

/** Who claimed no alert, in the per-person figures. */
export const UNCLAIMED = '(unclaimed)';

/** When the alert's current opening got its first reply, if it did. */
export function firstReplyAt(alert: Alert): string | undefined {
  const entry = alert.history.find((h) => h.action === 'replied' && h.at >= alert.openedAt);
  return entry?.at ?? (alert.state === 'replied' ? alert.resolvedAt : undefined);
}

export function outcomeOf(alert: Alert): Outcome {
  const replied = firstReplyAt(alert);
  if (replied) return Date.parse(replied) <= Date.parse(alert.deadline) ? 'answeredInWindow' : 'late';
  if (alert.state === 'expired') return 'missed';
  if (alert.state === 'dismissed') return 'dismissed';
  return 'open';
}

/** Seconds from opening to first reply, for replied alerts. */
export function secondsToFirstReply(alert: Alert): number | undefined {
  const replied = firstReplyAt(alert);
  return replied
    ? Math.max(0, Math.round((Date.parse(replied) - Date.parse(alert.openedAt)) / 1000))
    : undefined;
}

/** The nearest-rank percentile: the smallest value with at least p% of the values at or below it. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? null;
}

const emptyCounts = (): OutcomeCounts => ({
  alerts: 0,
  answeredInWindow: 0,
  late: 0,
  missed: 0,
  dismissed: 0,
  open: 0,
});

function count(alerts: readonly Alert[]): OutcomeCounts {
  const counts = emptyCounts();
  for (const a of alerts) {
    counts.alerts += 1;
    counts[outcomeOf(a)] += 1;
  }
  return counts;
}

const byKey = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** Groups by key, the largest first, ties by key, so the order never depends on the input's. */
function outcomeGroups(alerts: readonly Alert[], keyOf: (a: Alert) => string): OutcomeGroup[] {
  return [...groupBy(alerts, keyOf)]
    .map(([key, list]) => ({ key, ...count(list) }))
    .sort((a, b) => b.alerts - a.alerts || byKey(a.key, b.key));
}

function replyTimes(alerts: readonly Alert[]): ReplyTimes {
  const seconds = alerts.map(secondsToFirstReply).filter((s): s is number => s !== undefined);
  return {
    replies: seconds.length,
    medianSeconds: percentile(seconds, 50),
    p90Seconds: percentile(seconds, 90),
  };
}

function keyedReplyTimes(alerts: readonly Alert[], keyOf: (a: Alert) => string): KeyedReplyTimes[] {
  return [...groupBy(alerts, keyOf)]
    .map(([key, list]) => ({ key, ...replyTimes(list) }))
    .filter((r) => r.replies > 0)
    .sort((a, b) => b.replies - a.replies || byKey(a.key, b.key));
}

/** Every local day the period touches, oldest first (stepping hours keeps DST days right). */
function daysOf(from: Date, to: Date, timeZone: string): string[] {
  const days = new Set<string>();
  for (let t = from.getTime(); t < to.getTime(); t += 3_600_000)
    days.add(localParts(new Date(t), timeZone).day);
  if (to.getTime() > from.getTime()) days.add(localParts(new Date(to.getTime() - 1), timeZone).day);
  return [...days].sort();
}

const authorKey = (a: Alert): string => `${a.platform}#${a.post?.authorId ?? a.post?.author ?? '?'}`;

function topAuthors(
  alerts: readonly Alert[],
  type: MomentType,
  keep: (list: Alert[]) => boolean,
  min: number,
  top: number,
): AuthorFigure[] {
  return [...groupBy(alerts, authorKey)]
    .filter(([, list]) => keep(list))
    .map(([, list]) => {
      const latest = list.reduce((a, b) => (b.openedAt > a.openedAt ? b : a));
      return {
        platform: latest.platform,
        authorId: latest.post?.authorId ?? latest.post?.author ?? '?',
        handle: latest.post?.author ?? '?',
        count: list.filter((a) => a.type === type).length,
      };
    })
    .filter((f) => f.count >= min)
    .sort((a, b) => b.count - a.count || byKey(a.handle, b.handle) || byKey(a.authorId, b.authorId))
    .slice(0, top);
}

export function buildReport(all: readonly Alert[], options: ReportOptions): Report {
  const timeZone = options.timeZone ?? 'UTC';
  const top = options.top ?? 5;
  const from = options.from.toISOString();
  const to = options.to.toISOString();
  const alerts = all
    .filter((a) => a.openedAt >= from && a.openedAt < to)
    .filter((a) => options.channel === undefined || a.channel === options.channel)
    .sort((a, b) => byKey(a.openedAt, b.openedAt) || byKey(a.alertId, b.alertId));

  const openedOn = groupBy(alerts, (a) => localParts(new Date(a.openedAt), timeZone).day);
  const perDay = daysOf(options.from, options.to, timeZone).map((day): DayOutcomes => {
    const counts = count(openedOn.get(day) ?? []);
    return {
      day,
      answeredInWindow: counts.answeredInWindow,
      late: counts.late,
      missed: counts.missed,
      ...replyTimes(openedOn.get(day) ?? []),
    };
  });
  const hours = new Map<number, number>();
  for (const a of alerts) {
    const { hour } = localParts(new Date(a.openedAt), timeZone);
    hours.set(hour, (hours.get(hour) ?? 0) + 1);
  }

  const complaints = alerts.filter((a) => a.type === 'complaint');
  const suggestions = alerts.filter((a) => a.type === 'suggestion');
  return {
    from,
    to,
    timeZone,
    channel: options.channel ?? null,
    totals: count(alerts),
    byType: outcomeGroups(alerts, (a) => a.type),
    byPlatform: outcomeGroups(alerts, (a) => a.platform),
    byLanguage: outcomeGroups(alerts, (a) => a.lang ?? 'und'),
    byChannel: outcomeGroups(alerts, (a) => a.channel),
    timeToFirstReply: {
      overall: replyTimes(alerts),
      byChannel: keyedReplyTimes(alerts, (a) => a.channel),
      byClaimer: keyedReplyTimes(alerts, (a) => a.claimedBy ?? UNCLAIMED),
    },
    perDay,
    busiestHours: [...hours]
      .map(([hour, n]) => ({ hour, alerts: n }))
      .sort((a, b) => b.alerts - a.alerts || a.hour - b.hour)
      .slice(0, 3),
    topAdvocates: topAuthors(alerts, 'praise', (list) => !list.some((a) => a.type === 'complaint'), 1, top),
    topRepeatComplainers: topAuthors(alerts, 'complaint', () => true, 2, top),
    topComplaintSubjects: [
      ...groupBy(
        complaints.filter((a) => a.subject),
        (a) => a.subject ?? '',
      ),
    ]
      .map(([subject, list]) => ({ subject, alerts: list.length }))
      .filter((s) => s.alerts >= 2)
      .sort((a, b) => b.alerts - a.alerts || byKey(a.subject, b.subject))
      .slice(0, top),
    newSuggestions: suggestionGroups(suggestions),
  };
}

/** Suggestions grouped by subject, the largest group first; the posts in each oldest first. */
export function suggestionGroups(suggestions: readonly Alert[]): SuggestionGroup[] {
  return [...groupBy(suggestions, (a) => a.subject ?? NO_SUBJECT)]
    .map(([subject, list]) => ({
      subject,
      count: list.length,
      items: list.map((a) => ({
        alertId: a.alertId,
        platform: a.platform,
        handle: a.post?.author ?? '?',
        excerpt: a.post?.excerpt ?? '',
        openedAt: a.openedAt,
        ...(a.postUrl ? { url: a.postUrl } : {}),
        ...(cardUrl(a) ? { cardUrl: cardUrl(a) } : {}),
      })),
    }))
    .sort(
      (a, b) =>
        Number(a.subject === NO_SUBJECT) - Number(b.subject === NO_SUBJECT) ||
        b.count - a.count ||
        byKey(a.subject, b.subject),
    );
}

/** A link to the alert's card: the permalink Slack gave, else Slack's archive URL. */
export const cardUrl = (a: Alert): string | undefined =>
  a.slackPermalink ??
  (a.slackChannelId && a.slackTs
    ? `https://slack.com/archives/${a.slackChannelId}/p${a.slackTs.replace('.', '')}`
    : undefined);

/** The period a `day`, `week` or `month` report covers: today so far, the last 7 or 30 local days. */
export function periodOf(
  period: ReportPeriod,
  now: Date,
  startOfDay: (instant: Date) => Date,
): { from: Date; to: Date } {
  const days = period === 'day' ? 1 : period === 'week' ? 7 : 30;
  return { from: startOfDay(new Date(now.getTime() - (days - 1) * 86_400_000)), to: now };
}
