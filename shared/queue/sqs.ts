/** SQS senders for both queues. The client is passed in, so the same code talks to AWS or a local server. */
import {
  type BatchResultErrorEntry,
  ChangeMessageVisibilityBatchCommand,
  SendMessageBatchCommand,
  type SendMessageBatchRequestEntry,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import type { Mention } from '../domain/mention.ts';
import type { MentionQueue, ReplyQueue, SlackOutQueue } from '../usecases/ports.ts';
import { Coalescer } from './coalesce.ts';
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

/**
 * SendMessageBatch calls to `slack-out` in flight from one process before further senders wait to
 * share the next call. detect runs about a hundred mentions at once, each sending one to three
 * messages; per-call cost (signing, serialising, HTTP) is what loads the process, so waiting senders
 * are packed ten to a call. Two keeps a lone sender, and the next, free of any wait.
 */
const SLACK_OUT_CALLS_BEFORE_WAITING = 2;

/** An entry before it is given its place in a call: `Id` is only its position there. */
type Entry = Omit<SendMessageBatchRequestEntry, 'Id'>;

/** Splits entries into SendMessageBatch calls: at most ten entries and 256 KiB of bodies per call. */
export function batchesOf<T extends Entry>(entries: T[]): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
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

/**
 * One SendMessageBatch call of entries that fit one, retrying those SQS reports as failed a few
 * times; the failures left, by the entries' positions.
 */
async function sendBatch(
  sqs: SQSClient,
  queueUrl: string,
  batch: Entry[],
): Promise<Array<BatchResultErrorEntry | undefined>> {
  let pending = batch.map((entry, i) => ({ ...entry, Id: String(i) }));
  let failed = new Map<string | undefined, BatchResultErrorEntry>();
  for (let attempt = 0; attempt < 3 && pending.length > 0; attempt++) {
    const out = await sqs.send(new SendMessageBatchCommand({ QueueUrl: queueUrl, Entries: pending }));
    failed = new Map((out.Failed ?? []).map((f) => [f.Id, f]));
    pending = pending.filter((e) => failed.has(e.Id));
  }
  return batch.map((_, i) => failed.get(String(i)));
}

/** The error for a sender's entries SQS still refused after its retries. */
const refused = (failures: BatchResultErrorEntry[]): Error =>
  new Error(
    `SQS refused ${failures.length} message(s): ${failures[0]?.Code ?? 'unknown'} ${failures[0]?.Message ?? ''}`,
  );

/** Sends entries in as few batches as SQS allows, one after another, each retried as sendBatch does. */
async function sendAll(sqs: SQSClient, queueUrl: string, entries: Entry[]): Promise<void> {
  for (const batch of batchesOf(entries)) {
    const failures = (await sendBatch(sqs, queueUrl, batch)).filter((f) => f !== undefined);
    if (failures.length > 0) throw refused(failures);
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
      mentionMessageBodies(mentions).map((body) => ({ MessageBody: body })),
    );
  }
}

/** Concurrent senders share SendMessageBatch calls (see Coalescer), each learning only of its own messages. */
export class SqsSlackOutQueue implements SlackOutQueue {
  private readonly calls: Coalescer<Entry, BatchResultErrorEntry>;

  constructor(sqs: SQSClient, queueUrl: string) {
    this.calls = new Coalescer({
      inFlightBeforeWaiting: SLACK_OUT_CALLS_BEFORE_WAITING,
      batches: batchesOf,
      call: (batch) => sendBatch(sqs, queueUrl, batch),
      refused,
    });
  }

  async send(messages: SlackOutMessage[]): Promise<void> {
    await this.sendWith(messages.map((message) => ({ message })));
  }

  /** Sends messages again as new ones (new deduplication ids), in order, at the back of their groups. */
  async requeue(items: Array<{ message: SlackOutMessage; requeue: Requeue }>): Promise<void> {
    await this.sendWith(items);
  }

  private async sendWith(items: Array<{ message: SlackOutMessage; requeue?: Requeue }>): Promise<void> {
    await this.calls.submit(
      items.map(({ message: m, requeue }) => ({
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
    await sendAll(this.sqs, this.queueUrl, [{ MessageBody: replyMessageBody(message) }]);
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
