/**
 * A newcomer's first minute: the local stack as `npm start` runs it (the project's routing config,
 * demo history, report timer) shows a report with its chart in the local Slack, and a restart adds
 * no second week of history.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LocalMessage } from '../../shared/local/local-slack.ts';
import { type LocalStack, startLocalStack } from '../../shared/local/stack.ts';
import { silentLogger } from '../helpers/local-stack.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'beacon-demo-report-'));
const start = () =>
  startLocalStack({
    port: 0,
    dataDir,
    configPath: resolve('config/routing.yaml'),
    logger: silentLogger,
    slackLimits: false,
    demoHistory: true,
    reportTimer: true,
  });

let stack: LocalStack | undefined;
afterAll(async () => {
  await stack?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const inChannel = (s: LocalStack, name: string): LocalMessage[] => s.slack?.messages(name) ?? [];

describe('npm start with the demo', () => {
  it('shows each channel its weekly report with the chart, and the suggestions digest', async () => {
    stack = await start();
    const slack = stack.slack;
    if (!slack) throw new Error('no local Slack');
    const chart = await slack.waitFor(
      () => inChannel(stack as LocalStack, 'beacon-complaints').find((m) => m.files?.length),
      50_000,
    );
    expect(chart.files?.[0]?.mimetype).toBe('image/png');
    expect(chart.text).toMatch(
      /Weekly response report .*: \d+ alerts, \d+ answered in window, \d+ late, \d+ missed/,
    );
    const image = await fetch(`${stack.url}/slack/files/${chart.files?.[0]?.id}`);
    expect(
      Buffer.from(await image.arrayBuffer())
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
    await slack.waitFor(() =>
      inChannel(stack as LocalStack, 'beacon-complaints').find((m) =>
        JSON.stringify(m.blocks ?? []).includes('Time to first reply'),
      ),
    );
    const digest = await slack.waitFor(() =>
      inChannel(stack as LocalStack, 'beacon-suggestions').find((m) => /new suggestions/.test(m.text)),
    );
    expect(JSON.stringify(digest.blocks)).toContain('demo.invalid');
  }, 60_000);

  it('writes the demo history once: a restart the same day adds no alerts and posts no report twice', async () => {
    const before = await stack?.runtime.reports.alerts.openedBetween(
      new Date(Date.now() - 8 * 86_400_000),
      new Date(),
    );
    const charts = inChannel(stack as LocalStack, 'beacon-complaints').filter((m) => m.files?.length).length;
    await stack?.stop();
    stack = await start();
    const after = await stack.runtime.reports.alerts.openedBetween(
      new Date(Date.now() - 8 * 86_400_000),
      new Date(),
    );
    expect(after.length).toBe(before?.length);
    expect(after.length).toBeGreaterThan(15);
    // The start's report run has had its chance: its ledger keys say this week is done.
    expect(await stack.report()).toEqual({ posted: [] });
    expect(inChannel(stack, 'beacon-complaints').filter((m) => m.files?.length).length).toBe(charts);
  }, 60_000);
});
