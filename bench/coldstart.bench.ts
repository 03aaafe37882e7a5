/**
 * Cold start: bundles every function exactly as the stack does (`esbuildOptions(functionBundling(…))`,
 * which the construct runs at synth: code splitting, baked routing config), then times
 * `await import('index.mjs')` in fresh Node processes, the part of a Lambda's init that Beacon's
 * code controls; chunks are read later, by the invocations that need them. Prints per function the
 * size of index.mjs, of all its chunks, and the median init time; with `--json` the runner prints
 * the returned figures as one JSON line.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import {
  esbuildOptions,
  FUNCTION_NODE_OPTIONS,
  functionBundling,
} from '../infra/lib/constructs/beacon-function.ts';
import { loadRoutingForSynth } from '../infra/lib/routing.ts';
import type { BenchArgs } from './args.ts';

const run$ = promisify(execFile);
const FUNCTIONS_DIR = fileURLToPath(new URL('../functions/', import.meta.url));
const RUNS = 9;
/** Init budgets in ms: the detector carries its model data, every other function much less. */
const BUDGET_MS: Readonly<Record<string, number>> = { detect: 250 };
const DEFAULT_BUDGET_MS = 150;

/** ms to import `bundle` in a new Node process started as the Lambda runtime starts it. */
async function importMs(bundle: string): Promise<number> {
  const script = `const t = performance.now(); await import(${JSON.stringify(pathToFileURL(bundle).href)}); process.stdout.write(String(performance.now() - t));`;
  const { stdout } = await run$(
    process.execPath,
    [...FUNCTION_NODE_OPTIONS.split(' '), '--input-type=module', '-e', script],
    {
      env: {
        PATH: process.env.PATH ?? '',
        AWS_REGION: 'eu-west-1',
        BEACON_STAGE: 'bench',
        POWERTOOLS_SERVICE_NAME: 'beacon',
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      },
    },
  );
  return Number(stdout);
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};

export interface ColdStartFigure {
  name: string;
  /** index.mjs, what an init reads and parses. */
  bundleBytes: number;
  /** index.mjs and its chunks (read when first imported). */
  totalBytes: number;
  initMsMedian: number;
  initMsMin: number;
  budgetMs: number;
}

export async function run(args?: BenchArgs): Promise<{
  node: string;
  runs: number;
  functions: ColdStartFigure[];
  overBudget: number;
}> {
  const names = readdirSync(FUNCTIONS_DIR)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.slice(0, -3))
    .sort();
  const out = mkdtempSync(join(tmpdir(), 'beacon-coldstart-'));
  try {
    const bundles = new Map<string, string>();
    const bundling = functionBundling(loadRoutingForSynth());
    for (const name of names) {
      const outfile = join(out, name, 'index.mjs');
      await build(esbuildOptions(bundling, join(FUNCTIONS_DIR, `${name}.ts`), join(out, name)));
      bundles.set(name, outfile);
    }
    const times = new Map<string, number[]>(names.map((n) => [n, []]));
    // Round-robin, one process at a time: a burst of load on the machine hits every function alike.
    for (let i = 0; i < RUNS; i++) {
      for (const name of names) times.get(name)?.push(await importMs(bundles.get(name) ?? ''));
    }
    const figures: ColdStartFigure[] = names.map((name) => {
      const ms = times.get(name) ?? [];
      return {
        name,
        bundleBytes: statSync(bundles.get(name) ?? '').size,
        totalBytes: readdirSync(join(out, name))
          .filter((f) => f.endsWith('.mjs'))
          .reduce((sum, f) => sum + statSync(join(out, name, f)).size, 0),
        initMsMedian: Math.round(median(ms)),
        initMsMin: Math.round(Math.min(...ms)),
        budgetMs: BUDGET_MS[name] ?? DEFAULT_BUDGET_MS,
      };
    });
    const overBudget = figures.filter((f) => f.initMsMedian > f.budgetMs).length;
    if (!args?.json) {
      console.log(`  import of each bundle in a fresh node process, median of ${RUNS}`);
      for (const f of figures) {
        console.log(
          `  ${f.name.padEnd(20)} ${(f.bundleBytes / 1024).toFixed(0).padStart(6)} KiB (${(f.totalBytes / 1024).toFixed(0).padStart(5)} with chunks)  init ${String(f.initMsMedian).padStart(4)} ms (min ${f.initMsMin}, budget ${f.budgetMs})${f.initMsMedian > f.budgetMs ? '  OVER BUDGET' : ''}`,
        );
      }
    }
    return { node: process.version, runs: RUNS, functions: figures, overBudget };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
