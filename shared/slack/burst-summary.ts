/**
 * A burst summary: when more alerts reach a channel than it may post one card at a time, the rest
 * are listed several to a message, one line per post, each with a ⋯ menu that acts on its alert.
 * Every post's words are outside text: shown escaped, on one line, and never in the notification text.
 */
import type { Alert } from '../domain/alert.ts';
import type { PendingLine, SlackMessage } from '../usecases/ports.ts';
import { ACTIONS, LINE_CHOICES } from './actions.ts';
import { alertStyle, platformName, TYPE_STYLE } from './alert-card.ts';
import { type Block, context, LIMITS, overflow, section } from './blocks.ts';
import { escapeMrkdwn, link, outsideLine, slackDate } from './mrkdwn.ts';

/** Lines per summary: one block each, inside Slack's 50 blocks with the heading and the footer. */
export const SUMMARY_MAX_LINES = 40;

export interface SummaryView {
  id: string;
  /** The config's channel name (Beacon's own text). */
  channel: string;
  lines: readonly PendingLine[];
  /** The lines' alerts as they are now, by id. */
  alerts: ReadonlyMap<string, Alert>;
}

const lineMenu = (alertId: string): Block =>
  overflow(
    ACTIONS.line,
    LINE_CHOICES.map((c) => ({ text: c.text, value: `${alertId}:${c.verb}` })),
  );

function lineText(line: PendingLine, alert: Alert | undefined): string {
  const who = `@${outsideLine(line.handle, 60)} on ${escapeMrkdwn(platformName(line.platform))}`;
  const words = `“${outsideLine(line.excerpt || '(no text)', 200)}”`;
  if (line.kind === 'followup') {
    const style = TYPE_STYLE[alert?.type ?? (line.type as keyof typeof TYPE_STYLE)] ?? TYPE_STYLE.complaint;
    const card = link(alert?.slackPermalink, `their ${style.title.toLowerCase()}`);
    return `:leftwards_arrow_with_hook: *Follow-up* from ${who} on ${card}: ${words}`;
  }
  const style = alert ? alertStyle(alert) : TYPE_STYLE[line.type as keyof typeof TYPE_STYLE];
  const due = alert ? ` · reply due ${slackDate(alert.deadline, '{time}')}` : '';
  return `${style?.emoji ?? ''} *${style?.title ?? escapeMrkdwn(line.type)}* from ${who}${due}: ${words}`;
}

export function renderBurstSummary(view: SummaryView, openedSince: string): SlackMessage {
  const alerts = view.lines.filter((l) => l.kind === 'alert');
  const followups = view.lines.filter((l) => l.kind === 'followup');
  const counted = [
    alerts.length > 0 ? `${alerts.length} new alert${alerts.length === 1 ? '' : 's'}` : '',
    followups.length > 0 ? `${followups.length} follow-up${followups.length === 1 ? '' : 's'}` : '',
  ]
    .filter(Boolean)
    .join(' and ');
  const heading = `:zap: *${counted}* since ${slackDate(openedSince, '{time}')}: more than #${escapeMrkdwn(view.channel)} can take one card at a time, so they are listed here until it has room again. Priority alerts keep their own cards.`;
  const blocks: Block[] = [
    section(heading, `burst-${view.id}`),
    ...view.lines
      .slice(0, SUMMARY_MAX_LINES)
      .map((line, i) =>
        section(
          lineText(line, view.alerts.get(line.alertId)),
          `line-${view.id}-${i}`,
          lineMenu(line.alertId),
        ),
      ),
    context([
      'Each line’s ⋯ menu acts on its alert; claiming, replying or asking for its card brings the full card into this thread.',
    ]),
  ];
  return {
    // The notification text: Beacon's own words only.
    text: `${counted} in #${view.channel}, listed in one message (burst)`.slice(0, LIMITS.messageText),
    blocks,
    metadata: {
      event_type: 'beacon_burst',
      event_payload: {
        summary_id: view.id,
        alert_ids: alerts.map((l) => l.alertId),
        mention_keys: followups.map((l) => l.mentionKey),
      },
    },
  };
}
