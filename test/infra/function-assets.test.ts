/**
 * The stack synthesized with its real bundling (esbuild in the synth process): each function gets
 * its own asset, holding its `index.mjs` (handler `index.handler`) with the chunks it loads later,
 * and the report function the files its chart renderer reads beside it.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBeaconApp } from '../../infra/lib/app.ts';

type Fn = { Type: string; Properties: { FunctionName: string; Handler: string; Code: { S3Key: string } } };

let outdir: string;
let functions: Fn[];

beforeAll(() => {
  outdir = mkdtempSync(join(tmpdir(), 'beacon-synth-'));
  const { app, stateless } = createBeaconApp({ outdir, context: { stage: 'dev' } });
  const assembly = app.synth();
  const template = assembly.getStackArtifact(stateless.artifactId).template as {
    Resources: Record<string, Fn>;
  };
  functions = Object.values(template.Resources).filter((r) => r.Type === 'AWS::Lambda::Function');
}, 180_000);

afterAll(() => {
  if (outdir) rmSync(outdir, { recursive: true, force: true });
});

const assetDir = (fn: Fn): string => join(outdir, `asset.${fn.Properties.Code.S3Key.replace(/\.zip$/, '')}`);

describe('function assets', () => {
  it('every function has its own bundle, its handler exported by index.mjs', () => {
    expect(functions.length).toBeGreaterThan(5);
    const keys = functions.map((f) => f.Properties.Code.S3Key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const fn of functions) {
      expect(fn.Properties.Handler, fn.Properties.FunctionName).toBe('index.handler');
      const index = readFileSync(join(assetDir(fn), 'index.mjs'), 'utf8');
      expect(index, fn.Properties.FunctionName).toMatch(/export\s*\{[^}]*\bas handler\b/);
      expect(existsSync(join(assetDir(fn), 'index.mjs.map')), fn.Properties.FunctionName).toBe(true);
    }
  });

  it('the report function carries the chart renderer files and its chart libraries in chunks', () => {
    const report = functions.find((f) => f.Properties.FunctionName.endsWith('-beacon-report'));
    expect(report).toBeDefined();
    const files = readdirSync(assetDir(report as Fn));
    expect(files).toEqual(expect.arrayContaining(['index_bg.wasm', 'Inter_400Regular.ttf', 'LICENSE_FONT']));
    expect(files.some((f) => /^chunk-.*\.mjs$/.test(f))).toBe(true);
  });
});
