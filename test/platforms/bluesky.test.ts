import { describe, expect, it } from 'vitest';
import { parseBluesky } from '../../shared/platforms/bluesky/parse.ts';
import { blueskySource } from '../../shared/platforms/bluesky/poll.ts';
import { blueskyReply, tidFor } from '../../shared/platforms/bluesky/reply.ts';
import { BlueskySession } from '../../shared/platforms/bluesky/session.ts';
import { fakeApis, fixture, type Recorded } from './support.ts';

const now = new Date('2026-01-01T14:00:00Z');
const deps = (url: string) => ({
  fetch,
  now,
  secrets: {
    BLUESKY_SERVICE_URL: url,
    BLUESKY_IDENTIFIER: 'acme.example.com',
    BLUESKY_APP_PASSWORD: 'app-pass',
  },
});
const SESSION = {
  accessJwt: 'access-1',
  refreshJwt: 'refresh-1',
  did: 'did:plc:acme',
  handle: 'acme.example.com',
};

const note = (n: number) => ({
  uri: `at://did:plc:u${n}/app.bsky.feed.post/3l${n}`,
  cid: `bafy${n}`,
  author: { did: `did:plc:u${n}`, handle: `u${n}.bsky.social` },
  reason: 'mention',
  record: {
    $type: 'app.bsky.feed.post',
    text: `hey @acme ${n}`,
    createdAt: new Date(Date.UTC(2026, 0, 1, 13, n)).toISOString(),
  },
  indexedAt: new Date(Date.UTC(2026, 0, 1, 13, n, 1)).toISOString(),
});

/** A PDS: sessions, and notifications 1..count newest first, paged with an opaque cursor. */
function pds(count: number, size: number, extra?: (req: Recorded) => object | undefined) {
  return (req: Recorded) => {
    const special = extra?.(req);
    if (special) return special;
    if (req.path === '/xrpc/com.atproto.server.createSession') return { json: SESSION };
    if (req.path === '/xrpc/com.atproto.server.refreshSession')
      return { json: { ...SESSION, accessJwt: 'access-2' } };
    const all = Array.from({ length: count }, (_, i) => note(count - i));
    const start = Number(req.query.get('cursor') ?? 0);
    return {
      headers: { 'ratelimit-limit': '3000', 'ratelimit-remaining': '2999', 'ratelimit-reset': '1767276000' },
      json: {
        notifications: all.slice(start, start + size),
        ...(start + size < all.length ? { cursor: String(start + size) } : {}),
      },
    };
  };
}

describe('bluesky responses', () => {
  it('yields replies and mentions from notifications, ignoring likes', () => {
    const mentions = parseBluesky(fixture('bluesky', 'notifications.json'));
    expect(mentions.map((m) => [m.id, m.threadId, m.parentId, m.kind, m.author.handle])).toEqual([
      [
        'at://did:plc:sam/app.bsky.feed.post/3lbreply1',
        'at://did:plc:acme/app.bsky.feed.post/3lroot',
        'at://did:plc:acme/app.bsky.feed.post/3lroot',
        'reply',
        'sam.bsky.social',
      ],
      [
        'at://did:plc:uma/app.bsky.feed.post/3lmention',
        'at://did:plc:uma/app.bsky.feed.post/3lmention',
        undefined,
        'post',
        'uma.example.com',
      ],
    ]);
    expect(mentions[0]).toMatchObject({
      url: 'https://bsky.app/profile/sam.bsky.social/post/3lbreply1',
      lang: 'en',
    });
  });

  it("yields search hits, skipping the brand's own root posts", () => {
    const mentions = parseBluesky(fixture('bluesky', 'search.json'), ['did:plc:acme']);
    expect(mentions.map((m) => [m.id, m.lang])).toEqual([
      ['at://did:plc:vic/app.bsky.feed.post/3lsearch1', 'en'],
    ]);
  });
});

describe('bluesky poll', () => {
  const serve = fakeApis();

  it('opens one session for many polls and asks for mentions, replies and quotes', async () => {
    const api = await serve(pds(3, 100));
    const source = blueskySource({ kind: 'notifications' }, new BlueskySession());
    const first = await source.poll(undefined, deps(api.url));
    await source.poll(first.cursor, deps(api.url));
    expect(first.mentions.map((m) => m.text)).toEqual(['hey @acme 1', 'hey @acme 2', 'hey @acme 3']);
    const sessions = api.to('/xrpc/com.atproto.server.createSession');
    expect(sessions).toHaveLength(1);
    expect(sessions[0]!.json()).toEqual({ identifier: 'acme.example.com', password: 'app-pass' });
    const list = api.to('/xrpc/app.bsky.notification.listNotifications')[0]!;
    expect([list.query.getAll('reasons'), list.query.get('limit'), list.headers.authorization]).toEqual([
      ['mention', 'reply', 'quote'],
      '100',
      'Bearer access-1',
    ]);
  });

  it('pages with cursor until it reaches the last notification it saw', async () => {
    const api = await serve(pds(7, 2));
    const mark = { id: note(3).uri, at: note(3).indexedAt };
    const result = await blueskySource({ kind: 'notifications' }, new BlueskySession()).poll(
      { mark },
      deps(api.url),
    );
    expect(result.mentions.map((m) => m.text)).toEqual([
      'hey @acme 4',
      'hey @acme 5',
      'hey @acme 6',
      'hey @acme 7',
    ]);
    expect(api.to('/xrpc/app.bsky.notification.listNotifications').map((r) => r.query.get('cursor'))).toEqual(
      [null, '2', '4'],
    );
  });

  it('refreshes an expired access token and carries on', async () => {
    let expired = true;
    const api = await serve(
      pds(1, 10, (req) => {
        if (req.path !== '/xrpc/app.bsky.notification.listNotifications' || !expired) return undefined;
        expired = false;
        return { status: 400, json: { error: 'ExpiredToken', message: 'Token has expired' } };
      }),
    );
    const result = await blueskySource({ kind: 'notifications' }, new BlueskySession()).poll(
      undefined,
      deps(api.url),
    );
    expect(result.mentions).toHaveLength(1);
    expect(api.to('/xrpc/com.atproto.server.refreshSession')[0]!.headers.authorization).toBe(
      'Bearer refresh-1',
    );
    expect(
      api.to('/xrpc/app.bsky.notification.listNotifications').map((r) => r.headers.authorization),
    ).toEqual(['Bearer access-1', 'Bearer access-2']);
  });

  it('backs off until RateLimit-Reset on 429 and briefly on 5xx', async () => {
    const limited = await serve(
      pds(1, 10, (req) =>
        req.path.includes('searchPosts')
          ? {
              status: 429,
              headers: { 'ratelimit-remaining': '0', 'ratelimit-reset': '1767276300' },
              json: { error: 'RateLimitExceeded' },
            }
          : undefined,
      ),
    );
    const r1 = await blueskySource({ kind: 'search', query: 'acme' }, new BlueskySession()).poll(
      undefined,
      deps(limited.url),
    );
    expect(r1).toMatchObject({ mentions: [], backoffUntil: '2026-01-01T14:05:00.000Z' });
    expect(limited.to('/xrpc/app.bsky.feed.searchPosts')[0]!.query.get('sort')).toBe('latest');
    const down = await serve(
      pds(1, 10, (req) => (req.path.includes('listNotifications') ? { status: 502, text: '' } : undefined)),
    );
    const r2 = await blueskySource({ kind: 'notifications' }, new BlueskySession()).poll(
      undefined,
      deps(down.url),
    );
    expect(r2.backoffUntil).toBe('2026-01-01T14:01:00.000Z');
  });
});

describe('bluesky replies', () => {
  const serve = fakeApis();
  const parent = {
    uri: 'at://did:plc:sam/app.bsky.feed.post/3lbreply1',
    cid: 'bafyreply1',
    author: { handle: 'sam.bsky.social' },
    record: {
      text: 'Still waiting',
      createdAt: '2026-01-01T12:00:00.000Z',
      reply: {
        root: { uri: 'at://did:plc:acme/app.bsky.feed.post/3lroot', cid: 'bafyroot' },
        parent: { uri: 'at://did:plc:acme/app.bsky.feed.post/3lroot', cid: 'bafyroot' },
      },
    },
  };

  it('writes a reply record with strong refs to the root and the post answered, keyed by the intent', async () => {
    const api = await serve((req) => {
      if (req.path.endsWith('createSession')) return { json: SESSION };
      if (req.path.endsWith('getPosts')) return { json: { posts: [parent] } };
      return { json: { uri: `at://did:plc:acme/app.bsky.feed.post/${tidFor('intent-9')}`, cid: 'bafynew' } };
    });
    const result = await blueskyReply(new BlueskySession()).reply(
      { mentionId: parent.uri, threadId: parent.record.reply.root.uri },
      'Sorry Sam, on it.',
      'intent-9',
      deps(api.url),
    );
    expect(result.id).toBe(`at://did:plc:acme/app.bsky.feed.post/${tidFor('intent-9')}`);
    expect(api.to('/xrpc/app.bsky.feed.getPosts')[0]!.query.get('uris')).toBe(parent.uri);
    expect(api.to('/xrpc/com.atproto.repo.createRecord')[0]!.json()).toEqual({
      repo: 'did:plc:acme',
      collection: 'app.bsky.feed.post',
      rkey: tidFor('intent-9'),
      record: {
        $type: 'app.bsky.feed.post',
        text: 'Sorry Sam, on it.',
        createdAt: '2026-01-01T14:00:00.000Z',
        reply: { root: parent.record.reply.root, parent: { uri: parent.uri, cid: parent.cid } },
      },
    });
  });

  it('treats a record already written under the same key as the reply, not as a failure', async () => {
    const api = await serve((req) => {
      if (req.path.endsWith('createSession')) return { json: SESSION };
      if (req.path.endsWith('getPosts'))
        return {
          json: { posts: [{ ...parent, record: { text: 'root', createdAt: parent.record.createdAt } }] },
        };
      if (req.path.endsWith('createRecord'))
        return { status: 400, json: { error: 'InvalidRequest', message: 'Record already exists' } };
      return { json: { uri: 'at://did:plc:acme/app.bsky.feed.post/x', value: {} } };
    });
    const result = await blueskyReply(new BlueskySession()).reply(
      { mentionId: parent.uri, threadId: parent.uri },
      'again',
      'intent-9',
      deps(api.url),
    );
    expect(result.id).toBe(`at://did:plc:acme/app.bsky.feed.post/${tidFor('intent-9')}`);
    expect(api.to('/xrpc/com.atproto.repo.getRecord')[0]!.query.get('rkey')).toBe(tidFor('intent-9'));
  });

  it('derives record keys in TID form, stable per idempotency key', () => {
    expect(tidFor('a')).toMatch(/^[234567a-j][234567a-z]{12}$/);
    expect(tidFor('a')).toBe(tidFor('a'));
    expect(tidFor('a')).not.toBe(tidFor('b'));
  });
});
