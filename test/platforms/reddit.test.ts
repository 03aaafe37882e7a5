import { describe, expect, it } from 'vitest';
import type { PollCursor } from '../../shared/platforms/poll.ts';
import { RedditClient } from '../../shared/platforms/reddit/api.ts';
import { parseRedditListing } from '../../shared/platforms/reddit/parse.ts';
import { redditSource } from '../../shared/platforms/reddit/poll.ts';
import { redditReply } from '../../shared/platforms/reddit/reply.ts';
import { fakeApis, fixture, type Recorded } from './support.ts';

const now = new Date('2026-01-01T01:00:00Z');
const secrets = (url: string) => ({
  REDDIT_BASE_URL: url,
  REDDIT_AUTH_URL: url,
  REDDIT_CLIENT_ID: 'cid',
  REDDIT_CLIENT_SECRET: 'csecret',
  REDDIT_USERNAME: 'acme_support',
  REDDIT_PASSWORD: 'pw',
  REDDIT_USER_AGENT: 'server:com.acme.beacon:0.1.0 (by /u/acme_support)',
});
const deps = (url: string) => ({ fetch, now, secrets: secrets(url) });

const comment = (n: number) => ({
  kind: 't1',
  data: {
    name: `t1_c${n}`,
    author: `user${n}`,
    author_fullname: `t2_u${n}`,
    body: `comment ${n} about acme`,
    created_utc: Date.UTC(2026, 0, 1, 0, n) / 1000,
    link_id: 't3_abc',
    parent_id: 't3_abc',
    permalink: `/r/acme/comments/abc/x/c${n}/`,
  },
});

/** A Reddit API: token endpoint plus a newest-first listing of comments 1..count, paged with `after`. */
function redditApi(count: { value: number }, size: number, extra?: (req: Recorded) => object | undefined) {
  return (req: Recorded) => {
    if (req.path === '/api/v1/access_token')
      return { json: { access_token: 'tok-1', token_type: 'bearer', expires_in: 3600 } };
    const special = extra?.(req);
    if (special) return special;
    const all = Array.from({ length: count.value }, (_, i) => comment(count.value - i));
    const after = req.query.get('after');
    const start = after ? all.findIndex((c) => c.data.name === after) + 1 : 0;
    const page = all.slice(start, start + size);
    const last = page[page.length - 1];
    return {
      headers: { 'x-ratelimit-remaining': '95.0', 'x-ratelimit-used': '5', 'x-ratelimit-reset': '300' },
      json: {
        kind: 'Listing',
        data: { after: start + size < all.length && last ? last.data.name : null, children: page },
      },
    };
  };
}

describe('reddit listings', () => {
  it('maps comments and posts to the post thread, brand comments marked', () => {
    const mentions = parseRedditListing(fixture('reddit', 'listing-comments.json'), ['acme_support']);
    expect(
      mentions.map((m) => [m.id, m.threadId, m.parentId, m.kind, m.author.handle, !!m.author.isBrand]),
    ).toEqual([
      ['t1_k3e', 't3_abc', 't1_k3d', 'reply', 'acme_support', true],
      ['t1_k3d', 't3_abc', 't3_abc', 'comment', 'mo_tester', false],
      ['t3_abc', 't3_abc', undefined, 'post', 'nia_p', false],
    ]);
    expect(mentions[1]).toMatchObject({
      url: 'https://www.reddit.com/r/acme/comments/abc/app_crashes/k3d/',
      createdAt: '2026-01-01T00:00:00.000Z',
      author: { id: 't2_mo' },
    });
    expect(mentions[2]?.text).toBe('App crashes on checkout\n\nAnyone else seeing this?');
  });

  it('finds the post of an inbox mention from its context link', () => {
    expect(parseRedditListing(fixture('reddit', 'inbox-mentions.json'))[0]).toMatchObject({
      id: 't1_m9z',
      threadId: 't3_def',
      parentId: 't3_def',
      url: 'https://www.reddit.com/r/deals/comments/def/student_deals/m9z/?context=3',
    });
  });
});

describe('reddit poll sources', () => {
  const serve = fakeApis();

  it('gets a password-grant token once, with Basic auth and the configured User-Agent', async () => {
    const api = await serve(redditApi({ value: 2 }, 100));
    const source = redditSource({ kind: 'comments', subreddit: 'acme' }, new RedditClient());
    await source.poll(undefined, deps(api.url));
    await source.poll(undefined, deps(api.url));
    const tokens = api.to('/api/v1/access_token');
    expect(tokens).toHaveLength(1);
    expect(tokens[0]!.headers.authorization).toBe(`Basic ${Buffer.from('cid:csecret').toString('base64')}`);
    expect(Object.fromEntries(tokens[0]!.form())).toEqual({
      grant_type: 'password',
      username: 'acme_support',
      password: 'pw',
    });
    const listing = api.to('/r/acme/comments')[0]!;
    expect(listing.headers.authorization).toBe('bearer tok-1');
    expect(listing.headers['user-agent']).toBe('server:com.acme.beacon:0.1.0 (by /u/acme_support)');
    expect(listing.query.get('limit')).toBe('100');
  });

  it.each([
    [{ kind: 'search', query: 'acme' } as const, '/search', { q: 'acme', sort: 'new' }],
    [
      { kind: 'search', query: 'acme', subreddit: 'gadgets' } as const,
      '/r/gadgets/search',
      { restrict_sr: 'on' },
    ],
    [{ kind: 'mentions' } as const, '/message/mentions', {}],
  ])('reads %o from %s', async (kind, path, params) => {
    const api = await serve(redditApi({ value: 1 }, 100));
    await redditSource(kind, new RedditClient()).poll(undefined, deps(api.url));
    const req = api.to(path)[0]!;
    expect(Object.fromEntries(req.query)).toMatchObject(params);
  });

  it('pages with after down to the mark and resumes a long backlog next run', async () => {
    const count = { value: 9 };
    const api = await serve(redditApi(count, 2));
    const source = redditSource(
      { kind: 'comments', subreddit: 'acme', limits: { maxPages: 2 } },
      new RedditClient(),
    );
    const cursor: PollCursor = {
      mark: { id: 't1_c2', at: new Date(Date.UTC(2026, 0, 1, 0, 2)).toISOString() },
    };
    const first = await source.poll(cursor, deps(api.url));
    expect(first.mentions.map((m) => m.id)).toEqual(['t1_c6', 't1_c7', 't1_c8', 't1_c9']);
    count.value = 10;
    const second = await source.poll(first.cursor, deps(api.url));
    expect(second.mentions.map((m) => m.id)).toEqual(['t1_c3', 't1_c4', 't1_c5']);
    const third = await source.poll(second.cursor, deps(api.url));
    expect(third.mentions.map((m) => m.id)).toEqual(['t1_c10']);
    expect(api.to('/r/acme/comments').map((r) => r.query.get('after'))).toEqual([
      null,
      't1_c8',
      't1_c6',
      't1_c4',
      null,
    ]);
  });

  it('stops when X-Ratelimit-Remaining runs out, until X-Ratelimit-Reset', async () => {
    const api = await serve(
      redditApi({ value: 6 }, 2, () => ({
        headers: { 'x-ratelimit-remaining': '0.0', 'x-ratelimit-reset': '120' },
        json: { kind: 'Listing', data: { after: 't1_c5', children: [comment(6), comment(5)] } },
      })),
    );
    const result = await redditSource({ kind: 'comments', subreddit: 'acme' }, new RedditClient()).poll(
      { mark: { id: 't1_c1', at: new Date(Date.UTC(2026, 0, 1, 0, 1)).toISOString() } },
      deps(api.url),
    );
    expect(result).toMatchObject({
      done: false,
      backoffUntil: '2026-01-01T01:02:00.000Z',
      cursor: { resume: { page: 't1_c5' } },
    });
    expect(result.mentions.map((m) => m.id)).toEqual(['t1_c5', 't1_c6']);
  });

  it('backs off for Retry-After on 429 and briefly on 5xx', async () => {
    const limited = await serve(
      redditApi({ value: 1 }, 2, () => ({ status: 429, headers: { 'retry-after': '30' }, text: '' })),
    );
    const r1 = await redditSource({ kind: 'mentions' }, new RedditClient()).poll(
      undefined,
      deps(limited.url),
    );
    expect(r1).toMatchObject({ mentions: [], backoffUntil: '2026-01-01T01:00:30.000Z' });
    const down = await serve(redditApi({ value: 1 }, 2, () => ({ status: 502, text: 'bad gateway' })));
    const r2 = await redditSource({ kind: 'mentions' }, new RedditClient()).poll(undefined, deps(down.url));
    expect(r2).toMatchObject({ mentions: [], backoffUntil: '2026-01-01T01:01:00.000Z' });
  });

  it('renews the token once when Reddit answers 401', async () => {
    let first = true;
    const api = await serve(
      redditApi({ value: 1 }, 2, (req) => {
        if (req.path !== '/message/mentions' || !first) return undefined;
        first = false;
        return { status: 401, json: { message: 'Unauthorized', error: 401 } };
      }),
    );
    const result = await redditSource({ kind: 'mentions' }, new RedditClient()).poll(
      undefined,
      deps(api.url),
    );
    expect(result.mentions).toHaveLength(1);
    expect(api.to('/api/v1/access_token')).toHaveLength(2);
  });
});

describe('reddit replies', () => {
  const serve = fakeApis();

  it('comments on the parent fullname with api_type=json', async () => {
    const api = await serve((req) =>
      req.path === '/api/v1/access_token'
        ? { json: { access_token: 'tok-1', expires_in: 3600 } }
        : {
            json: {
              json: {
                errors: [],
                data: {
                  things: [{ kind: 't1', data: { name: 't1_r1', permalink: '/r/acme/comments/abc/x/r1/' } }],
                },
              },
            },
          },
    );
    const result = await redditReply(new RedditClient()).reply(
      { mentionId: 't1_k3d', threadId: 't3_abc' },
      'Sorry! Fixed in 2.3.1.',
      'intent-1',
      deps(api.url),
    );
    expect(result).toEqual({ id: 't1_r1', url: 'https://www.reddit.com/r/acme/comments/abc/x/r1/' });
    const req = api.to('/api/comment')[0]!;
    expect(Object.fromEntries(req.form())).toEqual({
      thing_id: 't1_k3d',
      text: 'Sorry! Fixed in 2.3.1.',
      api_type: 'json',
    });
  });

  it('turns a RATELIMIT error into a rate limit with the wait Reddit names', async () => {
    const api = await serve((req) =>
      req.path === '/api/v1/access_token'
        ? { json: { access_token: 'tok-1', expires_in: 3600 } }
        : {
            json: {
              json: {
                errors: [['RATELIMIT', 'you are doing that too much. try again in 6 minutes.', 'ratelimit']],
              },
            },
          },
    );
    await expect(
      redditReply(new RedditClient()).reply(
        { mentionId: 't1_k3d', threadId: 't3_abc' },
        'hi',
        'k',
        deps(api.url),
      ),
    ).rejects.toMatchObject({ name: 'RateLimited', until: new Date('2026-01-01T01:06:00Z') });
  });
});
