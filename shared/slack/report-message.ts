/**
 * The response report as Slack blocks: the `/beacon report` answer and the text of the weekly post.
 * Outside text (handles, subjects, post excerpts, links) goes through mrkdwn.ts, so nothing in a
 * report can ping, link or format; channel names are the config's own words (ownText), people who
 * claimed are Slack user ids (userRef).
 */
import { formatDuration } from '../domain/countdown.ts';
import type { MomentType } from '../domain/detection.ts';
import type { OutcomeGroup, ReplyTimes, Report, SuggestionGroup } from '../domain/report.ts';
import { UNCLAIMED } from '../domain/report.ts';
import { TYPE_STYLE } from './alert-card.ts';
import { type Block, context, section } from './blocks.ts';
import { firstWords, link, outsideLine, ownText, userRef } from './mrkdwn.ts';

const plural = (n: number, word: string, words = `${word}s`) => `${n} ${n === 1 ? word : words}`;

const duration = (seconds: number | null) => (seconds === null ? '–' : formatDuration(seconds));

const times = (t: ReplyTimes) =>
  t.replies === 0
    ? 'no replies'
    : `median ${duration(t.medianSeconds)} · p90 ${duration(t.p90Seconds)} (${plural(t.replies, 'reply', 'replies')})`;

const outcomes = (g: Omit<OutcomeGroup, 'key'>) =>
  `${g.alerts} · ${g.answeredInWindow} in window · ${g.late} late · ${g.missed} missed`;

/** "2026-03-02 → 2026-03-08" in the report's time zone (the end is exclusive, so the day before it). */
export function periodLabel(report: Pick<Report, 'from' | 'to' | 'timeZone'>): string {
  const day = (iso: string) =>
    new Intl.DateTimeFormat('en-CA', { timeZone: report.timeZone, dateStyle: 'short' }).format(new Date(iso));
  const first = day(report.from);
  const last = day(new Date(Date.parse(report.to) - 1).toISOString());
  return `${first === last ? first : `${first} → ${last}`}, ${report.timeZone}`;
}

const typeName = (key: string) => TYPE_STYLE[key as MomentType]?.title ?? outsideLine(key, 40);

/** The report's summary line, also the message's notification text. */
export function reportSummary(report: Report, title: string): string {
  const t = report.totals;
  return `${title} (${periodLabel(report)}): ${plural(t.alerts, 'alert')}, ${t.answeredInWindow} answered in window, ${t.late} late, ${t.missed} missed`;
}

function suggestionLines(groups: SuggestionGroup[], max: number): string[] {
  return groups.slice(0, max).map((g) => {
    const links = g.items
      .slice(0, 5)
      .map((item, i) => link(item.url ?? item.cardUrl, `${i + 1}`))
      .join(' ');
    return `• *${outsideLine(g.subject, 60)}* (${g.count}) ${links}`;
  });
}

export function reportBlocks(report: Report, title: string): Block[] {
  const t = report.totals;
  const where = report.channel === null ? 'every channel' : `#${ownText(report.channel)}`;
  const blocks: Block[] = [
    section(
      `*${ownText(title)}* · ${where} · ${ownText(periodLabel(report))}\n${plural(t.alerts, 'alert')}: :white_check_mark: ${t.answeredInWindow} answered in window · :hourglass: ${t.late} late · :black_circle: ${t.missed} missed · ${t.dismissed} not relevant · ${t.open} still open`,
    ),
  ];
  const reply = report.timeToFirstReply;
  const replyLines = [
    `*Time to first reply*: ${times(reply.overall)}`,
    ...reply.byChannel.slice(0, 8).map((r) => `• #${ownText(r.key)}: ${times(r)}`),
    ...reply.byClaimer
      .slice(0, 8)
      .map((r) => `• ${r.key === UNCLAIMED ? 'not claimed' : userRef(r.key)}: ${times(r)}`),
  ];
  blocks.push(section(replyLines.join('\n')));
  if (t.alerts > 0) {
    blocks.push(
      section(
        [
          `*By type*: ${report.byType.map((g) => `${typeName(g.key)} ${outcomes(g)}`).join(' | ')}`,
          `*By channel*: ${report.byChannel.map((g) => `#${ownText(g.key)} ${outcomes(g)}`).join(' | ')}`,
          `*By platform*: ${report.byPlatform.map((g) => `${outsideLine(g.key, 20)} ${g.alerts}`).join(' · ')}`,
          `*By language*: ${report.byLanguage.map((g) => `${outsideLine(g.key, 10)} ${g.alerts}`).join(' · ')}`,
          `*Busiest hours*: ${report.busiestHours.map((h) => `${String(h.hour).padStart(2, '0')}:00 (${h.alerts})`).join(' · ')}`,
        ].join('\n'),
      ),
    );
  }
  const people: string[] = [];
  if (report.topAdvocates.length > 0)
    people.push(
      `*Top advocates*: ${report.topAdvocates.map((a) => `@${outsideLine(a.handle, 40)} on ${outsideLine(a.platform, 20)} (${plural(a.count, 'praise')})`).join(' · ')}`,
    );
  if (report.topRepeatComplainers.length > 0)
    people.push(
      `*Repeat complainers*: ${report.topRepeatComplainers.map((a) => `@${outsideLine(a.handle, 40)} on ${outsideLine(a.platform, 20)} (${plural(a.count, 'complaint')})`).join(' · ')}`,
    );
  if (report.topComplaintSubjects.length > 0)
    people.push(
      `*Recurring complaints*: ${report.topComplaintSubjects.map((s) => `${outsideLine(s.subject, 60)} (${s.alerts})`).join(' · ')}`,
    );
  if (report.newSuggestions.length > 0)
    people.push(`*New suggestions*:\n${suggestionLines(report.newSuggestions, 8).join('\n')}`);
  if (people.length > 0) blocks.push(section(people.join('\n')));
  blocks.push(
    context([
      'In window: first reply by the deadline · late: after it · missed: expired without a reply. Reply times from opening to first reply (median, p90).',
    ]),
  );
  return blocks;
}

/** The suggestions digest for product people: every new suggestion, grouped by subject, with links. */
export function suggestionDigestBlocks(report: Report): Block[] {
  const total = report.newSuggestions.reduce((n, g) => n + g.count, 0);
  const blocks: Block[] = [
    section(
      `:bulb: *${plural(total, 'new suggestion')}* (${ownText(periodLabel(report))}), grouped by subject`,
    ),
  ];
  for (const g of report.newSuggestions.slice(0, 20)) {
    const items = g.items.slice(0, 10).map((item) => {
      const post = link(item.url, 'post');
      const card = item.cardUrl ? ` · ${link(item.cardUrl, 'card')}` : '';
      return `• @${outsideLine(item.handle, 40)} on ${outsideLine(item.platform, 20)}: “${firstWords(item.excerpt, 140)}” ${post}${card}`;
    });
    const more = g.items.length > 10 ? [`…and ${g.items.length - 10} more`] : [];
    blocks.push(section([`*${outsideLine(g.subject, 80)}* (${g.count})`, ...items, ...more].join('\n')));
  }
  return blocks;
}

export const suggestionDigestText = (report: Report): string =>
  `${plural(
    report.newSuggestions.reduce((n, g) => n + g.count, 0),
    'new suggestion',
  )} (${periodLabel(report)})`;
