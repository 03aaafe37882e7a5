/**
 * Countdown notices survive a run that dies half-way (between queueing its messages and saving the
 * alert, either way round), and two overlapping runs do the work once.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../shared/local/stack.ts';
import { runCountdown } from '../../shared/usecases/run-countdown.ts';
import { TestClock } from '../helpers/local-stack.ts';
import { cardOf, channel, fresh, postAndDeliver, startSlackStack } from './support.ts';

describe('countdown notices', () => {
  const clock = new TestClock();
  let stack: LocalStack;
  // A stack per spec: the steps of one spec's alerts (colour steps, the deadline) must not fall due in another's runs.
  beforeEach(async () => {
    clock.current = new Date('2026-03-02T10:00:00.000Z');
    stack = await startSlackStack(clock);
  });
  afterEach(() => stack.stop());

  const noticesOf = (alertId: string, where: { channel: string; inThread: boolean }) => {
    const messages = where.inThread
      ? (cardOf(stack, where.channel, alertId)?.replies ?? [])
      : channel(stack, where.channel);
    return messages.filter((m) =>
      String(m.metadata?.event_payload?.notice_key ?? '').startsWith(`esc:${alertId}:`),
    );
  };
  const color = (alertId: string) =>
    (cardOf(stack, 's-complaints', alertId)?.attachments?.[0] as { color?: string } | undefined)?.color;

  /** Runs the queues until `check` holds; a message handed back is hidden for a backoff no event announces. */
  async function deliverUntil(check: () => boolean, timeoutMs = 20_000): Promise<void> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      await stack.drain();
      if (check()) return;
      if (Date.now() > end) throw new Error('not delivered in time');
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  it('queueing fails after a step is decided: the next run still sends the notice, once', async () => {
    const alertId = await postAndDeliver(stack, fresh('q-fail'), 'Acme charged me twice. Terrible!');
    const { alerts } = stack.runtime.countdown;
    const failingQueue = {
      send: async () => {
        throw new Error('SQS unreachable');
      },
    };
    await expect(
      runCountdown(clock.advance(30 * 60), { ...stack.runtime.countdown, slackOut: failingQueue }),
    ).rejects.toThrow('SQS unreachable');

    await stack.tick(clock.advance(60));
    await deliverUntil(() => noticesOf(alertId, { channel: 's-complaints', inThread: true }).length > 0);
    expect(noticesOf(alertId, { channel: 's-complaints', inThread: true })).toHaveLength(1);
    expect(color(alertId)).toBe('#ecb22e');
    expect((await alerts.get(alertId))?.escalationsDone).toBe(1);
  });

  it('saving fails after the messages are queued: the next run sends nothing twice', async () => {
    const alertId = await postAndDeliver(stack, fresh('s-fail'), 'Acme lost my parcel. Terrible!');
    const { alerts } = stack.runtime.countdown;
    const failingStore = {
      ...alerts,
      get: alerts.get.bind(alerts),
      listDue: alerts.listDue.bind(alerts),
      getMany: alerts.getMany.bind(alerts),
      markShown: alerts.markShown.bind(alerts),
      save: async () => {
        throw new Error('table unreachable');
      },
    } as typeof alerts;
    // 80% of the window: a notice in the thread and one in the escalation channel.
    clock.advance(30 * 60);
    await stack.tick(clock.now());
    await stack.drain();
    await expect(
      runCountdown(clock.advance(18 * 60), { ...stack.runtime.countdown, alerts: failingStore }),
    ).rejects.toThrow('table unreachable');
    // The queued notices go out; the refresh of the unsaved version waits for its save.
    await deliverUntil(() => noticesOf(alertId, { channel: 's-escalations', inThread: false }).length > 0);
    expect(color(alertId)).toBe('#ecb22e');

    await stack.tick(clock.advance(60));
    await deliverUntil(() => noticesOf(alertId, { channel: 's-escalations', inThread: false }).length > 0);
    await deliverUntil(() => color(alertId) === '#e01e5a');
    expect(noticesOf(alertId, { channel: 's-complaints', inThread: true })).toHaveLength(2);
    expect(noticesOf(alertId, { channel: 's-escalations', inThread: false })).toHaveLength(1);
    expect((await alerts.get(alertId))?.escalationsDone).toBe(2);
  });

  it('two overlapping runs: one does the work, the other steps aside', async () => {
    const ids = [fresh('overlap'), fresh('overlap'), fresh('overlap')];
    const alertIds: string[] = [];
    for (const id of ids) alertIds.push(await postAndDeliver(stack, id, `Acme broke order ${id}. Awful!`));
    const { alerts } = stack.runtime.countdown;
    let saves = 0;
    const countingStore = {
      ...alerts,
      get: alerts.get.bind(alerts),
      listDue: alerts.listDue.bind(alerts),
      getMany: alerts.getMany.bind(alerts),
      markShown: alerts.markShown.bind(alerts),
      save: async (a: Parameters<typeof alerts.save>[0]) => {
        saves++;
        await alerts.save(a);
      },
    } as typeof alerts;
    const deps = { ...stack.runtime.countdown, alerts: countingStore };
    const now = clock.advance(30 * 60);

    const results = await Promise.all([runCountdown(now, deps), runCountdown(now, deps)]);

    expect(results.map((r) => r.processed).sort()).toEqual([0, 3]);
    expect(saves).toBe(3);
    await stack.drain();
    for (const alertId of alertIds)
      expect(noticesOf(alertId, { channel: 's-complaints', inThread: true })).toHaveLength(1);
    // The lease is given back: the next run works (at the next colour step, 80% of the window).
    const next = await runCountdown(clock.advance(18 * 60), deps);
    expect(next.processed).toBe(3);
  });

  it('a notice costs one post, with no look-up in Slack, unless an earlier attempt may have posted it', async () => {
    const slack = stack.slack;
    if (!slack) throw new Error('no local Slack');
    const alertId = await postAndDeliver(stack, fresh('first'), 'Acme double-billed me. Terrible!');
    const lookUps = (from: number) =>
      slack.calls
        .slice(from)
        .filter((c) => c.method === 'conversations.replies' || c.method === 'conversations.history');
    // 50 % of the window: the first escalation, a notice in the card's thread.
    let from = slack.calls.length;
    await stack.tick(clock.advance(30 * 60));
    await deliverUntil(() => noticesOf(alertId, { channel: 's-complaints', inThread: true }).length > 0);
    expect(lookUps(from)).toEqual([]);

    // 80 %: two notices; Slack posts the first and then answers 500, so its outcome is unknown to
    // Beacon: the retry looks for it and finds it rather than posting it again.
    from = slack.calls.length;
    slack.injectFaults({ method: 'chat.postMessage', status: 500, afterEffect: true });
    await stack.tick(clock.advance(18 * 60));
    await deliverUntil(
      () =>
        noticesOf(alertId, { channel: 's-complaints', inThread: true }).length === 2 &&
        noticesOf(alertId, { channel: 's-escalations', inThread: false }).length === 1,
    );
    await stack.drain();
    expect(noticesOf(alertId, { channel: 's-complaints', inThread: true })).toHaveLength(2);
    expect(noticesOf(alertId, { channel: 's-escalations', inThread: false })).toHaveLength(1);
    // One look-up: the retry of the uncertain post; the other notice went out at its first attempt.
    expect(lookUps(from)).toHaveLength(1);
  });
});
