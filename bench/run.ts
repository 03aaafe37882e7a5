/**
 * `npm run bench [-- FILTER…] [--json] [--name value…]`: runs every `bench/*.bench.ts` (or those
 * whose file name contains a FILTER) and prints ops/s, µs per op and heap used. Exits 1 when a
 * bench is over its budget. A file either default-exports synchronous benches for the harness, or
 * exports an async `run` that measures an end-to-end path and prints its own figures (it gets the
 * parsed arguments, `json` among them, and may return its figures).
 * With `--json` stdout carries only results, one JSON line each; commentary goes to stderr. Other
 * `--name value` options are for the benches (`bench/args.ts`), never read as filters.
 */
import { readdirSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type BenchArgs, parseBenchArgs } from './args.ts';
import { type Bench, formatResult, measure } from './harness.ts';

const dir = fileURLToPath(new URL('.', import.meta.url));
const args: BenchArgs = parseBenchArgs(process.argv.slice(2));
const { json } = args;
const say = (line: string) => (json ? process.stderr : process.stdout).write(`${line}\n`);
const files = readdirSync(dir)
  .filter(
    (f) => f.endsWith('.bench.ts') && (args.filters.length === 0 || args.filters.some((x) => f.includes(x))),
  )
  .sort();

say(
  `node ${process.version}, ${availableParallelism()} cores, load average ${loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')}; budgets apply to CPU time per op in the best of 7 rounds`,
);
let over = 0;
for (const file of files) {
  const mod = (await import(pathToFileURL(`${dir}${file}`).href)) as {
    default?: Bench[];
    /** An end-to-end bench that measures and prints its own figures, and may return them. */
    run?: (args: BenchArgs) => Promise<unknown>;
  };
  say(`\n${file}`);
  if (mod.run) {
    const figures = await mod.run(args);
    if (json && figures && typeof figures === 'object')
      console.log(JSON.stringify({ bench: file.replace(/\.bench\.ts$/, ''), ...figures }));
    // A bench with budgets of its own returns how many figures are over them.
    if (figures && typeof figures === 'object' && 'overBudget' in figures) over += Number(figures.overBudget);
  }
  for (const bench of mod.default ?? []) {
    const r = measure(bench);
    if (json) console.log(JSON.stringify(r));
    else console.log(formatResult(r));
    if (r.budgetUs !== undefined && r.cpuUsPerOp > r.budgetUs) over++;
  }
}
if (files.length === 0) say('no bench files found');
process.exitCode = over > 0 ? 1 : 0;
