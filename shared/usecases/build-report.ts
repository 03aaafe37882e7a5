/**
 * The response report of a period, for the `/beacon report` command, the weekly post and the CLI.
 *
 * 1. Resolve the period (`day`: today so far; `week`, `month`: the last 7 or 30 local days up to
 *    now; or an explicit [from, to)) in the business time zone.
 * 2. Read the alerts opened in it through the report's one store function.
 * 3. Compute the figures (domain/report.ts), for every channel or one.
 *
 * Read-only: running it twice changes nothing.
 */

import { startOfDay } from '../domain/local-day.ts';
import { buildReport, periodOf, type Report, type ReportPeriod } from '../domain/report.ts';
import type { ReportAlertSource } from './ports.ts';

export interface ReportDeps {
  alerts: ReportAlertSource;
  /** IANA time zone of days and hours in the report; UTC when absent. */
  timeZone: () => string | undefined;
}

export type ReportRequest = ({ period: ReportPeriod; now: Date } | { from: Date; to: Date }) & {
  channel?: string;
};

export function reportRange(request: ReportRequest, timeZone: string): { from: Date; to: Date } {
  if ('period' in request) return periodOf(request.period, request.now, (d) => startOfDay(d, timeZone));
  return { from: request.from, to: request.to };
}

export async function buildResponseReport(deps: ReportDeps, request: ReportRequest): Promise<Report> {
  const timeZone = deps.timeZone() ?? 'UTC';
  const { from, to } = reportRange(request, timeZone);
  if (!(from.getTime() < to.getTime())) throw new RangeError('the report period must end after it starts');
  const alerts = await deps.alerts.openedBetween(from, to);
  return buildReport(alerts, {
    from,
    to,
    timeZone,
    ...(request.channel !== undefined ? { channel: request.channel } : {}),
  });
}
