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
  /** CPU time of this process per op in the best round: what the op costs on one core. */
  cpuUsPerOp: number;
  /** The same in the median round. */
  medianCpuUsPerOp: number;
  heapUsedMb: number;
  budgetUs?: number;
}

/** Keeps results alive so the engine cannot drop the measured calls as dead code. */
let sink: unknown;
export const consumed = (): unknown => sink;

/**
 * Timed rounds per bench. On a shared VM whole stretches of seconds run slower for every kind of
 * work in the process (host contention the guest cannot see), so the budget is checked on the best
 * round, the least disturbed estimate of the code's own cost; the median round is printed beside it.
 */
const ROUNDS = 7;

interface Round {
  ops: number;
  seconds: number;
  cpuUs: number;
}

export function measure(bench: Bench): BenchResult {
  const duration = bench.durationMs ?? 1000;
  // Warm-up: let the JIT compile the hot paths before timing.
  const warmUntil = performance.now() + Math.min(2000, duration);
  let i = 0;
  while (performance.now() < warmUntil) sink = bench.fn(i++);
  const rounds: Round[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    let ops = 0;
    const cpu = process.cpuUsage();
    const start = performance.now();
    let now = start;
    while (now - start < duration / ROUNDS) {
      for (let k = 0; k < 100; k++) sink = bench.fn(i++);
      ops += 100;
      now = performance.now();
    }
    const used = process.cpuUsage(cpu);
    rounds.push({ ops, seconds: (now - start) / 1000, cpuUs: used.user + used.system });
  }
  rounds.sort((a, b) => a.cpuUs / a.ops - b.cpuUs / b.ops);
  const best = rounds[0] ?? { ops: 1, seconds: 1, cpuUs: 0 };
  const median = rounds[Math.floor(ROUNDS / 2)] ?? best;
  return {
    name: bench.name,
    ops: best.ops,
    opsPerSec: best.ops / best.seconds,
    usPerOp: (best.seconds * 1e6) / best.ops,
    cpuUsPerOp: best.cpuUs / best.ops,
    medianCpuUsPerOp: median.cpuUs / median.ops,
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
    .padStart(
      8,
    )} µs, median round ${r.medianCpuUsPerOp.toFixed(2)} µs) ${r.heapUsedMb.toFixed(1).padStart(7)} MB heap${budget}`;
}
