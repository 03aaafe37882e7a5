/**
 * Beacon's Slack write budget, against the local Slack with Slack's rate limits on: the remaining
 * time is rendered by Slack clients from date tokens, so a card left alone is updated only when
 * something a person must see changes (a colour step, an escalation, missed), never every minute.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectHandler } from '../../functions/detect.ts';
import { notifyHandler } from '../../functions/notify.ts';
import { alertIdFor } from '../../shared/domain/alert.ts';
import { QueueRunner } from '../../shared/local/queue-runner.ts';
import type { LocalStack } from '../../shared/local/stack.ts';
import { mentionBody, postGeneric, TestClock } from '../helpers/local-stack.ts';
import { cardOf, channel, fresh, postAndDeliver, startSlackStack } from './support.ts';

type Stats = ReturnType<NonNullable<LocalStack['slack']>['stats']>;

describe('write budget', () => {
  const clock = new TestClock(new Date('2026-03-02T10:00:00.000Z'));
  let stack: LocalStack;
  beforeAll(async () => {
    stack = await startSlackStack(clock, { slackLimits: true });
  });
  afterAll(() => stack.stop());

  const stats = async (): Promise<Stats> => (await (await fetch(`${stack.url}/slack/stats`)).json()) as Stats;

  it('a card nobody acts on gets at most 6 chat.update calls over its one-hour window, ticked every minute', async () => {
    const texts = [
      'Acme charged me twice this month. Terrible!',
      'My Acme order is two weeks late, awful service',
      'The Acme app crashes every time I open it, useless',
    ];
    const alertIds: string[] = [];
    for (const text of texts) alertIds.push(await postAndDeliver(stack, fresh('budget'), text));
    const slack = stack.slack;
    if (!slack) throw new Error('no local Slack');
    const cards = alertIds.map((id) => cardOf(stack, 's-complaints', id));
    const tsOf = new Map(cards.map((c, i) => [c?.ts ?? '', alertIds[i] ?? '']));
    expect(tsOf.size).toBe(3);
    const before = slack.calls.length;

    for (let minute = 1; minute <= 65; minute++) {
      await stack.tick(clock.advance(60));
      await stack.drain();
    }

    const updates = new Map<string, number>();
    for (const call of slack.calls.slice(before)) {
      const alertId = call.method === 'chat.update' ? tsOf.get(String(call.params.ts)) : undefined;
      if (alertId) updates.set(alertId, (updates.get(alertId) ?? 0) + 1);
    }
    for (const alertId of alertIds) {
      expect(updates.get(alertId) ?? 0).toBeGreaterThan(0);
      expect(updates.get(alertId) ?? 0).toBeLessThanOrEqual(6);
      // The hour ran out: the card says missed.
      expect(JSON.stringify(cardOf(stack, 's-complaints', alertId))).toContain('Missed');
    }
    // Notices of three alerts at once in one channel: Beacon paced its posts, Slack refused none.
    expect((await stats()).ratelimitedTotal).toBe(0);
  }, 120_000);

  it('a 429 that outlasts the invocation delays the card without counting toward the DLQ', async () => {
    const slack = stack.slack;
    if (!slack) throw new Error('no local Slack');
    const runtime = async () => stack.runtime;
    // Invocations with 1.5 s left: a 1 s Retry-After plus a call never fits, so each 429 hands the
    // message on. Twelve of them, more than the queue's maxReceiveCount of 8.
    const notify = new QueueRunner({
      sqs: stack.sqs,
      queueUrl: stack.queueUrls.slackOut,
      handler: (event) => notifyHandler(runtime)(event, { getRemainingTimeInMillis: () => 1_500 }),
      batchSize: 10,
    });
    const detect = new QueueRunner({
      sqs: stack.sqs,
      queueUrl: stack.queueUrls.mentions,
      handler: detectHandler(runtime),
      batchSize: 10,
    });
    const faults = Array.from({ length: 12 }, () => ({
      method: 'chat.postMessage',
      status: 429 as const,
      retryAfter: 1,
    }));
    slack.injectFaults(...faults);
    let refused = 0;
    slack.on('fault', () => refused++);
    const id = fresh('held');
    expect(
      (await postGeneric(stack, mentionBody({ id, text: 'Acme lost my parcel again. Terrible!' }))).status,
    ).toBe(202);
    await detect.drain();
    const alertId = alertIdFor('generic', id);
    // Its own card, or a line of a burst summary when the first test left the channel's budget spent.
    const shows = (m: { metadata?: { event_payload?: Record<string, unknown> } }) => {
      const payload = m.metadata?.event_payload ?? {};
      const listed = payload.alert_ids;
      return payload.alert_id === alertId || (Array.isArray(listed) && listed.includes(alertId));
    };
    const posted = () => channel(stack, 's-complaints').some(shows);
    const until = Date.now() + 60_000;
    while (!posted() && Date.now() < until) {
      if ((await notify.once(1)) === 0) await new Promise((r) => setTimeout(r, 100));
    }

    expect(refused).toBe(12);
    expect(channel(stack, 's-complaints').filter(shows)).toHaveLength(1);
    expect((await stack.queued()).deadLettered).toBe(0);
  }, 90_000);
});
