/**
 * What the Lambda bundles carry, read from esbuild's metafile: code a function loads only costs
 * cold start. The routing file is validated at synth and baked in, so its zod schema stays out of
 * every function; queue messages, webhook bodies and Slack payloads are validated with `zod/mini`,
 * not the full zod with its locales. The detector's lexicons are compiled at build time
 * (compiled.json), so their sources and the compiler stay out of the detect bundle.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The project-relative input files whose code ends up in the bundle of `entry` (tree-shaken ones left out). */
async function bundleInputs(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [`${ROOT}${entry}`],
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs)[0];
  return Object.entries(output?.inputs ?? {})
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path]) => path);
}

const fullZod = (inputs: string[]): string[] =>
  inputs.filter((p) => /node_modules\/zod\/v4\/(classic|locales)\//.test(p) && !p.endsWith('/en.js'));

describe('Lambda bundle contents', () => {
  it('no function bundle carries the routing file schema or the full zod', async () => {
    const functions = readdirSync(`${ROOT}functions`).filter((f) => f.endsWith('.ts'));
    expect(functions.length).toBeGreaterThan(0);
    for (const f of functions) {
      const inputs = await bundleInputs(`functions/${f}`);
      expect(inputs, f).toContain('shared/routing/decide.ts');
      expect(inputs, f).not.toContain('shared/routing/schema.ts');
      expect(fullZod(inputs), f).toEqual([]);
    }
  }, 60_000);

  it('only the report function carries the chart libraries (Vega, Vega-Lite, resvg)', async () => {
    const chartLibrary = (p: string) => /node_modules\/(vega[^/]*|@resvg\/resvg-wasm)\//.test(p);
    for (const f of readdirSync(`${ROOT}functions`).filter((name) => name.endsWith('.ts'))) {
      const inputs = await bundleInputs(`functions/${f}`);
      if (f === 'report.ts') {
        expect(
          inputs.some((p) => p.includes('node_modules/vega-lite/')),
          f,
        ).toBe(true);
        expect(
          inputs.some((p) => p.includes('node_modules/@resvg/resvg-wasm/')),
          f,
        ).toBe(true);
      } else expect(inputs.filter(chartLibrary), f).toEqual([]);
    }
  }, 120_000);

  it('the detect bundle carries the compiled lexicons, not their sources', async () => {
    const inputs = await bundleInputs('functions/detect.ts');
    expect(inputs).toContain('shared/detect/lexicon/compiled.json');
    expect(inputs.filter((p) => /^shared\/detect\/lexicon\/[a-z]{2}\.ts$/.test(p))).toEqual([]);
  }, 60_000);

  it('queue message validation carries zod/mini only', async () => {
    const inputs = await bundleInputs('shared/queue/messages.ts');
    expect(inputs.some((p) => p.includes('node_modules/zod/'))).toBe(true);
    expect(fullZod(inputs)).toEqual([]);
  });
});
