/** SQS `replies` → post each reply written in Slack on its platform, once; mark the alert replied. */
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { processBatch } from '../shared/queue/batch.ts';
import { parseReplyMessage } from '../shared/queue/messages.ts';
import type { Runtime } from '../shared/runtime/compose.ts';
import { lambdaHandler } from '../shared/runtime/instrumentation.ts';
import { lambdaRuntime } from '../shared/runtime/lambda.ts';
import { sendReply } from '../shared/usecases/send-reply.ts';

export const replyHandler =
  (runtime: () => Promise<Runtime>) =>
  async (event: SQSEvent): Promise<SQSBatchResponse> => {
    const { reply, logger } = await runtime();
    return processBatch(event, logger, async (record) => {
      const message = parseReplyMessage(record.body);
      const out = await sendReply(message, reply);
      logger.info('reply', { alertId: message.alertId, platform: message.platform, outcome: out.outcome });
    });
  };

export const handler = lambdaHandler(replyHandler(lambdaRuntime));
