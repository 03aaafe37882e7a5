import { describe, expect, it } from 'vitest';
import type { PollCursor } from '../../shared/platforms/poll.ts';
import { WEBHOOK_ADAPTERS } from '../../shared/platforms/registry.ts';
import { hmacSha256 } from '../../shared/platforms/signature.ts';
import { crcResponseToken, xAdapter } from '../../shared/platforms/x/adapter.ts';
import { parseSearchResponse } from '../../shared/platforms/x/parse.ts';
import { xSearchSource } from '../../shared/platforms/x/poll.ts';
import { oauth1Header, xReply } from '../../shared/platforms/x/reply.ts';
import { rejection } from '../helpers/rejection.ts';
import { fakeApis, fixture, fixtureRaw, inbound } from './support.ts';

const SECRET = 'z3ZX4v7mAAUGykl3EcmkqbartmuW8VFOOzCloLx9Q45P0hLrFu';
const secrets = { X_CONSUMER_SECRET: SECRET };
const now = new Date('2026-01-01T00:30:00Z');

const signed = (body: Buffer, secret = SECRET) =>
  inbound({
    body,
    headers: { 'x-twitter-webhooks-signature': `sha256=${hmacSha256(secret, body, 'base64')}` },
  });

describe('x webhook CRC (GET crc_token)', () => {
  it('answers with the reference response token', () => {
    expect(crcResponseToken(SECRET, '9b4507b3-9040-4669-9ca3-6b94edb50553')).toBe(
      'sha256=Cytd4Sq+NvEcV3MMrXxWJGJx5A+y/lXzzU2Maartkx8=',
    );
    const reply = xAdapter.handshake!(
      inbound({ method: 'GET', query: { crc_token: '9b4507b3-9040-4669-9ca3-6b94edb50553' } }),
      secrets,
      now,
    );
    expect(reply?.status).toBe(200);
    expect(JSON.parse(reply!.body)).toEqual({
      response_token: 'sha256=Cytd4Sq+NvEcV3MMrXxWJGJx5A+y/lXzzU2Maartkx8=',
    });
  });

  it('refuses a GET without crc_token, and any CRC without the consumer secret', () => {
    expect(rejection(() => xAdapter.handshake!(inbound({ method: 'GET' }), secrets, now)).code).toBe(
      'missing_crc_token',
    );
    expect(
      rejection(() => xAdapter.handshake!(inbound({ method: 'GET', query: { crc_token: 't' } }), {}, now))
        .code,
    ).toBe('not_configured');
  });

  it.each([
    ['a UUID', '9b4507b3-9040-4669-9ca3-6b94edb50553'],
    ['the base64 of a UUID', 'M2RkODJkZmMtYjlkYi00NmQ4LTk0MGUtM2JjYzkwM2Q4MjQ0'],
    ['base64 with padding', 'YWJjZGVmZ2hpams+Lw=='],
  ])('answers a token of the shape X sends: %s', (_what, token) => {
    const reply = xAdapter.handshake!(inbound({ method: 'GET', query: { crc_token: token } }), secrets, now);
    expect(JSON.parse(reply!.body)).toEqual({ response_token: crcResponseToken(SECRET, token) });
  });

  it.each([
    ['a JSON delivery', '{"for_user_id":"1","tweet_create_events":[]}'],
    ['a JSON string', '"x"'],
    ['text with spaces', 'sign this please'],
    ['a line break', 'abc\ndef'],
    ['an overlong token', 'a'.repeat(129)],
  ])('refuses to sign %s (400, no response token)', (_what, token) => {
    const refused = rejection(() =>
      xAdapter.handshake!(inbound({ method: 'GET', query: { crc_token: token } }), secrets, now),
    );
    expect([refused.status, refused.code]).toEqual([400, 'invalid_crc_token']);
  });

  it('is not a handshake on POST', () => {
    expect(xAdapter.handshake!(inbound(), secrets, now)).toBeUndefined();
  });
});

describe('x webhook signature (x-twitter-webhooks-signature)', () => {
  const body = fixtureRaw('x', 'tweet-create-events.json');
  const hex = `sha256=${hmacSha256(SECRET, body, 'hex')}`;

  it.each([
    ['a correct base64 signature', signed(body), undefined],
    ['a signature made with another secret', signed(body, 'other'), 'bad_signature'],
    [
      'a hex signature (Meta style)',
      inbound({ body, headers: { 'x-twitter-webhooks-signature': hex } }),
      'bad_signature',
    ],
    ['no signature', inbound({ body }), 'missing_signature'],
    [
      'a signature replayed onto another body',
      { ...signed(body), rawBody: fixtureRaw('x', 'favorite-events.json') },
      'bad_signature',
    ],
  ])('%s', (_name, req, code) => {
    if (code === undefined) expect(() => xAdapter.verify(req, secrets, now)).not.toThrow();
    else expect(rejection(() => xAdapter.verify(req, secrets, now))).toMatchObject({ status: 401, code });
  });

  it('yields the same ids when X replays a delivery, so the store keeps one copy', () => {
    const first = xAdapter.parse(fixture('x', 'tweet-create-events.json'), signed(body));
    const replay = xAdapter.parse(fixture('x', 'tweet-create-events.json'), signed(body));
    expect(replay.map((m) => m.id)).toEqual(first.map((m) => m.id));
  });
});

describe('x webhook parse', () => {
  const parse = (name: string) => xAdapter.parse(fixture('x', name), inbound());

  it('yields a customer mention with the full text, followers and time', () => {
    expect(parse('tweet-create-events.json')[0]).toEqual({
      platform: 'x',
      id: '1900000000000000001',
      threadId: '1900000000000000001',
      url: 'https://x.com/ivy_j/status/1900000000000000001',
      text: '@acme my card was charged twice for order 1234, what is going on? I need this fixed today.',
      createdAt: '2026-01-01T00:00:00.000Z',
      kind: 'post',
      lang: 'en',
      author: { id: '200', handle: 'ivy_j', name: 'Ivy J', followers: 5400, verified: false },
    });
  });

  it("marks the subscribed account's reply as the brand's, in the thread of the post it answers", () => {
    expect(parse('tweet-create-events.json')[1]).toMatchObject({
      id: '1900000000000000002',
      threadId: '1900000000000000001',
      parentId: '1900000000000000001',
      kind: 'reply',
      author: { handle: 'acme', isBrand: true },
    });
  });

  it("ignores the brand's own root posts and retweets", () => {
    expect(parse('tweet-create-events.json').map((m) => m.id)).toEqual([
      '1900000000000000001',
      '1900000000000000002',
    ]);
  });

  it('yields direct messages in a conversation named by both user ids', () => {
    expect(parse('direct-message-events.json')).toEqual([
      {
        platform: 'x',
        id: '1800000000000000010',
        threadId: '100-200',
        text: 'Hi, can I change my delivery address?',
        createdAt: '2026-01-01T00:10:00.000Z',
        kind: 'direct_message',
        author: { id: '200', handle: 'ivy_j', name: 'Ivy J', followers: 5400 },
      },
    ]);
  });

  it('acknowledges likes and follows without yielding anything', () => {
    expect(parse('favorite-events.json')).toEqual([]);
    expect(xAdapter.parse({ for_user_id: '100', follow_events: [{ type: 'follow' }] }, inbound())).toEqual(
      [],
    );
  });

  it('is registered under /webhooks/x and acknowledges with 200', () => {
    expect(WEBHOOK_ADAPTERS.x).toBe(xAdapter);
    expect(xAdapter.ack!(1).status).toBe(200);
  });
});

describe('x recent search responses', () => {
  it('keys threads on conversation_id, marks brand replies and skips retweets', () => {
    const mentions = parseSearchResponse(fixture('x', 'search-recent.json'), ['100']);
    expect(
      mentions.map((m) => [m.id, m.threadId, m.parentId, m.kind, m.author.followers, !!m.author.isBrand]),
    ).toEqual([
      ['1900000000000000022', '1900000000000000020', '1900000000000000021', 'reply', 88, false],
      ['1900000000000000021', '1900000000000000020', '1900000000000000020', 'reply', 120000, true],
      ['1900000000000000020', '1900000000000000020', undefined, 'post', 88, false],
    ]);
  });
});

/** Recent search on a local server: newest first, since_id, next_token, rate limit headers. */
describe('x search poll', () => {
  const serve = fakeApis();

  const tweet = (n: number) => ({
    id: String(1900000000000000000n + BigInt(n)),
    text: `acme post ${n}`,
    author_id: '400',
    conversation_id: String(1900000000000000000n + BigInt(n)),
    created_at: new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString(),
  });
  const deps = (url: string) => ({ fetch, now, secrets: { X_BEARER_TOKEN: 'bearer', X_API_BASE_URL: url } });

  /** Tweets 1..count, newest first, `size` per page; since_id filters like X does. */
  const searchApi = (count: number, size: number) => (req: { query: URLSearchParams }) => {
    const since = req.query.get('since_id');
    const all = Array.from({ length: count }, (_, i) => tweet(count - i)).filter(
      (t) => !since || BigInt(t.id) > BigInt(since),
    );
    const start = Number(req.query.get('next_token') ?? 0);
    const page = all.slice(start, start + size);
    return {
      headers: { 'x-rate-limit-remaining': '449', 'x-rate-limit-reset': '1767227400' },
      json: {
        ...(page.length ? { data: page } : {}),
        includes: { users: [{ id: '400', username: 'kai_b', public_metrics: { followers_count: 88 } }] },
        meta: {
          result_count: page.length,
          ...(start + size < all.length ? { next_token: String(start + size) } : {}),
        },
      },
    };
  };

  it('starts from the lookback window, then asks only for posts after the newest it saw', async () => {
    const api = await serve(searchApi(3, 10));
    const source = xSearchSource({ query: 'acme -is:retweet' });
    const first = await source.poll(undefined, deps(api.url));
    expect(first.mentions.map((m) => m.text)).toEqual(['acme post 1', 'acme post 2', 'acme post 3']);
    const q = api.requests[0]!.query;
    expect([q.get('query'), q.get('max_results'), q.get('start_time'), q.get('since_id')]).toEqual([
      'acme -is:retweet',
      '100',
      '2025-12-31T00:30:00Z',
      null,
    ]);
    expect(api.requests[0]!.headers.authorization).toBe('Bearer bearer');
    await source.poll(first.cursor, deps(api.url));
    expect(api.requests[1]!.query.get('since_id')).toBe(tweet(3).id);
  });

  it('pages with next_token under the same since_id and resumes a long backfill on the next run', async () => {
    const api = await serve(searchApi(7, 2));
    const source = xSearchSource({ query: 'acme', limits: { maxPages: 2 } });
    const cursor: PollCursor = { mark: { id: tweet(1).id, at: tweet(1).created_at } };
    const first = await source.poll(cursor, deps(api.url));
    expect(first.mentions.map((m) => m.text)).toEqual([
      'acme post 4',
      'acme post 5',
      'acme post 6',
      'acme post 7',
    ]);
    expect(first.done).toBe(false);
    const second = await source.poll(first.cursor, deps(api.url));
    expect(second.mentions.map((m) => m.text)).toEqual(['acme post 2', 'acme post 3']);
    expect(second).toMatchObject({ done: true, cursor: { mark: { id: tweet(7).id } } });
    expect(api.requests.map((r) => [r.query.get('since_id'), r.query.get('next_token')])).toEqual([
      [tweet(1).id, null],
      [tweet(1).id, '2'],
      [tweet(1).id, '4'],
    ]);
  });

  it('backs off until x-rate-limit-reset on 429, keeping the cursor', async () => {
    const api = await serve(() => ({
      status: 429,
      headers: { 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': '1767227400' },
      json: { title: 'Too Many Requests', status: 429 },
    }));
    const cursor: PollCursor = { mark: { id: tweet(1).id, at: tweet(1).created_at } };
    const result = await xSearchSource({ query: 'acme' }).poll(cursor, deps(api.url));
    expect(result).toMatchObject({
      mentions: [],
      cursor,
      done: false,
      backoffUntil: '2026-01-01T00:30:00.000Z',
    });
  });

  it('stops early when the remaining budget reaches zero', async () => {
    const api = await serve((req) => {
      const answer = searchApi(6, 2)(req);
      return { ...answer, headers: { 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': '1767228000' } };
    });
    const result = await xSearchSource({ query: 'acme' }).poll(
      { mark: { id: tweet(1).id, at: tweet(1).created_at } },
      deps(api.url),
    );
    expect(api.requests).toHaveLength(1);
    expect(result).toMatchObject({ done: false, backoffUntil: '2026-01-01T00:40:00.000Z' });
  });

  it('backs off briefly on a 5xx', async () => {
    const api = await serve(() => ({ status: 503, text: 'over capacity' }));
    const result = await xSearchSource({ query: 'acme' }).poll(undefined, deps(api.url));
    expect(result).toMatchObject({ mentions: [], done: false, backoffUntil: '2026-01-01T00:31:00.000Z' });
  });
});

describe('x replies', () => {
  const serve = fakeApis();

  const deps = (url: string) => ({
    fetch,
    now,
    secrets: {
      X_API_BASE_URL: url,
      X_CONSUMER_KEY: 'ck',
      X_CONSUMER_SECRET: 'cs',
      X_ACCESS_TOKEN: 'at',
      X_ACCESS_TOKEN_SECRET: 'ats',
    },
  });

  it('signs requests as OAuth 1.0a documents (reference vector)', () => {
    const url = new URL('https://api.twitter.com/1.1/statuses/update.json');
    url.searchParams.set('include_entities', 'true');
    url.searchParams.set('status', 'Hello Ladies + Gentlemen, a signed OAuth request!');
    const header = oauth1Header(
      'POST',
      url,
      {
        consumerKey: 'xvz1evFS4wEEPTGEFPHBog',
        consumerSecret: 'kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw',
        token: '370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb',
        tokenSecret: 'LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE',
      },
      'kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg',
      1318622958,
    );
    expect(header).toContain('oauth_signature="hCtSmYh%2BiHYCEqBWrE7C7hYmtUk%3D"');
  });

  it('posts a reply with in_reply_to_tweet_id, signed as the user', async () => {
    const api = await serve(() => ({
      status: 201,
      json: { data: { id: '1900000000000000099', text: 'Sorry!' } },
    }));
    const result = await xReply.reply(
      { mentionId: '1900000000000000001', threadId: '1900000000000000001' },
      'Sorry Ivy, refund on its way.',
      'intent-1',
      deps(api.url),
    );
    expect(result).toEqual({
      id: '1900000000000000099',
      url: 'https://x.com/i/web/status/1900000000000000099',
    });
    const req = api.requests[0]!;
    expect([req.method, req.path]).toEqual(['POST', '/2/tweets']);
    expect(req.json()).toEqual({
      text: 'Sorry Ivy, refund on its way.',
      reply: { in_reply_to_tweet_id: '1900000000000000001' },
    });
    expect(req.headers.authorization).toMatch(
      /^OAuth oauth_consumer_key="ck", .*oauth_token="at".*oauth_signature="[^"]+"$/,
    );
    expect(req.headers.authorization).toContain(`oauth_timestamp="${now.getTime() / 1000}"`);
  });

  it('answers a direct message inside its conversation', async () => {
    const api = await serve(() => ({
      status: 201,
      json: { data: { dm_conversation_id: '100-200', dm_event_id: '1800000000000000011' } },
    }));
    const result = await xReply.reply(
      { mentionId: '1800000000000000010', threadId: '100-200', kind: 'direct_message' },
      'Sure, what is the new address?',
      'intent-2',
      deps(api.url),
    );
    expect(result.id).toBe('1800000000000000011');
    expect(api.requests[0]!.path).toBe('/2/dm_conversations/100-200/messages');
    expect(api.requests[0]!.json()).toEqual({ text: 'Sure, what is the new address?' });
  });

  it('refuses without user credentials, naming the missing variable', async () => {
    await expect(
      xReply.reply({ mentionId: '1', threadId: '1' }, 'hi', 'k', { fetch, now, secrets: {} }),
    ).rejects.toMatchObject({ name: 'ReplyRefused', message: 'X_CONSUMER_KEY is not set' });
  });
});
