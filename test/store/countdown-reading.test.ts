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
import { COSMETIC_UPDATES_PER_TICK, COUNTDOWN_UPDATES_PER_TICK } from '../../shared/slack/write-budget.ts';
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

/**
 * An open alert with an hour's window of which `usedMinutes` are gone at now, due a second ago: at
 * 30 its colour steps to 50 %, at 48 to 80 %, past 60 it is missed.
 */
function usedAlert(prefix: string, usedMinutes: number, escalations: Alert['escalations'] = []): Alert {
  const id = `${prefix}-${++n}`;
  const opened = new Date(now.getTime() - usedMinutes * 60_000);
  const alert = openAlert(
    aMention({ id, threadId: id }),
    'complaint',
    aRoute({ escalations }),
    opened,
    new Date(opened.getTime() + 3600_000),
  );
  return { ...alert, nextStepAt: new Date(now.getTime() - 1000).toISOString() };
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
    // Escalations (state changes), so every one of them has its refresh within the tick's allowance.
    const due = onEveryShard('shard', 2).map((a) => ({
      ...a,
      escalations: [{ atFraction: 0.2, mention: [] }],
    }));
    expect(due.length).toBeLessThanOrEqual(COUNTDOWN_UPDATES_PER_TICK);
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
    // each (the notice in the thread, the one in the escalation channel, the refresh); twenty whose
    // colour steps only: one message each (fewer than the tick's allowance for colour steps).
    const escalating = Array.from({ length: 7 }, () => {
      const a = anAlert('batch-esc');
      return { ...a, escalations: [{ atFraction: 0.2, mention: ['<!here>'], channel: 'escalations' }] };
    });
    const plain = Array.from({ length: 20 }, () => anAlert('batch-plain'));
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
    expect(result).toMatchObject({ processed: 27, escalated: 7 });
    const messages = 7 * 3 + 20;
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

  it("queues at most the tick's allowance of card refreshes: state changes first, then the most urgent colour steps; colour steps left over are skipped for good", async () => {
    const stateChanges = COUNTDOWN_UPDATES_PER_TICK - 10;
    const escalating = Array.from({ length: stateChanges }, () =>
      usedAlert('allow-esc', 20, [{ atFraction: 0.2, mention: [] }]),
    );
    const urgent = Array.from({ length: 20 }, (_, i) => usedAlert('allow-80', 48 + i / 100));
    const soon = Array.from({ length: 20 }, (_, i) => usedAlert('allow-50', 30 + i / 100));
    for (const a of [...escalating, ...urgent, ...soon]) await alerts.create(a);
    const q = recordingQueue();

    const result = await runCountdown(now, { alerts, slackOut: q.slackOut });

    const refreshed = new Set(q.sent.filter((m) => m.kind === 'alert').map((m) => m.alertId));
    expect(refreshed.size).toBe(COUNTDOWN_UPDATES_PER_TICK);
    for (const a of escalating) expect(refreshed.has(a.alertId)).toBe(true);
    // Ten left for colour steps (fewer than the cosmetic share): all ten go to 80 %, none to 50 %.
    expect(10).toBeLessThan(COSMETIC_UPDATES_PER_TICK);
    expect(urgent.filter((a) => refreshed.has(a.alertId))).toHaveLength(10);
    expect(soon.filter((a) => refreshed.has(a.alertId))).toHaveLength(0);
    expect(q.sent.filter((m) => m.kind === 'notice')).toHaveLength(stateChanges);
    expect(result).toMatchObject({
      processed: stateChanges + 40,
      escalated: stateChanges,
      refreshes: COUNTDOWN_UPDATES_PER_TICK,
      skippedColourSteps: 30,
      owedRefreshes: 0,
    });
    // A skipped colour step is not tried again: every alert moved on to its next step.
    const due = new Set((await alerts.listDue(now)).map((a) => a.alertId));
    for (const a of [...escalating, ...urgent, ...soon]) {
      expect(due.has(a.alertId)).toBe(false);
      expect((await alerts.get(a.alertId))?.version).toBe(2);
    }
  });

  it('owes the refreshes of state changes beyond the allowance and sends them first in the next tick, notices on time', async () => {
    const extra = 5;
    // Missed alerts, the most overdue first; the route names an escalation channel, so each is announced.
    const missed = Array.from({ length: COUNTDOWN_UPDATES_PER_TICK + extra }, (_, i) => ({
      ...usedAlert('owed', 70 - i / 10),
      escalationChannel: 'escalations',
    }));
    for (const a of missed) await alerts.create(a);
    const first = recordingQueue();

    const result = await runCountdown(now, { alerts, slackOut: first.slackOut });

    expect(result).toMatchObject({
      expired: missed.length,
      refreshes: COUNTDOWN_UPDATES_PER_TICK,
      owedRefreshes: extra,
    });
    // Every missed notice goes out in its tick; the cards of the least overdue wait.
    expect(first.sent.filter((m) => m.kind === 'notice')).toHaveLength(missed.length);
    const refreshed = new Set(first.sent.filter((m) => m.kind === 'alert').map((m) => m.alertId));
    const owed = missed.slice(-extra);
    for (const a of owed) expect(refreshed.has(a.alertId)).toBe(false);
    for (const a of owed) expect((await alerts.get(a.alertId))?.state).toBe('expired');

    const later = new Date(now.getTime() + 60_000);
    const second = recordingQueue();
    const next = await runCountdown(later, { alerts, slackOut: second.slackOut });
    expect(next).toMatchObject({ owedRefreshes: 0, expired: 0 });
    const ofMissed = second.sent.filter((m) => 'alertId' in m && missed.some((a) => a.alertId === m.alertId));
    expect(ofMissed.map((m) => m.kind)).toEqual(Array(extra).fill('alert'));
    expect(new Set(ofMissed.map((m) => ('alertId' in m ? m.alertId : '')))).toEqual(
      new Set(owed.map((a) => a.alertId)),
    );
    // Owed no more: the third tick finds nothing of them.
    const third = recordingQueue();
    await runCountdown(new Date(later.getTime() + 60_000), { alerts, slackOut: third.slackOut });
    expect(
      third.sent.filter((m) => m.kind === 'alert' && missed.some((a) => a.alertId === m.alertId)),
    ).toEqual([]);
  });
});
