/** SQS FIFO `slack-out` (one message group per channel) → post, update or thread-reply in Slack. */
import middy from '@middy/core';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { processBatch } from '../shared/queue/batch.ts';
import { parseSlackOutMessage } from '../shared/queue/messages.ts';
import type { Runtime } from '../shared/runtime/compose.ts';
import { lambdaRuntime } from '../shared/runtime/lambda.ts';
import { deliverToSlack } from '../shared/usecases/deliver-to-slack.ts';

export const notifyHandler =
  (runtime: () => Promise<Runtime>) =>
  async (event: SQSEvent): Promise<SQSBatchResponse> => {
    const { slackDelivery, logger } = await runtime();
    return processBatch(event, logger, (record) =>
      deliverToSlack(parseSlackOutMessage(record.body), slackDelivery),
    );
  };

export const handler = middy(notifyHandler(lambdaRuntime), { timeoutEarlyInMillis: 0 });
