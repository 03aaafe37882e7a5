/**
 * The weekly report through the local stack: figures read from the table, the chart shared through
 * Slack's files API (getUploadURLExternal, the bytes to the upload URL, completeUploadExternal) by
 * the real @slack/web-api client, the local Slack page serving the image, the suggestions digest,
 * and `/beacon report` answering with the same figures.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Alert } from '../../shared/domain/alert.ts';
import { slackState } from '../../shared/local/slack-page.ts';
import type { LocalStack } from '../../shared/local/stack.ts';
import { renderChartPng } from '../../shared/report/chart.ts';
import { buildResponseReport } from '../../shared/usecases/build-report.ts';
import { TestClock } from '../helpers/local-stack.ts';
import { seededAlerts, WEEK } from '../helpers/report-seed.ts';
import { channel, postSlack, startSlackStack } from './support.ts';

const CHANNELS: Record<string, string> = {
  complaints: 's-complaints',
  praise: 's-praise',
  questions: 's-questions',
  product: 's-suggestions',
};
const NOW = new Date('2026-03-08T20:00:00.000Z');

let clock: TestClock;
let stack: LocalStack;

beforeAll(async () => {
  clock = new TestClock(NOW);
  stack = await startSlackStack(clock);
  stack.setConfig({ ...stack.config(), reports: { weekly: true, suggestionsChannel: 's-suggestions' } });
  for (const alert of seededAlerts())
    await stack.runtime.pipeline.alerts.create({
      ...alert,
      channel: CHANNELS[alert.channel] ?? alert.channel,
    } as Alert);
}, 60_000);
afterAll(() => stack?.stop());

const calls = (method: string) => stack.slack?.calls.filter((c) => c.method === method) ?? [];

describe('the weekly report', () => {
  let result: Awaited<ReturnType<LocalStack['report']>>;
  beforeAll(async () => {
    result = await stack.report(NOW);
  }, 60_000);

  it('goes to every channel that had alerts in the week', () => {
    expect([...result.posted].sort()).toEqual(['s-complaints', 's-praise', 's-questions', 's-suggestions']);
  });

  it('shares the chart through files.getUploadURLExternal and files.completeUploadExternal', async () => {
    const complaints = stack.slack?.channels().find((c) => c.name === 's-complaints');
    const asked = calls('files.getUploadURLExternal');
    expect(asked.length).toBe(4);
    expect(asked[0]?.params).toMatchObject({ filename: 'beacon-report-2026-03-02.png' });
    const completed = calls('files.completeUploadExternal').find(
      (c) => c.params.channel_id === complaints?.id,
    );
    expect(String(completed?.params.initial_comment)).toContain(
      '4 alerts, 1 answered in window, 1 late, 2 missed',
    );
    const shared = channel(stack, 's-complaints').find((m) => m.files?.length);
    const file = shared?.files?.[0];
    expect(file).toMatchObject({ mimetype: 'image/png' });
    // The page serves the very bytes rendered from the channel's figures.
    const res = await fetch(`${stack.url}/slack/files/${file?.id}`);
    expect(res.headers.get('content-type')).toBe('image/png');
    const served = Buffer.from(await res.arrayBuffer());
    const expected = await renderChartPng(
      await buildResponseReport(stack.runtime.reports, { ...WEEK, to: NOW, channel: 's-complaints' }),
    );
    expect(createHash('sha256').update(served).digest('hex')).toBe(
      createHash('sha256').update(expected).digest('hex'),
    );
  });

  it('posts the figures beside the chart, and the page state carries both', () => {
    const messages = channel(stack, 's-complaints');
    const figures = messages.find((m) => JSON.stringify(m.blocks ?? []).includes('Time to first reply'));
    expect(JSON.stringify(figures?.blocks)).toContain('median 20 min');
    const state = slackState(stack.slack!);
    const page = state.channels.find((c) => c.name === 's-complaints');
    expect(page?.messages.some((m) => m.files?.[0]?.mimetype === 'image/png')).toBe(true);
  });

  it('sends the suggestions, grouped by subject with links, to the configured channel', () => {
    const digest = channel(stack, 's-suggestions').find((m) => m.text.includes('new suggestion'));
    const text = JSON.stringify(digest?.blocks);
    expect(digest?.text).toMatch(/^2 new suggestions/);
    expect(text).toContain('dark mode');
    expect(text).toContain('<https://example.com/a6|post>');
    expect(text).toContain('<https://example.com/a7|post>');
  });

  it('posts nothing twice when it runs again in the same week', async () => {
    const before = calls('chat.postMessage').length + calls('files.completeUploadExternal').length;
    expect(await stack.report(new Date(NOW.getTime() + 3600_000))).toEqual({ posted: [] });
    expect(calls('chat.postMessage').length + calls('files.completeUploadExternal').length).toBe(before);
  });

  it('posts nothing when the config turns weekly reports off and names no suggestions channel', async () => {
    const config = stack.config();
    stack.setConfig({ ...config, reports: { weekly: false } });
    try {
      // A day later the period (and so its ledger keys) is new and still holds alerts: only the config stops it.
      expect(await stack.report(new Date(NOW.getTime() + 86_400_000))).toEqual({ posted: [] });
    } finally {
      stack.setConfig(config);
    }
  });

  it('refuses bytes for a file nobody announced, or of another length', async () => {
    const unknown = await fetch(`${stack.url}/slack/files/upload/F0000000000`, { method: 'POST', body: 'x' });
    expect(unknown.status).toBe(404);
    const announced = stack.slack!.call(
      'files.getUploadURLExternal',
      { filename: 'a.png', length: 10 },
      'xoxb-t',
    );
    const wrong = await fetch(String(announced.body.upload_url), { method: 'POST', body: 'short' });
    expect(wrong.status).toBe(400);
    const completed = stack.slack!.call(
      'files.completeUploadExternal',
      { files: JSON.stringify([{ id: announced.body.file_id }]), channel_id: 's-complaints' },
      'xoxb-t',
    );
    expect(completed.body).toEqual({ ok: false, error: 'file_not_found' });
  });
});

describe('/beacon report', () => {
  const command = async (text: string) =>
    postSlack(
      stack,
      '/slack/commands',
      { command: '/beacon', text, user_id: 'U0ALICE', channel_id: 'C1', channel_name: 's-complaints' },
      clock,
    );

  it('answers the week’s figures of every channel, only to the person who asked', async () => {
    const res = await command('report week');
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ response_type: 'ephemeral' });
    expect(res.json?.text).toBe(
      'Response report: last 7 days (2026-03-02 → 2026-03-08, UTC): 10 alerts, 4 answered in window, 1 late, 2 missed',
    );
    expect(res.text).toContain('<@U0DANA>: median 20 min · p90 50 min (3 replies)');
    expect(res.text).toContain('@fan\u02CDone on x (2 praises)');
  });

  it('answers today’s figures for `report day` and the help for an unknown period', async () => {
    const day = await command('report day');
    expect(day.json?.text).toMatch(/^Response report: today \(2026-03-08, UTC\): 0 alerts/);
    const help = await command('report year');
    expect(help.text).toContain('/beacon report');
  });
});
