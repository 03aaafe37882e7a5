/**
 * SQS FIFO `slack-out` (one message group per channel) → post, update or thread-reply in Slack.
 *
 * Slack saying "not yet" is not a failure. SQS counts every receive of a message toward the DLQ's
 * maxReceiveCount, so a message Slack rate-limits must not be handed back to the queue to be
 * received again. Notify first holds it and tries again while the invocation has time (Retry-After
 * is usually a second or two); when the wait outlasts the invocation, it sends the message again as
 * a new message (a new deduplication id, its earliest time in the body) together with the messages
 * of its channel that followed it in this batch, in order, and deletes the originals. A FIFO queue
 * has no per-message delay, so the new message carries `notBefore` and the next invocation waits for
 * it. A message whose card is not in Slack yet (the card was sent again) goes the same way. Only
 * what Slack cannot answer (5xx, timeouts) or refuses for good counts toward the DLQ.
 *
 * Inside a channel's batch, messages about one alert keep their order and messages about different
 * alerts run side by side (`orderKeyOf`); a storm card's message is a barrier, since the cards folded
 * into it are replies in its thread.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { processBatch } from '../shared/queue/batch.ts';
import { parseSlackOutEnvelope, type Requeue, type SlackOutMessage } from '../shared/queue/messages.ts';
import type { Runtime } from '../shared/runtime/compose.ts';
import { lambdaHandler } from '../shared/runtime/instrumentation.ts';
import { lambdaRuntime } from '../shared/runtime/lambda.ts';
import { RotatingTokenWebClient } from '../shared/runtime/slack-client.ts';
import { FAIL_FAST_CLIENT_OPTIONS } from '../shared/slack/web-api-gateway.ts';
import {
  deliverPatiently,
  HeldUntil,
  NotReadyYet,
  NotSavedYet,
} from '../shared/usecases/deliver-to-slack.ts';
import { SlackRateLimited, SlackUnavailable } from '../shared/usecases/ports.ts';

/** Without a Lambda context (the local stack), a batch may spend this long waiting out Slack. */
const LOCAL_BATCH_BUDGET_MS = 30_000;
/** Kept free at the end of an invocation to report the batch and move messages back. */
const RESERVE_MS = 1_000;
/** A message Slack could not take comes back this soon (not after the whole visibility timeout). */
const UNAVAILABLE_RETRY_SECONDS = 5;
/** A refresh whose save has not landed waits for the next countdown tick to make it. */
const NOT_SAVED_RETRY_SECONDS = 30;
/** A message whose card is not in Slack yet is tried again this much later. */
const NOT_READY_RETRY_MS = 1_000;
/** Past this many resends a message is handled as a failure after all (its card may never come). */
const MAX_REQUEUES = 1_000;
/**
 * The longest a message due later holds its channel before it is sent again: enough to wait out a
 * usual Retry-After in place, short enough that a storm card's interval does not stop its channel.
 */
const HOLD_IN_PLACE_MS = 2_000;

/**
 * Which messages of a channel must keep their order: an alert's card, follow-ups and notices (by the
 * alert); a storm card's message orders with all of them (`undefined`). The rest need no order.
 */
export function orderKeyOf(message: SlackOutMessage): string | undefined {
  switch (message.kind) {
    case 'alert':
    case 'followup':
      return `alert:${message.alertId}`;
    case 'notice':
      return message.alertId ? `alert:${message.alertId}` : `notice:${message.key}`;
    case 'storm':
      return undefined;
    case 'summary':
      return 'summary';
    case 'digest':
      return `digest:${message.period}`;
    case 'retire':
      return `retire:${message.ts}`;
    case 'ephemeral':
      return `ephemeral:${message.user}`;
  }
}

/** Slack's "not yet": waited out in place, else sent again without spending a receive. */
class NotBefore extends Error {
  override readonly name = 'NotBefore';
  constructor(readonly at: number) {
    super(`not before ${new Date(at).toISOString()}`);
  }
}

export const notifyHandler =
  (runtime: () => Promise<Runtime>, callTimeoutMs: number = FAIL_FAST_CLIENT_OPTIONS.timeout) =>
  async (event: SQSEvent, context?: Pick<Context, 'getRemainingTimeInMillis'>): Promise<SQSBatchResponse> => {
    const { slackDelivery, delaySlackOut, requeueSlackOut, logger, metrics } = await runtime();
    // Alert latency: from the post's creation to its card in Slack.
    const cardPosted = (createdAt: string) =>
      metrics.durationMs?.('AlertLatency', slackDelivery.clock().getTime() - Date.parse(createdAt));
    const deps = { ...slackDelivery, cardPosted };
    const deadline =
      Date.now() + (context?.getRemainingTimeInMillis?.() ?? LOCAL_BATCH_BUDGET_MS) - RESERVE_MS;
    const timeLeftMs = () => deadline - Date.now();
    // Slack did not answer after the retries that fit: the message (and the rest of its channel's
    // group) comes back shortly, counted, as a failure should be.
    let retryAfter = 0;
    // Sent again as new messages, by record id; the later records of their order keys follow.
    const requeued = new Map<string, { message: SlackOutMessage; requeue: Requeue }>();
    // Per channel: the order keys sent again, '*' once a barrier was.
    const requeuedKeys = new Map<string, Set<string>>();
    const mustFollow = (group: string, key: string | undefined) => {
      const keys = requeuedKeys.get(group);
      return keys !== undefined && (key === undefined ? keys.size > 0 : keys.has(key) || keys.has('*'));
    };
    const markRequeued = (group: string, key: string | undefined) => {
      const keys = requeuedKeys.get(group) ?? new Set<string>();
      keys.add(key ?? '*');
      requeuedKeys.set(group, keys);
    };
    // A batch is done when its slowest record is: a record that may not go yet must not hold up the
    // due records of other channels beside it. Held in place only when nothing in the batch is due.
    // A record not due yet waits only as long as the due records take anyway, then is sent again.
    // Each body read once: a body that cannot be read fails its own record only (handleRecord).
    const envelopes = new Map<string, ReturnType<typeof parseSlackOutEnvelope> | Error>(
      event.Records.map((r) => {
        try {
          return [r.messageId, parseSlackOutEnvelope(r.body)];
        } catch (error) {
          return [r.messageId, error instanceof Error ? error : new Error(String(error))];
        }
      }),
    );
    const envelopeOf = (record: SQSRecord) => {
      const envelope = envelopes.get(record.messageId);
      if (!envelope || envelope instanceof Error) throw envelope ?? new Error('no such record');
      return envelope;
    };
    const notBeforeOf = (record: SQSRecord) => {
      const envelope = envelopes.get(record.messageId);
      return envelope && !(envelope instanceof Error) ? (envelope.requeue?.notBefore ?? 0) : 0;
    };
    const batchStart = Date.now();
    let dueLeft = event.Records.filter((r) => notBeforeOf(r) <= batchStart).length;
    const somethingDue = dueLeft > 0;
    let dueDone: () => void = () => {};
    const allDueDone = new Promise<void>((resolve) => {
      dueDone = resolve;
    });
    const finishedDue = () => {
      if (--dueLeft === 0) dueDone();
    };
    const result = await processBatch(
      event,
      logger,
      async (record) => {
        const due = notBeforeOf(record) <= batchStart;
        try {
          await handleRecord(record);
        } finally {
          if (due) finishedDue();
        }
      },
      {
        orderKey: (record) => {
          const envelope = envelopes.get(record.messageId);
          return envelope && !(envelope instanceof Error)
            ? orderKeyOf(envelope.message)
            : `unreadable:${record.messageId}`;
        },
      },
    );
    async function handleRecord(record: SQSRecord): Promise<void> {
      const { message, requeue } = envelopeOf(record);
      const group = record.attributes.MessageGroupId ?? message.channel;
      const key = orderKeyOf(message);
      const count = requeue?.count ?? 0;
      const sendAgain = (notBefore: number) =>
        requeued.set(record.messageId, { message, requeue: { count: count + 1, notBefore } });
      if (mustFollow(group, key)) {
        sendAgain(requeue?.notBefore ?? 0);
        markRequeued(group, key);
        return;
      }
      try {
        let wait = (requeue?.notBefore ?? 0) - Date.now();
        if (wait > 0 && somethingDue) {
          await Promise.race([sleep(Math.min(wait, HOLD_IN_PLACE_MS)), allDueDone]);
          wait = (requeue?.notBefore ?? 0) - Date.now();
          if (wait > 0) throw new NotBefore(requeue?.notBefore ?? 0);
        }
        if (wait > 0) {
          const hold = Math.min(HOLD_IN_PLACE_MS, timeLeftMs() - callTimeoutMs);
          if (wait > hold) {
            // Hold a moment first, so a long wait is not a tight loop of resends.
            await sleep(Math.max(0, Math.min(wait, HOLD_IN_PLACE_MS / 4, timeLeftMs())));
            throw new NotBefore(requeue?.notBefore ?? 0);
          }
          await sleep(wait);
        }
        await deliverPatiently(message, deps, timeLeftMs, callTimeoutMs);
      } catch (error) {
        const notBefore =
          error instanceof NotBefore
            ? error.at
            : error instanceof HeldUntil
              ? Date.now() + error.waitMs
              : error instanceof SlackRateLimited
                ? Date.now() + error.retryAfter * 1000
                : error instanceof NotReadyYet && !(error instanceof NotSavedYet)
                  ? Date.now() + NOT_READY_RETRY_MS
                  : undefined;
        if (notBefore !== undefined && count < MAX_REQUEUES) {
          sendAgain(notBefore);
          markRequeued(group, key);
          return;
        }
        if (error instanceof SlackRateLimited) retryAfter = Math.max(retryAfter, error.retryAfter);
        if (error instanceof SlackUnavailable) retryAfter = Math.max(retryAfter, UNAVAILABLE_RETRY_SECONDS);
        if (error instanceof NotSavedYet) retryAfter = Math.max(retryAfter, NOT_SAVED_RETRY_SECONDS);
        throw error;
      }
    }
    const failures = result.batchItemFailures;
    if (requeued.size > 0) {
      try {
        // In the batch's order, which keeps each order key's order (records ran side by side).
        const order = new Map(event.Records.map((r, i) => [r.messageId, i]));
        const inOrder = [...requeued].sort(([a], [b]) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
        await requeueSlackOut(inOrder.map(([, item]) => item));
      } catch (error) {
        // Not sent again: the originals come back instead (counted, but never lost).
        logger.error('requeue failed', { error: String(error) });
        for (const id of requeued.keys()) failures.push({ itemIdentifier: id });
      }
    }
    if (retryAfter > 0 && failures.length > 0) {
      const failed = new Set(failures.map((f) => f.itemIdentifier));
      const handles = event.Records.filter((r) => failed.has(r.messageId)).map((r) => r.receiptHandle);
      await delaySlackOut(handles, retryAfter);
    }
    return { batchItemFailures: failures };
  };

// Only the functions that call Slack carry its SDK.
const withSlack = () => lambdaRuntime({ slackClient: RotatingTokenWebClient });

export const handler = lambdaHandler(notifyHandler(withSlack));
