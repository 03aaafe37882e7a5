import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRules } from '../../shared/cli/rules.ts';
import { configText, lineOf } from './support.ts';

const run = async (...args: string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runRules(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
};

let dir: string;
let broken: string;
let brokenText: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'beacon-rules-cli-'));
  broken = join(dir, 'routing.yaml');
  brokenText = configText(`  - name: hit
    when: { type: complant }
    then: { channel: complaint }
`).replace('question: 4h', 'question: 10s');
  writeFileSync(broken, brokenText);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('rules check', () => {
  it('exits 0 for the shipped file', async () => {
    const r = await run('check');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^config\/routing\.yaml: OK \(\d+ rules, 7 channels\)$/);
  });

  it('prints every error with its line and exits 1', async () => {
    const r = await run('check', broken);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${broken}:${lineOf(brokenText, 'question: 10s')}:13: windows.question:`);
    expect(r.err).toContain(`${broken}:${lineOf(brokenText, 'complant')}:19: rules[0].when.type:`);
    expect(r.err).toContain('(did you mean `complaint`?)');
  });

  it('names a missing file', async () => {
    const r = await run('check', join(dir, 'nope.yaml'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/nope\.yaml: file not found/);
  });
});

describe('rules test', () => {
  const at = '2026-03-02T20:00:00Z'; // Monday 21:00 in Berlin: after hours

  it('says when the detector’s doubt sends a post to the review channel instead of its route', async () => {
    const config = 'test/fixtures/routing/review.yaml';
    // Praise and complaint in three words: the detector cannot tell (35–45%, under the 50% here).
    const args = ['test', '--config', config, '--platform', 'generic', '--text', 'good? bad? acme'];
    const text = await run(...args);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(
      // Calibrated confidence: whatever its exact figure, it is under the threshold.
      /decision\s+dropped \(low-confidence\): \w+ at [0-4]?\d%, below the review threshold of 50%/,
    );
    expect(text.out).toContain('posted to #r-review for review');
    expect(text.out).not.toMatch(/^channel/m);
    const json = JSON.parse((await run(...args, '--json')).out);
    expect(json).toMatchObject({ drop: true, dropped: { reason: 'low-confidence' }, review: 'r-review' });

    const sure = JSON.parse(
      (
        await run(
          'test',
          '--config',
          config,
          '--platform',
          'generic',
          '--text',
          'My Acme order is two weeks late and nobody answers!',
          '--json',
        )
      ).out,
    );
    expect(sure).toMatchObject({ drop: false, dropped: null, review: null, channel: 'r-complaints' });
  });

  it('detects, routes and prints the decision as JSON', async () => {
    const r = await run(
      'test',
      '--platform',
      'x',
      '--text',
      '@acme I want a refund, you charged me twice',
      '--at',
      at,
      '--json',
    );
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual([
      'type',
      'confidence',
      'rule',
      'channel',
      'windowSeconds',
      'deadline',
      'mentions',
      'escalations',
      'digest',
      'advocateMoment',
      'drop',
      'paging',
      'dropped',
      'review',
    ]);
    expect(json).toMatchObject({
      type: 'complaint',
      rule: 'refunds-after-hours',
      channel: 'beacon-complaints',
      windowSeconds: 1800,
      deadline: '2026-03-02T20:30:00.000Z',
      digest: null,
      drop: false,
    });
    expect(json.escalations[0]).toMatchObject({ atFraction: 0.5, at: '2026-03-02T20:15:00.000Z' });
  });

  it('uses followers, author and time: a VIP journalist goes to escalations', async () => {
    const r = await run(
      'test',
      '--platform',
      'x',
      '--text',
      'Why is the acme app down?',
      '--author',
      '@TechDaily',
      '--at',
      at,
      '--json',
    );
    expect(JSON.parse(r.out)).toMatchObject({
      type: 'question',
      rule: 'press-and-key-accounts',
      channel: 'beacon-escalations',
      windowSeconds: 900,
    });
  });

  it('explains in words which rule matched, why, and why earlier ones did not', async () => {
    const r = await run(
      'test',
      '--platform',
      'x',
      '--text',
      'Terrible, my acme phone broke',
      '--followers',
      '120000',
      '--at',
      at,
    );
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^rule\s+influencer-complaints$/m);
    expect(r.out).toMatch(/^why\s+type is complaint; influencer \(120000 ≥ 50000 followers\)$/m);
    expect(r.out).toMatch(/^not matched\s+press-and-key-accounts: author is not on a VIP list$/m);
  });

  it('reads another config file', async () => {
    const file = join(dir, 'simple.yaml');
    writeFileSync(file, configText(''));
    const r = await run(
      'test',
      '--config',
      file,
      '--platform',
      'reddit',
      '--text',
      'acme broke my heart, worst ever',
      '--json',
    );
    expect(JSON.parse(r.out)).toMatchObject({ rule: 'default', windowSeconds: 3600 });
  });

  it.each([
    [['--text', 'hi'], /--platform is required/],
    [['--platform', 'x'], /--text is required/],
    [['--platform', 'twitter', '--text', 'hi'], /unknown platform twitter \(did you mean x\?\)/],
    [
      ['--platform', 'x', '--text', 'hi', '--folowers', '3'],
      /unknown option --folowers \(did you mean --followers\?\)/,
    ],
    [['--platform', 'x', '--text', 'hi', '--at', 'yesterday'], /--at needs an ISO time/],
  ])('rejects %j with a usage error (exit 2)', async (args, message) => {
    const r = await run('test', ...args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });
});

describe('rules explain', () => {
  it('prints rules in order with conditions and actions, then defaults and windows', async () => {
    const r = await run('explain');
    expect(r.code).toBe(0);
    const first = r.out.indexOf('press-and-key-accounts');
    const second = r.out.indexOf('influencer-complaints');
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    expect(r.out).toMatch(/1 +press-and-key-accounts +type complaint \| question +→ #beacon-escalations/);
    expect(r.out).toContain('Engagement windows');
    expect(r.out).toMatch(/complaint +1h +45m +30m/);
    expect(r.out).toContain('Business hours (Europe/Berlin');
  });
});

describe('npm run -s beacon -- rules', () => {
  const exec = promisify(execFile);
  it('exits 1 with the errors on stderr for an invalid file, 0 for a valid one', async () => {
    const bad = await exec('npx', ['tsx', 'shared/cli/main.ts', 'rules', 'check', broken]).catch((e) => e);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('rules[0].when.type');
    const good = await exec('npx', ['tsx', 'shared/cli/main.ts', 'rules', 'check']);
    expect(good.stdout).toContain('OK');
  });
});
