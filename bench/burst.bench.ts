/**
 * `npm run bench -- burst [--mentions 10000] [--channels 20] [--threads 3000] [--timeout 600] [--json]`:
 * a brand's bad hour arriving at once. The local stack (as `npm start` runs it: Slack's rate limits
 * on, storms on, data on disk) gets `--mentions` posts spread over `--threads` platform threads and
 * routed to `--channels` channels by a routing config written for the bench, through signed generic
 * webhooks (ten posts a request, sixteen requests at a time: as fast as the stack accepts them).
 * One thread in fifty comes from an influencer (a priority alert).
 *
 * It prints the time until every routed post is visible in Slack (its own card, a line in a burst
 * summary or storm thread, or a follow-up in its card's thread), Slack calls per method, the
 * highest per-channel posting rate seen, 429 answers and the peak RSS of the process.
 * Targets: all visible within 120 s, no 429, RSS under 600 MB.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { alertIdFor } from '../shared/domain/alert.ts';
import { STORM } from '../shared/domain/storm.ts';
import type { LocalMessage, LocalSlack } from '../shared/local/local-slack.ts';
import { startLocalStack } from '../shared/local/stack.ts';
import { hmacSha256 } from '../shared/platforms/signature.ts';
import { type BenchArgs, numberOption } from './args.ts';

const SECRET = 'bench-secret';
const quiet = { info() {}, warn() {}, error() {}, debug() {} };
const TARGET = { visibleMs: 120_000, ratelimited: 0, rssMb: 600 };

/** Openers that the detector reads as complaints or questions; follow-ups are the customer going on. */
const OPENERS = [
  'My Acme order is two weeks late and nobody answers my emails. Terrible service',
  'Why does the Acme app log me out every single day? So annoying',
  'Does the Acme router support WPA3? Thinking of buying one',
  'Acme charged my card and the parcel never arrived, really disappointed',
];
const FOLLOWUPS = [
  'still waiting for an answer from Acme',
  'any update on this? nobody has replied',
  'this is getting ridiculous, still broken',
];

/** The routing config of the bench: channel `zoneNN` takes the posts that name `zoneNN`. */
export function burstRoutingConfig(channels: number): string {
  const zones = Array.from({ length: channels }, (_, i) => `zone${String(i + 1).padStart(2, '0')}`);
  return [
    'version: 1',
    'brand:',
    '  name: Acme',
    '  accounts: { generic: [acme] }',
    '  keywords: { any: [acme] }',
    'windows: { complaint: 1h, question: 4h, praise: 1d, suggestion: 3d }',
    'channels:',
    ...zones.map((z) => `  ${z}: "#burst-${z}"`),
    '  escalations: "#burst-escalations"',
    'vip: { influencer_followers: 50000 }',
    'rules:',
    // Influencers keep their own cards in a burst: their rule names them (a priority alert).
    ...zones.map((z) =>
      [
        `  - name: ${z}-influencers`,
        `    when: { keywords: [${z}], author: { influencer: true } }`,
        `    then: { channel: ${z} }`,
      ].join('\n'),
    ),
    ...zones.map((z) =>
      [`  - name: ${z}`, `    when: { keywords: [${z}] }`, `    then: { channel: ${z} }`].join('\n'),
    ),
    'defaults:',
    '  channel: zone01',
    '  escalation_channel: escalations',
    '  drop_types: [none]',
    '',
  ].join('\n');
}

interface Post {
  id: string;
  threadId: string;
  parentId?: string;
  text: string;
  author: { id: string; handle: string; followers?: number };
}

/** Every thread's opener first (as they would appear), then the follow-ups spread over the threads. */
function posts(mentions: number, threads: number, channels: number, runId: string): Post[] {
  const out: Post[] = [];
  const zone = (t: number) => `zone${String((t % channels) + 1).padStart(2, '0')}`;
  for (let t = 0; t < Math.min(threads, mentions); t++) {
    out.push({
      id: `${runId}-t${t}`,
      threadId: `${runId}-t${t}`,
      text: `${OPENERS[t % OPENERS.length]} (${zone(t)}, case ${t})`,
      author: { id: `a${t}`, handle: `customer${t}`, ...(t % 50 === 0 ? { followers: 120_000 } : {}) },
    });
  }
  for (let i = out.length; i < mentions; i++) {
    const t = i % threads;
    out.push({
      id: `${runId}-t${t}-f${i}`,
      threadId: `${runId}-t${t}`,
      parentId: `${runId}-t${t}`,
      text: `${FOLLOWUPS[i % FOLLOWUPS.length]} (${zone(t)}, case ${t}, note ${i})`,
      author: { id: `a${t}`, handle: `customer${t}` },
    });
  }
  return out;
}

/** What a message makes visible: alert ids (cards, summary lines) and mention keys (follow-ups). */
function visibleIn(m: LocalMessage, alerts: Set<string>, mentions: Set<string>): void {
  const p = m.metadata?.event_payload ?? {};
  if (typeof p.alert_id === 'string') alerts.add(p.alert_id);
  if (typeof p.mention_key === 'string') mentions.add(p.mention_key);
  if (Array.isArray(p.alert_ids)) for (const id of p.alert_ids) alerts.add(String(id));
  if (Array.isArray(p.mention_keys)) for (const key of p.mention_keys) mentions.add(String(key));
}

function scan(slack: LocalSlack): {
  alerts: Set<string>;
  mentions: Set<string>;
  cards: Set<string>;
  summaries: number;
} {
  const alerts = new Set<string>();
  const mentions = new Set<string>();
  // Alerts with a card of their own, and how many burst summaries were posted.
  const cards = new Set<string>();
  let summaries = 0;
  for (const c of slack.channels()) {
    for (const m of slack.messages(c.id)) {
      visibleIn(m, alerts, mentions);
      const p = m.metadata?.event_payload ?? {};
      if (typeof p.alert_id === 'string') cards.add(p.alert_id);
      if (m.metadata?.event_type === 'beacon_burst') summaries++;
      if (m.reply_count) for (const r of slack.replies(c.id, m.ts)) visibleIn(r, alerts, mentions);
    }
  }
  return { alerts, mentions, cards, summaries };
}

export async function run(args?: BenchArgs): Promise<Record<string, unknown>> {
  const json = args?.json ?? false;
  const log = (line: string) => (json ? process.stderr : process.stdout).write(`${line}\n`);
  const mentions = numberOption(args, 'mentions', 10_000);
  const channels = numberOption(args, 'channels', 20);
  const threads = numberOption(args, 'threads', 3_000);
  const timeoutMs = numberOption(args, 'timeout', 600) * 1000;
  const dir = mkdtempSync(join(tmpdir(), 'beacon-burst-'));
  const configPath = join(dir, 'routing.yaml');
  writeFileSync(configPath, burstRoutingConfig(channels));
  const stack = await startLocalStack({
    port: 0,
    dataDir: join(dir, 'data'),
    configPath,
    env: { BEACON_GENERIC_SECRET: SECRET },
    logger: quiet,
    runQueues: true,
    storms: STORM,
    slackLimits: true,
  });
  const slack = stack.slack;
  if (!slack) throw new Error('the bench needs the local Slack');
  const all = posts(mentions, threads, channels, `b${Date.now().toString(36)}`);
  const openers = all.filter((p) => !p.parentId);
  const followups = all.filter((p) => p.parentId);
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 250);

  const send = async (batch: Post[]): Promise<void> => {
    const body = JSON.stringify({ mentions: batch });
    for (let attempt = 0; ; attempt++) {
      const res = await fetch(`${stack.url}/webhooks/generic`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-beacon-signature': `sha256=${hmacSha256(SECRET, body, 'hex')}`,
        },
        body,
      });
      await res.arrayBuffer();
      if (res.status === 202) return;
      if (attempt >= 5) throw new Error(`webhook answered ${res.status}`);
    }
  };

  const start = performance.now();
  try {
    const batches: Post[][] = [];
    for (let i = 0; i < all.length; i += 10) batches.push(all.slice(i, i + 10));
    let next = 0;
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (next < batches.length) {
          const batch = batches[next++];
          if (batch) await send(batch);
        }
      }),
    );
    const acceptedMs = performance.now() - start;
    log(
      `  ${mentions} posts in ${threads} threads to ${channels} channels accepted in ${(acceptedMs / 1000).toFixed(1)} s (${Math.round((mentions / acceptedMs) * 1000)} posts/s)`,
    );

    // When detection is done (the mentions queue empty): past it, only Slack delivery remains.
    let detectedMs: number | undefined;
    const mentionsLeft = async () => {
      const out = await stack.sqs.send(
        new GetQueueAttributesCommand({
          QueueUrl: stack.queueUrls.mentions,
          AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
        }),
      );
      return Object.values(out.Attributes ?? {}).reduce((sum, n) => sum + Number(n), 0);
    };
    const alertIds = openers.map((p) => alertIdFor('generic', p.threadId));
    // Every post but one per thread is a follow-up. Detection runs several batches at once (as
    // Lambda does), so a thread's follow-up is sometimes handled before its opener and opens the
    // alert itself; the opener is then the follow-up. A thread's posts are all visible when its
    // alert is and every other post of it shows as a follow-up, whichever post opened it.
    const followupKeys = followups.map((p) => `generic#${p.id}`);
    const openerKeys = openers.map((p) => `generic#${p.id}`);
    let seen = { alerts: 0, followups: 0 };
    let visibleMs: number | undefined;
    let lastReport = 0;
    while (performance.now() - start < timeoutMs) {
      const { alerts, mentions: shown } = scan(slack);
      seen = {
        alerts: alertIds.filter((id) => alerts.has(id)).length,
        followups:
          followupKeys.filter((k) => shown.has(k)).length + openerKeys.filter((k) => shown.has(k)).length,
      };
      const elapsed = performance.now() - start;
      if (detectedMs === undefined && (await mentionsLeft()) === 0) {
        detectedMs = elapsed;
        log(`  ${(elapsed / 1000).toFixed(0)} s: every post detected and routed (mentions queue empty)`);
      }
      if (seen.alerts === alertIds.length && seen.followups === followupKeys.length) {
        visibleMs = elapsed;
        break;
      }
      if (elapsed - lastReport >= 15_000) {
        lastReport = elapsed;
        const { queued, deadLettered } = await stack.queued();
        log(
          `  ${(elapsed / 1000).toFixed(0)} s: ${seen.alerts}/${alertIds.length} alerts and ${seen.followups}/${followupKeys.length} follow-ups visible; ${queued} messages queued, ${deadLettered} dead-lettered`,
        );
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    const elapsedMs = performance.now() - start;
    const stats = slack.stats();
    const final = scan(slack);
    const priorityIds = openers
      .filter((p) => p.author.followers)
      .map((p) => alertIdFor('generic', p.threadId));
    const priorityCards = priorityIds.filter((id) => final.cards.has(id)).length;
    log(
      `  ${final.summaries} burst summaries; priority alerts with their own card: ${priorityCards}/${priorityIds.length}`,
    );
    const rssMb = peakRss / 1048576;
    const visible = seen.alerts + seen.followups;
    log(
      visibleMs !== undefined
        ? `  all ${mentions} visible in Slack after ${(visibleMs / 1000).toFixed(1)} s (target ${TARGET.visibleMs / 1000} s)`
        : `  after ${(elapsedMs / 1000).toFixed(0)} s only ${visible}/${mentions} visible (${seen.alerts}/${alertIds.length} alerts, ${seen.followups}/${followupKeys.length} follow-ups): ${((visible / elapsedMs) * 1000).toFixed(1)} posts/s`,
    );
    log(
      `  Slack calls: ${Object.entries(stats.calls)
        .map(([method, n]) => `${method} ${n}`)
        .join(
          ', ',
        )}; 429s ${stats.ratelimitedTotal}; peak posts in one channel ${stats.peakChannelPosts.perSecond.count}/s, ${stats.peakChannelPosts.perMinute.count}/min`,
    );
    log(`  peak RSS ${rssMb.toFixed(0)} MB (target under ${TARGET.rssMb} MB)`);
    const overBudget =
      Number(visibleMs === undefined || visibleMs > TARGET.visibleMs) +
      Number(stats.ratelimitedTotal > TARGET.ratelimited) +
      Number(rssMb >= TARGET.rssMb);
    return {
      mentions,
      channels,
      threads,
      acceptedMs,
      detectedMs: detectedMs ?? null,
      visibleMs: visibleMs ?? null,
      visible: { alerts: seen.alerts, followups: seen.followups, total: visible, afterMs: elapsedMs },
      summaries: final.summaries,
      priorityCards: { own: priorityCards, of: priorityIds.length },
      slackCalls: stats.calls,
      ratelimited: stats.ratelimitedTotal,
      peakChannelPosts: stats.peakChannelPosts,
      rssMb,
      overBudget,
    };
  } finally {
    clearInterval(sampler);
    await stack.stop();
    // A run leaves hundreds of MB of table files behind.
    rmSync(dir, { recursive: true, force: true });
  }
}
