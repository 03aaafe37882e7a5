/** EventBridge rate(1 minute) → refresh, escalate or expire every alert whose next step is due. */
import type { Runtime } from '../shared/runtime/compose.ts';
import { lambdaHandler } from '../shared/runtime/instrumentation.ts';
import { lambdaRuntime } from '../shared/runtime/lambda.ts';
import { type CountdownResult, runCountdown } from '../shared/usecases/run-countdown.ts';

export const countdownHandler =
  (runtime: () => Promise<Runtime>, clock: () => Date = () => new Date()) =>
  async (): Promise<CountdownResult> => {
    const { countdown, metrics } = await runtime();
    const result = await runCountdown(clock(), countdown);
    metrics.counts('Alerts', 'event', { missed: result.expired, escalated: result.escalated });
    // The tick's share of Slack's chat.update budget: sent, colour steps skipped, state refreshes owed.
    metrics.counts('CardRefreshes', 'outcome', {
      sent: result.refreshes,
      skipped: result.skippedColourSteps,
      owed: result.owedRefreshes,
    });
    return result;
  };

export const handler = lambdaHandler(countdownHandler(lambdaRuntime));
