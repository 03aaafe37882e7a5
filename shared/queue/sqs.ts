/** SQS senders for both queues. The client is passed in, so the same code talks to AWS or a local server. */
import {
  ChangeMessageVisibilityBatchCommand,
  SendMessageBatchCommand,
  type SendMessageBatchRequestEntry,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import type { Mention } from '../domain/mention.ts';
import type { MentionQueue, ReplyQueue, SlackOutQueue } from '../usecases/ports.ts';
import { MAX_QUEUE_BODY_BYTES } from './codec.ts';
import {
  mentionMessageBodies,
  type ReplyMessage,
  type Requeue,
  replyMessageBody,
  type SlackOutMessage,
  slackOutDedupeId,
  slackOutMessageBody,
} from './messages.ts';

const BATCH = 10;

/** Splits entries into SendMessageBatch calls: at most ten entries and 256 KiB of bodies per call. */
export function batchesOf(entries: SendMessageBatchRequestEntry[]): SendMessageBatchRequestEntry[][] {
  const batches: SendMessageBatchRequestEntry[][] = [];
  let current: SendMessageBatchRequestEntry[] = [];
  let bytes = 0;
  for (const entry of entries) {
    const size = Buffer.byteLength(entry.MessageBody ?? '');
    if (current.length === BATCH || (current.length > 0 && bytes + size > MAX_QUEUE_BODY_BYTES)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(entry);
    bytes += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** Sends entries in as few batches as SQS allows, retrying the entries SQS reports as failed a few times. */
async function sendAll(
  sqs: SQSClient,
  queueUrl: string,
  entries: SendMessageBatchRequestEntry[],
): Promise<void> {
  for (const batch of batchesOf(entries)) {
    let pending = batch;
    for (let attempt = 0; pending.length > 0; attempt++) {
      const out = await sqs.send(new SendMessageBatchCommand({ QueueUrl: queueUrl, Entries: pending }));
      const failed = new Set((out.Failed ?? []).map((f) => f.Id));
      if (failed.size === 0) break;
      if (attempt >= 2) {
        const first = out.Failed?.[0];
        throw new Error(
          `SQS refused ${failed.size} message(s): ${first?.Code ?? 'unknown'} ${first?.Message ?? ''}`,
        );
      }
      pending = pending.filter((e) => failed.has(e.Id));
    }
  }
}

export class SqsMentionQueue implements MentionQueue {
  constructor(
    private readonly sqs: SQSClient,
    private readonly queueUrl: string,
  ) {}

  /**
   * One message (one SQS write) for the whole list whenever it fits, which every webhook request
   * does in practice; see mentionMessageBodies for the rest.
   */
  async send(mentions: Mention[]): Promise<void> {
    await sendAll(
      this.sqs,
      this.queueUrl,
      mentionMessageBodies(mentions).map((body, i) => ({ Id: String(i), MessageBody: body })),
    );
  }
}

export class SqsSlackOutQueue implements SlackOutQueue {
  constructor(
    private readonly sqs: SQSClient,
    private readonly queueUrl: string,
  ) {}

  async send(messages: SlackOutMessage[]): Promise<void> {
    await this.sendWith(messages.map((message) => ({ message })));
  }

  /** Sends messages again as new ones (new deduplication ids), in order, at the back of their groups. */
  async requeue(items: Array<{ message: SlackOutMessage; requeue: Requeue }>): Promise<void> {
    await this.sendWith(items);
  }

  private async sendWith(items: Array<{ message: SlackOutMessage; requeue?: Requeue }>): Promise<void> {
    await sendAll(
      this.sqs,
      this.queueUrl,
      items.map(({ message: m, requeue }, i) => ({
        Id: String(i),
        MessageBody: slackOutMessageBody(m, requeue),
        // One message group per channel: one writer per channel, in order.
        MessageGroupId: m.channel,
        MessageDeduplicationId: slackOutDedupeId(m, requeue),
      })),
    );
  }
}

export class SqsReplyQueue implements ReplyQueue {
  constructor(
    private readonly sqs: SQSClient,
    private readonly queueUrl: string,
  ) {}

  async send(message: ReplyMessage): Promise<void> {
    await sendAll(this.sqs, this.queueUrl, [{ Id: '0', MessageBody: replyMessageBody(message) }]);
  }
}

/** Makes received messages visible again after `seconds` (a rate limit's Retry-After), not the full timeout. */
export async function delayMessages(
  sqs: SQSClient,
  queueUrl: string,
  receiptHandles: string[],
  seconds: number,
): Promise<void> {
  for (let i = 0; i < receiptHandles.length; i += BATCH) {
    await sqs.send(
      new ChangeMessageVisibilityBatchCommand({
        QueueUrl: queueUrl,
        Entries: receiptHandles.slice(i, i + BATCH).map((handle, j) => ({
          Id: String(j),
          ReceiptHandle: handle,
          VisibilityTimeout: Math.max(0, Math.min(43_200, Math.ceil(seconds))),
        })),
      }),
    );
  }
}
