/**
 * A tiny benchmark harness: a `*.bench.ts` file default-exports a list of benches, and
 * `npm run bench` runs every one of them and prints ops/s, µs per op and heap used.
 */
export interface Bench {
  name: string;
  /** One operation. Called many times; `i` counts calls so a bench can cycle through inputs. */
  fn: (i: number) => unknown;
  /** Upper bound on CPU µs per op; the run fails when a bench is slower. */
  budgetUs?: number;
  /** How long to measure, in milliseconds (default 1000). */
  durationMs?: number;
}

export interface BenchResult {
  name: string;
  ops: number;
  opsPerSec: number;
  usPerOp: number;
  /** CPU time of this process per op: what the op costs on one core, even on a busy machine. */
  cpuUsPerOp: number;
  heapUsedMb: number;
  budgetUs?: number;
}

/** Keeps results alive so the engine cannot drop the measured calls as dead code. */
let sink: unknown;
export const consumed = (): unknown => sink;

export function measure(bench: Bench): BenchResult {
  const duration = bench.durationMs ?? 1000;
  // Warm-up: let the JIT compile the hot paths before timing.
  const warmUntil = performance.now() + Math.min(1000, duration / 2);
  let i = 0;
  while (performance.now() < warmUntil) sink = bench.fn(i++);
  let ops = 0;
  const cpu = process.cpuUsage();
  const start = performance.now();
  let now = start;
  while (now - start < duration) {
    for (let k = 0; k < 100; k++) sink = bench.fn(i++);
    ops += 100;
    now = performance.now();
  }
  const seconds = (now - start) / 1000;
  const used = process.cpuUsage(cpu);
  return {
    name: bench.name,
    ops,
    opsPerSec: ops / seconds,
    usPerOp: (seconds * 1e6) / ops,
    cpuUsPerOp: (used.user + used.system) / ops,
    heapUsedMb: process.memoryUsage().heapUsed / 1024 / 1024,
    ...(bench.budgetUs === undefined ? {} : { budgetUs: bench.budgetUs }),
  };
}

export function formatResult(r: BenchResult): string {
  const budget =
    r.budgetUs === undefined
      ? ''
      : `   budget ${r.budgetUs} µs: ${r.cpuUsPerOp <= r.budgetUs ? 'ok' : 'OVER'}`;
  const ops = Math.round(r.opsPerSec).toLocaleString('en-US');
  return `${r.name.padEnd(42)} ${ops.padStart(10)} ops/s ${r.usPerOp.toFixed(2).padStart(9)} µs/op (cpu ${r.cpuUsPerOp
    .toFixed(2)
    .padStart(8)} µs) ${r.heapUsedMb.toFixed(1).padStart(7)} MB heap${budget}`;
}
