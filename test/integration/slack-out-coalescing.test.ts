/**
 * Concurrent senders on `slack-out` share SendMessageBatch calls (group commit), through the real
 * AWS SDK client and the local SQS server: fewer calls, every message once, each sender's order
 * within its group kept, and one sender's refused entry failing that sender only.
 */
import {
  DeleteMessageBatchCommand,
  PurgeQueueCommand,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  type SendMessageBatchCommandInput,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Emulator, startSqs } from '../../shared/local/emulators.ts';
import { ensureQueues, type QueueUrls } from '../../shared/local/provision.ts';
import { parseSlackOutMessage, type SlackOutMessage } from '../../shared/queue/messages.ts';
import { SqsSlackOutQueue } from '../../shared/queue/sqs.ts';

let server: Emulator;
let urls: QueueUrls;
beforeAll(async () => {
  server = await startSqs();
  urls = await ensureQueues(client(), 'coalesce-');
});
afterAll(() => server.stop());
beforeEach(async () => {
  await client().send(new PurgeQueueCommand({ QueueUrl: urls.slackOut }));
});

interface Call {
  /** The notices' keys, in the call's order. */
  keys: string[];
  /** Positions in the log of events: when the call went out and when its answer came. */
  start: number;
  end: number;
}

/** A client that records every SendMessageBatch call: its entries and when it was in flight. */
function client(calls: Call[] = []): SQSClient {
  const sqs = new SQSClient({
    endpoint: server.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'l', secretAccessKey: 'l' },
  });
  let clock = 0;
  sqs.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName !== 'SendMessageBatchCommand') return next(args);
      const input = args.input as SendMessageBatchCommandInput;
      const call: Call = {
        keys: (input.Entries ?? []).map((e) => keyOf(parseSlackOutMessage(e.MessageBody ?? ''))),
        start: clock++,
        end: -1,
      };
      calls.push(call);
      try {
        return await next(args);
      } finally {
        call.end = clock++;
      }
    },
    { step: 'initialize' },
  );
  return sqs;
}

const keyOf = (m: SlackOutMessage): string => (m.kind === 'notice' ? m.key : m.kind);
const notice = (channel: string, key: string): SlackOutMessage => ({
  kind: 'notice',
  channel,
  key,
  text: `notice ${key}`,
});

/** Everything on the queue, as each message group delivered it, deleting as it goes. */
async function drain(url: string): Promise<Map<string, string[]>> {
  const sqs = client();
  const groups = new Map<string, string[]>();
  for (;;) {
    const out = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: url,
        MaxNumberOfMessages: 10,
        WaitTimeSeconds: 0,
        MessageSystemAttributeNames: ['MessageGroupId'],
      }),
    );
    const messages = out.Messages ?? [];
    if (messages.length === 0) return groups;
    for (const m of messages) {
      const group = m.Attributes?.MessageGroupId ?? '';
      groups.set(group, [...(groups.get(group) ?? []), keyOf(parseSlackOutMessage(m.Body ?? ''))]);
    }
    await sqs.send(
      new DeleteMessageBatchCommand({
        QueueUrl: url,
        Entries: messages.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle ?? '' })),
      }),
    );
  }
}

describe('SqsSlackOutQueue: concurrent senders share calls', () => {
  it('fifty concurrent sends of one message take at most 15 SendMessageBatch calls, each message arriving once', async () => {
    const calls: Call[] = [];
    const queue = new SqsSlackOutQueue(client(calls), urls.slackOut);

    await Promise.all(Array.from({ length: 50 }, (_, i) => queue.send([notice(`C${i % 5}`, `n${i}`)])));

    expect(calls.length).toBeLessThanOrEqual(15);
    expect(calls.every((c) => c.keys.length <= 10)).toBe(true);
    const arrived = [...(await drain(urls.slackOut)).values()].flat();
    expect(arrived.sort()).toEqual(Array.from({ length: 50 }, (_, i) => `n${i}`).sort());
  });

  it("keeps each sender's messages in one call and in order, and a sender too big for one call in calls one after another", async () => {
    const calls: Call[] = [];
    const queue = new SqsSlackOutQueue(client(calls), urls.slackOut);
    // Thirty senders of three messages, each in its own channel, and one of 25 messages.
    const small = Array.from({ length: 30 }, (_, s) =>
      Array.from({ length: 3 }, (_, k) => notice(`S${s}`, `s${s}-${k}`)),
    );
    const big = Array.from({ length: 25 }, (_, k) => notice('BIG', `big-${k}`));

    await Promise.all([...small.slice(0, 15), big, ...small.slice(15)].map((m) => queue.send(m)));

    expect(calls.length).toBeLessThan(31 + 3);
    for (const [s, messages] of small.entries()) {
      const keys = messages.map(keyOf);
      const holding = calls.filter((c) => c.keys.some((k) => keys.includes(k)));
      expect(holding, `sender ${s}`).toHaveLength(1);
      expect(holding[0]?.keys.filter((k) => keys.includes(k))).toEqual(keys);
    }
    const bigCalls = calls.filter((c) => c.keys.some((k) => k.startsWith('big-')));
    expect(bigCalls.map((c) => c.keys.filter((k) => k.startsWith('big-')).length)).toEqual([10, 10, 5]);
    for (let i = 1; i < bigCalls.length; i++)
      expect(bigCalls[i]?.start).toBeGreaterThan(bigCalls[i - 1]?.end ?? Number.POSITIVE_INFINITY);

    const groups = await drain(urls.slackOut);
    for (const [s, messages] of small.entries()) expect(groups.get(`S${s}`)).toEqual(messages.map(keyOf));
    expect(groups.get('BIG')).toEqual(big.map(keyOf));
  });

  it("one sender's refused entry rejects that sender only, even sharing its call", async () => {
    const calls: Call[] = [];
    const queue = new SqsSlackOutQueue(client(calls), urls.slackOut);
    // An empty channel is an empty message group id, which SQS refuses entry by entry.
    const senders = Array.from({ length: 20 }, (_, i) =>
      i === 7 ? [notice('', 'bad'), notice('C1', 'bad-ok')] : [notice(`C${i % 3}`, `ok${i}`)],
    );

    const results = await Promise.allSettled(senders.map((m) => queue.send(m)));

    expect(results.map((r) => r.status)).toEqual(senders.map((_, i) => (i === 7 ? 'rejected' : 'fulfilled')));
    const refused = results[7];
    expect(refused?.status === 'rejected' && String(refused.reason)).toMatch(
      /^Error: SQS refused 1 message\(s\): MissingParameter/,
    );
    // It really shared a call with other senders, and its retries took only its own entry.
    const first = calls.find((c) => c.keys.includes('bad'));
    expect(first?.keys.length).toBeGreaterThan(2);
    expect(calls.filter((c) => c.keys.includes('bad')).length).toBe(3);
    expect(calls.filter((c) => c.keys.includes('bad') && c !== first).every((c) => c.keys.length === 1)).toBe(
      true,
    );
    const arrived = [...(await drain(urls.slackOut)).values()].flat();
    expect(arrived.sort()).toEqual(
      [...senders.flatMap((m, i) => (i === 7 ? ['bad-ok'] : m.map(keyOf)))].sort(),
    );
  });

  it('an entry SQS fails once is sent again and its sender resolves, the message arriving once', async () => {
    const calls: Call[] = [];
    const sqs = client(calls);
    // A client whose first SendMessageBatch call has its third entry fail, as SQS may (InternalError).
    const send = sqs.send.bind(sqs) as (command: object) => Promise<unknown>;
    let failedOnce = false;
    (sqs as unknown as { send: (command: object) => Promise<unknown> }).send = async (command) => {
      if (failedOnce || !(command instanceof SendMessageBatchCommand)) return send(command);
      failedOnce = true;
      const entries = command.input.Entries ?? [];
      const dropped = entries[2];
      const out = (await send(
        new SendMessageBatchCommand({ ...command.input, Entries: entries.filter((e) => e !== dropped) }),
      )) as { Successful?: unknown[]; Failed?: unknown[] };
      return { ...out, Failed: [{ Id: dropped?.Id, Code: 'InternalError', SenderFault: false }] };
    };
    const queue = new SqsSlackOutQueue(sqs, urls.slackOut);

    await Promise.all(Array.from({ length: 12 }, (_, i) => queue.send([notice('C1', `r${i}`)])));

    const arrived = [...(await drain(urls.slackOut)).values()].flat();
    expect(arrived.sort()).toEqual(Array.from({ length: 12 }, (_, i) => `r${i}`).sort());
    expect(failedOnce).toBe(true);
  });

  it('requeued messages share calls with sends too', async () => {
    const calls: Call[] = [];
    const queue = new SqsSlackOutQueue(client(calls), urls.slackOut);

    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        i % 2
          ? queue.send([notice('C1', `s${i}`)])
          : queue.requeue([{ message: notice('C2', `q${i}`), requeue: { count: 1, notBefore: 0 } }]),
      ),
    );

    expect(calls.length).toBeLessThan(20);
    expect([...(await drain(urls.slackOut)).values()].flat()).toHaveLength(20);
  });
});
