/**
 * The local SQS-compatible server with its journal: what it answered for survives the process,
 * through the real SQS client over HTTP. A second server opened on the same journal while the first
 * still runs sees exactly what a restart after a kill would see: what is on disk.
 */
import { appendFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DeleteMessageCommand,
  type Message,
  ReceiveMessageCommand,
  SendMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { afterEach, describe, expect, it } from 'vitest';
import { type Emulator, startSqs } from '../../shared/local/emulators.ts';
import { ensureQueues, type QueueUrls } from '../../shared/local/provision.ts';

const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
const open: Array<{ server: Emulator; sqs: SQSClient }> = [];

async function openQueues(journal: string): Promise<{ sqs: SQSClient; urls: QueueUrls }> {
  const server = await startSqs({ journal });
  const sqs = new SQSClient({ endpoint: server.endpoint, region: 'us-east-1', credentials });
  open.push({ server, sqs });
  return { sqs, urls: await ensureQueues(sqs) };
}

afterEach(async () => {
  for (const { server, sqs } of open.splice(0)) {
    sqs.destroy();
    await server.stop();
  }
});

async function receiveAll(sqs: SQSClient, url: string, visibility = 30): Promise<Message[]> {
  const all: Message[] = [];
  for (;;) {
    const out = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: url,
        MaxNumberOfMessages: 10,
        VisibilityTimeout: visibility,
        MessageSystemAttributeNames: ['All'],
      }),
    );
    if (!out.Messages?.length) return all;
    all.push(...out.Messages);
  }
}

const journalFile = () => join(mkdtempSync(join(tmpdir(), 'beacon-queues-')), 'queues.jsonl');

describe('the journaled local SQS server', () => {
  it('gives back after a restart every message sent and not deleted, in flight ones included', async () => {
    const file = journalFile();
    const first = await openQueues(file);
    for (const n of [1, 2, 3, 4, 5]) {
      await first.sqs.send(new SendMessageCommand({ QueueUrl: first.urls.mentions, MessageBody: `m${n}` }));
    }
    const got = await receiveAll(first.sqs, first.urls.mentions);
    const done = got.filter((m) => m.Body === 'm1' || m.Body === 'm2');
    for (const m of done) {
      await first.sqs.send(
        new DeleteMessageCommand({ QueueUrl: first.urls.mentions, ReceiptHandle: m.ReceiptHandle }),
      );
    }

    const second = await openQueues(file);
    const back = await receiveAll(second.sqs, second.urls.mentions);
    expect(back.map((m) => m.Body).sort()).toEqual(['m3', 'm4', 'm5']);
  });

  it('keeps FIFO groups, their order and the deduplication of ids already sent', async () => {
    const file = journalFile();
    const first = await openQueues(file);
    const send = (sqs: SQSClient, url: string, body: string, group: string) =>
      sqs.send(
        new SendMessageCommand({
          QueueUrl: url,
          MessageBody: body,
          MessageGroupId: group,
          MessageDeduplicationId: `dedup-${body}`,
        }),
      );
    for (const [body, group] of [
      ['a1', 'ga'],
      ['b1', 'gb'],
      ['a2', 'ga'],
    ] as const) {
      await send(first.sqs, first.urls.slackOut, body, group);
    }

    const second = await openQueues(file);
    await send(second.sqs, second.urls.slackOut, 'a1', 'ga');
    // Handled as a consumer does: each batch deleted before the group's next message shows.
    const handled: string[] = [];
    for (let batch = await receiveAll(second.sqs, second.urls.slackOut); batch.length > 0; ) {
      for (const m of batch) {
        handled.push(`${m.Attributes?.MessageGroupId}:${m.Body}`);
        await second.sqs.send(
          new DeleteMessageCommand({ QueueUrl: second.urls.slackOut, ReceiptHandle: m.ReceiptHandle }),
        );
      }
      batch = await receiveAll(second.sqs, second.urls.slackOut);
    }
    expect(handled.filter((h) => h.startsWith('ga:'))).toEqual(['ga:a1', 'ga:a2']);
    expect(handled.filter((h) => h.startsWith('gb:'))).toEqual(['gb:b1']);
  });

  it('leaves a message moved to its DLQ in the DLQ', async () => {
    const file = journalFile();
    const first = await openQueues(file);
    await first.sqs.send(new SendMessageCommand({ QueueUrl: first.urls.replies, MessageBody: 'poison' }));
    // Received past maxReceiveCount (5) without a delete: the next receive moves it to the DLQ.
    for (let i = 0; i < 6; i++) await receiveAll(first.sqs, first.urls.replies, 0);

    const second = await openQueues(file);
    expect(await receiveAll(second.sqs, second.urls.replies)).toEqual([]);
    const dlq = second.urls.replies.replace(/beacon-replies$/, 'beacon-replies-dlq');
    expect((await receiveAll(second.sqs, dlq)).map((m) => m.Body)).toEqual(['poison']);
  });

  it('skips a last line torn by a kill and keeps the rest', async () => {
    const file = journalFile();
    const first = await openQueues(file);
    await first.sqs.send(new SendMessageCommand({ QueueUrl: first.urls.mentions, MessageBody: 'whole' }));
    appendFileSync(file, '{"put":"beacon-mentions","m":{"messageId":"x","bo');

    const second = await openQueues(file);
    expect((await receiveAll(second.sqs, second.urls.mentions)).map((m) => m.Body)).toEqual(['whole']);
  });
});
