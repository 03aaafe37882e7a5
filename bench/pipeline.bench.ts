/**
 * End to end on the local stack at a steady rate: `npm run bench -- pipeline [--rate 20]
 * [--seconds 60] [--wait 120] [--json]` sends signed webhooks at `--rate` mentions per second for
 * `--seconds` (each on its own schedule, whether or not earlier ones are done, as platforms do),
 * then prints the webhook → Slack card latency p50/p95/p99 and max over every mention sent (a card
 * not visible `--wait` seconds after the last send counts as slower than all; `null` in JSON),
 * memory, and the Slack calls Beacon made under the local Slack's rate limits (on unless
 * BEACON_LOCAL_SLACK_LIMITS=off). The stack keeps its data in a fresh folder, as `npm start` does
 * (table on disk, queues and the local Slack journaled), so the figures include durability.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { alertIdFor } from '../shared/domain/alert.ts';
import { startLocalStack } from '../shared/local/stack.ts';
import { hmacSha256 } from '../shared/platforms/signature.ts';
import { type BenchArgs, numberOption } from './args.ts';

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

/** The alert ids a Slack message stands for: its card's, or every one a summary lists. */
function alertIdsOf(m: { metadata?: { event_payload: Record<string, unknown> } }): string[] {
  const payload = m.metadata?.event_payload;
  if (!payload) return [];
  const ids = payload.alert_ids;
  if (Array.isArray(ids)) return ids.filter((id): id is string => typeof id === 'string');
  return typeof payload.alert_id === 'string' ? [payload.alert_id] : [];
}

export async function run(args?: BenchArgs): Promise<Record<string, unknown>> {
  const rate = numberOption(args, 'rate', 20);
  const seconds = numberOption(args, 'seconds', 60);
  const waitSeconds = numberOption(args, 'wait', 120);
  if (rate <= 0 || seconds <= 0) throw new Error('--rate and --seconds must be positive');
  const log = (line: string) => (args?.json ? process.stderr : process.stdout).write(`${line}\n`);
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

  // When each alert was first seen in Slack: new top-level messages are read as they arrive.
  const seenAt = new Map<string, number>();
  const readUpTo = new Map<string, number>();
  const watch = () => {
    const now = performance.now();
    for (const c of slack.channels()) {
      const messages = slack.messages(c.id);
      for (let i = readUpTo.get(c.id) ?? 0; i < messages.length; i++) {
        for (const id of alertIdsOf(messages[i]!)) if (!seenAt.has(id)) seenAt.set(id, now);
      }
      readUpTo.set(c.id, messages.length);
    }
  };
  slack.on('change', watch);
  const visible = (ids: string[], timeoutMs: number) =>
    slack.waitFor(() => ids.every((id) => seenAt.has(id)), timeoutMs).catch(() => false);

  try {
    // Warm up the handlers and clients, then let the channels' posting budget refill.
    const warm: string[] = [];
    for (let i = 0; i < TEXTS.length; i++) warm.push(await send(TEXTS[i] ?? ''));
    await visible(warm, 60_000);
    await new Promise((r) => setTimeout(r, 2_000));

    const total = Math.round(rate * seconds);
    const sentAt = new Map<string, number>();
    const sends: Promise<void>[] = [];
    const t0 = performance.now();
    for (let i = 0; i < total; i++) {
      const due = t0 + (i * 1000) / rate;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const start = performance.now();
      sends.push(
        send(`${TEXTS[i % TEXTS.length]} #${i}`).then((alertId) => {
          sentAt.set(alertId, start);
        }),
      );
    }
    await Promise.all(sends);
    const sendingMs = performance.now() - t0;
    const ids = [...sentAt.keys()];
    await visible(ids, waitSeconds * 1000);
    // A card not visible in time counts as slower than every visible one: percentiles cover every
    // mention sent, and one that falls on a missing card says so instead of shrinking the sample.
    const latencies = ids
      .map((id) => {
        const seen = seenAt.get(id);
        return seen === undefined ? Number.POSITIVE_INFINITY : seen - (sentAt.get(id) ?? 0);
      })
      .sort((a, b) => a - b);
    const missing = latencies.filter((ms) => !Number.isFinite(ms)).length;
    const at = (p: number): number | null => {
      const ms = percentile(latencies, p);
      return Number.isFinite(ms) ? Math.round(ms) : null;
    };
    const figures = { p50: at(50), p95: at(95), p99: at(99), max: at(100) };
    const show = (ms: number | null) => (ms === null ? 'not visible' : `${ms} ms`);
    log(
      `  ${total} mentions at ${rate}/s over ${(sendingMs / 1000).toFixed(1)} s: webhook → Slack card p50 ${show(figures.p50)}, p95 ${show(figures.p95)}, p99 ${show(figures.p99)}, max ${show(figures.max)}; ${missing} not visible ${waitSeconds} s after the last send`,
    );
    const mem = process.memoryUsage();
    log(
      `  memory: rss ${(mem.rss / 1048576).toFixed(0)} MB, heap used ${(mem.heapUsed / 1048576).toFixed(0)} MB`,
    );
    const calls = slack.stats();
    log(
      `  Slack (limits ${calls.limits}): ${Object.entries(calls.calls)
        .map(([method, count]) => `${method} ${count}`)
        .join(
          ', ',
        )}; 429s ${calls.ratelimitedTotal}; peak posts in one channel ${calls.peakChannelPosts.perSecond.count}/s, ${calls.peakChannelPosts.perMinute.count}/min`,
    );
    return {
      rate,
      seconds,
      sent: total,
      sendingMs: Math.round(sendingMs),
      latencyMs: figures,
      notVisible: missing,
      waitSeconds,
      rssMb: Math.round(mem.rss / 1048576),
      slack: calls,
    };
  } finally {
    slack.off('change', watch);
    await stack.stop();
  }
}
