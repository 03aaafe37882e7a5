/**
 * EventBridge, Mondays → each channel's weekly response report with its chart, and the suggestions
 * digest. The only function that carries the chart libraries (Vega, resvg).
 */
import { renderChartPng } from '../shared/report/chart.ts';
import type { Runtime } from '../shared/runtime/compose.ts';
import { lambdaHandler } from '../shared/runtime/instrumentation.ts';
import { lambdaRuntime } from '../shared/runtime/lambda.ts';
import { postWeeklyReports, type ReportPostResult } from '../shared/usecases/post-reports.ts';

export const reportHandler = (runtime: () => Promise<Runtime>) => async (): Promise<ReportPostResult> => {
  const { reports, logger } = await runtime();
  const result = await postWeeklyReports(reports);
  logger.info('weekly reports posted', { channels: result.posted.length, suggestions: !!result.suggestions });
  return result;
};

const withChart = () => lambdaRuntime({ renderChart: renderChartPng });

export const handler = lambdaHandler(reportHandler(withChart));
