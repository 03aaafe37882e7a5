/** SQS FIFO `slack-out` (one message group per channel) → post, update or thread-reply in Slack. */
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { processBatch } from '../shared/queue/batch.ts';
import { parseSlackOutMessage } from '../shared/queue/messages.ts';
import type { Runtime } from '../shared/runtime/compose.ts';
import { lambdaHandler } from '../shared/runtime/instrumentation.ts';
import { lambdaRuntime } from '../shared/runtime/lambda.ts';
import { RotatingTokenWebClient } from '../shared/runtime/slack-client.ts';
import { FAIL_FAST_CLIENT_OPTIONS } from '../shared/slack/web-api-gateway.ts';
import { deliverPatiently, NotSavedYet } from '../shared/usecases/deliver-to-slack.ts';
import { SlackRateLimited, SlackUnavailable } from '../shared/usecases/ports.ts';

/** Without a Lambda context (the local stack), a batch may spend this long waiting out Slack. */
const LOCAL_BATCH_BUDGET_MS = 30_000;
/** Kept free at the end of an invocation to report the batch and move messages back. */
const RESERVE_MS = 1_000;
/** A message Slack could not take comes back this soon (not after the whole visibility timeout). */
const UNAVAILABLE_RETRY_SECONDS = 5;
/** A refresh whose save has not landed waits for the next countdown tick to make it. */
const NOT_SAVED_RETRY_SECONDS = 30;

export const notifyHandler =
  (runtime: () => Promise<Runtime>, callTimeoutMs: number = FAIL_FAST_CLIENT_OPTIONS.timeout) =>
  async (event: SQSEvent, context?: Pick<Context, 'getRemainingTimeInMillis'>): Promise<SQSBatchResponse> => {
    const { slackDelivery, delaySlackOut, logger, metrics } = await runtime();
    // Alert latency: from the post's creation to its card in Slack.
    const cardPosted = (createdAt: string) =>
      metrics.durationMs?.('AlertLatency', slackDelivery.clock().getTime() - Date.parse(createdAt));
    const deps = { ...slackDelivery, cardPosted };
    const deadline =
      Date.now() + (context?.getRemainingTimeInMillis?.() ?? LOCAL_BATCH_BUDGET_MS) - RESERVE_MS;
    const timeLeftMs = () => deadline - Date.now();
    // Slack still refused after waiting what fits in this invocation: the message (and the rest of
    // its channel's group) comes back after Retry-After, or shortly when Slack did not answer.
    let retryAfter = 0;
    const result = await processBatch(event, logger, async (record) => {
      try {
        await deliverPatiently(parseSlackOutMessage(record.body), deps, timeLeftMs, callTimeoutMs);
      } catch (error) {
        if (error instanceof SlackRateLimited) retryAfter = Math.max(retryAfter, error.retryAfter);
        if (error instanceof SlackUnavailable) retryAfter = Math.max(retryAfter, UNAVAILABLE_RETRY_SECONDS);
        if (error instanceof NotSavedYet) retryAfter = Math.max(retryAfter, NOT_SAVED_RETRY_SECONDS);
        throw error;
      }
    });
    if (retryAfter > 0 && result.batchItemFailures.length > 0) {
      const failed = new Set(result.batchItemFailures.map((f) => f.itemIdentifier));
      const handles = event.Records.filter((r) => failed.has(r.messageId)).map((r) => r.receiptHandle);
      await delaySlackOut(handles, retryAfter);
    }
    return result;
  };

// Only the functions that call Slack carry its SDK.
const withSlack = () => lambdaRuntime({ slackClient: RotatingTokenWebClient });

export const handler = lambdaHandler(notifyHandler(withSlack));
