/**
 * End to end on the local stack: from a signed webhook to the alert card in the (local) Slack.
 * Prints latency percentiles for posts sent one at a time, throughput for a burst, memory, and the
 * Slack calls Beacon made under the local Slack's rate limits (on unless BEACON_LOCAL_SLACK_LIMITS=off).
 * The stack keeps its data in a fresh folder, as `npm start` does (table on disk, queues and the
 * local Slack journaled), so the figures include the cost of durability.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { alertIdFor } from '../shared/domain/alert.ts';
import { startLocalStack } from '../shared/local/stack.ts';
import { hmacSha256 } from '../shared/platforms/signature.ts';

const SECRET = 'bench-secret';
const quiet = { info() {}, warn() {}, error() {}, debug() {} };

/** Posts that each open a live alert with the default routing (suggestions go to a digest there). */
const TEXTS = [
  'My order from Acme is two weeks late and nobody answers my emails. Terrible.',
  'Does the Acme router support WPA3? Thinking of buying one.',
  'Acme support sorted my issue in 5 minutes, brilliant service, thank you!',
  'Why does the Acme app log me out every single day? So annoying.',
  'Mi pedido de Acme llegó roto y nadie responde. Pésimo servicio.',
];

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

export async function run(options: { json?: boolean } = {}): Promise<Record<string, unknown>> {
  const log = (line: string) => (options.json ? process.stderr : process.stdout).write(`${line}\n`);
  const stack = await startLocalStack({
    port: 0,
    dataDir: mkdtempSync(join(tmpdir(), 'beacon-bench-')),
    configPath: resolve('config/routing.yaml'),
    env: { BEACON_GENERIC_SECRET: SECRET },
    logger: quiet,
    runQueues: true,
  });
  const slack = stack.slack;
  if (!slack) throw new Error('the bench needs the local Slack');
  const runId = Date.now();
  let n = 0;
  const send = async (text: string): Promise<string> => {
    const id = `bench-${runId}-${n++}`;
    const body = JSON.stringify({ id, text, author: { id: `u-${n}`, handle: `user${n}` } });
    const res = await fetch(`${stack.url}/webhooks/generic`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-beacon-signature': `sha256=${hmacSha256(SECRET, body, 'hex')}`,
      },
      body,
    });
    if (res.status !== 202) throw new Error(`webhook answered ${res.status}`);
    return alertIdFor('generic', id);
  };
  // Under Slack's limits a burst's cards arrive at about one a second per channel: wait long enough.
  const posted = (alertId: string, timeoutMs = 120_000) =>
    slack.waitFor(
      () =>
        slack
          .channels()
          .some((c) => slack.messages(c.id).some((m) => m.metadata?.event_payload.alert_id === alertId)),
      timeoutMs,
    );

  try {
    // Warm up the handlers and clients.
    for (let i = 0; i < 5; i++) await posted(await send(TEXTS[i % TEXTS.length] ?? ''));

    const latencies: number[] = [];
    for (let i = 0; i < 40; i++) {
      const start = performance.now();
      await posted(await send(TEXTS[i % TEXTS.length] ?? ''));
      latencies.push(performance.now() - start);
    }
    latencies.sort((a, b) => a - b);
    log(
      `  webhook → Slack card, one at a time (40): p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms, max ${latencies.at(-1)?.toFixed(0)} ms`,
    );

    const burst = 100;
    const start = performance.now();
    const ids = await Promise.all(
      Array.from({ length: burst }, (_, i) => send(`${TEXTS[i % TEXTS.length]} #${i}`)),
    );
    const accepted = performance.now() - start;
    await Promise.all(ids.map((id) => posted(id, 600_000)));
    const total = performance.now() - start;
    log(
      `  burst of ${burst}: all accepted in ${accepted.toFixed(0)} ms (${((burst / accepted) * 1000).toFixed(0)} webhooks/s), all cards in Slack after ${total.toFixed(0)} ms (${((burst / total) * 1000).toFixed(0)} alerts/s)`,
    );
    const mem = process.memoryUsage();
    log(
      `  memory: rss ${(mem.rss / 1048576).toFixed(0)} MB, heap used ${(mem.heapUsed / 1048576).toFixed(0)} MB`,
    );
    const calls = slack.stats();
    log(
      `  Slack (limits ${calls.limits}): ${Object.entries(calls.calls)
        .map(([method, n]) => `${method} ${n}`)
        .join(
          ', ',
        )}; 429s ${calls.ratelimitedTotal}; peak posts in one channel ${calls.peakChannelPosts.perSecond.count}/s, ${calls.peakChannelPosts.perMinute.count}/min`,
    );
    return {
      oneAtATimeMs: { p50: percentile(latencies, 50), p95: percentile(latencies, 95), max: latencies.at(-1) },
      burst: { alerts: burst, acceptedMs: accepted, allInSlackMs: total },
      rssMb: mem.rss / 1048576,
      slack: calls,
    };
  } finally {
    await stack.stop();
  }
}
