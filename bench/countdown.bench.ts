/**
 * `npm run bench -- countdown --open 10000 [--due-share 0.2] [--json]`: one countdown tick over
 * a table holding `--open` active alerts, of which `--due-share` have their next step due.
 *
 * Why 20% due by default: a brand with 10,000 mentions an hour and windows of one to a few hours
 * has about a quarter of its open alerts in their last hour; each of those is looked at for a
 * colour step, an escalation or its deadline, at most a handful of times an hour, so roughly one
 * alert in five has a step falling due in any one minute. The rest are due later in the hour.
 *
 * Runs the real stores against the embedded DynamoDB- and SQS-compatible servers, as the local
 * stack does; prints the tick's duration, DynamoDB calls by command, and the `slack-out` messages
 * (and SQS calls) the tick produced. The alerts are seeded before the clock starts.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
import type { Alert } from '../shared/domain/alert.ts';
import { startDynamo, startSqs } from '../shared/local/emulators.ts';
import { ensureQueues, ensureTable } from '../shared/local/provision.ts';
import { SqsSlackOutQueue } from '../shared/queue/sqs.ts';
import { DynamoAlertStore } from '../shared/store/alert-store.ts';
import { createDocumentClient } from '../shared/store/dynamo-client.ts';
import { DynamoLeaseStore } from '../shared/store/lease-store.ts';
import type { SlackOutQueue } from '../shared/usecases/ports.ts';
import { runCountdown } from '../shared/usecases/run-countdown.ts';
import { type BenchArgs, numberOption } from './args.ts';

const NOW = new Date('2026-06-01T12:00:00.000Z');
const TYPES = ['complaint', 'question', 'praise', 'suggestion'] as const;
/** Target from the scale requirements: one tick over 10,000 open alerts well inside a minute. */
const TARGET_MS = 10_000;

/** An open alert in channel `c<i % 20>`; due ones have their next step in the last minute. */
function seedAlert(i: number, due: boolean): Alert {
  const windowSeconds = [3600, 2 * 3600, 4 * 3600][i % 3] ?? 3600;
  const openedAt = new Date(NOW.getTime() - ((i * 7919) % windowSeconds) * 1000 * 0.9);
  const next = due
    ? new Date(NOW.getTime() - ((i % 60) + 1) * 1000)
    : new Date(NOW.getTime() + (((i * 31) % 3000) + 60) * 1000);
  return {
    alertId: `al_bench_${String(i).padStart(6, '0')}`,
    platform: 'generic',
    threadId: `bench-${i}`,
    mentionKey: `generic#bench-${i}`,
    type: TYPES[i % TYPES.length] ?? 'complaint',
    channel: `c${i % 20}`,
    state: 'open',
    openedAt: openedAt.toISOString(),
    deadline: new Date(openedAt.getTime() + windowSeconds * 1000).toISOString(),
    windowSeconds,
    escalations: [],
    escalationsDone: 0,
    nextStepAt: next.toISOString(),
    post: { author: `user${i}`, excerpt: 'My order is late and nobody answers.' },
    history: [{ at: openedAt.toISOString(), by: 'beacon', action: 'opened' }],
    version: 1,
  };
}

async function inBatches<T>(items: T[], size: number, each: (item: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(each));
}

export async function run(args?: BenchArgs): Promise<Record<string, unknown>> {
  const log = (line: string) => (args?.json ? process.stderr : process.stdout).write(`${line}\n`);
  const open = numberOption(args, 'open', 10_000);
  const dueShare = numberOption(args, 'due-share', 0.2);
  const dynamo = await startDynamo();
  const sqsServer = await startSqs();
  const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
  const ddb = new DynamoDBClient({ endpoint: dynamo.endpoint, region: 'us-east-1', credentials });
  const sqs = new SQSClient({ endpoint: sqsServer.endpoint, region: 'us-east-1', credentials });
  try {
    await ensureTable(ddb, 'beacon');
    const urls = await ensureQueues(sqs);
    const db = createDocumentClient({ endpoint: dynamo.endpoint, region: 'us-east-1' });
    // Counts every call the stores make, by command, by wrapping the client they share.
    const calls: Record<string, number> = {};
    let counting = false;
    const send = db.send.bind(db) as (command: object) => Promise<unknown>;
    (db as { send: (command: object) => Promise<unknown> }).send = (command: object) => {
      if (counting) calls[command.constructor.name] = (calls[command.constructor.name] ?? 0) + 1;
      return send(command);
    };
    const alerts = new DynamoAlertStore(db, 'beacon');
    // Every n-th alert is due, so the due ones spread over channels, types and shards.
    const every = Math.max(1, Math.round(1 / dueShare));
    const isDue = (i: number) => i % every === 0;
    const dueCount = Math.ceil(open / every);
    const seedStart = performance.now();
    await inBatches(
      Array.from({ length: open }, (_, i) => i),
      50,
      (i) => alerts.create(seedAlert(i, isDue(i))),
    );
    log(`seeded ${open} open alerts in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);

    const queue = new SqsSlackOutQueue(sqs, urls.slackOut);
    const produced: Record<string, number> = {};
    let queueCalls = 0;
    const slackOut: SlackOutQueue = {
      async send(messages) {
        queueCalls++;
        for (const m of messages) produced[m.kind] = (produced[m.kind] ?? 0) + 1;
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
    const messages = Object.values(produced).reduce((a, b) => a + b, 0);
    log(
      `one tick over ${open} open alerts (${dueCount} due): ${(ms / 1000).toFixed(2)} s (target < ${TARGET_MS / 1000} s)`,
    );
    log(`  alerts processed ${result.processed}, expired ${result.expired}, escalated ${result.escalated}`);
    log(`  DynamoDB calls ${dynamoCalls}: ${JSON.stringify(calls)}`);
    log(`  slack-out messages ${messages} ${JSON.stringify(produced)} in ${queueCalls} queue sends`);
    return {
      open,
      due: dueCount,
      processed: result.processed,
      tickMs: Math.round(ms),
      cpuMs: Math.round(cpuMs),
      dynamoCalls,
      dynamoCallsByCommand: calls,
      slackOutMessages: messages,
      slackOutByKind: produced,
      queueSends: queueCalls,
      overBudget: ms > TARGET_MS || result.processed < dueCount ? 1 : 0,
    };
  } finally {
    ddb.destroy();
    sqs.destroy();
    await sqsServer.stop();
    await dynamo.stop();
  }
}
