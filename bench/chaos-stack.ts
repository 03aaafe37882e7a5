/**
 * The local stack as `npm start` runs it, with fault proxies in front of the local Slack and the
 * table: the process the chaos bench kills and starts again. Configured by environment:
 *   BEACON_PORT, BEACON_DATA_DIR, BEACON_GENERIC_SECRET   as for `npm start`
 *   CHAOS_SEED          seed of both proxies' fault draws
 *   CHAOS_SLACK_RATE    share of Slack calls answered with 429, 5xx or a timeout (before or after the call)
 *   CHAOS_TABLE_RATE    share of table calls answered with throttling
 * Every second it writes the faults injected so far to `faults-<seed>.json` in the data folder,
 * so the bench can say how many there were although the process is killed.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { STORM } from '../shared/domain/storm.ts';
import { type FaultProxy, startFaultProxy } from '../shared/local/fault-proxy.ts';
import { startLocalStack } from '../shared/local/stack.ts';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const quiet = { info() {}, warn() {}, error() {}, debug() {} };
const seed = Number(process.env.CHAOS_SEED ?? 1);
const proxies: FaultProxy[] = [];
const via =
  (rate: number, faults: Parameters<typeof startFaultProxy>[0]['faults'], seedOffset: number) =>
  async (target: string) => {
    const proxy = await startFaultProxy({ target, rate, faults, seed: seed + seedOffset, holdMs: 3_000 });
    proxies.push(proxy);
    return proxy.url;
  };

const dataDir = resolve(process.env.BEACON_DATA_DIR ?? '.beacon-chaos');
const stack = await startLocalStack({
  port: Number(process.env.BEACON_PORT ?? 0),
  dataDir,
  configPath: resolve('config/routing.yaml'),
  logger: quiet,
  runQueues: true,
  countdownEveryMs: 15_000,
  storms: STORM,
  slackTimeoutMs: 1_000,
  slackApiVia: via(
    Number(process.env.CHAOS_SLACK_RATE ?? 0.3),
    ['rate_limited', 'server_error', 'timeout_before', 'timeout_after'],
    0,
  ),
  dynamoVia: via(Number(process.env.CHAOS_TABLE_RATE ?? 0.1), ['throttled'], 1),
});

const saveCounts = () =>
  writeFileSync(join(dataDir, `faults-${seed}.json`), JSON.stringify(proxies.map((p) => p.counts())));
setInterval(saveCounts, 1_000).unref();

let stopping = false;
process.on('SIGTERM', () => {
  if (stopping) return;
  stopping = true;
  void stack
    .stop()
    .then(() => saveCounts())
    .then(() => Promise.all(proxies.map((p) => p.stop())))
    .then(() => process.exit(0));
});
console.log(`Beacon is running on ${stack.url}`);
