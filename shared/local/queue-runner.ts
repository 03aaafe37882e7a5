/**
 * Plays the part of Lambda's SQS event source mapping: receives batches, hands them to the same
 * handler module as an SQSEvent, deletes what succeeded and lets failures come back (and, past
 * maxReceiveCount, go to the DLQ), just as AWS does.
 */
import {
  ChangeMessageVisibilityBatchCommand,
  DeleteMessageBatchCommand,
  type Message,
  ReceiveMessageCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';

export type SqsHandler = (event: SQSEvent) => Promise<SQSBatchResponse>;

export interface QueueRunnerOptions {
  sqs: SQSClient;
  queueUrl: string;
  handler: SqsHandler;
  batchSize: number;
  onError?: (error: unknown) => void;
  /** Long-poll wait per receive, in seconds. */
  waitSeconds?: number;
}

const toRecord = (m: Message, queueArn: string): SQSRecord => {
  const a = m.Attributes ?? {};
  return {
    messageId: m.MessageId ?? '',
    receiptHandle: m.ReceiptHandle ?? '',
    body: m.Body ?? '',
    attributes: {
      ApproximateReceiveCount: a.ApproximateReceiveCount ?? '1',
      SentTimestamp: a.SentTimestamp ?? String(Date.now()),
      SenderId: a.SenderId ?? 'local',
      ApproximateFirstReceiveTimestamp: a.ApproximateFirstReceiveTimestamp ?? String(Date.now()),
      ...(a.MessageGroupId ? { MessageGroupId: a.MessageGroupId } : {}),
      ...(a.MessageDeduplicationId ? { MessageDeduplicationId: a.MessageDeduplicationId } : {}),
      ...(a.SequenceNumber ? { SequenceNumber: a.SequenceNumber } : {}),
    },
    messageAttributes: {},
    md5OfBody: m.MD5OfBody ?? '',
    eventSource: 'aws:sqs',
    eventSourceARN: queueArn,
    awsRegion: 'us-east-1',
  };
};

export class QueueRunner {
  private running = false;
  private loop: Promise<void> | undefined;
  private abort = new AbortController();

  constructor(private readonly options: QueueRunnerOptions) {}

  private get arn(): string {
    return `arn:aws:sqs:us-east-1:000000000000:${this.options.queueUrl.split('/').at(-1)}`;
  }

  /** Receives one batch and handles it; returns how many messages it received. */
  async once(waitSeconds = 0): Promise<number> {
    const { sqs, queueUrl, handler, batchSize } = this.options;
    const out = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: queueUrl,
        MaxNumberOfMessages: batchSize,
        WaitTimeSeconds: waitSeconds,
        MessageSystemAttributeNames: ['All'],
      }),
      { abortSignal: this.abort.signal },
    );
    const messages = out.Messages ?? [];
    if (messages.length === 0) return 0;
    const result = await handler({ Records: messages.map((m) => toRecord(m, this.arn)) });
    const failed = new Set(result.batchItemFailures.map((f) => f.itemIdentifier));
    const done = messages.filter((m) => !failed.has(m.MessageId ?? ''));
    const retry = messages.filter((m) => failed.has(m.MessageId ?? ''));
    if (done.length > 0) {
      await sqs.send(
        new DeleteMessageBatchCommand({
          QueueUrl: queueUrl,
          Entries: done.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle ?? '' })),
        }),
      );
    }
    if (retry.length > 0) {
      // Locally a failed message comes back after a short backoff rather than the full visibility
      // timeout, so a newcomer does not wait 90 s to see a retry succeed.
      await sqs.send(
        new ChangeMessageVisibilityBatchCommand({
          QueueUrl: queueUrl,
          Entries: retry.map((m, i) => ({
            Id: String(i),
            ReceiptHandle: m.ReceiptHandle ?? '',
            VisibilityTimeout: Math.min(30, 2 * Number(m.Attributes?.ApproximateReceiveCount ?? 1)),
          })),
        }),
      );
    }
    return messages.length;
  }

  /** Handles batches until the queue has nothing visible. */
  async drain(): Promise<void> {
    while ((await this.once(0)) > 0) {
      // keep going
    }
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.abort = new AbortController();
    this.loop = (async () => {
      while (this.running) {
        try {
          await this.once(this.options.waitSeconds ?? 2);
        } catch (error) {
          if (!this.running) break;
          this.options.onError?.(error);
          await new Promise((r) => setTimeout(r, 1000));
        }
      }
    })();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.abort.abort();
    await this.loop;
  }
}
