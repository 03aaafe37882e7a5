/** EventBridge schedule, input {"source": "<id>"} → read the source from its cursor, queue what is new. */
import type { Context } from 'aws-lambda';
import * as z from 'zod/mini';
import '../shared/runtime/zod-messages.ts';
import type { Runtime } from '../shared/runtime/compose.ts';
import { lambdaHandler } from '../shared/runtime/instrumentation.ts';
import { lambdaRuntime } from '../shared/runtime/lambda.ts';
import { type PollRunResult, pollSource } from '../shared/usecases/poll-source.ts';

const pollEvent = z.object({ source: z.string().check(z.minLength(1)) });

/** Time kept back from the Lambda timeout for the last send and save. */
const SAFETY_MS = 15_000;

export const pollHandler =
  (runtime: () => Promise<Runtime>) =>
  async (event: unknown, context?: Pick<Context, 'getRemainingTimeInMillis'>): Promise<PollRunResult> => {
    const parsed = pollEvent.safeParse(event);
    if (!parsed.success) throw new Error('poll event must be {"source": "<id>"}');
    const { poll, logger } = await runtime();
    const remaining = context ? context.getRemainingTimeInMillis() - SAFETY_MS : poll.budgetMs;
    const result = await pollSource(parsed.data.source, {
      ...poll,
      budgetMs: Math.max(0, Math.min(poll.budgetMs, remaining)),
    });
    logger.info('poll run', { ...result });
    return result;
  };

export const handler = lambdaHandler(pollHandler(lambdaRuntime));
