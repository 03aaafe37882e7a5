/**
 * `npm run bench [-- FILTER] [--json]`: runs every `bench/*.bench.ts` (or those whose file name
 * contains FILTER) and prints ops/s, µs per op and heap used. Exits 1 when a bench is over its budget.
 * A file either default-exports synchronous benches for the harness, or exports an async `run`
 * that measures an end-to-end path and prints its own figures.
 * With `--json` stdout carries only results, one JSON line each; commentary goes to stderr.
 */
import { readdirSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Bench, formatResult, measure } from './harness.ts';

const dir = fileURLToPath(new URL('.', import.meta.url));
const args = process.argv.slice(2);
const json = args.includes('--json');
const filter = args.find((a) => !a.startsWith('--'));
const say = (line: string) => (json ? process.stderr : process.stdout).write(`${line}\n`);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts') && (!filter || f.includes(filter)))
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
    /** An end-to-end bench that measures and prints its own figures. */
    run?: (options: { json: boolean }) => Promise<{ overBudget: number } | undefined>;
  };
  say(`\n${file}`);
  if (mod.run) over += (await mod.run({ json }))?.overBudget ?? 0;
  for (const bench of mod.default ?? []) {
    const r = measure(bench);
    if (json) console.log(JSON.stringify(r));
    else console.log(formatResult(r));
    if (r.budgetUs !== undefined && r.cpuUsPerOp > r.budgetUs) over++;
  }
}
if (files.length === 0) say('no bench files found');
process.exitCode = over > 0 ? 1 : 0;
