/** The platform webhooks through the webhook use case: handshake, verification, queueing, acknowledgement. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Mention } from '../../shared/domain/mention.ts';
import { WEBHOOK_ADAPTERS } from '../../shared/platforms/registry.ts';
import { hmacSha256 } from '../../shared/platforms/signature.ts';
import { receiveWebhook } from '../../shared/usecases/receive-webhook.ts';
import { fixtureRaw, inbound } from './support.ts';

const SECRETS = {
  META_APP_SECRET: 'meta-secret',
  META_VERIFY_TOKEN: 'meta-verify',
  X_CONSUMER_SECRET: 'x-secret',
  VK_CONFIRMATION_CODE: 'a1b2c3d4',
  VK_SECRET: 'vk-local-secret',
};
const now = new Date('2026-01-01T00:00:00Z');

function harness() {
  const queued: Mention[][] = [];
  const deps = {
    adapters: WEBHOOK_ADAPTERS,
    secrets: async () => SECRETS,
    queue: { send: async (mentions: Mention[]) => void queued.push(mentions) },
    clock: () => now,
    isBrandAuthor: () => false,
  };
  return { queued, deps };
}

describe('platform webhooks through receiveWebhook', () => {
  it.each([
    [
      'meta',
      inbound({
        method: 'GET',
        query: { 'hub.mode': 'subscribe', 'hub.verify_token': 'meta-verify', 'hub.challenge': '77' },
      }),
      '77',
    ],
    [
      'x',
      inbound({ method: 'GET', query: { crc_token: '9b4507b3-9040-4669-9ca3-6b94edb50553' } }),
      JSON.stringify({
        response_token: `sha256=${hmacSha256('x-secret', '9b4507b3-9040-4669-9ca3-6b94edb50553', 'base64')}`,
      }),
    ],
    ['vk', inbound({ body: fixtureRaw('vk', 'confirmation.json') }), 'a1b2c3d4'],
  ])('%s: answers its handshake without queueing anything', async (platform, req, body) => {
    const { queued, deps } = harness();
    const reply = await receiveWebhook(platform, req, deps);
    expect([reply.status, reply.body]).toEqual([200, body]);
    expect(queued).toEqual([]);
  });

  it.each([
    [
      'meta',
      'meta',
      'page-feed-batch.json',
      { 'x-hub-signature-256': (b: Buffer) => `sha256=${hmacSha256('meta-secret', b, 'hex')}` },
      4,
      'EVENT_RECEIVED',
    ],
    [
      'x',
      'x',
      'tweet-create-events.json',
      { 'x-twitter-webhooks-signature': (b: Buffer) => `sha256=${hmacSha256('x-secret', b, 'base64')}` },
      2,
      '{}',
    ],
    ['vk', 'vk', 'wall-reply-new.json', {}, 1, 'ok'],
  ])(
    '%s: queues every mention of a signed payload, then acknowledges as the platform expects',
    async (platform, dir, file, sign, count, ack) => {
      const { queued, deps } = harness();
      const body = fixtureRaw(dir, file);
      const headers = Object.fromEntries(Object.entries(sign).map(([k, f]) => [k, f(body)]));
      const reply = await receiveWebhook(platform, inbound({ body, headers }), deps);
      expect([reply.status, reply.body]).toEqual([200, ack]);
      expect(queued.flat()).toHaveLength(count);
      expect(queued.flat().every((m) => m.receivedAt === now.toISOString() && m.createdAt)).toBe(true);
    },
  );

  it.each([
    ['meta', 'page-feed-batch.json', 'missing_signature'],
    ['x', 'tweet-create-events.json', 'missing_signature'],
  ])('%s: refuses an unsigned payload with 401 before parsing', async (platform, file, code) => {
    const { queued, deps } = harness();
    const reply = await receiveWebhook(platform, inbound({ body: fixtureRaw(platform, file) }), deps);
    expect(reply.status).toBe(401);
    expect(JSON.parse(reply.body).error).toBe(code);
    expect(queued).toEqual([]);
  });

  it('vk: refuses an event whose secret is wrong', async () => {
    const { deps } = harness();
    const body = Buffer.from(
      fixtureRaw('vk', 'wall-reply-new.json').toString().replace('vk-local-secret', 'guess'),
    );
    const reply = await receiveWebhook('vk', inbound({ body }), deps);
    expect([reply.status, JSON.parse(reply.body).error]).toEqual([401, 'bad_secret']);
  });

  it('x: a delivery signed with a CRC answer is refused and queues nothing', async () => {
    const { queued, deps } = harness();
    const delivery = fixtureRaw('x', 'tweet-create-events.json').toString();
    // The attacker asks the CRC endpoint to sign the delivery itself: refused.
    const asked = await receiveWebhook('x', inbound({ method: 'GET', query: { crc_token: delivery } }), deps);
    expect([asked.status, JSON.parse(asked.body).error]).toEqual([400, 'invalid_crc_token']);

    // Whatever token the endpoint does answer, posting it as a body with the answer as signature
    // carries no JSON object, so it is never accepted.
    const token = fc.stringMatching(/^[A-Za-z0-9+/=_-]{1,128}$/);
    await fc.assert(
      fc.asyncProperty(token, async (crcToken) => {
        const crc = await receiveWebhook(
          'x',
          inbound({ method: 'GET', query: { crc_token: crcToken } }),
          deps,
        );
        expect(crc.status).toBe(200);
        const signature = JSON.parse(crc.body).response_token as string;
        const forged = await receiveWebhook(
          'x',
          inbound({ body: crcToken, headers: { 'x-twitter-webhooks-signature': signature } }),
          deps,
        );
        expect(forged.status).toBeGreaterThanOrEqual(400);
        expect(forged.status).toBeLessThan(500);
      }),
      { numRuns: 300 },
    );
    expect(queued).toEqual([]);
  });
});
