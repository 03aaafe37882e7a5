/**
 * The store's contract, held against two DynamoDB-compatible servers: dynalite (what the local
 * stack embeds) and AWS's own DynamoDB Local (real validation and semantics). The same table
 * definition as the CDK stack is created on each.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  type QueryCommand,
} from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Alert, alertIdFor } from '../../shared/domain/alert.ts';
import { openAlert } from '../../shared/domain/alert-lifecycle.ts';
import type { Label } from '../../shared/domain/detection.ts';
import type { Mention } from '../../shared/domain/mention.ts';
import { type Emulator, startDynamo } from '../../shared/local/emulators.ts';
import { ensureTable } from '../../shared/local/provision.ts';
import { DynamoAlertStore } from '../../shared/store/alert-store.ts';
import { DynamoAuthorStore } from '../../shared/store/author-store.ts';
import { DynamoCursorStore } from '../../shared/store/cursor-store.ts';
import { createDocumentClient } from '../../shared/store/dynamo-client.ts';
import { DynamoMentionStore } from '../../shared/store/mention-store.ts';
import { SHARDS, shardOf } from '../../shared/store/table-schema.ts';
import { VersionConflict } from '../../shared/usecases/ports.ts';
import { startDynamoDbLocal } from '../helpers/dynamodb-local.ts';
import { aMention, aRoute } from '../helpers/factories.ts';

const t0 = new Date('2026-03-02T10:00:00.000Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

const mention = (id: string, threadId: string, minutes: number, extra: Partial<Mention> = {}): Mention =>
  aMention({
    id,
    threadId,
    text: `post ${id}`,
    createdAt: at(minutes).toISOString(),
    receivedAt: at(minutes).toISOString(),
    ...extra,
  });

const route = aRoute();

/**
 * `npm test` holds the store to dynalite, which needs only Node. AWS's DynamoDB Local needs Java, so
 * it runs as its own command, `npm run test:dynamodb-local` (which .ci/run runs too).
 */
const servers: Array<[string, () => Promise<Emulator>]> =
  process.env.BEACON_STORE_SERVER === 'dynamodb-local'
    ? [['DynamoDB Local', () => startDynamoDbLocal()]]
    : [['dynalite', () => startDynamo()]];

describe.each(servers)('the store on %s', (_name, start) => {
  let server: Emulator;
  let mentions: DynamoMentionStore;
  let alerts: DynamoAlertStore;
  let authors: DynamoAuthorStore;
  let cursors: DynamoCursorStore;
  let db: DynamoDBDocumentClient;
  /** The same table read two items per page, so every read must follow LastEvaluatedKey. */
  let paged: DynamoAlertStore;
  /** Queries sent while `recording`, as (index, partition key). */
  const queries: Array<{ index?: string; pk?: unknown }> = [];
  let recording = false;

  beforeAll(async () => {
    server = await start();
    const ddb = new DynamoDBClient({
      endpoint: server.endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    await ensureTable(ddb, 'beacon-contract');
    ddb.destroy();
    db = createDocumentClient({ endpoint: server.endpoint, region: 'us-east-1' });
    const send = db.send.bind(db) as (command: unknown) => Promise<unknown>;
    (db as unknown as { send: typeof send }).send = (command) => {
      if (recording && command instanceof Object && command.constructor.name === 'QueryCommand') {
        const input = (command as QueryCommand).input;
        queries.push({ index: input.IndexName, pk: Object.values(input.ExpressionAttributeValues ?? {})[0] });
      }
      return send(command);
    };
    paged = new DynamoAlertStore(db, 'beacon-contract', { pageSize: 2 });
    mentions = new DynamoMentionStore(db, 'beacon-contract');
    alerts = new DynamoAlertStore(db, 'beacon-contract');
    authors = new DynamoAuthorStore(db, 'beacon-contract');
    cursors = new DynamoCursorStore(db, 'beacon-contract');
  }, 60_000);
  afterAll(() => server?.stop());

  it('stores a mention once, whatever thread id a redelivery names', async () => {
    const first = await mentions.putOnce(mention('m1', 'm1', 0));
    const again = await mentions.putOnce(mention('m1', 'other-thread', 0));
    expect(first.created).toBe(true);
    expect(again).toMatchObject({
      created: false,
      stored: { status: 'received', mention: { threadId: 'm1' } },
    });
    expect(await mentions.listThread('x', 'other-thread')).toEqual([]);
  });

  it('files a reply under its known parent’s thread and lists a thread oldest first', async () => {
    await mentions.putOnce(mention('r1', 'root', 0));
    await mentions.putOnce(mention('r3', 'r2', 2, { parentId: 'r2' }));
    await mentions.putOnce(mention('r2', 'root', 1, { parentId: 'r1' }));
    const late = await mentions.putOnce(mention('r4', 'r2', 3, { parentId: 'r2' }));
    expect(late.stored.mention.threadId).toBe('root');
    const ids = (await mentions.listThread('x', 'root')).map((m) => m.mention.id);
    expect(ids).toEqual(['r1', 'r2', 'r4']);
  });

  it('updates a stored mention and refuses to update one that is not stored', async () => {
    await mentions.putOnce(mention('u1', 'u1', 0));
    await mentions.update(
      { platform: 'x', threadId: 'u1', id: 'u1' },
      { status: 'processed', alertId: 'a1' },
    );
    expect(await mentions.get('x', 'u1', 'u1')).toMatchObject({ status: 'processed', alertId: 'a1' });
    await expect(
      mentions.update({ platform: 'x', threadId: 'nope', id: 'nope' }, { status: 'processed' }),
    ).rejects.toThrow();
  });

  it('opens an alert once and saves only over the version it read', async () => {
    const alert = openAlert(mention('a1', 'a1', 0), 'complaint', route, t0, at(60));
    expect(await alerts.create(alert)).toBe(true);
    expect(await alerts.create(alert)).toBe(false);
    const claimed = { ...alert, state: 'claimed' as const, claimedBy: 'U1', version: 2 };
    await alerts.save(claimed);
    await expect(alerts.save({ ...alert, state: 'dismissed', version: 2 })).rejects.toBeInstanceOf(
      VersionConflict,
    );
    expect(await alerts.get(alert.alertId)).toMatchObject({ state: 'claimed', claimedBy: 'U1', version: 2 });
  });

  it('lists due alerts from the sparse index, and forgets them once resolved', async () => {
    const soon = {
      ...openAlert(mention('d1', 'd1', 0), 'complaint', route, t0, at(60)),
      nextStepAt: at(1).toISOString(),
    };
    const later = {
      ...openAlert(mention('d2', 'd2', 0), 'question', route, t0, at(240)),
      nextStepAt: at(30).toISOString(),
    };
    await alerts.create(soon);
    await alerts.create(later);
    const due = (await alerts.listDue(at(5))).map((a) => a.alertId);
    expect(due).toContain(alertIdFor('x', 'd1'));
    expect(due).not.toContain(alertIdFor('x', 'd2'));

    await alerts.save({ ...soon, state: 'replied', resolvedAt: at(2).toISOString(), version: 2 });
    expect((await alerts.listDue(at(5))).map((a) => a.alertId)).not.toContain(soon.alertId);
    expect((await alerts.listActive()).map((a) => a.alertId)).toContain(later.alertId);
  });

  describe('sharded alert indexes', () => {
    const now = at(24 * 60);
    /** Alerts whose ids land on every due shard, `perShard` on each, due `minutesAgo` before now. */
    function onEveryShard(
      prefix: string,
      perShard: number,
      extra: (i: number) => Partial<Alert> = () => ({}),
    ) {
      const byShard = new Map<number, Alert[]>();
      for (let i = 0; [...byShard.values()].filter((a) => a.length >= perShard).length < SHARDS.due; i++) {
        const base = openAlert(
          mention(`${prefix}-${i}`, `${prefix}-${i}`, 0),
          'complaint',
          route,
          t0,
          at(48 * 60),
        );
        const shard = shardOf(base.alertId, SHARDS.due);
        const list = byShard.get(shard) ?? [];
        if (list.length < perShard) list.push({ ...base, ...extra(i) });
        byShard.set(shard, list);
      }
      return [...byShard.values()].flat();
    }

    it('spreads due and opened keys over the shards, by a hash of the alert id', async () => {
      const alerts3 = onEveryShard('spread', 1);
      await Promise.all(alerts3.map((a) => alerts.create(a)));
      const items = await Promise.all(
        alerts3.map(async (a) => {
          const out = await db.send(
            new GetCommand({ TableName: 'beacon-contract', Key: { pk: `ALERT#${a.alertId}`, sk: 'ALERT' } }),
          );
          return out.Item ?? {};
        }),
      );
      expect(new Set(items.map((i) => i.gsi1pk))).toEqual(
        new Set(Array.from({ length: SHARDS.due }, (_, n) => `DUE#${n}`)),
      );
      for (const item of items) expect(item.gsi2pk).toMatch(/^OPENED#2026-03-02#\d+$/);
      expect(new Set(items.map((i) => i.gsi2pk)).size).toBeGreaterThan(SHARDS.opened / 2);
    });

    it('reads every shard to its last page: a due alert on each shard is found, however small the pages', async () => {
      const due = onEveryShard('due', 3, (i) => ({ nextStepAt: at(24 * 60 - 1 - (i % 5)).toISOString() }));
      const notYet = onEveryShard('later', 1, () => ({ nextStepAt: at(24 * 60 + 5).toISOString() }));
      await Promise.all([...due, ...notYet].map((a) => alerts.create(a)));
      const listed = (await paged.listDue(now)).map((a) => a.alertId);
      expect(listed).toEqual(expect.arrayContaining(due.map((a) => a.alertId)));
      expect(listed).not.toEqual(expect.arrayContaining([notYet[0]?.alertId]));
      expect(listed.filter((id) => notYet.some((a) => a.alertId === id))).toEqual([]);
      // Oldest step first, across shards.
      const steps = (await paged.listDue(now)).map((a) => a.nextStepAt);
      expect(steps).toEqual([...steps].sort());
    });

    it('still reads alerts written with the unsharded keys of before', async () => {
      const old = openAlert(mention('legacy-1', 'legacy-1', 0), 'question', route, t0, at(60));
      await db.send(
        new PutCommand({
          TableName: 'beacon-contract',
          Item: {
            pk: `ALERT#${old.alertId}`,
            sk: 'ALERT',
            gsi1pk: 'DUE',
            gsi1sk: `${old.nextStepAt}#${old.alertId}`,
            gsi2pk: 'OPENED#2026-03-02',
            gsi2sk: `${old.openedAt}#${old.alertId}`,
            version: old.version,
            alert: old,
          },
        }),
      );
      expect((await paged.listDue(now)).map((a) => a.alertId)).toContain(old.alertId);
      expect((await paged.listOpened(t0, at(1))).map((a) => a.alertId)).toContain(old.alertId);
      // Its next save moves it to the sharded keys.
      await alerts.save({ ...old, state: 'replied', resolvedAt: at(2).toISOString(), version: 2 });
      expect((await paged.listDue(now)).map((a) => a.alertId)).not.toContain(old.alertId);
    });

    it('lists the alerts opened between two days from every shard of each day', async () => {
      const day1 = new Date('2026-04-10T00:00:00.000Z');
      const opened = Array.from({ length: 40 }, (_, i) => {
        const openedAt = new Date(day1.getTime() + i * 90 * 60_000);
        return openAlert(
          mention(`range-${i}`, `range-${i}`, 0),
          'praise',
          route,
          openedAt,
          new Date(openedAt.getTime() + 3600_000),
        );
      });
      await Promise.all(opened.map((a) => alerts.create(a)));
      const from = new Date(day1.getTime() + 3 * 3600_000);
      const to = new Date(day1.getTime() + 36 * 3600_000);
      const expected = opened.filter(
        (a) => a.openedAt >= from.toISOString() && a.openedAt <= to.toISOString(),
      );
      expect((await paged.listOpened(from, to)).map((a) => a.alertId)).toEqual(
        expected.map((a) => a.alertId),
      );
    });

    it('lists a channel’s active alerts from the index per channel, never reading other channels', async () => {
      const mine = [1, 2, 3].map((i) => ({
        ...openAlert(mention(`chan-a-${i}`, `chan-a-${i}`, 0), 'complaint', route, t0, at(100 - i)),
        channel: '#chan-a',
      }));
      const other = {
        ...openAlert(mention('chan-b-1', 'chan-b-1', 0), 'complaint', route, t0, at(50)),
        channel: '#chan-b',
      };
      await Promise.all([...mine, other].map((a) => alerts.create(a)));
      // Once posted, the card's Slack channel id is the key `/beacon open` is asked with.
      const [first, second, third] = mine as [Alert, Alert, Alert];
      await alerts.save({ ...first, slackChannelId: 'C0CHANA', slackTs: '1.1', version: 2 });
      await alerts.save({ ...third, state: 'dismissed', version: 2 });
      queries.length = 0;
      recording = true;
      const listed = await paged.listActive(['C0CHANA', '#chan-a']);
      recording = false;
      expect(listed.map((a) => a.alertId)).toEqual([second.alertId, first.alertId]);
      expect(queries.length).toBeGreaterThan(0);
      expect(
        queries.every((q) => q.index === 'gsi3' && ['OPEN#C0CHANA', 'OPEN##chan-a'].includes(String(q.pk))),
      ).toBe(true);
    });
  });

  it('counts an author’s moments once per thread in their profile, all time and over 30, 90 and 365 days', async () => {
    const now = at(0);
    const moment = (threadId: string, label: Label, daysAgo: number, lang = 'en') => ({
      threadId,
      label,
      at: new Date(now.getTime() - daysAgo * 86_400_000).toISOString(),
      lang,
    });
    const record = (m: ReturnType<typeof moment>) => authors.record('x', 'author-9', m, now);
    expect((await record(moment('h0', 'complaint', 200))).counted).toBe(true);
    // A follow-up or a replay in the same thread is not a second moment.
    expect((await record(moment('h0', 'complaint', 199))).counted).toBe(false);
    const concurrent = await Promise.all([1, 2, 3].map(() => record(moment('h1', 'complaint', 60))));
    expect(concurrent.filter((r) => r.counted)).toHaveLength(1);
    // Chatter first, then a moment in the same thread: the thread counts as that moment.
    expect((await record(moment('h2', 'none', 10, 'de'))).counted).toBe(true);
    expect((await record(moment('h2', 'praise', 10, 'de'))).counted).toBe(true);
    expect((await record(moment('h2', 'complaint', 9))).counted).toBe(false);
    expect((await record(moment('h3', 'praise', 400))).counted).toBe(true);

    expect(await authors.get('x', 'author-9', { now })).toEqual({
      complaint: 2,
      praise: 2,
      question: 0,
      suggestion: 0,
      none: 0,
      firstSeen: moment('', 'none', 400).at,
      lastSeen: moment('', 'none', 10).at,
      last30d: { praise: 1 },
      last90d: { praise: 1, complaint: 1 },
      last365d: { praise: 1, complaint: 2 },
      platforms: ['x'],
    });
    expect(await authors.get('x', 'author-9', { now, exceptThread: 'h1' })).toMatchObject({
      complaint: 1,
      last90d: { praise: 1 },
    });
    const { profile, moment: marker } = await authors.lookup('x', 'author-9', 'h2');
    expect(marker).toEqual({ label: 'praise', at: moment('', 'none', 10).at });
    expect(profile).toMatchObject({ platforms: ['x'], languages: { en: 3, de: 2 } });
    // Day buckets older than a year are trimmed from the item; the all-time totals keep them.
    expect(Object.keys(profile?.days ?? {}).every((d) => d >= '2025-03-03')).toBe(true);
    expect(await authors.get('x', 'nobody')).toBeUndefined();
  });

  it('records an alert’s outcome and the time to reply in the author’s profile, once', async () => {
    const outcome = {
      alertId: 'al_1',
      outcome: 'replied' as const,
      at: at(30).toISOString(),
      replySeconds: 1800,
    };
    await authors.recordOutcome('x', 'author-10', outcome);
    await authors.recordOutcome('x', 'author-10', outcome);
    await authors.recordOutcome('x', 'author-10', { ...outcome, alertId: 'al_2', replySeconds: 600 });
    const { profile } = await authors.lookup('x', 'author-10');
    expect(profile).toMatchObject({
      lastOutcome: { alertId: 'al_2', outcome: 'replied' },
      replies: { count: 2, totalSeconds: 2400, lastSeconds: 600 },
    });
  });

  it('keeps the outcome of an alert that closes in its author’s profile, whoever closed it', async () => {
    const opened = openAlert(
      mention('oc1', 'oc1', 0, { author: { id: 'author-11', handle: 'eleven' } }),
      'complaint',
      route,
      t0,
      at(60),
    );
    await alerts.create(opened);
    await alerts.save({ ...opened, state: 'claimed', claimedBy: 'U1', version: 2 });
    expect((await authors.lookup('x', 'author-11')).profile?.lastOutcome).toBeUndefined();
    await alerts.save({
      ...opened,
      state: 'replied',
      resolvedAt: at(12).toISOString(),
      resolvedBy: 'U1',
      version: 3,
    });
    expect((await authors.lookup('x', 'author-11')).profile).toMatchObject({
      lastOutcome: { alertId: opened.alertId, outcome: 'replied', at: at(12).toISOString() },
      replies: { count: 1, totalSeconds: 720, lastSeconds: 720 },
    });
  });

  it('loses no count when many detections of one author run at once', async () => {
    const now = at(0);
    const threads = Array.from({ length: 24 }, (_, i) => `race-${i}`);
    const labels: Label[] = ['praise', 'complaint', 'question'];
    const results = await Promise.all(
      threads.flatMap((threadId, i) =>
        // Each thread detected twice at once too (a redelivery racing the first delivery).
        [0, 1].map(() =>
          authors.record(
            'x',
            'author-race',
            { threadId, label: labels[i % 3] ?? 'praise', at: now.toISOString(), lang: 'en' },
            now,
          ),
        ),
      ),
    );
    expect(results.filter((r) => r.counted)).toHaveLength(threads.length);
    const stats = await authors.get('x', 'author-race', { now });
    expect(stats).toMatchObject({
      praise: 8,
      complaint: 8,
      question: 8,
      last30d: { praise: 8, complaint: 8, question: 8 },
    });
    const { profile } = await authors.lookup('x', 'author-race');
    expect(profile?.languages).toEqual({ en: 24 });
  });

  it('advances a poll cursor only over the version it read', async () => {
    const v1 = await cursors.save('mastodon-mentions', { cursor: { seen: ['1'] } }, 0);
    await expect(cursors.save('mastodon-mentions', { cursor: { seen: ['2'] } }, 0)).rejects.toBeInstanceOf(
      VersionConflict,
    );
    const v2 = await cursors.save('mastodon-mentions', { cursor: { seen: ['2'] } }, v1);
    expect(v2).toBeGreaterThan(v1);
    expect(await cursors.get('mastodon-mentions')).toMatchObject({ version: v2, cursor: { seen: ['2'] } });
  });
});
