/** EventBridge rate(15 minutes) → hand every digest whose period has closed to notify. */
import type { Runtime } from '../shared/runtime/compose.ts';
import { lambdaHandler } from '../shared/runtime/instrumentation.ts';
import { lambdaRuntime } from '../shared/runtime/lambda.ts';
import { sendDueDigests } from '../shared/usecases/send-digests.ts';

export const digestHandler =
  (runtime: () => Promise<Runtime>, clock: () => Date = () => new Date()) =>
  async (): Promise<{ sent: number }> => {
    const { digests } = await runtime();
    return sendDueDigests(clock(), digests);
  };

export const handler = lambdaHandler(digestHandler(lambdaRuntime));
