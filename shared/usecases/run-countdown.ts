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
 *
 * The steps of a batch of alerts are decided first; their messages go out ten to a queue write
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
import { formatTimeLeft, nextStepAt, secondsLeft } from '../domain/countdown.ts';
import type { SlackOutMessage } from '../queue/messages.ts';
import { ownText, pageTokens } from '../slack/mrkdwn.ts';
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
  /** True when another tick held the lease and this one did nothing. */
  skipped?: boolean;
}

export async function runCountdown(now: Date, deps: CountdownDeps): Promise<CountdownResult> {
  const holder = randomUUID();
  if (deps.lease && !(await deps.lease.acquire(LEASE, holder, now, LEASE_SECONDS)))
    return { processed: 0, expired: 0, escalated: 0, skipped: true };
  try {
    return await tick(now, deps);
  } finally {
    await deps.lease?.release(LEASE, holder);
  }
}

async function tick(now: Date, deps: CountdownDeps): Promise<CountdownResult> {
  const result: CountdownResult = { processed: 0, expired: 0, escalated: 0 };
  const listed = await deps.alerts.listDue(now);
  // The due index is eventually consistent: each batch is read again, consistently, and only what
  // is still active and due is stepped (a save over a stale version would fail anyway, but the
  // notices of a stale step are queued before its save).
  for (let i = 0; i < listed.length; i += CONFIRM_BATCH) {
    const confirmed = (await deps.alerts.getMany(listed.slice(i, i + CONFIRM_BATCH).map((a) => a.alertId)))
      .filter((a) => isActive(a.state) && Date.parse(a.nextStepAt) <= now.getTime())
      .sort((a, b) => a.nextStepAt.localeCompare(b.nextStepAt));
    await mapBounded(
      inQueueWrites(confirmed.map((a) => decideStep(a, now))),
      WRITES_IN_FLIGHT,
      async (write) => {
        await deps.slackOut.send(write.flatMap((s) => s.messages));
        await Promise.all(
          write.map(async (s) => {
            try {
              await deps.alerts.save(s.next);
              result.processed++;
              if (s.outcome !== 'refreshed') result[s.outcome]++;
            } catch (error) {
              if (!(error instanceof VersionConflict)) throw error;
            }
          }),
        );
      },
    );
  }
  return result;
}

/** One alert's step, decided: what to queue, then what to save. */
interface Step {
  outcome: 'expired' | 'escalated' | 'refreshed';
  next: Alert;
  messages: SlackOutMessage[];
}

/** Groups steps into queue writes of at most QUEUE_WRITE messages, never splitting a step's messages. */
function inQueueWrites(steps: Step[]): Step[][] {
  const writes: Step[][] = [];
  let current: Step[] = [];
  let size = 0;
  for (const s of steps) {
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

function decideStep(alert: Alert, now: Date): Step {
  const at = now.toISOString();
  const refresh = (a: Alert, cosmetic = false): SlackOutMessage => ({
    kind: 'alert',
    channel: a.channel,
    alertId: a.alertId,
    version: a.version,
    ...(cosmetic ? { cosmetic } : {}),
  });

  if (secondsLeft(alert, now) <= 0) {
    const expired = applyTransition(alert, { kind: 'expire', at });
    const messages: SlackOutMessage[] = [];
    if (expired.escalationChannel && expired.escalationChannel !== expired.channel) {
      messages.push({
        kind: 'notice',
        channel: expired.escalationChannel,
        key: `missed:${expired.alertId}:${expired.openedAt}`,
        text: `:black_circle: Missed: a ${expired.type} in #${ownText(expired.channel)} got no reply within its window (due ${expired.deadline.slice(0, 16).replace('T', ' ')} UTC).`,
        alertId: expired.alertId,
      });
    }
    return { outcome: 'expired', next: expired, messages: [...messages, refresh(expired)] };
  }

  const messages: SlackOutMessage[] = [];
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
    messages.push({
      kind: 'notice',
      channel: alert.channel,
      key: `esc:${alert.alertId}:${alert.openedAt}:${index}`,
      text,
      alertId: alert.alertId,
      inThread: true,
    });
    if (stepDef.channel && stepDef.channel !== alert.channel) {
      messages.push({
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
  // Notices first: should this tick die before saving, the refresh waits for the save, the notices need not.
  const escalated = next.escalationsDone > alert.escalationsDone;
  // Without an escalation only the colour stepped: a cosmetic refresh, last in line for the budget.
  return {
    outcome: escalated ? 'escalated' : 'refreshed',
    next,
    messages: [...messages, refresh(next, !escalated)],
  };
}
