/**
 * `npm run bench -- chaos [--json]`: the local stack under everything at once.
 * - every webhook delivered three times, in shuffled order, eight requests at a time, and a
 *   delivery that got no answer or a 5xx sent again, as platforms do;
 * - the stack process killed (SIGKILL) at random points of the burst and while it works through its
 *   queues, and started again on the same data folder;
 * - 30% of Slack calls answered 429, 5xx or held past the client's timeout (before the call is
 *   carried out, or after), and 10% of table calls throttled (the SDK retries those itself);
 * - then the faults stop, the stack runs until its queues are empty and stops.
 * Counted on the data folder afterwards: per mention id, whether it was accepted (some delivery got
 * a 202), stored (processed in the table) and alerted (a card in the local Slack), and how many
 * cards beyond one any alert got. `lost` counts accepted mentions not both stored and alerted.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { alertIdFor } from '../shared/domain/alert.ts';
import { seededRandom } from '../shared/local/fault-proxy.ts';
import { startLocalStack } from '../shared/local/stack.ts';
import {
  ALERT_TEXTS,
  cardsByAlert,
  freePort,
  killLeftovers,
  PROCESS_SECRET,
  type StackProcess,
  sendMention,
  startStackProcess,
  waitUntilIdle,
} from '../test/helpers/stack-process.ts';

const MENTIONS = Number(process.env.CHAOS_MENTIONS ?? 120);
const KILLS_IN_BURST = 3;
/** How long the stack works through its queues under faults before they stop. */
const FAULTY_WORK_MS = Number(process.env.CHAOS_FAULTY_SECONDS ?? 90) * 1000;
const SEED = Number(process.env.CHAOS_SEED ?? 7);
const quiet = { info() {}, warn() {}, error() {}, debug() {} };

export interface ChaosResult {
  sent: number;
  accepted: number;
  stored: number;
  alerted: number;
  duplicates: number;
  lost: number;
}

export async function run(options: { json?: boolean } = {}): Promise<void> {
  const log = (line: string) => (options.json ? process.stderr : process.stdout).write(`${line}\n`);
  const random = seededRandom(SEED);
  const dataDir = mkdtempSync(join(tmpdir(), 'beacon-chaos-'));
  const port = await freePort();
  const started = performance.now();
  let starts = 0;
  const start = (faults: boolean) =>
    startStackProcess({
      port,
      dataDir,
      script: 'bench/chaos-stack.ts',
      env: {
        CHAOS_SEED: String(SEED * 100 + starts++),
        CHAOS_SLACK_RATE: faults ? '0.3' : '0',
        CHAOS_TABLE_RATE: faults ? '0.1' : '0',
      },
    });
  const kill = async (proc: StackProcess) => {
    proc.child.kill('SIGKILL');
    await proc.exited;
  };

  const runId = Date.now();
  const ids = Array.from({ length: MENTIONS }, (_, i) => `chaos-${runId}-${i}`);
  const deliveries = ids.flatMap((id) => [id, id, id]);
  for (let i = deliveries.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [deliveries[i], deliveries[j]] = [deliveries[j] ?? '', deliveries[i] ?? ''];
  }
  const killPoints = new Set(
    Array.from({ length: KILLS_IN_BURST }, () => Math.floor(random() * deliveries.length)),
  );
  const accepted = new Set<string>();
  let kills = 0;

  // The burst: deliveries sent eight at a time; at each kill point the process is killed mid-flight.
  process.once('exit', killLeftovers);
  let proc = await start(true);
  let queue = [...deliveries];
  let answered = 0;
  while (queue.length > 0) {
    const retry: string[] = [];
    let next = 0;
    let killing: Promise<void> | undefined;
    const worker = async () => {
      while (next < queue.length && !killing) {
        const id = queue[next++] ?? '';
        const status = await sendMention(
          proc.url,
          id,
          `${ALERT_TEXTS[Number(id.split('-').at(-1)) % ALERT_TEXTS.length]} (${id})`,
        );
        if (status === 202) accepted.add(id);
        else if (status === 0 || status >= 500) retry.push(id);
        else throw new Error(`webhook answered ${status} for ${id}`);
        if (killPoints.has(answered++) && !killing) {
          kills++;
          killing = kill(proc);
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    queue = [...retry, ...queue.slice(next)];
    if (killing) {
      await killing;
      proc = await start(true);
    }
  }

  // Still under faults, the stack works through its queues, killed once at a random moment.
  await new Promise((r) => setTimeout(r, 2_000 + random() * 8_000));
  await kill(proc);
  kills++;
  proc = await start(true);
  const underFaults = await waitUntilIdle(proc.url, FAULTY_WORK_MS).then(
    () => true,
    () => false,
  );
  await kill(proc);
  kills++;

  // The faults stop: everything accepted must come through, once.
  proc = await start(false);
  const calm = performance.now();
  await waitUntilIdle(proc.url, 600_000);
  const drainSeconds = (performance.now() - calm) / 1000;
  proc.child.kill('SIGTERM');
  await proc.exited;
  const seconds = (performance.now() - started) / 1000;

  const stack = await startLocalStack({
    port: 0,
    dataDir,
    configPath: resolve('config/routing.yaml'),
    env: { BEACON_GENERIC_SECRET: PROCESS_SECRET },
    logger: quiet,
  });
  let result: ChaosResult;
  try {
    const cards = stack.slack ? cardsByAlert(stack.slack) : new Map<string, number>();
    let stored = 0;
    let alerted = 0;
    let lost = 0;
    for (const id of accepted) {
      const mention = await stack.runtime.pipeline.mentions.get('generic', id, id);
      const isStored = mention?.status === 'processed';
      const isAlerted = (cards.get(alertIdFor('generic', id)) ?? 0) > 0;
      if (isStored) stored++;
      if (isAlerted) alerted++;
      if (!isStored || !isAlerted) lost++;
    }
    const duplicates = ids.reduce(
      (sum, id) => sum + Math.max(0, (cards.get(alertIdFor('generic', id)) ?? 0) - 1),
      0,
    );
    result = { sent: ids.length, accepted: accepted.size, stored, alerted, duplicates, lost };
    const { deadLettered } = await stack.queued();
    const faults = injectedFaults(dataDir);
    log(
      `  ${ids.length} mentions × 3 deliveries, ${kills} kills (SIGKILL), ${starts} starts, 30% Slack faults, 10% table throttling: ${seconds.toFixed(0)} s; ${deadLettered} messages in DLQs`,
    );
    log(`  faults injected (at least; counts are saved each second): ${JSON.stringify(faults)}`);
    log(
      `  ${underFaults ? 'queues emptied under faults' : `queues not empty after ${FAULTY_WORK_MS / 1000} s of faults`}; after the faults stopped they emptied in ${drainSeconds.toFixed(0)} s`,
    );
  } finally {
    await stack.stop();
  }
  if (options.json) console.log(JSON.stringify(result));
  else log(`  ${JSON.stringify(result)}`);
}

/** Sums the fault counts each started process saved in the data folder. */
function injectedFaults(dataDir: string): Record<string, number> {
  const sum: Record<string, number> = {};
  for (const file of readdirSync(dataDir).filter((f) => /^faults-.*\.json$/.test(f))) {
    const perProxy = JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as Array<Record<string, number>>;
    for (const counts of perProxy) {
      for (const [kind, n] of Object.entries(counts))
        if (kind !== 'forwarded' && kind !== 'requests') sum[kind] = (sum[kind] ?? 0) + n;
    }
  }
  return sum;
}
