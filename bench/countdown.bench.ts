/**
 * `npm run bench -- countdown --open 10000 [--mix arrivals|open] [--due-share 0.2] [--drain]
 * [--drain-timeout 600] [--json]`: one countdown tick over a table holding `--open` active alerts.
 *
 * Which alerts are due is derived, not assumed (bench/countdown-schedule.ts): the kinds of alert
 * the shipped config/routing.yaml opens with a countdown, each with the window and escalation steps
 * it gives an ordinary post; each alert opened at an even spread of moments over its window (as if
 * mentions arrived steadily), the last tick one minute ago. A card changes only at a colour step,
 * an escalation and its deadline, so an alert is due when one of those fell within the last minute.
 * `--mix` says how the open alerts split between kinds (`arrivals`: each kind arrives at the same
 * rate, so open alerts are in proportion to their windows; `open`: an even split of the open
 * alerts, more of them short-lived). `--due-share` forces a share instead (every n-th alert due).
 *
 * Runs the real stores against the embedded DynamoDB- and SQS-compatible servers, as the local
 * stack does; prints the tick's duration, DynamoDB and SQS calls by command, the `slack-out`
 * messages the tick produced, and the Slack calls notify makes for them (a refresh is one
 * chat.update, a notice a look-up and a post: computed from the messages, not sent), against
 * Slack's per-minute limits: the tick runs every minute, so its calls are the calls per minute.
 * The alerts are seeded before the clock starts. `--drain` then also sends them: the due alerts, with
 * their cards, on the local stack, one tick, and notify drains it under the local Slack's rate
 * limits (bench/countdown-drain.ts); it prints the time to an empty queue and the 429s.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
import type { Alert } from '../shared/domain/alert.ts';
import { nextStepAt } from '../shared/domain/countdown.ts';
import { startDynamo, startSqs } from '../shared/local/emulators.ts';
import { ensureQueues, ensureTable } from '../shared/local/provision.ts';
import type { SlackOutMessage } from '../shared/queue/messages.ts';
import { SqsSlackOutQueue } from '../shared/queue/sqs.ts';
import { DEFAULT_ROUTING_FILE, loadRoutingConfigFile } from '../shared/routing/index.ts';
import { DynamoAlertStore } from '../shared/store/alert-store.ts';
import { createDocumentClient } from '../shared/store/dynamo-client.ts';
import { DynamoLeaseStore } from '../shared/store/lease-store.ts';
import type { SlackOutQueue } from '../shared/usecases/ports.ts';
import { runCountdown } from '../shared/usecases/run-countdown.ts';
import { type BenchArgs, numberOption } from './args.ts';
import { type DrainFigures, drainThroughNotify } from './countdown-drain.ts';
import {
  budgetLines,
  type CountdownKind,
  countdownKinds,
  dueShareOf,
  type Mix,
  slackCallsOf,
} from './countdown-schedule.ts';

/** A Monday afternoon in Berlin: business hours, so no after-hours rule changes a route. */
const NOW = new Date('2026-06-01T12:00:00.000Z');
const TICK_SECONDS = 60;
/** Target from the scale requirements: one tick over 10,000 open alerts well inside a minute. */
const TARGET_MS = 10_000;

/**
 * The `j`-th of `n` open alerts of a kind, opened `(j + ½) / n` of its window before the last tick
 * (an even spread), as the last tick left it: escalation steps then past fired, next step set.
 */
function seedAlert(i: number, kind: CountdownKind, j: number, n: number): Alert {
  const { route, label } = kind;
  const window = route.windowSeconds * 1000;
  const lastTick = NOW.getTime() - TICK_SECONDS * 1000;
  const openedAt = new Date(Math.round(lastTick - ((j + 0.5) / n) * window));
  const escalations = [...route.escalations].sort((a, b) => a.atFraction - b.atFraction);
  const base = {
    openedAt: openedAt.toISOString(),
    deadline: new Date(openedAt.getTime() + window).toISOString(),
    windowSeconds: route.windowSeconds,
    escalations,
    escalationsDone: escalations.filter((s) => openedAt.getTime() + s.atFraction * window <= lastTick).length,
  };
  return {
    alertId: `al_bench_${String(i).padStart(6, '0')}`,
    platform: 'generic',
    threadId: `bench-${i}`,
    mentionKey: `generic#bench-${i}`,
    type: label === 'none' ? 'complaint' : label,
    channel: route.channel,
    ...(route.escalationChannel ? { escalationChannel: route.escalationChannel } : {}),
    state: 'open',
    ...base,
    nextStepAt: nextStepAt(base, new Date(lastTick)).toISOString(),
    post: { author: `user${i}`, excerpt: 'My order is late and nobody answers.' },
    history: [{ at: base.openedAt, by: 'beacon', action: 'opened' }],
    version: 1,
  };
}

/** The open alerts: each kind its share, spread evenly over its window. */
function seedAlerts(open: number, kinds: CountdownKind[]): Alert[] {
  const counts = kinds.map((k) => Math.floor(open * k.openShare));
  // What rounding left over goes to the first kinds.
  for (let i = 0; counts.reduce((a, b) => a + b, 0) < open; i++) counts[i % counts.length]! += 1;
  const alerts: Alert[] = [];
  kinds.forEach((kind, k) => {
    const n = counts[k] ?? 0;
    for (let j = 0; j < n; j++) alerts.push(seedAlert(alerts.length, kind, j, n));
  });
  return alerts;
}

/** A forced share: every n-th alert due in the last minute, every other one not before its next step. */
function forceDue(alerts: Alert[], share: number): Alert[] {
  const every = Math.max(1, Math.round(1 / share));
  return alerts.map((a, i) =>
    i % every === 0
      ? { ...a, nextStepAt: new Date(NOW.getTime() - ((i % 60) + 1) * 1000).toISOString() }
      : Date.parse(a.nextStepAt) <= NOW.getTime()
        ? { ...a, nextStepAt: nextStepAt(a, NOW).toISOString() }
        : a,
  );
}

const pct = (share: number) => `${(share * 100).toFixed(share < 0.01 ? 2 : 1)} %`;
const minutes = (seconds: number) =>
  seconds >= 86400 ? `${seconds / 86400} d` : seconds >= 3600 ? `${seconds / 3600} h` : `${seconds / 60} min`;

async function inBatches<T>(items: T[], size: number, each: (item: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(each));
}

export async function run(args?: BenchArgs): Promise<Record<string, unknown>> {
  const log = (line: string) => (args?.json ? process.stderr : process.stdout).write(`${line}\n`);
  const open = numberOption(args, 'open', 10_000);
  const mix = (args?.options.mix ?? 'arrivals') as Mix;
  if (mix !== 'arrivals' && mix !== 'open') throw new Error(`--mix must be arrivals or open, not "${mix}"`);
  const forced = args?.options['due-share'] !== undefined ? numberOption(args, 'due-share', 0) : undefined;
  if (forced !== undefined && !(forced > 0 && forced <= 1)) throw new Error('--due-share must be in (0, 1]');

  const drain = args?.options.drain !== undefined && args.options.drain !== 'false';
  const drainTimeout = numberOption(args, 'drain-timeout', 600);
  const config = loadRoutingConfigFile(DEFAULT_ROUTING_FILE);
  const kinds = countdownKinds(config, NOW, mix, TICK_SECONDS);
  const derived = dueShareOf(kinds);
  log(
    `due share derived from ${DEFAULT_ROUTING_FILE} (open alerts split by ${mix === 'arrivals' ? 'equal arrivals: in proportion to their windows' : 'an even share of the open alerts'}, opened evenly over their windows, a tick every ${TICK_SECONDS} s):`,
  );
  for (const k of kinds)
    log(
      `  ${k.label.padEnd(10)} ${pct(k.openShare).padStart(7)} of open, window ${minutes(k.route.windowSeconds).padEnd(6)} steps at ${k.steps.map((f) => `${Math.round(f * 100)} %`).join(', ')}: ${k.steps.length} × ${TICK_SECONDS} s / ${minutes(k.route.windowSeconds)} = ${pct(k.dueShare)} due a tick`,
    );
  log(
    `  → ${pct(derived)} of open alerts due a tick${forced !== undefined ? `; forced to ${pct(forced)} by --due-share` : ''}`,
  );

  const seeds = forced !== undefined ? forceDue(seedAlerts(open, kinds), forced) : seedAlerts(open, kinds);
  const dueCount = seeds.filter((a) => Date.parse(a.nextStepAt) <= NOW.getTime()).length;

  const dynamo = await startDynamo();
  const sqsServer = await startSqs();
  const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
  const ddb = new DynamoDBClient({ endpoint: dynamo.endpoint, region: 'us-east-1', credentials });
  const sqs = new SQSClient({ endpoint: sqsServer.endpoint, region: 'us-east-1', credentials });
  try {
    await ensureTable(ddb, 'beacon');
    const urls = await ensureQueues(sqs);
    const db = createDocumentClient({ endpoint: dynamo.endpoint, region: 'us-east-1' });
    // Counts every call the stores and the queue make, by command, by wrapping the clients they use.
    const calls: Record<string, number> = {};
    const sqsCalls: Record<string, number> = {};
    let counting = false;
    const countOn = (client: object, into: Record<string, number>) => {
      const target = client as { send: (command: object) => Promise<unknown> };
      const send = target.send.bind(client);
      target.send = (command: object) => {
        if (counting) into[command.constructor.name] = (into[command.constructor.name] ?? 0) + 1;
        return send(command);
      };
    };
    countOn(db, calls);
    countOn(sqs, sqsCalls);
    const alerts = new DynamoAlertStore(db, 'beacon');
    const seedStart = performance.now();
    await inBatches(seeds, 50, (a) => alerts.create(a));
    log(
      `seeded ${open} open alerts (${dueCount} due, ${pct(dueCount / open)}) in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`,
    );

    const queue = new SqsSlackOutQueue(sqs, urls.slackOut);
    const produced: Record<string, number> = {};
    const sent: SlackOutMessage[] = [];
    let queueCalls = 0;
    const slackOut: SlackOutQueue = {
      async send(messages) {
        queueCalls++;
        for (const m of messages) {
          const kind = m.kind === 'alert' && m.cosmetic ? 'alert (cosmetic)' : m.kind;
          produced[kind] = (produced[kind] ?? 0) + 1;
        }
        sent.push(...messages);
        await queue.send(messages);
      },
    };
    counting = true;
    const cpu = process.cpuUsage();
    const start = performance.now();
    const result = await runCountdown(NOW, { alerts, slackOut, lease: new DynamoLeaseStore(db, 'beacon') });
    const ms = performance.now() - start;
    // CPU of this process (the servers run in it too): steadier than wall time on a shared machine.
    const used = process.cpuUsage(cpu);
    const cpuMs = (used.user + used.system) / 1000;
    counting = false;
    const dynamoCalls = Object.values(calls).reduce((a, b) => a + b, 0);
    const sqsTotal = Object.values(sqsCalls).reduce((a, b) => a + b, 0);
    const messages = sent.length;
    const slack = slackCallsOf(sent);
    const budget = budgetLines(slack);
    const over = budget.filter((b) => b.perMinute > b.limit);
    const updates = slack.byMethod['chat.update'] ?? 0;
    log(
      `one tick over ${open} open alerts (${dueCount} due): ${(ms / 1000).toFixed(2)} s, CPU ${(cpuMs / 1000).toFixed(2)} s (target < ${TARGET_MS / 1000} s)`,
    );
    log(`  alerts processed ${result.processed}, expired ${result.expired}, escalated ${result.escalated}`);
    log(`  DynamoDB calls ${dynamoCalls}: ${JSON.stringify(calls)}`);
    log(`  SQS calls ${sqsTotal}: ${JSON.stringify(sqsCalls)}`);
    log(`  slack-out messages ${messages} ${JSON.stringify(produced)} in ${queueCalls} queue writes`);
    log('  Slack calls notify makes for them (computed, one tick a minute = per minute):');
    for (const b of budget)
      log(
        `    ${b.what.padEnd(42)} ${String(b.perMinute).padStart(5)} / min of ${b.limit} ${b.perMinute > b.limit ? `OVER (${(b.perMinute / b.limit).toFixed(2)}×)` : 'within'}`,
      );
    const openWithin = updates > 0 ? Math.floor((open * 50) / updates) : open;
    log(
      `  Slack budget: ${over.length === 0 ? 'within' : `over on ${over.map((b) => b.what).join(', ')}`}; chat.update (Tier 3, 50 / min) stays within up to about ${openWithin} open alerts of this mix`,
    );
    let drained: DrainFigures | undefined;
    if (drain) {
      log(
        `  drain: the same tick on the local stack, then notify with the rate-limited local Slack (--drain)`,
      );
      drained = await drainThroughNotify(
        seeds.filter((a) => Date.parse(a.nextStepAt) <= NOW.getTime()),
        NOW,
        drainTimeout,
        log,
      );
      log(
        `  drain: slack-out ${drained.drained ? 'empty' : `NOT empty after ${drainTimeout} s`} after ${(drained.drainMs / 1000).toFixed(1)} s; Slack calls ${JSON.stringify(drained.slackCalls)}; 429s ${drained.ratelimited}; busiest channel ${drained.peakChannelPosts.perSecond}/s, ${drained.peakChannelPosts.perMinute}/min; dead-lettered ${drained.deadLettered}`,
      );
    }
    return {
      ...(drained ? { drain: drained } : {}),
      open,
      mix,
      derivedDueShare: Number(derived.toFixed(5)),
      ...(forced !== undefined ? { forcedDueShare: forced } : {}),
      due: dueCount,
      processed: result.processed,
      tickMs: Math.round(ms),
      cpuMs: Math.round(cpuMs),
      dynamoCalls,
      dynamoCallsByCommand: calls,
      sqsCalls: sqsTotal,
      sqsCallsByCommand: sqsCalls,
      slackOutMessages: messages,
      slackOutByKind: produced,
      queueWrites: queueCalls,
      slackCallsPerMinute: slack.byMethod,
      postsPerMinuteByChannel: slack.postsByChannel,
      slackOverBudget: over.map((b) => b.what),
      overBudget:
        (ms > TARGET_MS || result.processed < dueCount ? 1 : 0) +
        (over.length > 0 ? 1 : 0) +
        (drained && (!drained.drained || drained.ratelimited > 0 || drained.deadLettered > 0) ? 1 : 0),
    };
  } finally {
    ddb.destroy();
    sqs.destroy();
    await sqsServer.stop();
    await dynamo.stop();
  }
}
