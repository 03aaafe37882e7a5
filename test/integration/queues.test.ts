/**
 * The three queues through the real AWS SDK client and the local SQS server: bodies with text SQS
 * refuses raw go through and come back exact, and one request's mentions are one SQS write.
 */
import { randomBytes } from 'node:crypto';
import { PurgeQueueCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Emulator, startSqs } from '../../shared/local/emulators.ts';
import { ensureQueues, type QueueUrls } from '../../shared/local/provision.ts';
import { QueueBodyTooLarge } from '../../shared/queue/codec.ts';
import {
  parseMentionsMessage,
  parseReplyMessage,
  parseSlackOutMessage,
  type ReplyMessage,
  type SlackOutMessage,
} from '../../shared/queue/messages.ts';
import { SqsMentionQueue, SqsReplyQueue, SqsSlackOutQueue } from '../../shared/queue/sqs.ts';
import { aMention } from '../helpers/factories.ts';

/** Characters real SQS refuses raw (U+FFFE, U+FFFF, NUL, lone surrogates) and the local one too (emoji). */
const HOSTILE = 'Terrible 😡 \uFFFE\uFFFF \u0000\u0008 half \uD83D of 👩‍👩‍👧 — طلبي متأخر';

let server: Emulator;
let urls: QueueUrls;
beforeAll(async () => {
  server = await startSqs();
  urls = await ensureQueues(client(), 'codec-');
});
afterAll(() => server.stop());
beforeEach(async () => {
  const sqs = client();
  for (const url of Object.values(urls)) await sqs.send(new PurgeQueueCommand({ QueueUrl: url }));
});

/** A client that records the name of every command it sends. */
function client(calls: string[] = []): SQSClient {
  const sqs = new SQSClient({
    endpoint: server.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'l', secretAccessKey: 'l' },
  });
  sqs.middlewareStack.add(
    (next, context) => (args) => {
      calls.push(String(context.commandName));
      return next(args);
    },
    { step: 'initialize' },
  );
  return sqs;
}

async function receiveAll(url: string): Promise<string[]> {
  const out = await client().send(
    new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: 10, WaitTimeSeconds: 0 }),
  );
  return (out.Messages ?? []).map((m) => m.Body ?? '');
}

describe('queue bodies carry any text', () => {
  it('mentions: text and author name come back exact', async () => {
    const mention = aMention({
      text: HOSTILE,
      author: { id: 'u', handle: 'zoe_🌸', name: `Zoë ${HOSTILE}` },
    });
    await new SqsMentionQueue(client(), urls.mentions).send([mention]);
    const [body] = await receiveAll(urls.mentions);
    expect(parseMentionsMessage(body ?? '')).toEqual([mention]);
  });

  it('slack-out: a notice with outside text comes back exact', async () => {
    const notice: SlackOutMessage = { kind: 'notice', channel: 'C1', key: 'n1', text: HOSTILE };
    await new SqsSlackOutQueue(client(), urls.slackOut).send([notice]);
    const [body] = await receiveAll(urls.slackOut);
    expect(parseSlackOutMessage(body ?? '')).toEqual(notice);
  });

  it('replies: a reply written in Slack comes back exact', async () => {
    const reply: ReplyMessage = {
      type: 'reply',
      alertId: 'al_1',
      platform: 'x',
      threadId: 't1',
      mentionId: 'm1',
      text: HOSTILE,
      by: 'U1',
      idempotencyKey: 'v1',
    };
    await new SqsReplyQueue(client(), urls.replies).send(reply);
    const [body] = await receiveAll(urls.replies);
    expect(parseReplyMessage(body ?? '')).toEqual(reply);
  });
});

describe('one request, one SQS write', () => {
  it('a hundred mentions with emoji are one SendMessageBatch call of one message', async () => {
    const calls: string[] = [];
    const list = Array.from({ length: 100 }, (_, i) =>
      aMention({ id: `m${i}`, threadId: `m${i}`, text: `${i} ${HOSTILE}` }),
    );
    await new SqsMentionQueue(client(calls), urls.mentions).send(list);
    expect(calls).toEqual(['SendMessageBatchCommand']);
    const bodies = await receiveAll(urls.mentions);
    expect(bodies).toHaveLength(1);
    expect(parseMentionsMessage(bodies[0] ?? '')).toEqual(list);
  });

  it('a list with a mention that can never fit sends nothing at all', async () => {
    const calls: string[] = [];
    const list = [
      aMention({ id: 'ok' }),
      aMention({ id: 'big', text: randomBytes(300_000).toString('base64') }),
    ];
    await expect(new SqsMentionQueue(client(calls), urls.mentions).send(list)).rejects.toThrow(
      QueueBodyTooLarge,
    );
    expect(calls).toEqual([]);
    expect(await receiveAll(urls.mentions)).toEqual([]);
  });
});
