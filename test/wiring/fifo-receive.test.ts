/**
 * The local SQS-compatible server hands out FIFO messages as SQS does: up to ten of one message
 * group per receive, in order, the group held until they are all deleted or back; messages that come
 * back keep their order. Through the real SQS client over HTTP.
 */
import {
  ChangeMessageVisibilityBatchCommand,
  DeleteMessageBatchCommand,
  type Message,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startSqs } from '../../shared/local/emulators.ts';
import { ensureQueues, type QueueUrls } from '../../shared/local/provision.ts';

const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };

describe('FIFO receives of the local SQS server', () => {
  let server: Emulator;
  let sqs: SQSClient;
  let urls: QueueUrls;
  beforeAll(async () => {
    server = await startSqs();
    sqs = new SQSClient({ endpoint: server.endpoint, region: 'us-east-1', credentials });
    urls = await ensureQueues(sqs);
  });
  afterAll(async () => {
    sqs.destroy();
    await server.stop();
  });

  const send = async (group: string, bodies: string[]) => {
    await sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: urls.slackOut,
        Entries: bodies.map((body, i) => ({
          Id: String(i),
          MessageBody: body,
          MessageGroupId: group,
          MessageDeduplicationId: `${group}-${body}`,
        })),
      }),
    );
  };
  const receive = async (): Promise<Message[]> =>
    (
      await sqs.send(
        new ReceiveMessageCommand({
          QueueUrl: urls.slackOut,
          MaxNumberOfMessages: 10,
          VisibilityTimeout: 30,
        }),
      )
    ).Messages ?? [];
  const bodies = (messages: Message[]) => messages.map((m) => m.Body);

  it('gives up to ten messages of one group in order, then the next group; a held group gives nothing', async () => {
    await send('G1', ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8']);
    await send('G2', ['b1', 'b2', 'b3', 'b4']);
    const first = await receive();
    expect(bodies(first)).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8', 'b1', 'b2']);
    // Both groups have messages in flight: nothing more until they are deleted.
    expect(await receive()).toEqual([]);
    await sqs.send(
      new DeleteMessageBatchCommand({
        QueueUrl: urls.slackOut,
        Entries: first.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle ?? '' })),
      }),
    );
    expect(bodies(await receive())).toEqual(['b3', 'b4']);
  });

  it('puts messages that come back into their group in their order', async () => {
    await send('G3', ['c1', 'c2', 'c3', 'c4']);
    const got = await receive();
    expect(bodies(got)).toEqual(['c1', 'c2', 'c3', 'c4']);
    // c2 and c3 failed (and c1, c4 were handled): they come back in the order they were sent.
    const back = [got[2], got[1]];
    await sqs.send(
      new ChangeMessageVisibilityBatchCommand({
        QueueUrl: urls.slackOut,
        Entries: back.map((m, i) => ({
          Id: String(i),
          ReceiptHandle: m?.ReceiptHandle ?? '',
          VisibilityTimeout: 0,
        })),
      }),
    );
    await sqs.send(
      new DeleteMessageBatchCommand({
        QueueUrl: urls.slackOut,
        Entries: [got[0], got[3]].map((m, i) => ({ Id: String(i), ReceiptHandle: m?.ReceiptHandle ?? '' })),
      }),
    );
    expect(bodies(await receive())).toEqual(['c2', 'c3']);
  });
});
