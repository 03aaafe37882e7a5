import { describe, expect, it } from 'vitest';
import { genericAdapter } from '../../shared/platforms/generic/adapter.ts';
import { hmacSha256 } from '../../shared/platforms/signature.ts';
import type { InboundRequest } from '../../shared/platforms/types.ts';
import { rejection } from '../helpers/rejection.ts';

const SECRET = 'shh';
const request = (body: string, signature?: string): InboundRequest => ({
  method: 'POST',
  path: '/webhooks/generic',
  headers: signature ? { 'x-beacon-signature': signature } : {},
  query: {},
  rawBody: Buffer.from(body),
});
/** A correctly signed request. */
const signed = (body: string) => request(body, `sha256=${hmacSha256(SECRET, body, 'hex')}`);

describe('generic webhook verification', () => {
  const body = '{"id":"1","text":"hi","author":{"id":"a","handle":"b"}}';

  it('accepts the HMAC-SHA256 of the raw body, in either hex case', () => {
    expect(() =>
      genericAdapter.verify(signed(body), { BEACON_GENERIC_SECRET: SECRET }, new Date()),
    ).not.toThrow();
    const upper = request(body, `sha256=${hmacSha256(SECRET, body, 'hex').toUpperCase()}`);
    expect(() => genericAdapter.verify(upper, { BEACON_GENERIC_SECRET: SECRET }, new Date())).not.toThrow();
  });

  it.each([
    ['missing', request(body), 'missing_signature'],
    ['for another body', request(body, `sha256=${hmacSha256(SECRET, `${body} `, 'hex')}`), 'bad_signature'],
    ['with another secret', request(body, `sha256=${hmacSha256('other', body, 'hex')}`), 'bad_signature'],
    ['without the prefix', request(body, hmacSha256(SECRET, body, 'hex')), 'bad_signature'],
  ])('refuses a signature %s with 401', (_name, req, code) => {
    const error = rejection(() => genericAdapter.verify(req, { BEACON_GENERIC_SECRET: SECRET }, new Date()));
    expect(error).toMatchObject({ status: 401, code });
  });

  it('refuses everything when no secret is configured', () => {
    expect(rejection(() => genericAdapter.verify(signed(body), {}, new Date()))).toMatchObject({
      status: 401,
      code: 'not_configured',
    });
  });
});

describe('generic webhook parsing', () => {
  const req = signed('{}');

  it('turns the documented shape into mentions, threads defaulting to the post itself', () => {
    const [root, reply] = genericAdapter.parse(
      {
        mentions: [
          {
            id: 'p1',
            text: 'hello',
            createdAt: '2026-03-02T10:00:00+01:00',
            author: { id: 'a1', handle: '@maria', followers: 5 },
          },
          {
            id: 'p2',
            parentId: 'p1',
            url: 'https://example.com/p2',
            text: 'hi',
            author: { id: 'a2', handle: 'lee', name: 'Lee' },
          },
        ],
      },
      req,
    );
    expect(root).toEqual({
      platform: 'generic',
      id: 'p1',
      threadId: 'p1',
      text: 'hello',
      createdAt: '2026-03-02T09:00:00.000Z',
      kind: 'post',
      author: { id: 'a1', handle: 'maria', followers: 5 },
    });
    expect(reply).toMatchObject({
      id: 'p2',
      threadId: 'p1',
      parentId: 'p1',
      kind: 'reply',
      url: 'https://example.com/p2',
    });
  });

  it.each([
    [{ mentions: [] }, /mentions: Too small/i],
    [{ mentions: [{ id: 'x', author: { id: 'a', handle: 'b' } }] }, /^mentions\[0\]\.text:/],
    [
      { mentions: [{ id: 'x', text: 't', author: { id: 'a', handle: 'b', followers: -1 } }] },
      /^mentions\[0\]\.author\.followers:/,
    ],
    [
      { mentions: [{ id: 'x', text: 't', createdAt: 'yesterday', author: { id: 'a', handle: 'b' } }] },
      /^mentions\[0\]\.createdAt: an ISO-8601/,
    ],
    [[1, 2], /^body:/],
  ])('names the offending field of %j', (body, message) => {
    const error = rejection(() => genericAdapter.parse(body, req));
    expect(error.status).toBe(400);
    expect(error.message).toMatch(message);
  });
});
