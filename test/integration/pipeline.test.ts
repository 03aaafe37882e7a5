/**
 * The pipeline end to end on the local stack: real HTTP, a real DynamoDB-compatible server, a real
 * SQS-compatible server, the real Slack client against the local Slack, the same handler modules.
 */
import { resolve } from 'node:path';
import { GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { alertIdFor } from '../../shared/domain/alert.ts';
import type { LocalStack } from '../../shared/local/stack.ts';
import { SqsMentionQueue } from '../../shared/queue/sqs.ts';
import {
  mentionBody,
  postGeneric,
  sign,
  slackReader,
  startTestStack,
  TestClock,
} from '../helpers/local-stack.ts';

const CONFIG = resolve('test/fixtures/routing/pipeline.yaml');

let clock: TestClock;
let stack: LocalStack;
let n = 0;
/** A fresh id per test, so tests never see each other's threads. */
const fresh = (prefix: string) => `${prefix}-${++n}-${Date.now()}`;

/** Operational counts the handlers emitted, summed by metric, dimension and value. */
const emitted: Record<string, number> = {};
const metrics = {
  counts(name: string, dimension: string, counts: Readonly<Record<string, number>>) {
    for (const [value, n] of Object.entries(counts)) {
      const key = `${name}.${dimension}.${value}`;
      emitted[key] = (emitted[key] ?? 0) + n;
    }
  },
};

beforeAll(async () => {
  clock = new TestClock();
  stack = await startTestStack(clock, { configPath: CONFIG, metrics });
});
afterAll(() => stack.stop());
beforeEach(() => {
  clock.current = new Date('2026-03-02T10:00:00.000Z');
});

async function queueDepth(url: string): Promise<number> {
  const out = await stack.sqs.send(
    new GetQueueAttributesCommand({
      QueueUrl: url,
      AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
    }),
  );
  return (
    Number(out.Attributes?.ApproximateNumberOfMessages ?? 0) +
    Number(out.Attributes?.ApproximateNumberOfMessagesNotVisible ?? 0)
  );
}

async function channelMessages(name: string) {
  const slack = slackReader(stack);
  const list = await slack.conversations.list({});
  const id = list.channels?.find((c) => c.name === name)?.id;
  if (!id) throw new Error(`no channel ${name}`);
  const history = await slack.conversations.history({ channel: id, include_all_metadata: true });
  return { id, messages: history.messages ?? [] };
}

const alertIdOf = (m: { metadata?: { event_payload?: Record<string, unknown> } }) =>
  m.metadata?.event_payload?.alert_id;

describe('a signed generic webhook', () => {
  it('ends as a Slack alert with the deadline, readable through conversations.history', async () => {
    const id = fresh('late-order');
    const res = await postGeneric(
      stack,
      mentionBody({ id, text: 'My Acme order is two weeks late and nobody answers. Terrible service!' }),
    );
    expect(res).toEqual({ status: 202, json: { accepted: 1 } });

    const opened = emitted['MentionsProcessed.outcome.opened'] ?? 0;
    await stack.drain();
    expect(emitted['MentionsProcessed.outcome.opened']).toBe(opened + 1);

    const { messages } = await channelMessages('t-complaints');
    const card = messages.find((m) => alertIdOf(m) === alertIdFor('generic', id));
    expect(card).toBeDefined();
    const blocksText = JSON.stringify(card);
    expect(blocksText).toContain('Complaint');
    expect(blocksText).toContain('@customer1');
    expect(blocksText).toContain('two weeks late');
    expect(blocksText).toContain(`https://example.com/p/${id}`);
    // Deadline as a Slack date token (1 h window) and as time left.
    const deadline = Math.floor(Date.parse('2026-03-02T11:00:00.000Z') / 1000);
    expect(blocksText).toContain(`<!date^${deadline}^`);
    expect(blocksText).toContain('1 h left');
  });

  it('accepts a single mention object without the array', async () => {
    const id = fresh('single');
    const body = JSON.stringify({
      id,
      text: 'How do I reset my Acme router?',
      author: { id: 'u-2', handle: 'q' },
    });
    expect(await postGeneric(stack, body)).toEqual({ status: 202, json: { accepted: 1 } });
    await stack.drain();
    const { messages } = await channelMessages('t-questions');
    expect(messages.some((m) => alertIdOf(m) === alertIdFor('generic', id))).toBe(true);
  });

  it('drops chatter that is none of the four moments', async () => {
    const id = fresh('news');
    await postGeneric(
      stack,
      mentionBody({ id, text: 'Acme shares close 2% higher after quarterly results' }),
    );
    await stack.drain();
    const stored = await stack.runtime.pipeline.mentions.get('generic', id, id);
    expect(stored?.status).toBe('processed');
    expect(stored?.detection?.label).toBe('none');
    expect(await stack.runtime.pipeline.alerts.get(alertIdFor('generic', id))).toBeUndefined();
  });
});

describe('author history', () => {
  it('routes a third complaint within 30 days by the rule for repeat complainers', async () => {
    const author = { id: fresh('author'), handle: 'serial_complainer' };
    const ids = [fresh('c1'), fresh('c2'), fresh('c3')];
    for (const [i, id] of ids.entries()) {
      clock.advance(3600 * 24 * 3);
      await postGeneric(
        stack,
        mentionBody({
          id,
          author,
          createdAt: clock.now().toISOString(),
          text: `Acme broke my order again, number ${i + 1}. Awful service.`,
        }),
      );
      await stack.drain();
    }
    const channels = await Promise.all(
      ids.map(async (id) => (await stack.runtime.pipeline.alerts.get(alertIdFor('generic', id)))?.channel),
    );
    expect(channels).toEqual(['t-complaints', 't-complaints', 't-escalations']);
  });
});

describe('refused requests', () => {
  const cases: Array<
    [string, () => Promise<{ status: number; json: Record<string, unknown> }>, number, RegExp]
  > = [
    [
      'a wrong signature',
      () => postGeneric(stack, mentionBody({ id: 'x1', text: 'hi' }), sign('other body')),
      401,
      /does not match/,
    ],
    [
      'a missing signature',
      () => postGeneric(stack, mentionBody({ id: 'x2', text: 'hi' }), null),
      401,
      /missing/,
    ],
    [
      'malformed JSON',
      () => postGeneric(stack, '{"mentions": [', sign('{"mentions": [')),
      400,
      /not valid JSON/,
    ],
    [
      'a mention without author.handle',
      () => {
        const body = JSON.stringify({ mentions: [{ id: 'x3', text: 'hi', author: { id: 'u' } }] });
        return postGeneric(stack, body);
      },
      400,
      /mentions\[0\]\.author\.handle/,
    ],
    [
      'a body over 256 KB',
      () => {
        const body = mentionBody({ id: 'x4', text: 'a'.repeat(300 * 1024) });
        return postGeneric(stack, body);
      },
      413,
      /limit is 262144/,
    ],
  ];

  it.each(cases)(
    '%s is refused with a clear error and nothing is queued',
    async (_name, send, status, message) => {
      const before = await queueDepth(stack.queueUrls.mentions);
      const res = await send();
      expect(res.status).toBe(status);
      expect(String(res.json.message)).toMatch(message);
      expect(await queueDepth(stack.queueUrls.mentions)).toBe(before);
    },
  );

  it('answers 404 for a platform it does not know', async () => {
    const res = await fetch(`${stack.url}/webhooks/myspace`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(404);
  });
});

describe('redelivery', () => {
  it('the same mention delivered twice by the platform makes one mention and one alert', async () => {
    const id = fresh('dup');
    const body = mentionBody({ id, text: 'Acme charged me twice and support ignores me. Awful.' });
    expect((await postGeneric(stack, body)).status).toBe(202);
    expect((await postGeneric(stack, body)).status).toBe(202);
    await stack.drain();

    const { messages } = await channelMessages('t-complaints');
    expect(messages.filter((m) => alertIdOf(m) === alertIdFor('generic', id))).toHaveLength(1);
    expect(await stack.runtime.pipeline.mentions.listThread('generic', id)).toHaveLength(1);
  });

  it('the same queue message processed twice makes one mention and one alert', async () => {
    const id = fresh('requeued');
    const mention = {
      platform: 'generic' as const,
      id,
      threadId: id,
      text: 'The Acme app crashes every time I open it. Useless!',
      createdAt: clock.now().toISOString(),
      receivedAt: clock.now().toISOString(),
      kind: 'post' as const,
      author: { id: 'u-9', handle: 'crashy' },
    };
    const queue = new SqsMentionQueue(stack.sqs, stack.queueUrls.mentions);
    await queue.send([mention]);
    await queue.send([mention]);
    await stack.drain();

    const { messages } = await channelMessages('t-complaints');
    expect(messages.filter((m) => alertIdOf(m) === alertIdFor('generic', id))).toHaveLength(1);
    expect(await stack.runtime.pipeline.mentions.listThread('generic', id)).toHaveLength(1);
  });
});

describe('threads', () => {
  it('puts a later customer message into the alert’s Slack thread', async () => {
    const root = fresh('thread');
    await postGeneric(
      stack,
      mentionBody({ id: root, text: 'My Acme order never arrived. Very disappointed.' }),
    );
    await stack.drain();
    const reply = fresh('thread-reply');
    await postGeneric(
      stack,
      mentionBody({ id: reply, threadId: root, parentId: root, text: 'Still nothing, day 10.' }),
    );
    await stack.drain();

    const { id: channel, messages } = await channelMessages('t-complaints');
    const card = messages.find((m) => alertIdOf(m) === alertIdFor('generic', root));
    const replies = await slackReader(stack).conversations.replies({ channel, ts: card?.ts ?? '' });
    expect(replies.messages?.map((m) => m.text)).toEqual([
      card?.text,
      expect.stringContaining('Still nothing, day 10.'),
    ]);
  });

  it('keeps a reply to a reply in the root’s thread, and one post seen under two thread ids once', async () => {
    const root = fresh('root');
    const first = fresh('first');
    const second = fresh('second');
    const at = (minutes: number) => new Date(clock.now().getTime() + minutes * 60_000).toISOString();
    await postGeneric(
      stack,
      mentionBody({ id: root, createdAt: at(0), text: 'The Acme app deleted all my notes. Furious.' }),
    );
    await stack.drain();
    // Some platforms only name the parent: this reply says its thread is `first`, not `root`.
    await postGeneric(
      stack,
      mentionBody({ id: first, threadId: root, parentId: root, createdAt: at(1), text: 'Same here!' }),
    );
    await stack.drain();
    const reply = { id: second, createdAt: at(2), text: 'Any news?' };
    await postGeneric(stack, mentionBody({ ...reply, threadId: first, parentId: first }));
    // Handled first (detection runs several batches at once: two requests sent together race).
    await stack.drain();
    await postGeneric(stack, mentionBody({ ...reply, threadId: 'conversation-9' }));
    await stack.drain();

    const thread = await stack.runtime.pipeline.mentions.listThread('generic', root);
    expect(thread.map((m) => m.mention.id)).toEqual([root, first, second]);
    expect(await stack.runtime.pipeline.alerts.get(alertIdFor('generic', first))).toBeUndefined();
  });

  it('closes the alert when the brand replies on the platform', async () => {
    const root = fresh('closing');
    await postGeneric(stack, mentionBody({ id: root, text: 'Is the Acme store open on Sunday?' }));
    await stack.drain();
    clock.advance(12 * 60);
    await postGeneric(
      stack,
      mentionBody({
        id: fresh('brand'),
        threadId: root,
        parentId: root,
        createdAt: clock.now().toISOString(),
        text: 'Yes, from 10 to 16!',
        author: { id: 'acme-1', handle: 'acmesupport' },
      }),
    );
    await stack.drain();

    const alert = await stack.runtime.pipeline.alerts.get(alertIdFor('generic', root));
    expect(alert?.state).toBe('replied');
    const { messages } = await channelMessages('t-questions');
    const card = messages.find((m) => alertIdOf(m) === alert?.alertId);
    expect(JSON.stringify(card)).toContain('Replied on Webhook after 12 min');
  });
});

describe('the countdown', () => {
  it('escalates at 50% of the window and marks the alert missed at the deadline', async () => {
    const id = fresh('missed');
    await postGeneric(
      stack,
      mentionBody({ id, text: 'Acme lost my parcel and nobody helps. Worst service ever.' }),
    );
    await stack.drain();
    const alertId = alertIdFor('generic', id);

    await stack.tick(clock.advance(31 * 60));
    await stack.drain();
    const { id: channel, messages } = await channelMessages('t-complaints');
    const card = messages.find((m) => alertIdOf(m) === alertId);
    const thread = await slackReader(stack).conversations.replies({ channel, ts: card?.ts ?? '' });
    expect(thread.messages?.some((m) => m.text?.includes('<!subteam^S0SUPPORT>'))).toBe(true);
    expect(JSON.stringify(card)).toContain('29 min left');

    await stack.tick(clock.advance(30 * 60));
    await stack.drain();
    expect((await stack.runtime.pipeline.alerts.get(alertId))?.state).toBe('expired');
    expect(emitted['Alerts.event.missed']).toBeGreaterThanOrEqual(1);
    expect(emitted['Alerts.event.escalated']).toBeGreaterThanOrEqual(1);
    const after = (await channelMessages('t-complaints')).messages.find((m) => alertIdOf(m) === alertId);
    expect(JSON.stringify(after)).toContain('Missed');
    const escalations = (await channelMessages('t-escalations')).messages;
    expect(escalations.some((m) => m.text?.includes('Missed: a complaint in #t-complaints'))).toBe(true);
  });

  it('leaves alerts that are not due alone', async () => {
    const id = fresh('not-due');
    await postGeneric(
      stack,
      mentionBody({ id, text: 'Why does the Acme app keep logging me out? So annoying.' }),
    );
    await stack.drain();
    const before = await stack.runtime.pipeline.alerts.get(alertIdFor('generic', id));
    await stack.tick(clock.advance(10));
    const after = await stack.runtime.pipeline.alerts.get(alertIdFor('generic', id));
    expect(after?.version).toBe(before?.version);
  });
});

describe('posting to Slack exactly once', () => {
  it('finds the card by its metadata when a post succeeded but its answer was lost', async () => {
    const id = fresh('uncertain');
    stack.slack?.injectFaults({ method: 'chat.postMessage', status: 500, afterEffect: true });
    await postGeneric(
      stack,
      mentionBody({ id, text: 'Acme refund still missing after a month. Unacceptable.' }),
    );
    const callsBefore = stack.slack?.calls.length ?? 0;
    // notify tries again at once, which first looks the card up by its metadata.
    await stack.drain();
    const alertId = alertIdFor('generic', id);
    const calls = (stack.slack?.calls ?? []).slice(callsBefore).map((c) => c.method);
    expect(calls.filter((m) => m === 'chat.postMessage')).toHaveLength(1);
    expect(calls.slice(calls.indexOf('chat.postMessage'))).toContain('conversations.history');

    expect((await stack.runtime.pipeline.alerts.get(alertId))?.slackTs).toBeDefined();
    const { messages } = await channelMessages('t-complaints');
    expect(messages.filter((m) => alertIdOf(m) === alertId)).toHaveLength(1);
  });
});
