/**
 * Makes the local SQS-compatible server hand out FIFO messages as SQS does.
 *
 * fauxqs gives one message per message group per receive and locks the group until it is deleted.
 * SQS returns "as many messages with the same message group ID as possible" (up to ten), so on AWS a
 * notify batch is up to ten messages of one channel. With one per group, a batch spans ten channels
 * and a single slow record (a post waiting for its channel's budget) holds all ten: the local stack
 * would measure an artefact instead of Beacon.
 *
 * Also, a message that comes back (failed, or its visibility expired) goes back into its group in
 * sequence order, not simply to the front: two of one group coming back must not swap.
 */
import { randomUUID } from 'node:crypto';
import type { FauxStore } from './queue-journal.ts';

/** The parts of a fauxqs FIFO message this module reads and writes. */
interface FifoMessage {
  messageId: string;
  body: string;
  md5OfBody: string;
  md5OfMessageAttributes?: string;
  messageAttributes: Record<string, unknown>;
  messageGroupId?: string;
  sequenceNumber?: string;
  approximateReceiveCount: number;
  approximateFirstReceiveTimestamp?: number;
}

interface Received {
  MessageId: string;
  ReceiptHandle: string;
  MD5OfBody: string;
  Body: string;
  MD5OfMessageAttributes?: string;
  MessageAttributes?: Record<string, unknown>;
}

/** The parts of a fauxqs queue this module replaces or reads. */
export interface FifoQueue {
  attributes: Record<string, string>;
  fifoMessages: Map<string, FifoMessage[]>;
  fifoLockedGroups: Map<string, number>;
  inflightMessages: Map<string, { message: FifoMessage; receiptHandle: string; visibilityDeadline: number }>;
  isFifo(): boolean;
  processTimers(): void;
  changeVisibility(receiptHandle: string, timeoutSeconds: number): void;
  dequeueFifo(
    maxCount: number,
    visibilityTimeoutOverride: number | undefined,
    dlqResolver?: (arn: string) => { enqueue(msg: FifoMessage): void } | undefined,
  ): Received[];
}

/** SQS hands out at most ten messages per receive. */
const MAX_PER_RECEIVE = 10;

const bySequence = (a: FifoMessage, b: FifoMessage) =>
  (a.sequenceNumber ?? '').localeCompare(b.sequenceNumber ?? '');

function redrive(queue: FifoQueue): { maxReceiveCount: number; dlqArn?: string } {
  try {
    const policy = JSON.parse(queue.attributes.RedrivePolicy ?? '{}') as {
      maxReceiveCount?: number;
      deadLetterTargetArn?: string;
    };
    return {
      maxReceiveCount: policy.maxReceiveCount ?? Number.POSITIVE_INFINITY,
      ...(policy.deadLetterTargetArn ? { dlqArn: policy.deadLetterTargetArn } : {}),
    };
  } catch {
    return { maxReceiveCount: Number.POSITIVE_INFINITY };
  }
}

/** Replaces the queue's FIFO receive with SQS's: an unlocked group's messages first, in order. */
export function receiveLikeSqs(queue: FifoQueue): void {
  if (!queue.isFifo()) return;

  queue.dequeueFifo = (maxCount, visibilityTimeoutOverride, dlqResolver) => {
    queue.processTimers();
    const visibilitySeconds =
      visibilityTimeoutOverride ?? Number.parseInt(queue.attributes.VisibilityTimeout ?? '30', 10);
    const { maxReceiveCount, dlqArn } = redrive(queue);
    const limit = Math.min(maxCount, MAX_PER_RECEIVE);
    const out: Received[] = [];
    for (const [groupId, messages] of queue.fifoMessages) {
      if (out.length >= limit) break;
      if (queue.fifoLockedGroups.has(groupId)) continue;
      while (out.length < limit && messages.length > 0) {
        const msg = messages.shift() as FifoMessage;
        msg.approximateReceiveCount++;
        msg.approximateFirstReceiveTimestamp ??= Date.now();
        const dlq =
          dlqArn && msg.approximateReceiveCount > maxReceiveCount ? dlqResolver?.(dlqArn) : undefined;
        if (dlq) {
          dlq.enqueue(msg);
          continue;
        }
        const receiptHandle = randomUUID();
        queue.inflightMessages.set(receiptHandle, {
          message: msg,
          receiptHandle,
          visibilityDeadline: Date.now() + visibilitySeconds * 1000,
        });
        // Each message in flight holds the group: it opens again when the last is deleted or back.
        queue.fifoLockedGroups.set(groupId, (queue.fifoLockedGroups.get(groupId) ?? 0) + 1);
        out.push({
          MessageId: msg.messageId,
          ReceiptHandle: receiptHandle,
          MD5OfBody: msg.md5OfBody,
          Body: msg.body,
          ...(msg.md5OfMessageAttributes ? { MD5OfMessageAttributes: msg.md5OfMessageAttributes } : {}),
          ...(Object.keys(msg.messageAttributes).length > 0
            ? { MessageAttributes: msg.messageAttributes }
            : {}),
        });
      }
      if (messages.length === 0) queue.fifoMessages.delete(groupId);
    }
    return out;
  };

  // A message coming back is put at the front of its group; several coming back are then re-sorted.
  const resortAfter = (groups: Set<string>) => {
    for (const groupId of groups) queue.fifoMessages.get(groupId)?.sort(bySequence);
  };
  const changeVisibility = queue.changeVisibility.bind(queue);
  queue.changeVisibility = (receiptHandle, timeoutSeconds) => {
    const group = queue.inflightMessages.get(receiptHandle)?.message.messageGroupId;
    changeVisibility(receiptHandle, timeoutSeconds);
    if (group !== undefined && timeoutSeconds === 0) resortAfter(new Set([group]));
  };
  const processTimers = queue.processTimers.bind(queue);
  queue.processTimers = () => {
    const now = Date.now();
    const expiring = new Set<string>();
    for (const entry of queue.inflightMessages.values())
      if (entry.visibilityDeadline <= now) expiring.add(entry.message.messageGroupId ?? '__default');
    processTimers();
    resortAfter(expiring);
  };
}

/** Hooks a fauxqs store so that every FIFO queue it creates receives as SQS does. */
export function receiveLikeSqsIn<S extends FauxStore>(store: S): S {
  const create = store.createQueue.bind(store);
  store.createQueue = (...args) => {
    const queue = create(...args);
    receiveLikeSqs(queue as unknown as FifoQueue);
    return queue;
  };
  return store;
}
