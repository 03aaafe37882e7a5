import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../shared/cli/parse.ts';
import { pollSourceSpec } from '../../shared/platforms/poll-source-spec.ts';
import { createPollSources } from '../../shared/platforms/poll-sources.ts';
import { createReplyAdapters } from '../../shared/platforms/reply-adapters.ts';
import { fixturePath } from './support.ts';

describe('beacon parse', () => {
  let out: string[];
  let err: string[];
  beforeEach(() => {
    out = [];
    err = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => void out.push(line));
    vi.spyOn(console, 'error').mockImplementation((line: string) => void err.push(line));
  });
  afterEach(() => vi.restoreAllMocks());

  it.each([
    ['meta', 'meta', 'page-feed-batch.json', 4],
    ['x', 'x', 'tweet-create-events.json', 2],
    ['x', 'x', 'search-recent.json', 3],
    ['vk', 'vk', 'wall-reply-new.json', 1],
    ['reddit', 'reddit', 'listing-comments.json', 3],
    ['youtube', 'youtube', 'comment-threads.json', 3],
    ['mastodon', 'mastodon', 'notifications.json', 1],
    ['bluesky', 'bluesky', 'notifications.json', 2],
    ['bluesky', 'bluesky', 'search.json', 2],
  ])('prints one JSON line per mention for --platform %s (%s/%s)', async (platform, dir, file, count) => {
    expect(await run(['--platform', platform, fixturePath(dir, file)])).toBe(0);
    expect(out).toHaveLength(count);
    for (const line of out) {
      const m = JSON.parse(line);
      expect(m).toMatchObject({
        platform: expect.any(String),
        id: expect.any(String),
        threadId: expect.any(String),
      });
      expect(m.author).toMatchObject({ id: expect.any(String), handle: expect.any(String) });
    }
  });

  it('fails with 1 and says why when the payload does not fit the platform', async () => {
    expect(await run(['--platform', 'meta', fixturePath('x', 'tweet-create-events.json')])).toBe(1);
    expect(err[0]).toMatch(/^not a meta payload: invalid_body/);
  });

  it('fails with 2 on an unknown platform or a missing file argument', async () => {
    expect(await run(['--platform', 'myspace', 'x.json'])).toBe(2);
    expect(await run(['--platform', 'meta'])).toBe(2);
  });
});

describe('poll source catalogue', () => {
  it('builds each configured source with its default id and schedule, or the ones given', () => {
    const specs = [
      { type: 'x-search', query: 'acme' },
      { type: 'reddit-comments', subreddit: 'Acme' },
      { type: 'reddit-mentions', schedule: 'rate(10 minutes)' },
      { type: 'youtube-comments' },
      { type: 'mastodon-mentions' },
      { type: 'bluesky-notifications' },
      { type: 'bluesky-search', query: 'acme', id: 'bluesky-acme' },
    ].map((s) => pollSourceSpec.parse(s));
    expect(createPollSources(specs).map((s) => [s.id, s.platform, s.defaultSchedule])).toEqual([
      ['x-search', 'x', 'rate(2 minutes)'],
      ['reddit-comments-acme', 'reddit', 'rate(2 minutes)'],
      ['reddit-mentions', 'reddit', 'rate(10 minutes)'],
      ['youtube-comments', 'youtube', 'rate(5 minutes)'],
      ['mastodon-mentions', 'mastodon', 'rate(1 minute)'],
      ['bluesky-notifications', 'bluesky', 'rate(2 minutes)'],
      ['bluesky-acme', 'bluesky', 'rate(2 minutes)'],
    ]);
  });

  it('refuses two sources with one id, and specs that are not sources', () => {
    const twice = [
      pollSourceSpec.parse({ type: 'x-search', query: 'a' }),
      pollSourceSpec.parse({ type: 'x-search', query: 'b' }),
    ];
    expect(() => createPollSources(twice)).toThrow('two poll sources have the id "x-search"');
    expect(pollSourceSpec.safeParse({ type: 'x-search' }).success).toBe(false);
    expect(pollSourceSpec.safeParse({ type: 'mastodon-mentions', schedule: 'every minute' }).success).toBe(
      false,
    );
  });

  it('has a reply adapter for every platform but the generic webhook', () => {
    expect(Object.keys(createReplyAdapters()).sort()).toEqual(
      ['bluesky', 'facebook', 'instagram', 'mastodon', 'reddit', 'vk', 'x', 'youtube'].sort(),
    );
  });
});
