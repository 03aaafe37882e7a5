/**
 * One tick of the countdown (every minute).
 *
 * 1. Take the countdown lease, so two ticks never overlap (a tick that finds it taken steps aside).
 * 2. Read the active alerts whose next step is due (sparse index, so only those are read), from
 *    every shard to the end, and confirm them by a consistent batch read.
 * 3. Past its deadline, an alert expires: the card says missed and the escalation channel is told.
 * 4. Otherwise the next escalation step fires if its time has come and it is not snoozed: the
 *    configured people are mentioned in the alert's thread.
 * 5. The card is refreshed and the next step scheduled: the next moment something a person must see
 *    changes (a colour step, an escalation, the deadline); the time left is rendered by Slack clients.
 * 6. The refreshes of a tick share an allowance of Slack's chat.update budget (write-budget.ts):
 *    state changes first, then colour steps, the most urgent first. A colour step with no room is
 *    skipped for good; a state change with no room owes its refresh (`cardOwed`) to the next tick.
 *
 * The steps of every due alert are decided first; their messages go out ten to a queue write
 * (one SendMessageBatch call on SQS: a tick with 2,000 due alerts makes about 200 calls, not 2,000),
 * a few writes at once, never splitting one alert's messages, which keep their order within the write.
 *
 * Queue first, then save: the step's messages (the refresh of the next version, the notices) are
 * queued before the alert is saved. A tick that dies in between leaves the alert due, so the next
 * tick decides the same step again and queues the same messages, which the FIFO queue drops by
 * their deduplication ids (and notify by the notice's key); the notice is neither lost nor doubled.
 * A tick that loses a race with a click (version conflict) skips that alert; the next tick sees it.
 */
import { randomUUID } from 'node:crypto';
import { type Alert, isActive } from '../domain/alert.ts';
import { applyTransition } from '../domain/alert-lifecycle.ts';
import { formatTimeLeft, nextStepAt, secondsLeft, urgency } from '../domain/countdown.ts';
import type { SlackOutMessage } from '../queue/messages.ts';
import { ownText, pageTokens } from '../slack/mrkdwn.ts';
import { COSMETIC_UPDATES_PER_TICK, COUNTDOWN_UPDATES_PER_TICK } from '../slack/write-budget.ts';
import { mapBounded } from './bounded.ts';
import { type AlertStore, type LeaseStore, type SlackOutQueue, VersionConflict } from './ports.ts';

export interface CountdownDeps {
  alerts: AlertStore;
  slackOut: SlackOutQueue;
  /** Keeps ticks from overlapping; without it, overlapping ticks are still safe, only wasteful. */
  lease?: LeaseStore;
}

/** Alerts confirmed by one consistent batch read (BatchGetItem's limit). */
const CONFIRM_BATCH = 100;
/** Messages one queue write carries (SQS SendMessageBatch takes ten). */
const QUEUE_WRITE = 10;
/**
 * Queue writes in flight at once, each followed by the saves of its alerts (at most 10): enough to
 * hide call latency, few enough to stay inside table and queue limits.
 */
const WRITES_IN_FLIGHT = 4;
const LEASE = 'countdown';
/** Longer than the countdown function may run (50 s), shorter than the time between ticks plus that. */
const LEASE_SECONDS = 60;

export interface CountdownResult {
  /** Alerts looked at. */
  processed: number;
  /** Of those, alerts whose window closed without a reply. */
  expired: number;
  /** Escalation steps fired. */
  escalated: number;
  /** Card refreshes queued (each a chat.update), at most COUNTDOWN_UPDATES_PER_TICK. */
  refreshes: number;
  /** Colour steps with no room in this tick's allowance: skipped for good (the date token tells the time). */
  skippedColourSteps: number;
  /** State changes whose card refresh had no room: owed, sent first by the next tick. */
  owedRefreshes: number;
  /** True when another tick held the lease and this one did nothing. */
  skipped?: boolean;
}

const nothing = (): CountdownResult => ({
  processed: 0,
  expired: 0,
  escalated: 0,
  refreshes: 0,
  skippedColourSteps: 0,
  owedRefreshes: 0,
});

export async function runCountdown(now: Date, deps: CountdownDeps): Promise<CountdownResult> {
  const holder = randomUUID();
  if (deps.lease && !(await deps.lease.acquire(LEASE, holder, now, LEASE_SECONDS)))
    return { ...nothing(), skipped: true };
  try {
    return await tick(now, deps);
  } finally {
    await deps.lease?.release(LEASE, holder);
  }
}

/** Due: an active alert whose next step has come, or a closed one whose card still owes its state. */
const isDue = (a: Alert, now: Date) =>
  (isActive(a.state) || a.cardOwed === true) && Date.parse(a.nextStepAt) <= now.getTime();

async function tick(now: Date, deps: CountdownDeps): Promise<CountdownResult> {
  const result = nothing();
  const listed = await deps.alerts.listDue(now);
  // The due index is eventually consistent: each batch is read again, consistently, and only what
  // is still due is stepped (a save over a stale version would fail anyway, but the notices of a
  // stale step are queued before its save).
  const decided: Decided[] = [];
  for (let i = 0; i < listed.length; i += CONFIRM_BATCH) {
    const confirmed = await deps.alerts.getMany(listed.slice(i, i + CONFIRM_BATCH).map((a) => a.alertId));
    for (const a of confirmed) if (isDue(a, now)) decided.push(decideStep(a, now));
  }
  // The whole tick's refreshes share one allowance, so its steps are decided before any is queued.
  const steps = allot(decided, now);
  await mapBounded(inQueueWrites(steps), WRITES_IN_FLIGHT, async (write) => {
    const messages = write.flatMap((s) => s.messages);
    // A write of skipped colour steps alone has nothing to queue, only saves.
    if (messages.length > 0) await deps.slackOut.send(messages);
    await Promise.all(
      write.map(async (s) => {
        try {
          await deps.alerts.save(s.next);
          result.processed++;
          if (s.outcome !== 'refreshed') result[s.outcome]++;
          if (s.refresh === 'sent') result.refreshes++;
          else if (s.refresh === 'owed') result.owedRefreshes++;
          else if (s.refresh === 'skipped') result.skippedColourSteps++;
        } catch (error) {
          if (!(error instanceof VersionConflict)) throw error;
        }
      }),
    );
  });
  return result;
}

/**
 * One alert's step, decided: its notices and what its card needs. A state change (missed, an
 * escalation, a refresh owed from an earlier tick) needs its card refreshed; a colour step alone is
 * cosmetic; `level` ranks the urgency within each (missed 3, 80 % 2, 50 % 1).
 */
interface Decided {
  outcome: 'expired' | 'escalated' | 'refreshed';
  next: Alert;
  notices: SlackOutMessage[];
  card: 'state' | 'cosmetic';
  level: number;
}

/** One alert's step, ready to queue then save. */
interface Step {
  outcome: Decided['outcome'];
  next: Alert;
  messages: SlackOutMessage[];
  refresh: 'sent' | 'owed' | 'skipped';
}

/** A step the owed refresh of is due again at the next tick, whatever its next step is. */
const OWED_RETRY_MS = 1_000;

/**
 * Gives the tick's card refreshes their allowance of Slack's chat.update budget: state changes
 * first, then colour steps up to their own share; within each, the most urgent and then the nearest
 * deadline first. A state change left over owes its refresh (the alert stays due); a colour step
 * left over is skipped for good (the alert moves on to its next step).
 */
function allot(decided: Decided[], now: Date): Step[] {
  const dueOrder = new Map(decided.map((d, i) => [d.next.alertId, i]));
  const order = [...decided].sort(
    (a, b) =>
      Number(a.card === 'cosmetic') - Number(b.card === 'cosmetic') ||
      b.level - a.level ||
      a.next.deadline.localeCompare(b.next.deadline),
  );
  let updates = 0;
  let cosmetic = 0;
  const steps = order.map((d): Step => {
    const room =
      updates < COUNTDOWN_UPDATES_PER_TICK && (d.card === 'state' || cosmetic < COSMETIC_UPDATES_PER_TICK);
    if (room) {
      updates++;
      if (d.card === 'cosmetic') cosmetic++;
      const { cardOwed: _, ...next } = d.next;
      return {
        outcome: d.outcome,
        next,
        messages: [...d.notices, refreshOf(next, d.card === 'cosmetic')],
        refresh: 'sent',
      };
    }
    if (d.card === 'cosmetic')
      return { outcome: d.outcome, next: d.next, messages: d.notices, refresh: 'skipped' };
    const retry = new Date(Math.min(Date.parse(d.next.nextStepAt), now.getTime() + OWED_RETRY_MS));
    return {
      outcome: d.outcome,
      next: { ...d.next, cardOwed: true, nextStepAt: retry.toISOString() },
      messages: d.notices,
      refresh: 'owed',
    };
  });
  // Queued in the order they fell due.
  const position = (s: Step) => dueOrder.get(s.next.alertId) ?? 0;
  return steps.sort((a, b) => position(a) - position(b));
}

const refreshOf = (a: Alert, cosmetic: boolean): SlackOutMessage => ({
  kind: 'alert',
  channel: a.channel,
  alertId: a.alertId,
  version: a.version,
  ...(cosmetic ? { cosmetic } : {}),
});

/** Groups steps into queue writes of at most QUEUE_WRITE messages, never splitting a step's messages. */
function inQueueWrites(steps: Step[]): Step[][] {
  const writes: Step[][] = [];
  let current: Step[] = [];
  let size = 0;
  for (const s of steps) {
    if (s.messages.length === 0 && current.length > 0) {
      // Nothing to queue: saved with the write at hand.
      current.push(s);
      continue;
    }
    if (current.length > 0 && size + s.messages.length > QUEUE_WRITE) {
      writes.push(current);
      current = [];
      size = 0;
    }
    current.push(s);
    size += s.messages.length;
  }
  if (current.length > 0) writes.push(current);
  return writes;
}

function decideStep(alert: Alert, now: Date): Decided {
  const at = now.toISOString();
  const owed = alert.cardOwed === true;
  // A closed alert is due only for the refresh its card owes (its last state: missed, replied...).
  if (!isActive(alert.state))
    return {
      outcome: 'refreshed',
      next: { ...alert, version: alert.version + 1 },
      notices: [],
      card: 'state',
      level: 3,
    };

  if (secondsLeft(alert, now) <= 0) {
    const expired = applyTransition(alert, { kind: 'expire', at });
    const notices: SlackOutMessage[] = [];
    if (expired.escalationChannel && expired.escalationChannel !== expired.channel) {
      notices.push({
        kind: 'notice',
        channel: expired.escalationChannel,
        key: `missed:${expired.alertId}:${expired.openedAt}`,
        text: `:black_circle: Missed: a ${expired.type} in #${ownText(expired.channel)} got no reply within its window (due ${expired.deadline.slice(0, 16).replace('T', ' ')} UTC).`,
        alertId: expired.alertId,
      });
    }
    return { outcome: 'expired', next: expired, notices, card: 'state', level: 3 };
  }

  const notices: SlackOutMessage[] = [];
  let next: Alert = { ...alert };
  const stepDef = alert.escalations[alert.escalationsDone];
  const stepAt = stepDef
    ? Date.parse(alert.openedAt) + stepDef.atFraction * alert.windowSeconds * 1000
    : Infinity;
  const snoozed = alert.snoozedUntil !== undefined && Date.parse(alert.snoozedUntil) > now.getTime();
  if (stepDef && now.getTime() >= stepAt && !snoozed) {
    const index = alert.escalationsDone;
    const who = pageTokens(stepDef.mention);
    const text = `:rotating_light: ${who ? `${who} ` : ''}${Math.round(stepDef.atFraction * 100)}% of the window is gone, ${formatTimeLeft(secondsLeft(alert, now))}.`;
    notices.push({
      kind: 'notice',
      channel: alert.channel,
      key: `esc:${alert.alertId}:${alert.openedAt}:${index}`,
      text,
      alertId: alert.alertId,
      inThread: true,
    });
    if (stepDef.channel && stepDef.channel !== alert.channel) {
      notices.push({
        kind: 'notice',
        channel: stepDef.channel,
        key: `esc:${alert.alertId}:${alert.openedAt}:${index}:channel`,
        text: `${text} (a ${alert.type} in #${ownText(alert.channel)})`,
        alertId: alert.alertId,
      });
    }
    next = {
      ...next,
      escalationsDone: index + 1,
      history: [
        ...alert.history,
        {
          at,
          by: 'beacon',
          action: 'escalated',
          detail: `step ${index + 1}${stepDef.mention.length > 0 ? `: ${stepDef.mention.join(' ')}` : ''}`,
        },
      ],
    };
  }
  next = { ...next, nextStepAt: nextStepAt(next, now).toISOString(), version: alert.version + 1 };
  // Notices go before the refresh (allot): should this tick die before saving, the refresh waits
  // for the save, the notices need not.
  const escalated = next.escalationsDone > alert.escalationsDone;
  const level = urgency(next, now) === 'urgent' ? 2 : 1;
  // Without an escalation (or a refresh owed) only the colour stepped: cosmetic, last in line.
  return {
    outcome: escalated ? 'escalated' : 'refreshed',
    next,
    notices,
    card: escalated || owed ? 'state' : 'cosmetic',
    level,
  };
}
