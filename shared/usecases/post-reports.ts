/**
 * The weekly reports, on a schedule (functions/report.ts; the local stack's timer).
 *
 * 1. Build the report of the last 7 local days (build-report.ts) and find the channels that had
 *    alerts in it.
 * 2. For each of them, once per period: build the channel's own report, render its chart, share
 *    the chart in the channel through Slack's files API with the summary as its comment, then post
 *    the figures.
 * 3. When the config names a suggestions channel and the week had suggestions, post there the
 *    digest of suggestions grouped by subject, with links, once per period.
 *
 * Running twice in one period posts nothing twice: a ledger key per channel and period is taken
 * before posting. A post that fails after that is not retried by this run (the error is raised
 * and the function's alarm fires); `/beacon report week` and `beacon report` still show it.
 */
import type { Report } from '../domain/report.ts';
import {
  reportBlocks,
  reportSummary,
  suggestionDigestBlocks,
  suggestionDigestText,
} from '../slack/report-message.ts';
import { buildResponseReport, type ReportDeps } from './build-report.ts';
import type { Clock, RequestLedger, SlackGateway } from './ports.ts';

export interface ReportPostDeps extends ReportDeps {
  slack: SlackGateway;
  ledger: RequestLedger;
  clock: Clock;
  /** The config's `reports` (read per run: the config may reload). */
  settings: () => { weekly: boolean; suggestionsChannel?: string };
  /** The chart as PNG; absent in runtimes built without the renderer (then no chart is shared). */
  renderChart?: (report: Report) => Promise<Uint8Array>;
}

export interface ReportPostResult {
  /** Channels that got their report in this run. */
  posted: string[];
  /** The channel that got the suggestions digest, if any. */
  suggestions?: string;
}

/** When the weekly reports go out (EventBridge syntax, UTC): Mondays 08:00. Used by infra and the local stack. */
export const WEEKLY_REPORT_SCHEDULE = 'cron(0 8 ? * MON *)';

const TITLE = 'Weekly response report';
/** A ledger key outlives the period it guards, so a late rerun still finds it. */
const KEY_TTL_SECONDS = 14 * 86_400;

export async function postWeeklyReports(deps: ReportPostDeps): Promise<ReportPostResult> {
  const now = deps.clock();
  const settings = deps.settings();
  const result: ReportPostResult = { posted: [] };
  if (!settings.weekly && !settings.suggestionsChannel) return result;
  const all = await buildResponseReport(deps, { period: 'week', now });
  const period = `${all.from}/${all.to.slice(0, 10)}`;

  if (settings.weekly) {
    for (const { key: channel } of all.byChannel) {
      if (!(await deps.ledger.firstTime(`report:${channel}:${period}`, now, KEY_TTL_SECONDS))) continue;
      const report = await buildResponseReport(deps, {
        from: new Date(all.from),
        to: new Date(all.to),
        channel,
      });
      const channelId = await deps.slack.channelId(channel);
      const summary = reportSummary(report, TITLE);
      if (deps.renderChart) {
        await deps.slack.uploadFile(
          channelId,
          {
            bytes: await deps.renderChart(report),
            filename: `beacon-report-${report.from.slice(0, 10)}.png`,
            title: `${TITLE}: answered in window, late, missed per day; time to first reply`,
            altText: summary,
          },
          `:bar_chart: ${summary}`,
        );
      }
      await deps.slack.post(channelId, { text: summary, blocks: reportBlocks(report, TITLE) });
      result.posted.push(channel);
    }
  }

  const target = settings.suggestionsChannel;
  if (target && all.newSuggestions.length > 0) {
    if (await deps.ledger.firstTime(`suggestions:${target}:${period}`, now, KEY_TTL_SECONDS)) {
      await deps.slack.post(await deps.slack.channelId(target), {
        text: suggestionDigestText(all),
        blocks: suggestionDigestBlocks(all),
      });
      result.suggestions = target;
    }
  }
  return result;
}
