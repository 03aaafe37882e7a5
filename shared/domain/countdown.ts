/**
 * Engagement-window maths: how much time is left, how urgent that is, and when the countdown
 * should next look at an alert. Pure functions of the alert and a time.
 */
import type { Alert } from './alert.ts';

export type Urgency = 'calm' | 'soon' | 'urgent' | 'missed';

export const secondsLeft = (alert: Pick<Alert, 'deadline'>, now: Date): number =>
  Math.floor((Date.parse(alert.deadline) - now.getTime()) / 1000);

/** Share of the window already used, 0..1. */
export const elapsedFraction = (alert: Pick<Alert, 'openedAt' | 'windowSeconds'>, now: Date): number => {
  const used = (now.getTime() - Date.parse(alert.openedAt)) / 1000 / Math.max(1, alert.windowSeconds);
  return Math.min(1, Math.max(0, used));
};

export function urgency(alert: Pick<Alert, 'deadline' | 'openedAt' | 'windowSeconds'>, now: Date): Urgency {
  if (secondsLeft(alert, now) <= 0) return 'missed';
  const used = elapsedFraction(alert, now);
  if (used >= 0.8) return 'urgent';
  if (used >= 0.5) return 'soon';
  return 'calm';
}

/**
 * How often the card is refreshed: every minute when under an hour is left, then less often.
 * Slack's chat.update allows ~50 calls a minute per workspace, so long windows must stay quiet.
 */
export function refreshEverySeconds(left: number): number {
  if (left <= 3600) return 60;
  if (left <= 6 * 3600) return 5 * 60;
  if (left <= 24 * 3600) return 15 * 60;
  return 60 * 60;
}

/** "4 min left", "2 h 5 min left", "3 d 4 h left", "missed by 3 min". */
export function formatTimeLeft(seconds: number): string {
  const abs = Math.abs(seconds);
  const d = Math.floor(abs / 86400);
  const h = Math.floor((abs % 86400) / 3600);
  const m = Math.floor((abs % 3600) / 60);
  const s = abs % 60;
  const parts =
    d > 0
      ? [`${d} d`, h > 0 ? `${h} h` : '']
      : h > 0
        ? [`${h} h`, m > 0 ? `${m} min` : '']
        : m > 0
          ? [`${m} min`]
          : [`${s} s`];
  const text = parts.filter(Boolean).join(' ');
  return seconds > 0 ? `${text} left` : `missed by ${text}`;
}

/** Compact duration such as "12 min" or "1 h 5 min", for response times. */
export const formatDuration = (seconds: number): string =>
  formatTimeLeft(Math.max(1, seconds)).replace(/ left$/, '');

/**
 * When the countdown should next look at the alert: the next refresh, but never later than the next
 * escalation step or the deadline, so neither is late by more than one tick.
 */
export function nextStepAt(
  alert: Pick<
    Alert,
    'deadline' | 'openedAt' | 'windowSeconds' | 'escalations' | 'escalationsDone' | 'snoozedUntil'
  >,
  now: Date,
): Date {
  const deadline = Date.parse(alert.deadline);
  const left = Math.max(0, (deadline - now.getTime()) / 1000);
  let next = now.getTime() + refreshEverySeconds(left) * 1000;
  const step = alert.escalations[alert.escalationsDone];
  if (step) {
    let at = Date.parse(alert.openedAt) + step.atFraction * alert.windowSeconds * 1000;
    if (alert.snoozedUntil) at = Math.max(at, Date.parse(alert.snoozedUntil));
    if (at > now.getTime()) next = Math.min(next, at);
  }
  if (deadline > now.getTime()) next = Math.min(next, deadline);
  return new Date(next);
}
