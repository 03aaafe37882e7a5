/** The answers of the `/beacon` slash command, as ephemeral Slack messages. */
import type { Alert } from '../domain/alert.ts';
import { formatDuration, formatTimeLeft, secondsLeft } from '../domain/countdown.ts';
import { MOMENT_TYPES, type MomentType } from '../domain/detection.ts';
import type { Report, ReportPeriod } from '../domain/report.ts';
import { platformName, TYPE_STYLE } from './alert-card.ts';
import { type Block, context, fitBlocks, LIMITS, section } from './blocks.ts';
import { firstWords, link, outsideLine, slackDate, userRef } from './mrkdwn.ts';
import { reportBlocks, reportSummary } from './report-message.ts';

export interface CommandReply {
  response_type: 'ephemeral';
  text: string;
  blocks: Block[];
}

const reply = (text: string, blocks: Block[]): CommandReply => ({
  response_type: 'ephemeral',
  text,
  blocks: fitBlocks(blocks),
});

/** A link to the card: the permalink Slack gave when it was posted, else Slack's archive URL. */
const messageLink = (a: Alert): string | undefined =>
  a.slackPermalink ??
  (a.slackChannelId && a.slackTs
    ? `https://slack.com/archives/${a.slackChannelId}/p${a.slackTs.replace('.', '')}`
    : undefined);

/** Alerts per `/beacon open` answer: with a header and a footer it stays well under 50 blocks. */
export const OPEN_LIST_PAGE = 40;

export interface OpenListPage {
  /** 1-based. */
  page: number;
  /** The command that shows this list, for the "next page" hint: `/beacon open` or `/beacon open all`. */
  command: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Rows packed into as few sections as fit Slack's 3000 characters, never splitting a row. */
function packRows(rows: string[]): Block[] {
  const blocks: Block[] = [];
  let current = '';
  for (const row of rows) {
    if (current && current.length + 1 + row.length > LIMITS.sectionText) {
      blocks.push(section(current));
      current = '';
    }
    current = current ? `${current}\n${row}` : row;
  }
  if (current) blocks.push(section(current));
  return blocks;
}

export function renderOpenList(
  alerts: Alert[],
  now: Date,
  where: string,
  { page, command }: OpenListPage = { page: 1, command: '/beacon open' },
): CommandReply {
  if (alerts.length === 0)
    return reply(`No open alerts ${where}.`, [section(`:tada: No open alerts ${where}.`)]);
  const total = plural(alerts.length, 'open alert');
  const pages = Math.ceil(alerts.length / OPEN_LIST_PAGE);
  if (page > pages)
    return reply(`${total} ${where}`, [
      section(
        `No page ${page}: ${total} ${where} fill ${plural(pages, 'page')}; \`${command}\` shows the first.`,
      ),
    ]);
  const first = (page - 1) * OPEN_LIST_PAGE;
  const shown = alerts.slice(first, first + OPEN_LIST_PAGE);
  const rows = shown.map((a) => {
    const style = TYPE_STYLE[a.type];
    const title = link(messageLink(a), style.title);
    const post = a.post ? ` · @${outsideLine(a.post.author, 40)}: “${firstWords(a.post.excerpt, 60)}”` : '';
    const claimed = a.claimedBy ? ` · claimed by ${userRef(a.claimedBy)}` : '';
    return `${style.emoji} *${title}* on ${platformName(a.platform)}${post}\n${formatTimeLeft(secondsLeft(a, now))} · due ${slackDate(a.deadline)}${claimed}`;
  });
  const range = pages > 1 ? ` (${first + 1}–${first + shown.length})` : '';
  const blocks: Block[] = [section(`*${total} ${where}*, soonest deadline first${range}`), ...packRows(rows)];
  const rest = alerts.length - first - shown.length;
  if (rest > 0)
    blocks.push(
      context([
        `… and ${rest} more: \`${command} ${page + 1}\` shows the next ${Math.min(rest, OPEN_LIST_PAGE)}; every card is also in its channel`,
      ]),
    );
  return reply(`${total} ${where}`, blocks);
}

export interface TypeStats {
  type: MomentType;
  opened: number;
  replied: number;
  missed: number;
  dismissed: number;
  open: number;
  /** Median seconds from opening to reply, over the replied ones. */
  medianResponseSeconds?: number;
}

export function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Today's figures per type from the alerts opened today. */
export function statsByType(alerts: Alert[]): TypeStats[] {
  return MOMENT_TYPES.map((type) => {
    const mine = alerts.filter((a) => a.type === type);
    const replied = mine.filter((a) => a.state === 'replied' && a.resolvedAt);
    const med = median(replied.map((a) => (Date.parse(a.resolvedAt ?? '') - Date.parse(a.openedAt)) / 1000));
    return {
      type,
      opened: mine.length,
      replied: replied.length,
      missed: mine.filter((a) => a.state === 'expired').length,
      dismissed: mine.filter((a) => a.state === 'dismissed').length,
      open: mine.filter((a) => a.state === 'open' || a.state === 'claimed' || a.state === 'snoozed').length,
      ...(med !== undefined ? { medianResponseSeconds: Math.round(med) } : {}),
    };
  });
}

export function renderStats(stats: TypeStats[], dayLabel: string): CommandReply {
  const total = stats.reduce((n, s) => n + s.opened, 0);
  const lines = stats
    .filter((s) => s.opened > 0)
    .map((s) => {
      const style = TYPE_STYLE[s.type];
      const medianText =
        s.medianResponseSeconds !== undefined
          ? `median response ${formatDuration(s.medianResponseSeconds)}`
          : 'no replies yet';
      return `${style.emoji} *${style.title}*: ${s.opened} opened · ${s.replied} replied · ${s.missed} missed · ${s.dismissed} not relevant · ${s.open} open · ${medianText}`;
    });
  return reply(`Today (${dayLabel}): ${total} alerts`, [
    section(`*Today (${dayLabel})*: ${total} alert${total === 1 ? '' : 's'}`),
    ...(lines.length > 0 ? [section(lines.join('\n'))] : []),
    context(['Counts alerts opened today in every channel; response time is from opening to reply.']),
  ]);
}

const REPORT_TITLES: Record<ReportPeriod, string> = {
  day: 'Response report: today',
  week: 'Response report: last 7 days',
  month: 'Response report: last 30 days',
};

export const renderReport = (report: Report, period: ReportPeriod): CommandReply =>
  reply(reportSummary(report, REPORT_TITLES[period]), reportBlocks(report, REPORT_TITLES[period]));

export const renderHelp = (): CommandReply =>
  reply('Beacon commands', [
    section(
      "*/beacon open*: open alerts in this channel, soonest deadline first, 40 at a time (`/beacon open 2` for the next 40, `/beacon open all` for every channel)\n*/beacon stats*: today's counts and median response time by type\n*/beacon report* `[day|week|month]`: answered in window, late and missed, reply times by channel and person, advocates, repeat complainers and suggestions (default: week)",
    ),
  ]);
