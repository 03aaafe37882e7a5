/** SQS FIFO `slack-out` (one message group per channel) → post, update or thread-reply in Slack. */
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { processBatch } from '../shared/queue/batch.ts';
import { parseSlackOutMessage } from '../shared/queue/messages.ts';
import type { Runtime } from '../shared/runtime/compose.ts';
import { lambdaHandler } from '../shared/runtime/instrumentation.ts';
import { lambdaRuntime } from '../shared/runtime/lambda.ts';
import { deliverToSlack } from '../shared/usecases/deliver-to-slack.ts';
import { SlackRateLimited } from '../shared/usecases/ports.ts';

export const notifyHandler =
  (runtime: () => Promise<Runtime>) =>
  async (event: SQSEvent): Promise<SQSBatchResponse> => {
    const { slackDelivery, delaySlackOut, logger, metrics } = await runtime();
    // Alert latency: from the post's creation to its card in Slack.
    const cardPosted = (createdAt: string) =>
      metrics.durationMs?.('AlertLatency', slackDelivery.clock().getTime() - Date.parse(createdAt));
    // Slack said 429: the message (and the rest of its channel's group) comes back after Retry-After.
    let retryAfter = 0;
    const result = await processBatch(event, logger, async (record) => {
      try {
        await deliverToSlack(parseSlackOutMessage(record.body), { ...slackDelivery, cardPosted });
      } catch (error) {
        if (error instanceof SlackRateLimited) retryAfter = Math.max(retryAfter, error.retryAfter);
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

export const handler = lambdaHandler(notifyHandler(lambdaRuntime));
