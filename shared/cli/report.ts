/**
 * `npm run -s beacon -- report --json|--csv [--period day|week|month | --from D --to D]
 * [--channel NAME]`: the response report of a period (docs/slack.md, "Reports"), read from the
 * local stack's table (running or not) or a deployed one (`--table`).
 *
 * `--from`/`--to` take a date (YYYY-MM-DD: `--to` includes that whole day) or an ISO instant;
 * dates and hours are in the routing config's business time zone (`--time-zone` overrides it).
 */

import { startOfDay } from '../domain/local-day.ts';
import { REPORT_PERIODS, type ReportPeriod } from '../domain/report.ts';
import { reportCsv } from '../report/csv.ts';
import { loadRuntimeConfig } from '../routing/runtime.ts';
import { DynamoReportStore } from '../store/report-store.ts';
import { buildResponseReport, type ReportRequest } from '../usecases/build-report.ts';
import { type ExplainIo, openSource } from './explain.ts';

const USAGE = `usage: npm run -s beacon -- report [--json|--csv] [--period day|week|month]
                                        [--from DATE --to DATE] [--channel NAME] [--time-zone TZ]
                                        [--table NAME [--endpoint URL]]`;

class UsageError extends Error {}

/** A date is the start of that local day (`end`: of the next one); anything else must be an ISO instant. */
function instant(text: string | undefined, timeZone: string, end: boolean): Date {
  if (!text) throw new UsageError('--from and --to go together');
  const day = /^\d{4}-\d{2}-\d{2}$/.test(text);
  const parsed = new Date(day ? `${text}T12:00:00Z` : text);
  if (Number.isNaN(parsed.getTime())) throw new UsageError(`"${text}" is neither a date nor an ISO time`);
  if (!day) return parsed;
  return startOfDay(new Date(parsed.getTime() + (end ? 86_400_000 : 0)), timeZone);
}

function timeZoneOf(override: string | undefined, env: ExplainIo['env']): string {
  if (override) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: override });
    } catch {
      throw new UsageError(`unknown time zone "${override}"`);
    }
    return override;
  }
  try {
    if (env?.BEACON_ROUTING_FILE) process.env.BEACON_ROUTING_FILE = env.BEACON_ROUTING_FILE;
    return loadRuntimeConfig().businessHours?.timeZone ?? 'UTC';
  } catch {
    // No readable config here (e.g. reading a deployed table from elsewhere): days are UTC days.
    return 'UTC';
  }
}

export async function runReport(args: string[], io: ExplainIo, now = new Date()): Promise<number> {
  const opts: Record<string, string | undefined> = {};
  let format: 'json' | 'csv' = 'json';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--json') format = 'json';
    else if (arg === '--csv') format = 'csv';
    else if (arg === '--help' || arg === '-h') {
      io.out(USAGE);
      return 0;
    } else if (/^--(period|from|to|channel|time-zone|table|endpoint)(=|$)/.test(arg)) {
      const [name = '', inline] = arg.slice(2).split(/=(.*)/s);
      opts[name] = inline ?? args[++i];
      if (opts[name] === undefined) {
        io.err(`--${name} needs a value\n${USAGE}`);
        return 2;
      }
    } else {
      io.err(`unknown option "${arg}"\n${USAGE}`);
      return 2;
    }
  }
  let request: ReportRequest;
  let timeZone: string;
  try {
    timeZone = timeZoneOf(opts['time-zone'], io.env);
    if (opts.period && (opts.from || opts.to)) throw new UsageError('give --period or --from/--to, not both');
    if (opts.from || opts.to) {
      request = { from: instant(opts.from, timeZone, false), to: instant(opts.to, timeZone, true) };
    } else {
      const period = (opts.period ?? 'week') as ReportPeriod;
      if (!REPORT_PERIODS.includes(period))
        throw new UsageError(`--period is one of ${REPORT_PERIODS.join(', ')}`);
      request = { period, now };
    }
    if (opts.channel) request.channel = opts.channel.replace(/^#/, '');
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`${error.message}\n${USAGE}`);
    return 2;
  }
  let source: Awaited<ReturnType<typeof openSource>>;
  try {
    source = await openSource(opts, io.env);
  } catch (error) {
    io.err(error instanceof Error ? error.message : String(error));
    return 1;
  }
  try {
    const report = await buildResponseReport(
      { alerts: new DynamoReportStore(source.db, source.table), timeZone: () => timeZone },
      request,
    );
    io.out(format === 'csv' ? reportCsv(report).trimEnd() : JSON.stringify(report, null, 2));
    return 0;
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    io.err(error.message);
    return 2;
  } finally {
    await source.close();
  }
}

export const run = (args: string[]): Promise<number> =>
  runReport(args, { out: (t) => console.log(t), err: (t) => console.error(t), env: process.env });
