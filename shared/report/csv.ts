/**
 * The report as CSV for a spreadsheet: one figure per row, `section,key,metric,value`, so every
 * figure of the JSON report has exactly one row and a pivot table can take it as it is.
 *
 * Fields are quoted as RFC 4180 says. Text that came from outside (handles, subjects, excerpts,
 * links) and starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so a
 * spreadsheet shows it as text instead of running it as a formula.
 */
import type { AuthorFigure, OutcomeCounts, ReplyTimes, Report } from '../domain/report.ts';

export type CsvRow = [section: string, key: string, metric: string, value: string | number | null];

const COUNT_METRICS: Array<keyof OutcomeCounts> = [
  'alerts',
  'answeredInWindow',
  'late',
  'missed',
  'dismissed',
  'open',
];
const TIME_METRICS: Array<keyof ReplyTimes> = ['replies', 'medianSeconds', 'p90Seconds'];

/** Every figure of the report, in the order the JSON has them. */
export function reportRows(report: Report): CsvRow[] {
  const rows: CsvRow[] = [
    ['period', '', 'from', report.from],
    ['period', '', 'to', report.to],
    ['period', '', 'timeZone', report.timeZone],
    ['period', '', 'channel', report.channel],
  ];
  for (const m of COUNT_METRICS) rows.push(['totals', '', m, report.totals[m]]);
  for (const section of ['byType', 'byPlatform', 'byLanguage', 'byChannel'] as const)
    for (const g of report[section]) for (const m of COUNT_METRICS) rows.push([section, g.key, m, g[m]]);
  for (const m of TIME_METRICS)
    rows.push(['timeToFirstReply.overall', '', m, report.timeToFirstReply.overall[m]]);
  for (const section of ['byChannel', 'byClaimer'] as const)
    for (const r of report.timeToFirstReply[section])
      for (const m of TIME_METRICS) rows.push([`timeToFirstReply.${section}`, r.key, m, r[m]]);
  for (const d of report.perDay)
    for (const m of ['answeredInWindow', 'late', 'missed', ...TIME_METRICS] as const)
      rows.push(['perDay', d.day, m, d[m]]);
  for (const h of report.busiestHours) rows.push(['busiestHours', String(h.hour), 'alerts', h.alerts]);
  const authors = (section: string, list: AuthorFigure[]) => {
    for (const a of list) {
      const key = `${a.platform}#${a.authorId}`;
      rows.push([section, key, 'handle', a.handle], [section, key, 'count', a.count]);
    }
  };
  authors('topAdvocates', report.topAdvocates);
  authors('topRepeatComplainers', report.topRepeatComplainers);
  for (const s of report.topComplaintSubjects)
    rows.push(['topComplaintSubjects', s.subject, 'alerts', s.alerts]);
  for (const g of report.newSuggestions) {
    rows.push(['newSuggestions', g.subject, 'count', g.count]);
    for (const item of g.items) {
      const section = `newSuggestions.items`;
      rows.push(
        [section, item.alertId, 'subject', g.subject],
        [section, item.alertId, 'platform', item.platform],
        [section, item.alertId, 'handle', item.handle],
        [section, item.alertId, 'excerpt', item.excerpt],
        [section, item.alertId, 'openedAt', item.openedAt],
        [section, item.alertId, 'url', item.url ?? null],
        [section, item.alertId, 'cardUrl', item.cardUrl ?? null],
      );
    }
  }
  return rows;
}

/** A field as CSV: formula starters defused, quoted when it holds a comma, quote or line break. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function reportCsv(report: Report): string {
  const lines = [['section', 'key', 'metric', 'value'].join(',')];
  for (const row of reportRows(report)) lines.push(row.map(csvField).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
