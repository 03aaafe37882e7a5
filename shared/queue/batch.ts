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
