/**
 * Partial batch failures: each record is handled on its own; failures are reported by message id so
 * SQS redelivers only those (and, past maxReceiveCount, moves them to the DLQ).
 *
 * On a FIFO queue, once a record of a message group fails, the later records of that group are
 * reported as failed too without being handled, so the group's order is kept. Different groups (and
 * the records of a standard queue) are handled concurrently.
 *
 * `orderKey` narrows that order inside a group: records of one group with the same key run in order,
 * records with different keys side by side; a record whose key is `undefined` is a barrier, after
 * every earlier record of its group and before every later one. A channel's messages about different
 * alerts need no order between them, and a channel's batch would otherwise take ten round trips
 * one after another.
 */
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';

export interface BatchLogger {
  error(message: string, extra: Record<string, unknown>): void;
}

export interface BatchOptions {
  /** Inside a message group: the records that must keep their order share a key; `undefined` orders with all. */
  orderKey?: (record: SQSRecord) => string | undefined;
}

/** Which records of a group must wait for which: chains by key, and barriers between them. */
async function runGroup(
  records: readonly SQSRecord[],
  run: (record: SQSRecord) => Promise<void>,
  orderKey: (record: SQSRecord) => string | undefined,
  failed: Set<string>,
): Promise<void> {
  // Each key's chain of records; a barrier waits for every chain and starts a fresh set of them.
  let chains = new Map<string, { tail: Promise<void>; failed: boolean }>();
  let barrier: Promise<void> = Promise.resolve();
  let barrierFailed = false;
  for (const record of records) {
    const key = orderKey(record);
    if (key === undefined) {
      const before = [...chains.values()];
      const wait = Promise.all([barrier, ...before.map((c) => c.tail)]);
      chains = new Map();
      barrier = wait.then(async () => {
        if (barrierFailed || before.some((c) => c.failed)) failed.add(record.messageId);
        else await run(record);
        if (failed.has(record.messageId)) barrierFailed = true;
      });
      continue;
    }
    const chain = chains.get(key) ?? { tail: barrier, failed: false };
    chain.tail = chain.tail.then(async () => {
      if (barrierFailed || chain.failed) failed.add(record.messageId);
      else await run(record);
      if (failed.has(record.messageId)) chain.failed = true;
    });
    chains.set(key, chain);
  }
  await Promise.all([barrier, ...[...chains.values()].map((c) => c.tail)]);
}

export async function processBatch(
  event: SQSEvent,
  logger: BatchLogger,
  handle: (record: SQSRecord) => Promise<unknown>,
  options: BatchOptions = {},
): Promise<SQSBatchResponse> {
  // Records of one message group run in order, one at a time (or per `orderKey`); groups (and the
  // records of a standard queue, each its own) run side by side, so one channel waiting on Slack
  // does not hold up the others in the batch.
  const groups = new Map<string, SQSRecord[]>();
  for (const record of event.Records) {
    const key = record.attributes.MessageGroupId ?? `\u0000${record.messageId}`;
    const group = groups.get(key);
    if (group) group.push(record);
    else groups.set(key, [record]);
  }
  const failed = new Set<string>();
  const run = async (record: SQSRecord): Promise<void> => {
    try {
      await handle(record);
    } catch (error) {
      logger.error('record failed', {
        messageId: record.messageId,
        receiveCount: record.attributes.ApproximateReceiveCount,
        error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      });
      failed.add(record.messageId);
    }
  };
  // Without an order key, a group is one chain: its records in order, a failure failing the rest.
  const orderKey = options.orderKey ?? (() => '');
  await Promise.all([...groups.values()].map((records) => runGroup(records, run, orderKey, failed)));
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
