import { describe, expect, it } from 'vitest';
import { WEBHOOK_ADAPTERS } from '../../shared/platforms/registry.ts';
import { vkAdapter } from '../../shared/platforms/vk/adapter.ts';
import { randomIdFor, vkReply } from '../../shared/platforms/vk/reply.ts';
import { rejection } from '../helpers/rejection.ts';
import { fakeApis, fixture, fixtureRaw, inbound } from './support.ts';

const secrets = { VK_CONFIRMATION_CODE: 'a1b2c3d4', VK_SECRET: 'vk-local-secret' };
const now = new Date('2026-01-01T00:00:00Z');

const event = (name: string) => inbound({ body: fixtureRaw('vk', name) });

describe('vk confirmation (handshake)', () => {
  it('answers the confirmation event with the plain code', () => {
    expect(vkAdapter.handshake!(event('confirmation.json'), secrets, now)).toEqual({
      status: 200,
      headers: { 'content-type': 'text/plain' },
      body: 'a1b2c3d4',
    });
  });

  it('refuses a confirmation for another community when VK_GROUP_ID is set', () => {
    const error = rejection(() =>
      vkAdapter.handshake!(event('confirmation.json'), { ...secrets, VK_GROUP_ID: '51' }, now),
    );
    expect([error.status, error.code]).toEqual([401, 'wrong_group']);
  });

  it('refuses when no confirmation code is configured', () => {
    expect(rejection(() => vkAdapter.handshake!(event('confirmation.json'), {}, now)).code).toBe(
      'not_configured',
    );
  });

  it.each([
    ['a wrong secret', 'guess', 'bad_secret'],
    ['no secret', undefined, 'missing_secret'],
  ])('refuses a confirmation with %s as any other event (401, no code)', (_what, secret, code) => {
    const body = JSON.stringify({ type: 'confirmation', group_id: 50, ...(secret ? { secret } : {}) });
    const error = rejection(() => vkAdapter.handshake!(inbound({ body }), secrets, now));
    expect([error.status, error.code]).toEqual([401, code]);
  });

  it('refuses a confirmation when VK_SECRET is not configured', () => {
    const error = rejection(() =>
      vkAdapter.handshake!(event('confirmation.json'), { VK_CONFIRMATION_CODE: 'a1b2c3d4' }, now),
    );
    expect([error.status, error.code]).toEqual([401, 'not_configured']);
  });

  it('is not a handshake for other events or bodies that are not JSON', () => {
    expect(vkAdapter.handshake!(event('wall-reply-new.json'), secrets, now)).toBeUndefined();
    expect(vkAdapter.handshake!(inbound({ body: 'type=confirmation' }), secrets, now)).toBeUndefined();
  });
});

describe('vk secret', () => {
  const withSecret = (secret: string | undefined) => {
    const body = fixture('vk', 'wall-reply-new.json') as Record<string, unknown>;
    const copy = { ...body, secret };
    if (secret === undefined) delete copy.secret;
    return inbound({ body: JSON.stringify(copy) });
  };

  it.each([
    ['the configured secret', withSecret('vk-local-secret'), undefined],
    ['another secret', withSecret('guess'), 'bad_secret'],
    ['no secret', withSecret(undefined), 'missing_secret'],
    ['a body that is not JSON', inbound({ body: 'secret=vk-local-secret' }), 'missing_secret'],
  ])('%s', (_name, req, code) => {
    if (code === undefined) expect(() => vkAdapter.verify(req, secrets, now)).not.toThrow();
    else expect(rejection(() => vkAdapter.verify(req, secrets, now))).toMatchObject({ status: 401, code });
  });

  it('refuses every event when VK_SECRET is not configured', () => {
    expect(rejection(() => vkAdapter.verify(withSecret('vk-local-secret'), {}, now)).code).toBe(
      'not_configured',
    );
  });
});

describe('vk parse', () => {
  const parse = (name: string) => vkAdapter.parse(fixture('vk', name), event(name));

  it('yields a wall comment on the post thread', () => {
    expect(parse('wall-reply-new.json')).toEqual([
      {
        platform: 'vk',
        id: '-50_900_701',
        threadId: '-50_900',
        parentId: '-50_900',
        url: 'https://vk.com/wall-50_900?reply=701',
        text: 'Доставка опаздывает уже неделю, что происходит?',
        createdAt: '2026-01-01T00:00:00.000Z',
        kind: 'comment',
        author: { id: '12345', handle: 'id12345' },
      },
    ]);
  });

  it("marks the community's reply to a comment as the brand's", () => {
    expect(parse('wall-reply-brand.json')[0]).toMatchObject({
      id: '-50_900_702',
      parentId: '-50_900_701',
      kind: 'reply',
      author: { id: '-50', handle: 'club50', isBrand: true },
    });
  });

  it("yields visitors' wall posts and ignores the community's own", () => {
    expect(parse('wall-post-new.json').map((m) => [m.id, m.kind, m.author.handle])).toEqual([
      ['-50_901', 'post', 'id23456'],
    ]);
    expect(parse('wall-post-own.json')).toEqual([]);
  });

  it('yields incoming messages and marks outgoing ones as brand replies, in one dialog thread', () => {
    const incoming = parse('message-new.json');
    const outgoing = parse('message-reply.json');
    expect(incoming.map((m) => [m.id, m.threadId, m.kind, !!m.author.isBrand])).toEqual([
      ['dm12345_3001', 'dm12345', 'direct_message', false],
    ]);
    expect(outgoing.map((m) => [m.id, m.threadId, !!m.author.isBrand])).toEqual([
      ['dm12345_3002', 'dm12345', true],
    ]);
  });

  it('reads messages in the pre-5.103 shape too', () => {
    const old = {
      type: 'message_new',
      group_id: 50,
      object: { id: 5, date: 1767226200, peer_id: 7, from_id: 7, text: 'hi' },
    };
    expect(vkAdapter.parse(old, inbound())[0]?.id).toBe('dm7_5');
  });

  it('acknowledges likes and other events without yielding anything', () => {
    expect(parse('like-add.json')).toEqual([]);
  });

  it('rejects a known event whose object is malformed with 400', () => {
    const bad = { type: 'wall_reply_new', group_id: 50, object: { text: 'no ids' } };
    expect(rejection(() => vkAdapter.parse(bad, inbound()))).toMatchObject({
      status: 400,
      code: 'invalid_body',
    });
  });

  it('yields the same ids when VK re-sends an event', () => {
    expect(parse('wall-reply-new.json')[0]?.id).toBe(parse('wall-reply-new.json')[0]?.id);
  });

  it('answers "ok" with 200, as VK requires, and is registered under /webhooks/vk', () => {
    expect(vkAdapter.ack!(1)).toEqual({ status: 200, headers: { 'content-type': 'text/plain' }, body: 'ok' });
    expect(WEBHOOK_ADAPTERS.vk).toBe(vkAdapter);
  });
});

describe('vk replies', () => {
  const serve = fakeApis();
  const deps = (url: string) => ({
    fetch,
    now,
    secrets: { VK_API_BASE_URL: `${url}/method`, VK_ACCESS_TOKEN: 'vk-token', VK_GROUP_ID: '50' },
  });

  it('comments on the wall with guid set to the idempotency key, as the community', async () => {
    const api = await serve(() => ({ json: { response: { comment_id: 703, parents_stack: [701] } } }));
    const result = await vkReply.reply(
      { mentionId: '-50_900_701', threadId: '-50_900', parentId: '-50_900' },
      'Извините, уже проверяем.',
      'intent-42',
      deps(api.url),
    );
    expect(result).toEqual({ id: '-50_900_703', url: 'https://vk.com/wall-50_900?reply=703' });
    const req = api.requests[0]!;
    expect([req.method, req.path, req.headers.authorization, req.headers['content-type']]).toEqual([
      'POST',
      '/method/wall.createComment',
      'Bearer vk-token',
      'application/x-www-form-urlencoded',
    ]);
    expect(Object.fromEntries(req.form())).toEqual({
      owner_id: '-50',
      post_id: '900',
      message: 'Извините, уже проверяем.',
      guid: 'intent-42',
      reply_to_comment: '701',
      from_group: '50',
      v: '5.199',
    });
  });

  it('comments on a wall post itself when the mention is the post', async () => {
    const api = await serve(() => ({ json: { response: { comment_id: 704 } } }));
    await vkReply.reply(
      { mentionId: '-50_901', threadId: '-50_901' },
      'Спасибо за идею!',
      'intent-43',
      deps(api.url),
    );
    expect(api.requests[0]!.form().get('reply_to_comment')).toBeNull();
    expect(api.requests[0]!.form().get('post_id')).toBe('901');
  });

  it('answers a message with messages.send and a random_id fixed by the idempotency key', async () => {
    const api = await serve(() => ({ json: { response: 3003 } }));
    const result = await vkReply.reply(
      { mentionId: 'dm12345_3001', threadId: 'dm12345', kind: 'direct_message' },
      'Заказ у курьера.',
      'intent-44',
      deps(api.url),
    );
    expect(result.id).toBe('dm12345_3003');
    const form = api.requests[0]!.form();
    expect([api.requests[0]!.path, form.get('peer_id'), form.get('random_id')]).toEqual([
      '/method/messages.send',
      '12345',
      randomIdFor('intent-44'),
    ]);
    expect(randomIdFor('intent-44')).toBe(randomIdFor('intent-44'));
  });

  it('turns VK error 6 (too many requests) into a rate limit and other errors into failures', async () => {
    const api = await serve((req) =>
      req.form().get('message') === 'fast'
        ? { json: { error: { error_code: 6, error_msg: 'Too many requests per second' } } }
        : { json: { error: { error_code: 15, error_msg: 'Access denied' } } },
    );
    const target = { mentionId: '-50_900_701', threadId: '-50_900' };
    await expect(vkReply.reply(target, 'fast', 'k1', deps(api.url))).rejects.toMatchObject({
      name: 'RateLimited',
    });
    await expect(vkReply.reply(target, 'denied', 'k2', deps(api.url))).rejects.toMatchObject({
      name: 'PlatformHttpError',
      code: '15',
    });
  });
});
