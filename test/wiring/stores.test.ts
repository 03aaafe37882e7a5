import { describe, expect, it } from 'vitest';
import { DynamoCursorStore } from '../../shared/store/cursor-store.ts';
import { DynamoReplyIntentStore } from '../../shared/store/reply-intent-store.ts';
import { type ReplyIntent, VersionConflict } from '../../shared/usecases/ports.ts';
import { fresh, localTable, TABLE_NAME } from './support.ts';

const table = localTable();

describe('DynamoCursorStore', () => {
  const store = () => new DynamoCursorStore(table.db(), TABLE_NAME);
  const cursor = (id: string) => ({ mark: { id, at: '2026-03-02T10:00:00.000Z' }, seen: [id] });

  it('has nothing for a source never polled', async () => {
    expect(await store().get(fresh('never'))).toBeUndefined();
  });

  it('saves the first cursor at version 1 and reads it back with its backoff', async () => {
    const source = fresh('first');
    const version = await store().save(
      source,
      { cursor: cursor('a'), backoffUntil: '2026-03-02T10:05:00.000Z' },
      0,
    );
    expect(version).toBe(1);
    expect(await store().get(source)).toEqual({
      cursor: cursor('a'),
      backoffUntil: '2026-03-02T10:05:00.000Z',
      version: 1,
    });
  });

  it('advances from the version read, and drops a backoff that is no longer asked for', async () => {
    const source = fresh('advance');
    const v1 = await store().save(
      source,
      { cursor: cursor('a'), backoffUntil: '2026-03-02T10:05:00.000Z' },
      0,
    );
    const v2 = await store().save(source, { cursor: cursor('b') }, v1);
    expect(await store().get(source)).toEqual({ cursor: cursor('b'), version: v2 });
  });

  it.each([
    ['a second first save', 0],
    ['a save from a stale version', 1],
  ])('refuses %s: of two overlapping runs only one advances the cursor', async (_, staleVersion) => {
    const source = fresh('race');
    const v1 = await store().save(source, { cursor: cursor('a') }, 0);
    await store().save(source, { cursor: cursor('b') }, v1);
    await expect(store().save(source, { cursor: cursor('late') }, staleVersion)).rejects.toBeInstanceOf(
      VersionConflict,
    );
    expect((await store().get(source))?.cursor).toEqual(cursor('b'));
  });
});

describe('DynamoReplyIntentStore', () => {
  const store = () => new DynamoReplyIntentStore(table.db(), TABLE_NAME);
  const intent = (over: Partial<ReplyIntent> = {}): ReplyIntent => ({
    platform: 'mastodon',
    mentionId: fresh('m'),
    idempotencyKey: 'slack-view:V1',
    alertId: 'al_1',
    by: 'U1',
    state: 'pending',
    attempts: 1,
    attemptedAt: '2026-03-02T10:00:00.000Z',
    version: 1,
    ...over,
  });

  it('creates an intent once: a second create of the same key changes nothing', async () => {
    const first = intent();
    expect(await store().create(first)).toBe(true);
    expect(await store().create({ ...first, by: 'U2' })).toBe(false);
    expect(await store().get(first)).toEqual(first);
  });

  it('keeps intents for other keys of the same mention apart', async () => {
    const a = intent();
    const b = { ...a, idempotencyKey: 'slack-view:V2' };
    expect(await store().create(a)).toBe(true);
    expect(await store().create(b)).toBe(true);
    expect((await store().get(b))?.idempotencyKey).toBe('slack-view:V2');
  });

  it('moves pending → sent with the reply id and url', async () => {
    const pending = intent();
    await store().create(pending);
    const sent: ReplyIntent = {
      ...pending,
      state: 'sent',
      result: { id: '109', url: 'https://social.example/@acme/109' },
      version: 2,
    };
    await store().save(sent);
    expect(await store().get(pending)).toEqual(sent);
  });

  it('refuses a save from a stale version, so two deliveries cannot both claim an attempt', async () => {
    const pending = intent();
    await store().create(pending);
    await store().save({ ...pending, state: 'failed', version: 2 });
    await expect(store().save({ ...pending, state: 'sent', version: 2 })).rejects.toBeInstanceOf(
      VersionConflict,
    );
    expect((await store().get(pending))?.state).toBe('failed');
  });
});
