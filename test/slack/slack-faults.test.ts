/**
 * Slack failing 30% of calls (429, 5xx, timeouts before and after the call was carried out) while
 * cards, follow-ups, countdown refreshes and escalations flow: once the faults stop, everything
 * arrives exactly once within a bounded time and the queue is empty.
 */
import { GetQueueAttributesCommand, GetQueueUrlCommand } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alertIdFor } from '../../shared/domain/alert.ts';
import { type FaultProxy, startFaultProxy } from '../../shared/local/fault-proxy.ts';
import type { LocalStack } from '../../shared/local/stack.ts';
import { dlqName, QUEUES } from '../../shared/queue/definitions.ts';
import { mentionBody, postGeneric, TestClock } from '../helpers/local-stack.ts';
import { channel, fresh, startSlackStack } from './support.ts';

const ALERTS = 12;
/** How long the spec waits for the queue to empty once the faults stop. */
const DRAIN_BOUND_MS = 60_000;
/** Within this long it must have emptied: the backlog is superseded refreshes, not Slack calls. */
const DRAINED_WITHIN_MS = 15_000;
/** Countdown ticks while Slack fails: 35 minutes of a 1 h window, past the 50% escalation. */
const TICKS = 35;

describe('Slack failing 30% of calls', () => {
  const clock = new TestClock();
  let stack: LocalStack;
  let proxy: FaultProxy;

  beforeAll(async () => {
    stack = await startSlackStack(clock, {
      slackTimeoutMs: 400,
      slackApiVia: async (apiUrl) => {
        proxy = await startFaultProxy({
          target: apiUrl,
          rate: 0.3,
          faults: ['rate_limited', 'server_error', 'timeout_before', 'timeout_after'],
          seed: 20261205,
          retryAfterSeconds: 1,
        });
        return proxy.url;
      },
    });
  });
  afterAll(async () => {
    await stack.stop();
    await proxy.stop();
  });

  const messagesIn = async (queueUrl: string) => {
    const out = await stack.sqs.send(
      new GetQueueAttributesCommand({
        QueueUrl: queueUrl,
        AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
      }),
    );
    return (
      Number(out.Attributes?.ApproximateNumberOfMessages ?? 0) +
      Number(out.Attributes?.ApproximateNumberOfMessagesNotVisible ?? 0)
    );
  };

  it('delivers every card, follow-up and escalation exactly once after the faults stop', async () => {
    const ids = Array.from({ length: ALERTS }, () => fresh('fault'));
    const slackOut = stack.queueUrls.slackOut;
    const dlq = (await stack.sqs.send(new GetQueueUrlCommand({ QueueName: dlqName(QUEUES.slackOut) })))
      .QueueUrl!;

    // The queues run on their own meanwhile, as they do in `npm start` and on AWS.
    let pumping = true;
    const pump = (async () => {
      while (pumping) {
        await stack.drain();
        // Nothing visible: failed messages are hidden for a backoff no event announces.
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    /** Lets Slack traffic (and faults) flow for a while before the next step. */
    const traffic = async (requests: number) => {
      const from = proxy.counts().requests;
      await proxy.until((c) => c.requests >= from + requests, 20_000);
    };

    // Cards, then a follow-up in each thread, then the countdown: refreshes and both escalation steps.
    const roots = await postGeneric(
      stack,
      mentionBody(ids.map((id) => ({ id, text: `Acme charged me twice for order ${id}. Terrible!` }))),
    );
    expect(roots.status).toBe(202);
    await traffic(ALERTS);
    const followups = await postGeneric(
      stack,
      mentionBody(
        ids.map((id) => ({ id: `${id}-f`, threadId: id, parentId: id, text: 'Still waiting, acme.' })),
      ),
    );
    expect(followups.status).toBe(202);
    await traffic(ALERTS);
    // The countdown, compressed: a tick a second, each a minute later, firing the 50% escalation (and
    // its colour step) on the way.
    for (let minute = 1; minute <= TICKS; minute++) {
      await stack.tick(clock.advance(60));
      await new Promise((r) => setTimeout(r, 1000));
    }
    const duringFaults = proxy.counts();
    const leftWhenFaultsStopped = await messagesIn(slackOut);

    proxy.setRate(0);
    const callsBefore = proxy.counts().requests;
    const slackCallsBefore = stack.slack!.calls.length;
    const faultsStoppedAt = Date.now();
    const left = () => messagesIn(slackOut);
    while ((await left()) > 0 && Date.now() - faultsStoppedAt < DRAIN_BOUND_MS) {
      await new Promise((r) => setTimeout(r, 200));
    }
    pumping = false;
    await pump;
    const drainMs = Date.now() - faultsStoppedAt;
    const callsAfterFaults = proxy.counts().requests - callsBefore;
    const updatesAfterFaults = stack
      .slack!.calls.slice(slackCallsBefore)
      .filter((c) => c.method === 'chat.update').length;

    const cards = channel(stack, 's-complaints');
    const escalations = channel(stack, 's-escalations');
    const count = (
      list: { metadata?: { event_payload?: Record<string, unknown> } }[],
      k: string,
      v: string,
    ) => list.filter((m) => m.metadata?.event_payload?.[k] === v).length;
    const report = {
      left: await messagesIn(slackOut),
      dead: await messagesIn(dlq),
      leftWhenFaultsStopped,
      callsAfterFaults,
      updatesAfterFaults,
      drainMs,
      faults: duringFaults,
    };
    const problems: string[] = [];
    for (const id of ids) {
      const alertId = alertIdFor('generic', id);
      const mine = cards.filter((m) => m.metadata?.event_payload?.alert_id === alertId);
      if (mine.length !== 1) problems.push(`${id}: ${mine.length} cards`);
      const card = mine[0];
      if (!card) continue;
      const stored = await stack.runtime.pipeline.alerts.get(alertId);
      if (stored?.slackTs !== card.ts) problems.push(`${id}: stored ts ${stored?.slackTs} is not the card's`);
      const followupCount = count(card.replies, 'mention_key', `generic#${id}-f`);
      if (followupCount !== 1) problems.push(`${id}: ${followupCount} follow-ups`);
      for (const step of [0]) {
        const notices = card.replies.filter((m) =>
          String(m.metadata?.event_payload?.notice_key ?? '').match(
            new RegExp(`^esc:${alertId}:.*:${step}$`),
          ),
        ).length;
        if (notices !== 1) problems.push(`${id}: ${notices} notices of step ${step}`);
      }
      const elsewhere = escalations.filter((m) =>
        String(m.metadata?.event_payload?.notice_key ?? '').startsWith(`esc:${alertId}:`),
      ).length;
      if (elsewhere !== 0) problems.push(`${id}: ${elsewhere} notices in the escalation channel`);
      // The card shows the latest state: amber, past 50% of the window, the escalation in its history.
      if ((card.attachments?.[0] as { color?: string } | undefined)?.color !== '#ecb22e')
        problems.push(`${id}: card not amber`);
      if (!JSON.stringify(card.attachments).includes('escalated')) problems.push(`${id}: card not current`);
    }
    console.log('slack faults:', JSON.stringify({ ...report, problems: problems.length }));
    expect(problems).toEqual([]);
    expect(report).toMatchObject({ left: 0, dead: 0 });
    expect(drainMs).toBeLessThan(DRAINED_WITHIN_MS);
    // A newer refresh of a card replaces the older ones queued behind it: the backlog costs about one
    // update per card (two when a tick saved while its card was being updated), not one per refresh.
    expect(updatesAfterFaults).toBeLessThanOrEqual(2 * ALERTS);
    // The faults did happen, of every kind.
    expect(report.faults.rate_limited).toBeGreaterThan(0);
    expect(report.faults.server_error).toBeGreaterThan(0);
    expect(report.faults.timeout_before).toBeGreaterThan(0);
    expect(report.faults.timeout_after).toBeGreaterThan(0);
  }, 240_000);

  it('a card refused with 429 ten times in a row still arrives once, without reaching the DLQ', async () => {
    const slack = stack.slack!;
    proxy.setRate(0);
    const dlq = (await stack.sqs.send(new GetQueueUrlCommand({ QueueName: dlqName(QUEUES.slackOut) })))
      .QueueUrl!;
    const id = fresh('patient');
    const alertId = alertIdFor('generic', id);
    slack.injectFaults(
      ...Array.from({ length: QUEUES.slackOut.maxReceiveCount + 2 }, () => ({
        method: 'chat.postMessage',
        status: 429 as const,
        retryAfter: 1,
      })),
    );
    const posted = slack.waitFor(
      () => channel(stack, 's-complaints').some((m) => m.metadata?.event_payload?.alert_id === alertId),
      60_000,
    );
    expect(
      (await postGeneric(stack, mentionBody({ id, text: 'Acme broke my order. Terrible!' }))).status,
    ).toBe(202);
    let delivered = false;
    posted.then(
      () => {
        delivered = true;
      },
      () => {},
    );
    while (!delivered && (await messagesIn(dlq)) === 0) {
      await stack.drain();
      // Refused messages come back after Retry-After, which no event announces.
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(await messagesIn(dlq)).toBe(0);
    await posted;
    const cards = channel(stack, 's-complaints').filter(
      (m) => m.metadata?.event_payload?.alert_id === alertId,
    );
    expect(cards).toHaveLength(1);
    expect((await stack.runtime.pipeline.alerts.get(alertId))?.slackTs).toBe(cards[0]?.ts);
  }, 120_000);
});
