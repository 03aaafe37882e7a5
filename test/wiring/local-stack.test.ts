/**
 * Polls and replies wired into the local stack: a Mastodon server on loopback is polled through
 * the poll handler, its mentions become alerts in the local Slack, and a reply written in Slack
 * goes out through the replies queue once, however often its message is delivered.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alertIdFor } from '../../shared/domain/alert.ts';
import type { LocalStack } from '../../shared/local/stack.ts';
import type { ReplyMessage } from '../../shared/queue/messages.ts';
import { SqsReplyQueue } from '../../shared/queue/sqs.ts';
import { slackReader, startTestStack, TestClock } from '../helpers/local-stack.ts';
import { type FakeMastodon, startFakeMastodon } from './fake-mastodon.ts';

let clock: TestClock;
let api: FakeMastodon;
let stack: LocalStack;

beforeAll(async () => {
  clock = new TestClock();
  api = await startFakeMastodon(40);
  stack = await startTestStack(clock, {
    configPath: resolve('test/wiring/fixtures/routing.yaml'),
    env: { ...api.secrets },
  });
});
afterAll(async () => {
  await stack.stop();
  await api.server.close();
});

async function cardsIn(channel: string) {
  const slack = slackReader(stack);
  const id = (await slack.conversations.list({})).channels?.find((c) => c.name === channel)?.id;
  if (!id) throw new Error(`no channel ${channel}`);
  const history = await slack.conversations.history({ channel: id, include_all_metadata: true });
  return history.messages ?? [];
}

const alertIdOf = (m: { metadata?: { event_payload?: Record<string, unknown> } }) =>
  m.metadata?.event_payload?.alert_id;

describe('a configured poll source on the local stack', () => {
  let statusId: string;

  it('turns a polled mention into an alert in the local Slack, and saves the cursor', async () => {
    statusId = api.mention(
      1,
      '@acme my Acme order is two weeks late and nobody answers. Terrible!',
      clock.now(),
    );

    expect(await stack.poll('mastodon-mentions')).toMatchObject({ status: 'ran', queued: 1, done: true });
    await stack.drain();

    const cards = await cardsIn('w-complaints');
    const card = cards.find((m) => alertIdOf(m) === alertIdFor('mastodon', statusId));
    expect(JSON.stringify(card)).toContain('two weeks late');
    expect(await stack.runtime.poll.cursors.get('mastodon-mentions')).toMatchObject({ version: 1 });
  });

  it('posts a reply delivered twice exactly once, with its idempotency key, and marks the alert replied', async () => {
    const alertId = alertIdFor('mastodon', statusId);
    const reply: ReplyMessage = {
      type: 'reply',
      alertId,
      platform: 'mastodon',
      threadId: statusId,
      mentionId: statusId,
      text: 'So sorry! A new parcel is on its way.',
      by: 'U0AGENT1',
      idempotencyKey: 'slack-view:V0REPLY1',
    };
    const queue = new SqsReplyQueue(stack.sqs, stack.queueUrls.replies);
    await queue.send(reply);
    await queue.send(reply);

    await stack.drain();

    expect(api.posts().map((p) => p.headers['idempotency-key'])).toEqual(['slack-view:V0REPLY1']);
    expect(api.posts()[0]?.form().get('in_reply_to_id')).toBe(statusId);
    const alert = await stack.runtime.pipeline.alerts.get(alertId);
    expect(alert).toMatchObject({ state: 'replied', resolvedBy: 'U0AGENT1' });
    const card = (await cardsIn('w-complaints')).find((m) => alertIdOf(m) === alertId);
    expect(JSON.stringify(card)).toMatch(/[Rr]eplied/);
  });
});
