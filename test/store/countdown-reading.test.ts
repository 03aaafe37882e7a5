/**
 * The countdown's reading side against the real local servers: every shard of the due index read to
 * its end, due alerts stepped a bounded number at a time, and an index entry that is behind its item
 * (the index is eventually consistent on DynamoDB) never acted on.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
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

beforeAll(async () => {
  dynamo = await startDynamo();
  sqsServer = await startSqs();
  const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
  const ddb = new DynamoDBClient({ endpoint: dynamo.endpoint, region: 'us-east-1', credentials });
  await ensureTable(ddb, 'beacon');
  ddb.destroy();
  sqs = new SQSClient({ endpoint: sqsServer.endpoint, region: 'us-east-1', credentials });
  const urls = await ensureQueues(sqs);
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
  it('steps a due alert on every shard, reading pages of one item to the end, at most 16 at a time', async () => {
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
    expect(q.maxInFlight()).toBeLessThanOrEqual(16);
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
});
