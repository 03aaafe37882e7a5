import { describe, expect, it } from 'vitest';
import {
  META_APP_SECRET_ENV,
  META_VERIFY_TOKEN_ENV,
  metaAdapter,
} from '../../shared/platforms/meta/adapter.ts';
import { facebookReply, instagramReply } from '../../shared/platforms/meta/reply.ts';
import { WEBHOOK_ADAPTERS } from '../../shared/platforms/registry.ts';
import { hmacSha256 } from '../../shared/platforms/signature.ts';
import { rejection } from '../helpers/rejection.ts';
import { fakeApis, fixture, fixtureRaw, inbound } from './support.ts';

const secrets = { [META_APP_SECRET_ENV]: 'test_app_secret', [META_VERIFY_TOKEN_ENV]: 'local-verify-token' };
const now = new Date('2026-01-01T00:00:00Z');

const signed = (body: Buffer | string, secret = 'test_app_secret') =>
  inbound({ body, headers: { 'x-hub-signature-256': `sha256=${hmacSha256(secret, body, 'hex')}` } });

describe('meta webhook handshake (GET hub.challenge)', () => {
  const get = (query: Record<string, string>) => inbound({ method: 'GET', query });

  it('answers the challenge as plain text when the verify token matches', () => {
    const reply = metaAdapter.handshake!(
      get({
        'hub.mode': 'subscribe',
        'hub.verify_token': 'local-verify-token',
        'hub.challenge': '1158201444',
      }),
      secrets,
      now,
    );
    expect(reply).toEqual({ status: 200, headers: { 'content-type': 'text/plain' }, body: '1158201444' });
  });

  it.each([
    [
      'a wrong verify token',
      { 'hub.mode': 'subscribe', 'hub.verify_token': 'nope', 'hub.challenge': '1' },
      403,
      'bad_verify_token',
    ],
    [
      'a mode other than subscribe',
      { 'hub.mode': 'unsubscribe', 'hub.verify_token': 'local-verify-token', 'hub.challenge': '1' },
      400,
      'bad_mode',
    ],
    [
      'a challenge that is not a plain token',
      { 'hub.mode': 'subscribe', 'hub.verify_token': 'local-verify-token', 'hub.challenge': '<script>' },
      400,
      'bad_challenge',
    ],
  ])('refuses %s', (_name, query, status, code) => {
    const error = rejection(() => metaAdapter.handshake!(get(query), secrets, now));
    expect([error.status, error.code]).toEqual([status, code]);
  });

  it('accepts the underscore spelling some proxies produce', () => {
    const reply = metaAdapter.handshake!(
      get({ hub_mode: 'subscribe', hub_verify_token: 'local-verify-token', hub_challenge: '42' }),
      secrets,
      now,
    );
    expect(reply?.body).toBe('42');
  });

  it('is not a handshake without hub.mode, or on POST', () => {
    expect(metaAdapter.handshake!(get({}), secrets, now)).toBeUndefined();
    expect(
      metaAdapter.handshake!(inbound({ query: { 'hub.mode': 'subscribe' } }), secrets, now),
    ).toBeUndefined();
  });

  it('refuses when no verify token is configured', () => {
    const error = rejection(() =>
      metaAdapter.handshake!(
        get({ 'hub.mode': 'subscribe', 'hub.verify_token': '', 'hub.challenge': '1' }),
        {},
        now,
      ),
    );
    expect(error.code).toBe('not_configured');
  });
});

describe('meta webhook signature (X-Hub-Signature-256)', () => {
  const body = fixtureRaw('meta', 'page-feed-batch.json');

  it('accepts the reference vector', () => {
    const vector = '{"object":"page","entry":[]}';
    const req = inbound({
      body: vector,
      headers: {
        'x-hub-signature-256': 'sha256=5da47c9c7409e70d7a1851f0cfd9bc27786bd99587a9bf1dd5b51e23a2de03cf',
      },
    });
    expect(() => metaAdapter.verify(req, secrets, now)).not.toThrow();
  });

  it.each([
    ['a correct signature', signed(body), undefined],
    [
      'an upper-case hex signature',
      inbound({
        body,
        headers: {
          'x-hub-signature-256': `sha256=${hmacSha256('test_app_secret', body, 'hex').toUpperCase()}`,
        },
      }),
      undefined,
    ],
    ['a signature made with another secret', signed(body, 'other'), 'bad_signature'],
    ['no signature', inbound({ body }), 'missing_signature'],
    [
      'a signature replayed onto another body',
      { ...signed(body), rawBody: Buffer.from('{"object":"page","entry":[]}') },
      'bad_signature',
    ],
    [
      'the legacy SHA-1 header only',
      inbound({ body, headers: { 'x-hub-signature': 'sha1=abc' } }),
      'missing_signature',
    ],
  ])('%s', (_name, req, code) => {
    if (code === undefined) expect(() => metaAdapter.verify(req, secrets, now)).not.toThrow();
    else expect(rejection(() => metaAdapter.verify(req, secrets, now))).toMatchObject({ status: 401, code });
  });

  it('refuses everything when the app secret is not configured', () => {
    expect(rejection(() => metaAdapter.verify(signed(body), {}, now)).code).toBe('not_configured');
  });
});

describe('meta webhook parse', () => {
  const parse = (name: string) => metaAdapter.parse(fixture('meta', name), inbound());

  it('yields one mention per post or comment across entry[].changes[]', () => {
    const mentions = parse('page-feed-batch.json');
    expect(mentions.map((m) => m.id)).toEqual(['2222_3333', '2222_3334', '2222_3335', '1111_5555']);
  });

  it('maps a top-level comment with its post as thread and parent', () => {
    expect(parse('page-feed-batch.json')[0]).toEqual({
      platform: 'facebook',
      id: '2222_3333',
      threadId: '1111_2222',
      parentId: '1111_2222',
      url: 'https://www.facebook.com/2222_3333',
      text: 'My order never arrived, can you help?',
      createdAt: '2025-12-31T23:59:50.000Z',
      kind: 'comment',
      author: { id: '9001', handle: 'Ana Lima', name: 'Ana Lima' },
    });
  });

  it('keeps a reply to a comment in the post thread with the comment as parent', () => {
    expect(parse('page-feed-batch.json')[1]).toMatchObject({
      kind: 'reply',
      threadId: '1111_2222',
      parentId: '2222_3333',
    });
  });

  it("marks the Page's own comments as brand replies and ignores its own posts", () => {
    const mentions = parse('page-feed-batch.json');
    expect(mentions.find((m) => m.id === '2222_3335')?.author.isBrand).toBe(true);
    expect(mentions.find((m) => m.id === '1111_4444')).toBeUndefined();
  });

  it('ignores reactions, edits and Messenger events', () => {
    expect(parse('page-feed-batch.json').filter((m) => m.text.includes('!!'))).toEqual([]);
    expect(parse('messaging.json')).toEqual([]);
  });

  it('reads Page mentions in posts and comments, skipping removals', () => {
    expect(parse('page-mention.json').map((m) => [m.id, m.threadId, m.kind, m.author.handle])).toEqual([
      ['7777_8888', '7777_8888', 'post', 'Eli Moss'],
      ['8888_9999', '7777_8888', 'comment', 'Fay Ruiz'],
    ]);
  });

  it('reads Instagram comments on the media thread, brand replies marked', () => {
    const mentions = parse('instagram-comments.json');
    expect(
      mentions.map((m) => [
        m.platform,
        m.id,
        m.threadId,
        m.parentId,
        m.kind,
        m.author.handle,
        !!m.author.isBrand,
      ]),
    ).toEqual([
      [
        'instagram',
        '17865799348089039',
        '17918195224117851',
        '17918195224117851',
        'comment',
        'gina.k',
        false,
      ],
      ['instagram', '17865799348089040', '17918195224117851', '17865799348089039', 'reply', 'acme', true],
      ['instagram', '17865799348089041', '17918195224117851', '17865799348089039', 'reply', 'hal_w', false],
    ]);
  });

  it('yields each post once even when a batch carries it twice', () => {
    const body = fixture('meta', 'page-mention.json') as { entry: unknown[] };
    const twice = { object: 'page', entry: [...body.entry, ...body.entry] };
    expect(metaAdapter.parse(twice, inbound())).toHaveLength(2);
  });

  it('rejects a body that is not a Meta envelope with 400', () => {
    expect(rejection(() => metaAdapter.parse({ entries: [] }, inbound()))).toMatchObject({
      status: 400,
      code: 'invalid_body',
    });
  });

  it('acknowledges with 200, as Meta requires', () => {
    expect(metaAdapter.ack!(3).status).toBe(200);
  });

  it('is registered under /webhooks/meta', () => {
    expect(WEBHOOK_ADAPTERS.meta).toBe(metaAdapter);
  });
});

describe('meta replies (Graph API)', () => {
  const serve = fakeApis();

  const deps = (url: string) => ({
    fetch,
    now,
    secrets: { META_GRAPH_BASE_URL: `${url}/v22.0`, META_PAGE_ACCESS_TOKEN: 'page-token' },
  });

  it('answers a Facebook comment with POST /{comment-id}/comments as the Page', async () => {
    const api = await serve(() => ({ json: { id: '2222_4000' } }));
    const result = await facebookReply.reply(
      { mentionId: '2222_3333', threadId: '1111_2222', parentId: '1111_2222', kind: 'comment' },
      'Sorry about that, we are on it.',
      'intent-1',
      deps(api.url),
    );
    expect(result).toEqual({ id: '2222_4000', url: 'https://www.facebook.com/2222_4000' });
    const [req] = api.requests;
    expect([req?.method, req?.path, req?.headers.authorization]).toEqual([
      'POST',
      '/v22.0/2222_3333/comments',
      'Bearer page-token',
    ]);
    expect(req?.form().get('message')).toBe('Sorry about that, we are on it.');
  });

  it('answers an Instagram reply under its top-level comment', async () => {
    const api = await serve(() => ({ json: { id: '17870000000000001' } }));
    await instagramReply.reply(
      {
        mentionId: '17865799348089041',
        threadId: '17918195224117851',
        parentId: '17865799348089039',
        kind: 'reply',
      },
      'Hi Hal, DM sent.',
      'intent-2',
      deps(api.url),
    );
    expect(api.requests[0]?.path).toBe('/v22.0/17865799348089039/replies');
  });

  it('turns a Graph throttling error into a rate limit', async () => {
    const api = await serve(() => ({
      status: 400,
      json: { error: { code: 32, message: 'Page request limit reached' } },
    }));
    await expect(
      facebookReply.reply({ mentionId: '2222_3333', threadId: '1111_2222' }, 'hi', 'intent-3', deps(api.url)),
    ).rejects.toMatchObject({ name: 'RateLimited' });
  });
});
