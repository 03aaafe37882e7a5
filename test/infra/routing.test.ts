import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createBeaconApp } from '../../infra/lib/app.ts';
import { PROJECT_ROUTING_FILE } from '../../infra/lib/routing.ts';
import { ConfigError } from '../../shared/routing/index.ts';

const NO_BUNDLING = { 'aws:cdk:bundling-stacks': [] };

describe('routing config at synth', () => {
  const dir = mkdtempSync(join(tmpdir(), 'beacon-routing-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** The project's file with one line replaced, so the error has a known line. */
  const brokenCopy = (search: RegExp, replacement: string): { file: string; line: number } => {
    const lines = readFileSync(PROJECT_ROUTING_FILE, 'utf8').split('\n');
    const index = lines.findIndex((l) => search.test(l));
    expect(index).toBeGreaterThanOrEqual(0);
    lines[index] = lines[index]!.replace(search, replacement);
    const file = join(dir, `broken-${index}.yaml`);
    writeFileSync(file, lines.join('\n'));
    return { file, line: index + 1 };
  };

  it("accepts the project's routing file", () => {
    expect(() => createBeaconApp({ context: NO_BUNDLING })).not.toThrow();
  });

  it('fails synthesis on an invalid file, naming the file, line and field', () => {
    const { file, line } = brokenCopy(/^version: 1$/, 'version: 7');
    let error: unknown;
    try {
      createBeaconApp({ routingFile: file, context: NO_BUNDLING });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const report = (error as ConfigError).format();
    expect(report).toMatch(/^routing config is invalid/);
    expect(report).toContain(`${file}:${line}:`);
    expect(report).toContain('version');
  });

  it('makes the CDK app exit 1 printing only the line-numbered list', () => {
    const { file, line } = brokenCopy(/^version: 1$/, 'version: 7');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'infra/bin/app.ts'], {
      cwd: fileURLToPath(new URL('../../', import.meta.url)),
      env: { ...process.env, BEACON_ROUTING_FILE: file, CDK_OUTDIR: join(dir, 'out') },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^routing config is invalid \(\d+ errors?\):\n/);
    expect(run.stderr).toContain(`${file}:${line}:`);
    expect(run.stderr).not.toMatch(/\s+at .+:\d+:\d+\)?$/m);
  });

  it('fails synthesis on a missing file', () => {
    expect(() => createBeaconApp({ routingFile: join(dir, 'absent.yaml'), context: NO_BUNDLING })).toThrow(
      /file not found/,
    );
  });
});
