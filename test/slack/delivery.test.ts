/**
 * Slack under load: 429 with Retry-After and 5xx from the local Slack, handled without losing or
 * duplicating a message; and the countdown's cadence and escalation with an injected clock.
 */
import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { notifyHandler } from '../../functions/notify.ts';
import type { LocalStack } from '../../shared/local/stack.ts';
import type { Runtime } from '../../shared/runtime/compose.ts';
import { SlackRateLimited } from '../../shared/usecases/ports.ts';
import { silentLogger, TestClock } from '../helpers/local-stack.ts';
import { cardOf, channel, fresh, postAndDeliver, startSlackStack, textOf } from './support.ts';

const record = (id: string, group: string, body: unknown): SQSRecord => ({
  messageId: id,
  receiptHandle: `rh-${id}`,
  body: JSON.stringify(body),
  attributes: {
    ApproximateReceiveCount: '1',
    SentTimestamp: '0',
    SenderId: 'x',
    ApproximateFirstReceiveTimestamp: '0',
    MessageGroupId: group,
  },
  messageAttributes: {},
  md5OfBody: '',
  eventSource: 'aws:sqs',
  eventSourceARN: 'arn:aws:sqs:us-east-1:0:q',
  awsRegion: 'us-east-1',
});

describe('notify with an unreadable message', () => {
  it('fails that record alone: the rest of its channel is still delivered', async () => {
    const posted: string[] = [];
    const slackDelivery = {
      alerts: { get: async () => undefined },
      slack: {
        channelId: async (c: string) => c,
        postEphemeral: async (_c: string, _u: string, m: { text: string }) => {
          posted.push(m.text);
        },
      },
    };
    const runtime = async () =>
      ({
        slackDelivery,
        logger: silentLogger,
        delaySlackOut: async () => {},
        requeueSlackOut: async () => {},
      }) as unknown as Runtime;
    const event: SQSEvent = {
      Records: [
        record('1', 'calm', { kind: 'no-such-kind', channel: 'calm' }),
        record('2', 'calm', { kind: 'ephemeral', channel: 'calm', user: 'U1', text: 'hi', key: 'k' }),
      ],
    };
    const result = await notifyHandler(runtime)(event, { getRemainingTimeInMillis: () => 5_000 });
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: '1' }]);
    expect(posted).toEqual(['hi']);
  });
});

describe('notify on a 429', () => {
  it('when Retry-After does not fit in the invocation: sends the record and the rest of its channel again as new messages, in order, failing none', async () => {
    const delayed: Array<{ handles: string[]; seconds: number }> = [];
    const requeued: Array<{ message: { key?: string }; requeue: { count: number; notBefore: number } }> = [];
    const slackDelivery = {
      alerts: { get: async () => undefined },
      slack: {
        channelId: async (c: string) => c,
        postEphemeral: async (c: string) => {
          if (c === 'busy') throw new SlackRateLimited(7);
        },
      },
    };
    const runtime = async () =>
      ({
        slackDelivery,
        logger: silentLogger,
        delaySlackOut: async (handles: string[], seconds: number) => {
          delayed.push({ handles, seconds });
        },
        requeueSlackOut: async (items: typeof requeued) => {
          requeued.push(...items);
        },
      }) as unknown as Runtime;
    const msg = (channel: string, key: string) => ({
      kind: 'ephemeral',
      channel,
      user: 'U1',
      text: 'hi',
      key,
    });
    const event: SQSEvent = {
      Records: [
        record('1', 'busy', msg('busy', 'a')),
        record('2', 'calm', msg('calm', 'b')),
        record('3', 'busy', msg('busy', 'c')),
      ],
    };
    const before = Date.now();
    const result = await notifyHandler(runtime)(event, { getRemainingTimeInMillis: () => 5_000 });
    // Nothing is handed back to be received again: a receive would count toward the DLQ.
    expect(result.batchItemFailures).toEqual([]);
    expect(delayed).toEqual([]);
    expect(requeued.map((r) => [r.message.key, r.requeue.count])).toEqual([
      ['a', 1],
      ['c', 1],
    ]);
    expect(requeued[0]?.requeue.notBefore).toBeGreaterThanOrEqual(before + 7_000);
  });
});

describe('delivery through the local Slack', () => {
  let clock: TestClock;
  let stack: LocalStack;
  beforeAll(async () => {
    clock = new TestClock();
    stack = await startSlackStack(clock);
  });
  afterAll(() => stack.stop());
  beforeEach(() => {
    clock.current = new Date('2026-03-02T10:00:00.000Z');
  });

  const cardsFor = (alertId: string) =>
    channel(stack, 's-complaints').filter((m) => m.metadata?.event_payload?.alert_id === alertId);
  const alert = (alertId: string) => stack.runtime.pipeline.alerts.get(alertId);

  /**
   * Runs the queues until `check` holds. A message Slack refused is hidden until its Retry-After
   * has passed, which no event announces, so this drains again every 200 ms until then.
   */
  async function deliverUntil(check: () => Promise<boolean> | boolean, timeoutMs = 15_000): Promise<void> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      await stack.drain();
      if (await check()) return;
      if (Date.now() > end) throw new Error('not delivered in time');
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  it('a 429 on the first post: notify waits Retry-After and the card arrives once, in the same delivery', async () => {
    const slack = stack.slack!;
    const faults: unknown[] = [];
    slack.on('fault', (f) => faults.push(f));
    slack.injectFaults({ method: 'chat.postMessage', status: 429, retryAfter: 1 });
    const started = Date.now();
    const alertId = await postAndDeliver(stack, fresh('rl'), 'Acme charged me twice. Terrible!');
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(faults).toHaveLength(1);
    expect(cardsFor(alertId)).toHaveLength(1);
    expect((await alert(alertId))?.slackTs).toBe(cardsFor(alertId)[0]?.ts);
  });

  it('a 503 after the post went through: found by its metadata, not posted twice', async () => {
    stack.slack?.injectFaults({ method: 'chat.postMessage', status: 503, afterEffect: true });
    const alertId = await postAndDeliver(stack, fresh('5xx'), 'Acme app keeps crashing. Awful!');
    const posts = stack.slack!.calls.filter(
      (c) => c.method === 'chat.postMessage' && String(c.params.metadata).includes(alertId),
    );
    expect(posts).toHaveLength(1);
    expect(cardsFor(alertId)).toHaveLength(1);
    expect((await alert(alertId))?.slackTs).toBe(cardsFor(alertId)[0]?.ts);
  });

  it('a 429 on a countdown refresh: the card still shows the new state, once', async () => {
    const alertId = await postAndDeliver(stack, fresh('rl-update'), 'Acme lost my parcel. Terrible!');
    expect(cardsFor(alertId)).toHaveLength(1);
    stack.slack?.injectFaults({ method: 'chat.update', status: 429, retryAfter: 1 });
    await stack.tick(clock.advance(30 * 60));
    await deliverUntil(() => JSON.stringify(cardsFor(alertId)[0]?.attachments).includes('#ecb22e'));
    expect(cardsFor(alertId)).toHaveLength(1);
  });
});

describe('the countdown', () => {
  let clock: TestClock;
  let stack: LocalStack;
  beforeAll(async () => {
    clock = new TestClock();
    stack = await startSlackStack(clock);
  });
  afterAll(() => stack.stop());

  it('moves calm → amber → red → missed, escalating at 50% and 80% and telling the escalation channel', async () => {
    clock.current = new Date('2026-03-02T10:00:00.000Z');
    const alertId = await postAndDeliver(stack, fresh('cd'), 'Acme never delivered my order. Terrible!');
    const alerts = stack.runtime.countdown.alerts;
    const card = () => cardOf(stack, 's-complaints', alertId);
    const color = () => (card()?.attachments?.[0] as { color?: string } | undefined)?.color;
    expect(color()).toBe('#7c3aed');

    // Before 50% nothing fires, and nothing is looked at before the colour's first step.
    await stack.tick(clock.advance(29 * 60));
    await stack.drain();
    expect((await alerts.get(alertId))?.escalationsDone).toBe(0);
    expect((await alerts.get(alertId))?.nextStepAt).toBe('2026-03-02T10:30:00.000Z');

    await stack.tick(clock.advance(60));
    await stack.drain();
    expect(color()).toBe('#ecb22e');
    expect(textOf(card()?.replies)).toContain('<!subteam^S0SUPPORT> 50% of the window is gone, 30 min left');

    await stack.tick(clock.advance(18 * 60));
    await stack.drain();
    expect(color()).toBe('#e01e5a');
    expect(textOf(card()?.replies)).toContain('<@U0DANA1234> 80% of the window is gone');
    expect(textOf(channel(stack, 's-escalations'))).toContain('80% of the window is gone');

    await stack.tick(clock.advance(13 * 60));
    await stack.drain();
    expect(color()).toBe('#1d1c1d');
    expect(textOf(card())).toContain('*Missed*');
    expect(textOf(channel(stack, 's-escalations'))).toContain('Missed: a complaint in #s-complaints');
  });
});
