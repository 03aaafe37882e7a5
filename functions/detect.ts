/** SQS `mentions` → dedupe, store the thread, classify, route, open or update the alert. */
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { buildFeedbackModel, detect } from '../shared/detect/index.ts';
import { handleEach, processBatch } from '../shared/queue/batch.ts';
import { parseMentionsMessage } from '../shared/queue/messages.ts';
import type { Runtime } from '../shared/runtime/compose.ts';
import { lambdaHandler } from '../shared/runtime/instrumentation.ts';
import { lambdaRuntime } from '../shared/runtime/lambda.ts';
import { processMention } from '../shared/usecases/process-mention.ts';

export const detectHandler =
  (runtime: () => Promise<Runtime>) =>
  async (event: SQSEvent): Promise<SQSBatchResponse> => {
    const { pipeline, logger, metrics } = await runtime();
    const outcomes: Record<string, number> = {};
    const drops: Record<string, number> = {};
    const result = await processBatch(event, logger, async (record) => {
      // A message carries one request's mentions; processMention is idempotent, so when one fails
      // the message comes back whole and the ones already done are no-ops.
      await handleEach(parseMentionsMessage(record.body), async (mention) => {
        const { outcome, dropped } = await processMention(mention, pipeline);
        outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
        if (dropped) drops[dropped] = (drops[dropped] ?? 0) + 1;
        // Ids only: the post's text and author names are personal data and stay out of logs.
        logger.info('mention processed', {
          platform: mention.platform,
          mentionId: mention.id,
          outcome,
          ...(dropped ? { dropped } : {}),
        });
      });
    });
    outcomes.failed = result.batchItemFailures.length;
    metrics.counts('MentionsProcessed', 'outcome', outcomes);
    // Nothing vanishes silently: every post that opened no alert is counted by its reason.
    metrics.counts('MentionsDropped', 'reason', drops);
    return result;
  };

// Only this function carries the detector's model data, loaded at init (in the init phase, not in
// a customer's first request).
const withDetector = () => lambdaRuntime({ detector: { detect, buildFeedbackModel } });

export const handler = lambdaHandler(detectHandler(withDetector));
