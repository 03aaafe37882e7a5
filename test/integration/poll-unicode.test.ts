/**
 * Polls queue mentions the way webhooks do: one run's batch in one message, any text carried
 * exactly, from a local Mastodon server through the local stack to the card in the local Slack.
 */
import { randomInt } from 'node:crypto';
import { resolve } from 'node:path';
import { GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alertIdFor } from '../../shared/domain/alert.ts';
import type { LocalStack } from '../../shared/local/stack.ts';
import { slackReader, startTestStack, TestClock } from '../helpers/local-stack.ts';
import { type FakeMastodon, startFakeMastodon } from '../wiring/fake-mastodon.ts';

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

const waiting = async () => {
  const out = await stack.sqs.send(
    new GetQueueAttributesCommand({
      QueueUrl: stack.queueUrls.mentions,
      AttributeNames: ['ApproximateNumberOfMessages'],
    }),
  );
  return Number(out.Attributes?.ApproximateNumberOfMessages);
};

async function cardText(statusId: string): Promise<string> {
  const slack = slackReader(stack);
  const id = (await slack.conversations.list({})).channels?.find((c) => c.name === 'w-complaints')?.id;
  if (!id) throw new Error('no channel w-complaints');
  const history = await slack.conversations.history({ channel: id, include_all_metadata: true });
  const card = history.messages?.find(
    (m) =>
      (m.metadata?.event_payload as Record<string, unknown> | undefined)?.alert_id ===
      alertIdFor('mastodon', statusId),
  );
  if (!card) throw new Error(`no card for ${statusId}`);
  return JSON.stringify([card.blocks, card.attachments]);
}

describe('a poll queues mentions with the same encoding and batching as webhooks', () => {
  it('one run’s mentions with emoji and U+FFFF are one queue message, stored and shown exactly', async () => {
    const late = 'my Acme order is two weeks late and nobody answers. Terrible!';
    const texts = [`😡 ${late} 📦`, `${late} 👩‍👩‍👧 \uFFFF\uFFFE end`, `${late} طلبي متأخر 🇧🇷`];
    const ids = texts.map((text, i) => api.mention(i + 1, `@acme ${text}`, clock.now()));

    expect(await stack.poll('mastodon-mentions')).toMatchObject({ status: 'ran', queued: 3 });
    expect(await waiting()).toBe(1);
    await stack.drain();

    for (const [i, id] of ids.entries()) {
      const stored = await stack.runtime.pipeline.mentions.get('mastodon', id, id);
      expect(stored?.mention.text).toContain(texts[i]);
      expect(await cardText(id)).toContain(JSON.stringify(texts[i]).slice(1, -1));
    }
  });

  it('a post too large for any queue message is left out and named, and the source goes on', async () => {
    // Random printable text barely compresses; with 2,500 × "é" at 6 bytes each once escaped it is
    // over the queue's limit even deflated.
    const alphabet =
      'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%()*+,-./:;=?@[]^_{|}~';
    const noise = Array.from({ length: 248_000 }, () => alphabet[randomInt(alphabet.length)]).join('');
    const huge = api.mention(10, `@acme ${noise}${'é'.repeat(2_500)}`, clock.now());
    const fine = api.mention(
      11,
      '@acme my Acme order is two weeks late and nobody answers. Terrible!',
      clock.now(),
    );

    const run = await stack.poll('mastodon-mentions');
    expect(run).toMatchObject({ status: 'ran', queued: 1 });
    expect(run.problem).toContain(`too large to queue: ${huge}`);
    await stack.drain();

    expect(await stack.runtime.pipeline.mentions.get('mastodon', fine, fine)).toBeDefined();
    expect(await stack.runtime.pipeline.mentions.get('mastodon', huge, huge)).toBeUndefined();
    // The cursor moved past both: the next run does not stop on the same post again.
    expect(await stack.poll('mastodon-mentions')).toMatchObject({ status: 'ran', queued: 0 });
  });
});
