/**
 * Partial batch failures: each record is handled on its own; failures are reported by message id so
 * SQS redelivers only those (and, past maxReceiveCount, moves them to the DLQ).
 *
 * On a FIFO queue, once a record of a message group fails, the later records of that group are
 * reported as failed too without being handled, so the group's order is kept.
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
  const failures: string[] = [];
  const failedGroups = new Set<string>();
  for (const record of event.Records) {
    const group = record.attributes.MessageGroupId;
    if (group && failedGroups.has(group)) {
      failures.push(record.messageId);
      continue;
    }
    try {
      await handle(record);
    } catch (error) {
      logger.error('record failed', {
        messageId: record.messageId,
        receiveCount: record.attributes.ApproximateReceiveCount,
        error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      });
      failures.push(record.messageId);
      if (group) failedGroups.add(group);
    }
  }
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
