/**
 * The response report from a seeded table (real dynalite, the project's table definition): figures
 * with known answers, and the CLI's JSON and CSV agreeing figure for figure.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runReport } from '../../shared/cli/report.ts';
import type { Report } from '../../shared/domain/report.ts';
import { csvField } from '../../shared/report/csv.ts';
import { DynamoReportStore } from '../../shared/store/report-store.ts';
import { buildResponseReport } from '../../shared/usecases/build-report.ts';
import { startSeededTable, WEEK } from '../helpers/report-seed.ts';

let table: Awaited<ReturnType<typeof startSeededTable>>;
let report: Report;

const cli = async (...args: string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runReport(
    [...args, '--table', table.tableName, '--endpoint', table.server.endpoint, '--time-zone', 'UTC'],
    { out: (t) => out.push(t), err: (t) => err.push(t), env: { AWS_REGION: 'us-east-1' } },
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
};

beforeAll(async () => {
  table = await startSeededTable();
  report = await buildResponseReport(
    { alerts: new DynamoReportStore(table.db, table.tableName), timeZone: () => 'UTC' },
    WEEK,
  );
}, 60_000);
afterAll(async () => table?.stop());

describe('the response report of a seeded week', () => {
  it('counts alerts answered in window, late and missed, leaving out the alert opened before the week', () => {
    expect(report.totals).toEqual({
      alerts: 10,
      answeredInWindow: 4,
      late: 1,
      missed: 2,
      dismissed: 1,
      open: 2,
    });
  });

  it('splits the outcomes by type, platform, language and channel', () => {
    expect(report.byType.find((g) => g.key === 'complaint')).toEqual({
      key: 'complaint',
      alerts: 4,
      answeredInWindow: 1,
      late: 1,
      missed: 2,
      dismissed: 0,
      open: 0,
    });
    expect(report.byPlatform.map((g) => [g.key, g.alerts])).toEqual([
      ['x', 6],
      ['facebook', 1],
      ['instagram', 1],
      ['mastodon', 1],
      ['reddit', 1],
    ]);
    expect(report.byLanguage.map((g) => [g.key, g.alerts])).toEqual([
      ['en', 8],
      ['de', 1],
      ['es', 1],
    ]);
    expect(report.byChannel.find((g) => g.key === 'praise')).toMatchObject({
      alerts: 3,
      answeredInWindow: 2,
      open: 1,
    });
  });

  it('gives median and p90 time to first reply overall, by channel and by the person who claimed', () => {
    // Replies after 300, 600, 1200, 3000, 5400 s: nearest rank p50 = 3rd, p90 = 5th.
    expect(report.timeToFirstReply.overall).toEqual({ replies: 5, medianSeconds: 1200, p90Seconds: 5400 });
    expect(report.timeToFirstReply.byClaimer).toEqual([
      { key: 'U0DANA', replies: 3, medianSeconds: 1200, p90Seconds: 3000 },
      { key: 'U0LEE', replies: 2, medianSeconds: 300, p90Seconds: 5400 },
    ]);
    expect(report.timeToFirstReply.byChannel).toContainEqual({
      key: 'complaints',
      replies: 2,
      medianSeconds: 1200,
      p90Seconds: 5400,
    });
  });

  it('has one row per day of the week with its outcomes', () => {
    expect(report.perDay.map((d) => d.day)).toEqual([
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
      '2026-03-06',
      '2026-03-07',
      '2026-03-08',
    ]);
    expect(report.perDay[0]).toEqual({
      day: '2026-03-02',
      answeredInWindow: 1,
      late: 1,
      missed: 0,
      replies: 2,
      medianSeconds: 1200,
      p90Seconds: 5400,
    });
    expect(report.perDay[3]).toMatchObject({ day: '2026-03-05', answeredInWindow: 1, late: 0, missed: 1 });
    expect(report.perDay[6]).toMatchObject({ replies: 0, medianSeconds: null, p90Seconds: null });
  });

  it('names the busiest hours, advocates, repeat complainers, complaint subjects and suggestions', () => {
    expect(report.busiestHours[0]).toEqual({ hour: 14, alerts: 4 });
    expect(report.topAdvocates).toEqual([
      { platform: 'x', authorId: 'u-fan', handle: 'fan_one', count: 2 },
      { platform: 'instagram', authorId: 'u-jonas', handle: 'jonas', count: 1 },
    ]);
    expect(report.topRepeatComplainers).toEqual([
      { platform: 'x', authorId: 'u-maria', handle: 'maria_k', count: 2 },
    ]);
    expect(report.topComplaintSubjects).toEqual([{ subject: 'delivery', alerts: 2 }]);
    expect(report.newSuggestions).toHaveLength(1);
    expect(report.newSuggestions[0]).toMatchObject({ subject: 'dark mode', count: 2 });
    expect(report.newSuggestions[0]?.items.map((i) => i.url)).toEqual([
      'https://example.com/a6',
      'https://example.com/a7',
    ]);
  });

  it('reports one channel alone when asked', async () => {
    const complaints = await buildResponseReport(
      { alerts: new DynamoReportStore(table.db, table.tableName), timeZone: () => 'UTC' },
      { ...WEEK, channel: 'complaints' },
    );
    expect(complaints.totals).toMatchObject({ alerts: 4, answeredInWindow: 1, late: 1, missed: 2 });
  });

  it('counts days in the business time zone', async () => {
    const tokyo = await buildResponseReport(
      { alerts: new DynamoReportStore(table.db, table.tableName), timeZone: () => 'Asia/Tokyo' },
      WEEK,
    );
    // 2026-03-05T15:00Z is already the 6th in Tokyo.
    expect(tokyo.perDay.find((d) => d.day === '2026-03-06')).toMatchObject({ answeredInWindow: 1 });
  });
});

describe('beacon report', () => {
  it('prints the same report as JSON', async () => {
    const r = await cli('--json', '--from', '2026-03-02', '--to', '2026-03-08');
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out)).toEqual(report);
  });

  it('prints as CSV exactly the figures of the JSON, one per row', async () => {
    const json = JSON.parse(
      (await cli('--json', '--from', '2026-03-02', '--to', '2026-03-08')).out,
    ) as Report;
    const csv = await cli('--csv', '--from', '2026-03-02', '--to', '2026-03-08');
    expect(csv.code, csv.err).toBe(0);
    const rows = parseCsv(csv.out);
    expect(rows[0]).toEqual(['section', 'key', 'metric', 'value']);
    const fromCsv = new Map(rows.slice(1).map(([s, k, m, v]) => [`${s}|${k}|${m}`, v]));
    const fromJson = leaves(json);
    expect(fromCsv.size).toBe(rows.length - 1);
    expect([...fromCsv.keys()].sort()).toEqual([...fromJson.keys()].sort());
    for (const [path, value] of fromJson) expect(fromCsv.get(path), path).toBe(value);
  });

  it('refuses a period that ends before it starts, and an unknown option', async () => {
    expect((await cli('--json', '--from', '2026-03-05', '--to', '2026-03-01')).code).toBe(2);
    expect((await cli('--xml')).code).toBe(2);
  });
});

describe('CSV fields', () => {
  it('quotes commas, quotes and line breaks, and defuses what a spreadsheet would run as a formula', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"\nnow')).toBe('"say ""hi""\nnow"');
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('@handle')).toBe("'@handle");
    expect(csvField(-3)).toBe('-3');
    expect(csvField(null)).toBe('');
  });
});

/** RFC 4180 fields, with quotes and line breaks inside quoted fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  row.push(field);
  rows.push(row);
  return rows;
}

/**
 * Every figure of the JSON report as `section|key|metric` → text, walked without the exporter's
 * code: plain objects are sections, arrays hold keyed entries (their `key`, `subject`, `day`,
 * `hour`, `alertId` or `platform#authorId`), suggestion items sit under their group.
 */
function leaves(report: Report): Map<string, string> {
  const out = new Map<string, string>();
  const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
  const put = (section: string, key: string, metric: string, v: unknown) =>
    out.set(`${section}|${key}|${metric}`, text(v));
  const keyOf = (e: Record<string, unknown>): [string, string[]] => {
    if ('authorId' in e) return [`${e.platform}#${e.authorId}`, ['platform', 'authorId']];
    for (const k of ['key', 'day', 'hour', 'subject', 'alertId']) if (k in e) return [text(e[k]), [k]];
    throw new Error(`no key in ${JSON.stringify(e)}`);
  };
  const walk = (section: string, value: unknown) => {
    if (Array.isArray(value)) {
      for (const entry of value as Array<Record<string, unknown>>) {
        const [key, used] = keyOf(entry);
        for (const [metric, v] of Object.entries(entry)) {
          if (used.includes(metric)) continue;
          if (metric === 'items') {
            for (const item of v as Array<Record<string, unknown>>) {
              put(`${section}.items`, text(item.alertId), 'subject', key);
              for (const m of ['platform', 'handle', 'excerpt', 'openedAt', 'url', 'cardUrl'])
                put(`${section}.items`, text(item.alertId), m, item[m]);
            }
          } else put(section, key, metric, v);
        }
      }
    } else if (value && typeof value === 'object' && section !== '') {
      for (const [k, v] of Object.entries(value)) {
        if (v !== null && typeof v === 'object') walk(`${section}.${k}`, v);
        else put(section, '', k, v);
      }
    }
  };
  for (const [k, v] of Object.entries(report)) {
    if (['from', 'to', 'timeZone', 'channel'].includes(k)) put('period', '', k, v);
    else walk(k, v);
  }
  return out;
}
