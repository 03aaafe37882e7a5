/**
 * The `/beacon` slash command, answered within Slack's 3 seconds with an ephemeral message.
 *
 * 1. Verify the signature (401 otherwise) and refuse a replay, as for interactions.
 * 2. `open` lists the channel's active alerts by deadline, read from the index of active alerts per
 *    channel (`open all`: every channel, from the due index).
 * 3. `stats` counts today's alerts by type (in the business time zone) with the median response time.
 * 4. `report [day|week|month]` answers with the response report of every channel (build-report.ts).
 * 5. Anything else gets the help text.
 */

import { startOfDay } from '../domain/local-day.ts';
import { REPORT_PERIODS, type ReportPeriod } from '../domain/report.ts';
import type { HttpReply, InboundRequest } from '../platforms/types.ts';
import {
  type CommandReply,
  renderHelp,
  renderOpenList,
  renderReport,
  renderStats,
  statsByType,
} from '../slack/command-replies.ts';
import { MalformedSlackRequest, parseCommand } from '../slack/payloads.ts';
import { buildResponseReport } from './build-report.ts';
import { guardSlackRequest, type SlackRequestDeps } from './handle-slack-interaction.ts';
import type { AlertStore, ReportAlertSource } from './ports.ts';

export interface CommandDeps extends SlackRequestDeps {
  alerts: AlertStore;
  /** Where `/beacon report` reads the alerts of its period. */
  reports: ReportAlertSource;
  /** IANA time zone that defines "today"; UTC when absent. */
  timeZone: () => string | undefined;
}

const answer = (body: CommandReply | { error: string }, status = 200): HttpReply => ({
  status,
  headers: { 'content-type': 'application/json; charset=utf-8' },
  body: JSON.stringify(body),
});

export async function handleSlackCommand(req: InboundRequest, deps: CommandDeps): Promise<HttpReply> {
  const refused = await guardSlackRequest(req, deps);
  if (refused) return refused;
  let command: ReturnType<typeof parseCommand>;
  try {
    command = parseCommand(req.rawBody);
  } catch (error) {
    if (error instanceof MalformedSlackRequest) return answer({ error: 'malformed' }, 400);
    throw error;
  }
  const now = deps.clock();
  const [verb, arg, ...more] = command.text.trim().toLowerCase().split(/\s+/);
  if (verb === 'open') {
    const all = arg === 'all';
    // `/beacon open [all] [page]`: a busy channel is answered 40 alerts at a time.
    const pageArg = all ? more[0] : arg;
    const page = pageArg && /^[1-9]\d{0,5}$/.test(pageArg) ? Number(pageArg) : 1;
    // This channel's alerts come from the index of active alerts per channel, keyed by the Slack id
    // once the card is posted and by the config's channel name (with or without '#') before that.
    const name = command.channel_name;
    const here = await deps.alerts.listActive(
      all ? undefined : [command.channel_id, ...(name ? [name, `#${name}`] : [])],
    );
    return answer(
      renderOpenList(here, now, all ? 'in any channel' : 'in this channel', {
        page,
        command: all ? '/beacon open all' : '/beacon open',
      }),
    );
  }
  if (verb === 'stats') {
    const timeZone = deps.timeZone() ?? 'UTC';
    const from = startOfDay(now, timeZone);
    const alerts = await deps.alerts.listOpened(from, now);
    const label = `${new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' }).format(now)}, ${timeZone}`;
    return answer(renderStats(statsByType(alerts), label));
  }
  if (verb === 'report') {
    const period = (arg ?? 'week') as ReportPeriod;
    if (!REPORT_PERIODS.includes(period)) return answer(renderHelp());
    const report = await buildResponseReport(
      { alerts: deps.reports, timeZone: deps.timeZone },
      { period, now },
    );
    return answer(renderReport(report, period));
  }
  return answer(renderHelp());
}
