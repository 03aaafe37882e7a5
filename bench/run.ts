/**
 * `npm run bench [-- FILTER]`: runs every `bench/*.bench.ts` (or those whose file name contains
 * FILTER) and prints ops/s, µs per op and heap used. Exits 1 when a bench is over its budget.
 * A file either default-exports synchronous benches for the harness, or exports an async `run`
 * that measures an end-to-end path and prints its own figures.
 */
import { readdirSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Bench, formatResult, measure } from './harness.ts';

const dir = fileURLToPath(new URL('.', import.meta.url));
const filter = process.argv[2];
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts') && (!filter || f.includes(filter)))
  .sort();

console.log(
  `node ${process.version}, ${availableParallelism()} cores, load average ${loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')}; budgets apply to CPU time per op in the best of 7 rounds`,
);
let over = 0;
for (const file of files) {
  const mod = (await import(pathToFileURL(`${dir}${file}`).href)) as {
    default?: Bench[];
    /** An end-to-end bench that measures and prints its own figures. */
    run?: () => Promise<{ overBudget: number } | undefined>;
  };
  console.log(`\n${file}`);
  if (mod.run) over += (await mod.run())?.overBudget ?? 0;
  for (const bench of mod.default ?? []) {
    const r = measure(bench);
    console.log(formatResult(r));
    if (r.budgetUs !== undefined && r.cpuUsPerOp > r.budgetUs) over++;
  }
}
if (files.length === 0) console.log('no bench files found');
process.exitCode = over > 0 ? 1 : 0;
