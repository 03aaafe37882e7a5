/**
 * Partial batch failures: each record is handled on its own; failures are reported by message id so
 * SQS redelivers only those (and, past maxReceiveCount, moves them to the DLQ).
 *
 * On a FIFO queue, once a record of a message group fails, the later records of that group are
 * reported as failed too without being handled, so the group's order is kept. Different groups (and
 * the records of a standard queue) are handled concurrently.
 */
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';

export interface BatchLogger {
  error(message: string, extra: Record<string, unknown>): void;
}

export async function processBatch(
  event: SQSEvent,
  logger: BatchLogger,
  handle: (record: SQSRecord) => Promise<unknown>,
): Promise<SQSBatchResponse> {
  // Records of one message group run in order, one at a time; groups (and the records of a
  // standard queue, each its own) run side by side, so one channel waiting on Slack does not hold
  // up the others in the batch.
  const groups = new Map<string, SQSRecord[]>();
  for (const record of event.Records) {
    const key = record.attributes.MessageGroupId ?? `\u0000${record.messageId}`;
    const group = groups.get(key);
    if (group) group.push(record);
    else groups.set(key, [record]);
  }
  const failed = new Set<string>();
  await Promise.all(
    [...groups.values()].map(async (records) => {
      for (const [i, record] of records.entries()) {
        try {
          await handle(record);
        } catch (error) {
          logger.error('record failed', {
            messageId: record.messageId,
            receiveCount: record.attributes.ApproximateReceiveCount,
            error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
          });
          // The group's later records fail with it, unhandled, so the group's order is kept.
          for (const r of records.slice(i)) failed.add(r.messageId);
          return;
        }
      }
    }),
  );
  // Reported in the batch's order.
  const failures = event.Records.filter((r) => failed.has(r.messageId)).map((r) => r.messageId);
  return { batchItemFailures: failures.map((itemIdentifier) => ({ itemIdentifier })) };
}

/**
 * Handles every item of one record even when one fails, then fails the record if any did, so the
 * record comes back whole; `handle` must be idempotent for the items already done.
 */
export async function handleEach<T>(items: readonly T[], handle: (item: T) => Promise<void>): Promise<void> {
  const errors: unknown[] = [];
  for (const item of items) {
    try {
      await handle(item);
    } catch (error) {
      errors.push(error);
    }
  }
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) {
    const first = errors[0] instanceof Error ? `${errors[0].name}: ${errors[0].message}` : String(errors[0]);
    throw new AggregateError(errors, `${errors.length} items failed; the first: ${first}`);
  }
}
