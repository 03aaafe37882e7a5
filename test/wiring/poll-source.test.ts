import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Mention } from '../../shared/domain/mention.ts';
import { createPollSources } from '../../shared/platforms/poll-sources.ts';
import { DynamoCursorStore } from '../../shared/store/cursor-store.ts';
import { type PollRunDeps, pollSource, UnknownSource } from '../../shared/usecases/poll-source.ts';
import type { MentionQueue } from '../../shared/usecases/ports.ts';
import { type FakeMastodon, startFakeMastodon } from './fake-mastodon.ts';
import { fresh, localTable, TABLE_NAME } from './support.ts';

const table = localTable();
const T0 = new Date('2026-03-02T10:00:00.000Z');
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

/** A mentions queue that keeps what it is sent, and can be made to fail or to wait. */
class RecordingQueue implements MentionQueue {
  sent: Mention[] = [];
  failures = 0;
  gate: Promise<void> | undefined;
  entered: (() => void) | undefined;
  async send(mentions: Mention[]): Promise<void> {
    if (this.failures > 0) {
      this.failures--;
      throw new Error('SQS is unavailable');
    }
    if (this.gate) {
      this.entered?.();
      await this.gate;
    }
    this.sent.push(...mentions);
  }
  ids = () => this.sent.map((m) => m.id);
}

let api: FakeMastodon;
let now: Date;
beforeEach(async () => {
  api = await startFakeMastodon(2);
  now = T0;
});
afterEach(() => api.server.close());

function deps(sourceId: string, queue: MentionQueue, over: Partial<PollRunDeps> = {}): PollRunDeps {
  const sources = createPollSources([{ type: 'mastodon-mentions', id: sourceId }], { mastodon: ['acme'] });
  return {
    sources: () => sources,
    cursors: new DynamoCursorStore(table.db(), TABLE_NAME),
    queue,
    secrets: async () => api.secrets,
    fetch,
    clock: () => now,
    isBrandAuthor: (platform, author) => platform === 'mastodon' && author.handle === 'acme',
    budgetMs: 60_000,
    ...over,
  };
}

describe('pollSource', () => {
  it('queues new mentions oldest first, stamped on arrival, then saves the cursor for the next run', async () => {
    const source = fresh('masto');
    const queue = new RecordingQueue();
    const a = api.mention(1, '@acme my order is late', minutes(-30));
    const b = api.mention(2, '@acme thanks, it arrived', minutes(-20));

    const first = await pollSource(source, deps(source, queue));

    expect(first).toMatchObject({ status: 'ran', queued: 2, done: true });
    expect(queue.ids()).toEqual([a, b]);
    expect(queue.sent[0]).toMatchObject({
      receivedAt: T0.toISOString(),
      createdAt: minutes(-30).toISOString(),
    });
    expect((await deps(source, queue).cursors.get(source))?.version).toBe(1);

    const c = api.mention(3, '@acme one more question', minutes(-5));
    now = minutes(1);
    const second = await pollSource(source, deps(source, queue));
    expect(second).toMatchObject({ status: 'ran', queued: 1, done: true });
    expect(queue.ids()).toEqual([a, b, c]);
  });

  it("marks the brand's own replies as the brand's, as webhooks do", async () => {
    const source = fresh('brand');
    const queue = new RecordingQueue();
    const root = api.mention(1, '@acme where is my parcel?', minutes(-5));
    api.mention(2, '@user1 it left the depot today', minutes(-3), 'acme', root);
    // The source itself knows no brand account here: the routing config's brand decides.
    const sources = createPollSources([{ type: 'mastodon-mentions', id: source }]);
    await pollSource(source, deps(source, queue, { sources: () => sources }));
    expect(queue.sent.map((m) => [m.author.handle, m.author.isBrand ?? false])).toEqual([
      ['user1@social.example', false],
      ['acme', true],
    ]);
  });

  it('does not move the cursor when queueing fails, so the next run queues the same mentions', async () => {
    const source = fresh('queue-fails');
    const queue = new RecordingQueue();
    const a = api.mention(1, '@acme broken again', minutes(-10));
    queue.failures = 1;

    await expect(pollSource(source, deps(source, queue))).rejects.toThrow('SQS is unavailable');
    expect(await deps(source, queue).cursors.get(source)).toBeUndefined();

    now = minutes(1);
    expect(await pollSource(source, deps(source, queue))).toMatchObject({ queued: 1, done: true });
    expect(queue.ids()).toEqual([a]);
  });

  it('reads a backlog page by page within one run while the budget lasts', async () => {
    const source = fresh('backlog');
    const queue = new RecordingQueue();
    const ids = Array.from({ length: 9 }, (_, i) =>
      api.mention(i + 1, `@acme post ${i + 1}`, minutes(-60 + i)),
    );
    const sources = createPollSources([{ type: 'mastodon-mentions', id: source, maxPages: 1 }]);

    const out = await pollSource(source, deps(source, queue, { sources: () => sources }));

    expect(out).toMatchObject({ status: 'ran', done: true, queued: 9 });
    expect(out.batches).toBeGreaterThan(1);
    expect([...queue.ids()].sort()).toEqual([...ids].sort());
  });

  it('stops after one batch when the budget is spent and resumes where it stopped, without gaps', async () => {
    const source = fresh('budget');
    const queue = new RecordingQueue();
    const ids = Array.from({ length: 6 }, (_, i) =>
      api.mention(i + 1, `@acme post ${i + 1}`, minutes(-60 + i)),
    );
    const sources = createPollSources([{ type: 'mastodon-mentions', id: source, maxPages: 1 }]);
    const run = () => pollSource(source, deps(source, queue, { sources: () => sources, budgetMs: 0 }));

    expect(await run()).toMatchObject({ batches: 1, queued: 2, done: false });
    let runs = 1;
    while (!(await run()).done) runs++;

    expect(runs).toBeGreaterThanOrEqual(2);
    expect([...queue.ids()].sort()).toEqual([...ids].sort());
    expect(new Set(queue.ids()).size).toBe(ids.length);
  });

  it('waits out a 429: no call to the platform until Retry-After has passed', async () => {
    const source = fresh('limited');
    const queue = new RecordingQueue();
    const a = api.mention(1, '@acme hello?', minutes(-10));
    api.rateLimitNext(120);

    const limited = await pollSource(source, deps(source, queue));
    expect(limited).toMatchObject({ status: 'ran', queued: 0, backoffUntil: minutes(2).toISOString() });
    const calls = api.polls().length;

    now = minutes(1);
    expect(await pollSource(source, deps(source, queue))).toMatchObject({
      status: 'backing-off',
      backoffUntil: minutes(2).toISOString(),
    });
    expect(api.polls()).toHaveLength(calls);

    now = minutes(2.5);
    expect(await pollSource(source, deps(source, queue))).toMatchObject({ status: 'ran', queued: 1 });
    expect(queue.ids()).toEqual([a]);
  });

  it('lets only one of two overlapping runs advance the cursor; the other stops and nothing is lost', async () => {
    const source = fresh('overlap');
    const slow = new RecordingQueue();
    const quick = new RecordingQueue();
    const a = api.mention(1, '@acme first', minutes(-10));
    let release: () => void = () => {};
    slow.gate = new Promise<void>((r) => {
      release = r;
    });
    const entered = new Promise<void>((r) => {
      slow.entered = r;
    });

    const overlapping = pollSource(source, deps(source, slow));
    await entered; // the slow run has polled and is queueing
    const b = api.mention(2, '@acme second', minutes(-1));
    expect(await pollSource(source, deps(source, quick))).toMatchObject({ status: 'ran', queued: 2 });
    release();

    expect(await overlapping).toMatchObject({ status: 'overtaken', queued: 1 });
    expect(quick.ids()).toEqual([a, b]);
    const saved = await deps(source, quick).cursors.get(source);
    expect(saved?.cursor.mark?.id).toBe('34975802');
    expect(saved?.version).toBe(1);

    // The next run starts from the winner's cursor: nothing new, nothing queued twice more.
    now = minutes(1);
    expect(await pollSource(source, deps(source, quick))).toMatchObject({ status: 'ran', queued: 0 });
  });

  it('refuses a source the config does not name', async () => {
    await expect(pollSource('nope', deps('other', new RecordingQueue()))).rejects.toBeInstanceOf(
      UnknownSource,
    );
  });
});
