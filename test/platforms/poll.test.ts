import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlatformHttpError, RateLimited } from '../../shared/platforms/http.ts';
import {
  compareSnowflakes,
  isoTime,
  type Listing,
  type PollCursor,
  type PollDeps,
  pollNewestFirst,
} from '../../shared/platforms/poll.ts';

/** An in-memory listing: items newest first, pages of `size`; a token names the last item read, as max_id does. */
interface Item {
  id: string;
  at: string;
}
const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString();
const item = (n: number): Item => ({ id: `i${String(n).padStart(4, '0')}`, at: at(n) });

function memoryListing(
  feed: { items: Item[]; fail?: (page: number) => Error | undefined },
  size = 3,
): Listing<Item> {
  return {
    async fetchPage(page) {
      const failure = feed.fail?.(page ? 1 : 0);
      if (failure) throw failure;
      const newestFirst = [...feed.items].reverse().filter((i) => !page || i.id < page);
      const items = newestFirst.slice(0, size);
      const last = items[items.length - 1];
      return { items, ...(last && newestFirst.length > size ? { next: last.id } : {}) };
    },
    mark: (i) => i,
    toMentions: (i) => [
      {
        platform: 'generic',
        id: i.id,
        threadId: i.id,
        text: i.id,
        createdAt: i.at,
        kind: 'post',
        author: { id: 'a', handle: 'a' },
      },
    ],
  };
}

const deps = (minute: number): PollDeps => ({ fetch, now: new Date(at(minute)), secrets: {} });
const limits = { maxPages: 2, firstRunLookbackMs: 10 * 60_000, outageBackoffMs: 30_000 };
const ids = (r: { mentions: { id: string }[] }) => r.mentions.map((m) => m.id);

describe('pollNewestFirst', () => {
  it('reads back only as far as the first-run lookback, oldest first', async () => {
    const feed = { items: Array.from({ length: 20 }, (_, n) => item(n)) };
    const r = await pollNewestFirst(memoryListing(feed), undefined, deps(20), { ...limits, maxPages: 10 });
    expect(ids(r)).toEqual([
      'i0010',
      'i0011',
      'i0012',
      'i0013',
      'i0014',
      'i0015',
      'i0016',
      'i0017',
      'i0018',
      'i0019',
    ]);
    expect(r).toMatchObject({ done: true, cursor: { mark: { id: 'i0019' } } });
  });

  it('reads nothing new when the newest item is the mark', async () => {
    const feed = { items: [item(1), item(2)] };
    const r = await pollNewestFirst(memoryListing(feed), { mark: item(2) }, deps(3), limits);
    expect(r).toMatchObject({ mentions: [], done: true, cursor: { mark: item(2) } });
  });

  it('leaves a long backlog to the next run and resumes where it stopped, without gaps', async () => {
    const feed = { items: Array.from({ length: 10 }, (_, n) => item(n)) };
    const listing = memoryListing(feed);
    const first = await pollNewestFirst(listing, { mark: item(0) }, deps(10), limits);
    expect(ids(first)).toEqual(['i0004', 'i0005', 'i0006', 'i0007', 'i0008', 'i0009']);
    expect(first).toMatchObject({
      done: false,
      cursor: { mark: item(0), resume: { page: 'i0004', mark: item(9) } },
    });
    // New items arrive meanwhile; the backfill finishes first, the next run picks them up.
    feed.items.push(item(10), item(11));
    const second = await pollNewestFirst(listing, first.cursor, deps(12), limits);
    expect(second).toMatchObject({ done: true, cursor: { mark: item(9) } });
    const third = await pollNewestFirst(listing, second.cursor, deps(12), limits);
    expect([...ids(first), ...ids(second), ...ids(third)].sort()).toEqual(
      Array.from({ length: 11 }, (_, n) => item(n + 1).id),
    );
  });

  it('stops on a rate limit with the time to wait, keeping the pages it read', async () => {
    const until = new Date(at(30));
    const feed = {
      items: Array.from({ length: 9 }, (_, n) => item(n)),
      fail: (page: number) => (page === 1 ? new RateLimited('test', until, 'slow down') : undefined),
    };
    const r = await pollNewestFirst(memoryListing(feed), { mark: item(0) }, deps(9), limits);
    expect(ids(r)).toEqual(['i0006', 'i0007', 'i0008']);
    expect(r).toMatchObject({
      backoffUntil: until.toISOString(),
      done: false,
      cursor: { resume: { page: 'i0006' } },
    });
  });

  it('keeps the cursor unchanged when the first page fails with a 5xx, and backs off briefly', async () => {
    const cursor: PollCursor = { mark: item(0), seen: ['i0000'] };
    const feed = {
      items: [item(0), item(1)],
      fail: () => new PlatformHttpError('test', 503, 'http_503', 'down'),
    };
    const r = await pollNewestFirst(memoryListing(feed), cursor, deps(5), limits);
    expect(r).toMatchObject({
      mentions: [],
      cursor,
      done: false,
      backoffUntil: new Date(Date.parse(at(5)) + 30_000).toISOString(),
    });
  });

  it('lets errors that retrying will not fix (401, 403) through', async () => {
    const feed = {
      items: [item(1)],
      fail: () => new PlatformHttpError('test', 401, 'unauthorized', 'bad token'),
    };
    await expect(pollNewestFirst(memoryListing(feed), undefined, deps(5), limits)).rejects.toThrow(
      'bad token',
    );
  });

  it('does not queue again an item an overlapping run already queued', async () => {
    // Same timestamp as the mark but a different id: only the seen list can tell it was handled.
    const twin = { id: 'twin', at: item(5).at };
    const feed = { items: [twin, item(5), item(6)] };
    const r = await pollNewestFirst(
      memoryListing(feed),
      { mark: item(5), seen: ['i0006', 'twin'] },
      deps(7),
      limits,
    );
    expect(ids(r)).toEqual([]);
  });

  it('never loses an item across any schedule of arrivals, page budgets and rate limits', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({ arrive: fc.nat(6), pages: fc.integer({ min: 1, max: 3 }), limited: fc.boolean() }),
          {
            minLength: 1,
            maxLength: 12,
          },
        ),
        async (runs) => {
          const feed: { items: Item[]; fail?: (page: number) => Error | undefined } = { items: [] };
          let n = 0;
          let cursor: PollCursor | undefined = { mark: { id: '', at: at(0) } };
          const queued = new Set<string>();
          const step = async (pages: number, limited: boolean) => {
            feed.fail = limited
              ? (p) => (p === 1 ? new RateLimited('t', new Date(at(999)), 'x') : undefined)
              : undefined;
            const resuming = cursor?.resume !== undefined;
            const r = await pollNewestFirst(memoryListing(feed, 2), cursor, deps(n + 1), {
              ...limits,
              maxPages: pages,
            });
            for (const id of ids(r)) queued.add(id);
            cursor = r.cursor;
            return r.done && r.mentions.length === 0 && !resuming;
          };
          for (const run of runs) {
            for (let k = 0; k < run.arrive; k++) feed.items.push(item(++n));
            await step(run.pages, run.limited);
          }
          // Once the outage is over, runs catch up until a fresh run from the top finds nothing new.
          for (let k = 0; k < 50 && !(await step(3, false)); k++);
          expect([...queued].sort()).toEqual(feed.items.map((i) => i.id));
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('compareSnowflakes', () => {
  it.each([
    ['9', '10', -1],
    ['110', '109', 1],
    ['abc', 'abc', 0],
  ])('orders %s against %s as Mastodon and X mint ids', (a, b, sign) => {
    expect(Math.sign(compareSnowflakes(a, b))).toBe(sign);
  });
});

describe('isoTime', () => {
  it.each([
    [1767225600, '2026-01-01T00:00:00.000Z'],
    ['1767225600000', '2026-01-01T00:00:00.000Z'],
    ['Thu Jan 01 00:00:00 +0000 2026', '2026-01-01T00:00:00.000Z'],
    ['not a date', undefined],
  ])('reads %s', (value, expected) => {
    expect(isoTime(value)).toBe(expected);
  });
});
