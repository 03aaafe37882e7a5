/**
 * The countdown's reading side against the real local servers: every shard of the due index read to
 * its end, due alerts stepped a bounded number at a time, and an index entry that is behind its item
 * (the index is eventually consistent on DynamoDB) never acted on.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Alert } from '../../shared/domain/alert.ts';
import { openAlert } from '../../shared/domain/alert-lifecycle.ts';
import { type Emulator, startDynamo, startSqs } from '../../shared/local/emulators.ts';
import { ensureQueues, ensureTable } from '../../shared/local/provision.ts';
import type { SlackOutMessage } from '../../shared/queue/messages.ts';
import { SqsSlackOutQueue } from '../../shared/queue/sqs.ts';
import { DynamoAlertStore } from '../../shared/store/alert-store.ts';
import { createDocumentClient } from '../../shared/store/dynamo-client.ts';
import { SHARDS, shardOf } from '../../shared/store/table-schema.ts';
import type { SlackOutQueue } from '../../shared/usecases/ports.ts';
import { runCountdown } from '../../shared/usecases/run-countdown.ts';
import { aMention, aRoute } from '../helpers/factories.ts';

const t0 = new Date('2026-05-04T09:00:00.000Z');
const now = new Date(t0.getTime() + 20 * 60_000);

let dynamo: Emulator;
let sqsServer: Emulator;
let sqs: SQSClient;
let alerts: DynamoAlertStore;
let queue: SqsSlackOutQueue;
let slackOutUrl: string;

beforeAll(async () => {
  dynamo = await startDynamo();
  sqsServer = await startSqs();
  const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
  const ddb = new DynamoDBClient({ endpoint: dynamo.endpoint, region: 'us-east-1', credentials });
  await ensureTable(ddb, 'beacon');
  ddb.destroy();
  sqs = new SQSClient({ endpoint: sqsServer.endpoint, region: 'us-east-1', credentials });
  const urls = await ensureQueues(sqs);
  slackOutUrl = urls.slackOut;
  queue = new SqsSlackOutQueue(sqs, urls.slackOut);
  // One item per page: every read must follow LastEvaluatedKey to the end of each shard.
  alerts = new DynamoAlertStore(
    createDocumentClient({ endpoint: dynamo.endpoint, region: 'us-east-1' }),
    'beacon',
    {
      pageSize: 1,
    },
  );
}, 30_000);
afterAll(async () => {
  sqs?.destroy();
  await sqsServer?.stop();
  await dynamo?.stop();
});

let n = 0;
/** An open alert with an hour's window, opened at t0, due `dueMinutesAgo` before now. */
function anAlert(prefix: string, dueMinutesAgo = 1): Alert {
  const id = `${prefix}-${++n}`;
  const alert = openAlert(
    aMention({ id, threadId: id }),
    'complaint',
    aRoute(),
    t0,
    new Date(t0.getTime() + 3600_000),
  );
  return { ...alert, nextStepAt: new Date(now.getTime() - dueMinutesAgo * 60_000).toISOString() };
}

/** Alerts until every due shard holds `perShard`. */
function onEveryShard(prefix: string, perShard: number): Alert[] {
  const byShard = new Map<number, Alert[]>();
  while ([...byShard.values()].filter((a) => a.length >= perShard).length < SHARDS.due) {
    const alert = anAlert(prefix);
    const list = byShard.get(shardOf(alert.alertId, SHARDS.due)) ?? [];
    if (list.length < perShard) list.push(alert);
    byShard.set(shardOf(alert.alertId, SHARDS.due), list);
  }
  return [...byShard.values()].flat();
}

/** The real queue, recording what was sent and how many sends were in flight at once. */
function recordingQueue() {
  const sent: SlackOutMessage[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const slackOut: SlackOutQueue = {
    async send(messages) {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      try {
        await queue.send(messages);
        sent.push(...messages);
      } finally {
        inFlight--;
      }
    },
  };
  return { slackOut, sent, maxInFlight: () => maxInFlight };
}

describe('one countdown tick', () => {
  it('steps a due alert on every shard, reading pages of one item to the end, a few queue writes at a time', async () => {
    const due = onEveryShard('shard', 3);
    const later = { ...anAlert('later'), nextStepAt: new Date(now.getTime() + 60_000).toISOString() };
    for (const a of [...due, later]) await alerts.create(a);
    const q = recordingQueue();
    const result = await runCountdown(now, { alerts, slackOut: q.slackOut });
    expect(result.processed).toBe(due.length);
    const refreshed = new Set(q.sent.filter((m) => m.kind === 'alert').map((m) => m.alertId));
    expect([...refreshed].sort()).toEqual(due.map((a) => a.alertId).sort());
    for (const a of due) expect((await alerts.get(a.alertId))?.version).toBe(2);
    expect((await alerts.get(later.alertId))?.version).toBe(1);
    // Concurrent, yet bounded.
    expect(q.maxInFlight()).toBeGreaterThan(1);
    expect(q.maxInFlight()).toBeLessThanOrEqual(4);
    // Nothing left due after the tick.
    expect((await alerts.listDue(now)).map((a) => a.alertId)).toEqual([]);
  });

  it('skips an alert the index still lists as due after it was replied to, queueing nothing for it', async () => {
    const alert = { ...anAlert('stale', 90), deadline: new Date(now.getTime() - 60_000).toISOString() };
    await alerts.create(alert);
    const replied: Alert = { ...alert, state: 'replied', resolvedAt: now.toISOString(), version: 2 };
    await alerts.save(replied);
    // What an index a step behind its item returns: the alert as it was, past its deadline.
    const lagging = {
      get: alerts.get.bind(alerts),
      getMany: alerts.getMany.bind(alerts),
      create: alerts.create.bind(alerts),
      save: alerts.save.bind(alerts),
      markShown: alerts.markShown.bind(alerts),
      listActive: alerts.listActive.bind(alerts),
      listOpened: alerts.listOpened.bind(alerts),
      listDue: async () => [alert],
    };
    const q = recordingQueue();
    const result = await runCountdown(now, { alerts: lagging, slackOut: q.slackOut });
    expect(q.sent).toEqual([]);
    expect(result).toMatchObject({ processed: 0, expired: 0 });
    expect(await alerts.get(alert.alertId)).toMatchObject({ state: 'replied', version: 2 });
  });

  it('queues the messages of many alerts ten to a SendMessageBatch call, a few calls at once, each alert whole and before its save', async () => {
    // Seven alerts whose escalation step (20 %, with a channel of its own) is due: three messages
    // each (the notice in the thread, the one in the escalation channel, the refresh); thirty whose
    // colour steps only: one message each.
    const escalating = Array.from({ length: 7 }, () => {
      const a = anAlert('batch-esc');
      return { ...a, escalations: [{ atFraction: 0.2, mention: ['<!here>'], channel: 'escalations' }] };
    });
    const plain = Array.from({ length: 30 }, () => anAlert('batch-plain'));
    for (const a of [...escalating, ...plain]) await alerts.create(a);

    // The real queue over a client that counts its calls and the batches in flight.
    const batches: Array<Array<{ kind: string; alertId?: string }>> = [];
    const commands: Record<string, number> = {};
    let inFlight = 0;
    let maxInFlight = 0;
    const counted = new SQSClient({
      endpoint: sqsServer.endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    const send = counted.send.bind(counted) as (command: object) => Promise<unknown>;
    (counted as unknown as { send: (command: object) => Promise<unknown> }).send = async (command) => {
      const name = command.constructor.name;
      commands[name] = (commands[name] ?? 0) + 1;
      if (command instanceof SendMessageBatchCommand)
        batches.push(
          (command.input.Entries ?? []).map((e) => JSON.parse(e.MessageBody ?? '{}') as { kind: string }),
        );
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      try {
        return await send(command);
      } finally {
        inFlight--;
      }
    };
    const real = new SqsSlackOutQueue(counted, slackOutUrl);
    const queued = new Set<string>();
    const slackOut: SlackOutQueue = {
      async send(messages) {
        await real.send(messages);
        for (const m of messages) if (m.kind === 'alert') queued.add(`${m.alertId}@${m.version}`);
      },
    };
    const savedBeforeQueued: string[] = [];
    const watched = Object.assign(Object.create(Object.getPrototypeOf(alerts)), alerts) as DynamoAlertStore;
    watched.save = async (alert) => {
      if (!queued.has(`${alert.alertId}@${alert.version}`)) savedBeforeQueued.push(alert.alertId);
      return alerts.save(alert);
    };

    const result = await runCountdown(now, { alerts: watched, slackOut });
    expect(result).toMatchObject({ processed: 37, escalated: 7 });
    const messages = 7 * 3 + 30;
    // Ten messages to a call, an alert's messages never split: at least 8 in every call but the last.
    expect(commands).toEqual({ SendMessageBatchCommand: batches.length });
    expect(batches.length).toBeGreaterThanOrEqual(Math.ceil(messages / 10));
    expect(batches.length).toBeLessThanOrEqual(Math.ceil(messages / 8));
    expect(batches.every((b) => b.length <= 10)).toBe(true);
    expect(batches.flat()).toHaveLength(messages);
    expect(maxInFlight).toBeGreaterThan(1);
    expect(maxInFlight).toBeLessThanOrEqual(4);
    for (const a of escalating) {
      const holding = batches.filter((b) => b.some((m) => m.alertId === a.alertId));
      expect(holding).toHaveLength(1);
      // Notices first, the refresh last, in one call: a FIFO batch keeps its entries' order.
      expect(holding[0]?.filter((m) => m.alertId === a.alertId).map((m) => m.kind)).toEqual([
        'notice',
        'notice',
        'alert',
      ]);
    }
    expect(savedBeforeQueued).toEqual([]);
    for (const a of [...escalating, ...plain]) expect((await alerts.get(a.alertId))?.version).toBe(2);
    counted.destroy();
  });
});
