/**
 * `npm run bench [-- FILTER…] [--json] [--name value…]`: runs every `bench/*.bench.ts` (or those
 * whose file name contains a FILTER) and prints ops/s, µs per op and heap used. Exits 1 when a
 * bench is over its budget. A file either default-exports synchronous benches for the harness, or
 * exports an async `run` that measures an end-to-end path, prints its own figures and may return
 * them. `--json` prints one JSON document on stdout instead (the benches' own lines go to stderr);
 * other `--name value` options are handed to the benches, never read as filters.
 */
import { readdirSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type BenchArgs, parseBenchArgs } from './args.ts';
import { type Bench, type BenchResult, formatResult, measure } from './harness.ts';

const dir = fileURLToPath(new URL('.', import.meta.url));
const args: BenchArgs = parseBenchArgs(process.argv.slice(2));
const files = readdirSync(dir)
  .filter(
    (f) => f.endsWith('.bench.ts') && (args.filters.length === 0 || args.filters.some((x) => f.includes(x))),
  )
  .sort();

/** With --json, stdout carries the JSON document alone. */
const out = console.log;
if (args.json) console.log = (...parts: unknown[]) => console.error(...parts);

const machine = {
  node: process.version,
  cores: availableParallelism(),
  loadAverage: loadavg().map((n) => Number(n.toFixed(2))),
};
console.log(
  `node ${machine.node}, ${machine.cores} cores, load average ${machine.loadAverage.map((n) => n.toFixed(2)).join(' ')}; budgets apply to CPU time per op in the best of 7 rounds`,
);
let over = 0;
const report: Record<string, { results: BenchResult[]; figures?: Record<string, unknown> }> = {};
for (const file of files) {
  const mod = (await import(pathToFileURL(`${dir}${file}`).href)) as {
    default?: Bench[];
    /** An end-to-end bench that measures and prints its own figures, and may return them. */
    run?: (args: BenchArgs) => Promise<unknown>;
  };
  console.log(`\n${file}`);
  const entry: (typeof report)[string] = { results: [] };
  if (mod.run) {
    const figures = await mod.run(args);
    if (figures && typeof figures === 'object') entry.figures = figures as Record<string, unknown>;
  }
  for (const bench of mod.default ?? []) {
    const r = measure(bench);
    console.log(formatResult(r));
    entry.results.push(r);
    if (r.budgetUs !== undefined && r.cpuUsPerOp > r.budgetUs) over++;
  }
  report[file.replace(/\.bench\.ts$/, '')] = entry;
}
if (files.length === 0) console.log('no bench files found');
if (args.json) out(JSON.stringify({ ...machine, overBudget: over, benches: report }, null, 2));
process.exitCode = over > 0 ? 1 : 0;
