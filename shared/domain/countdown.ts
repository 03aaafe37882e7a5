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

type Window = Pick<Alert, 'openedAt' | 'windowSeconds'> & Partial<Pick<Alert, 'escalations'>>;

export function urgency(alert: Pick<Alert, 'deadline'> & Window, now: Date): Urgency {
  if (secondsLeft(alert, now) <= 0) return 'missed';
  const used = elapsedFraction(alert, now);
  const [soon = 0.5, urgent = 0.8] = colourSteps(alert);
  if (used >= urgent) return 'urgent';
  if (used >= soon) return 'soon';
  return 'calm';
}

/** Shares of the window at which the card changes colour (see `urgency`). */
export const COLOUR_STEPS = [0.5, 0.8] as const;

/**
 * A colour step this close (share of the window) to an escalation moves to the escalation's moment,
 * so the card changes once, with the escalation, rather than twice a few minutes apart (a question's
 * 75 % escalation and the 80 % step): every update spends Slack's scarcest budget (chat.update).
 */
export const MERGE_WITHIN = 0.05;

/** The alert's colour steps (shares of its window), each moved onto an escalation close to it. */
export function colourSteps(alert: Partial<Pick<Alert, 'escalations'>>): number[] {
  return COLOUR_STEPS.map((share) => {
    const near = (alert.escalations ?? [])
      .map((s) => s.atFraction)
      .filter((f) => Math.abs(f - share) <= MERGE_WITHIN + 1e-9)
      .sort((a, b) => Math.abs(a - share) - Math.abs(b - share))[0];
    return near ?? share;
  });
}

/**
 * The first moment after `now` at which the card's colour steps, if any is left before the deadline.
 * The remaining time itself is rendered by Slack clients from date tokens, so these steps, the
 * escalations, the end of a snooze and the deadline are the only moments time changes a card.
 */
export function nextColourStep(alert: Window, now: Date): Date | undefined {
  const opened = Date.parse(alert.openedAt);
  for (const share of colourSteps(alert)) {
    const at = opened + Math.ceil(share * Math.max(1, alert.windowSeconds) * 1000);
    if (at > now.getTime()) return new Date(at);
  }
  return undefined;
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
 * When the countdown should next look at the alert: the first moment something a person must see
 * changes on its card — a colour step, the next escalation step (not before a snooze ends), the end
 * of a snooze, or the deadline. Never a periodic refresh: Slack's chat.update allows about 50 calls
 * a minute per workspace, so a card costs a handful of updates over its window, whatever its length.
 * A window long past any step (nothing left but the deadline) is looked at on the deadline.
 */
export function nextStepAt(
  alert: Pick<
    Alert,
    'deadline' | 'openedAt' | 'windowSeconds' | 'escalations' | 'escalationsDone' | 'snoozedUntil'
  >,
  now: Date,
): Date {
  const deadline = Date.parse(alert.deadline);
  const candidates = [deadline, nextColourStep(alert, now)?.getTime() ?? Infinity];
  const snoozedUntil = alert.snoozedUntil ? Date.parse(alert.snoozedUntil) : undefined;
  if (snoozedUntil !== undefined && snoozedUntil > now.getTime()) candidates.push(snoozedUntil);
  const step = alert.escalations[alert.escalationsDone];
  if (step) {
    let at = Date.parse(alert.openedAt) + step.atFraction * alert.windowSeconds * 1000;
    if (snoozedUntil !== undefined) at = Math.max(at, snoozedUntil);
    if (at > now.getTime()) candidates.push(at);
  }
  const next = Math.min(...candidates.filter((t) => t > now.getTime()));
  // Past the deadline with nothing left to do: due now (the countdown expires it).
  return new Date(Number.isFinite(next) ? next : Math.max(deadline, now.getTime()));
}
