/**
 * The webhook route on the local stack as an attacker sees it: oversized bodies, header tricks,
 * handshakes used as oracles, and requests that cannot be queued. Every case answers 4xx and
 * leaves nothing behind.
 */
import { randomInt } from 'node:crypto';
import { connect } from 'node:net';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alertIdFor } from '../../shared/domain/alert.ts';
import type { LocalStack } from '../../shared/local/stack.ts';
import { hmacSha256 } from '../../shared/platforms/signature.ts';
import { MAX_WEBHOOK_BYTES } from '../../shared/usecases/receive-webhook.ts';
import { GENERIC_SECRET, mentionBody, sign, startTestStack, TestClock } from '../helpers/local-stack.ts';

const SECRETS = {
  BEACON_GENERIC_SECRET: GENERIC_SECRET,
  X_CONSUMER_SECRET: 'transport-x-secret',
  VK_SECRET: 'transport-vk-secret',
  VK_CONFIRMATION_CODE: 'transport-vk-code',
};
const COMPLAINT = 'My Acme order is two weeks late and nobody answers. Terrible service!';

let stack: LocalStack;
beforeAll(async () => {
  stack = await startTestStack(new TestClock(), {
    configPath: resolve('test/wiring/fixtures/routing.yaml'),
    env: SECRETS,
  });
});
afterAll(() => stack.stop());

let n = 0;
const unique = () => `t-${Date.now()}-${++n}`;

interface RawAnswer {
  status: number;
  head: string;
  body: string;
  /** Bytes of the request the client had written when the answer came. */
  written: number;
}

/**
 * Sends `head` (request line and headers, CRLF-separated, without the blank line) and then `body`
 * chunk by chunk, waiting for each chunk to be taken, over a plain socket; resolves with the first
 * answer. A server that keeps reading gets the whole body; one that answers early stops it.
 */
function raw(head: string, body: Iterable<Buffer | string> = []): Promise<RawAnswer> {
  const { port } = new URL(stack.url);
  return new Promise((done, fail) => {
    const socket = connect(Number(port), '127.0.0.1');
    let received = '';
    let written = 0;
    let answered = false;
    const answer = () => {
      const end = received.indexOf('\r\n\r\n');
      if (answered || end < 0) return;
      const headText = received.slice(0, end);
      const length = Number(/content-length: *(\d+)/i.exec(headText)?.[1] ?? 0);
      const bodyText = received.slice(end + 4);
      if (Buffer.byteLength(bodyText) < length) return;
      answered = true;
      done({ status: Number(headText.split(' ')[1]), head: headText, body: bodyText, written });
      socket.destroy();
    };
    socket.on('data', (d) => {
      received += d.toString('utf8');
      answer();
    });
    socket.on('error', (error) => {
      if (!answered) fail(error);
    });
    socket.on('close', () => {
      if (!answered) fail(new Error(`connection closed without an answer: ${received}`));
    });
    const chunks = body[Symbol.iterator]();
    const write = () => {
      for (let next = chunks.next(); !next.done; next = chunks.next()) {
        if (answered || socket.destroyed) return;
        const chunk = Buffer.from(next.value);
        written += chunk.length;
        if (!socket.write(chunk)) return void socket.once('drain', write);
      }
    };
    socket.write(`${head}\r\n\r\n`, write);
  });
}

/** `count` chunks of 64 KiB in chunked transfer encoding, then the last chunk. */
function* chunked(count: number): Generator<string> {
  const chunk = ' '.repeat(64 * 1024);
  for (let i = 0; i < count; i++) yield `${chunk.length.toString(16)}\r\n${chunk}\r\n`;
  yield '0\r\n\r\n';
}

const stored = (platform: string, threadId: string) =>
  stack.runtime.pipeline.mentions.get(platform, threadId, threadId);

describe('bodies over the limit are refused while they arrive', () => {
  it('a Content-Length over 256 KB is answered 413 before a byte of the body is read', async () => {
    const answer = await raw(
      [
        'POST /webhooks/generic HTTP/1.1',
        'host: 127.0.0.1',
        'content-type: application/json',
        `content-length: ${10 * 1024 * 1024}`,
        `x-beacon-signature: ${sign('{}')}`,
      ].join('\r\n'),
    );
    expect(answer.status).toBe(413);
    expect(answer.written).toBe(0);
    expect(JSON.parse(answer.body)).toMatchObject({ error: 'body_too_large' });
  });

  it('a chunked body is answered 413 once it passes 256 KB, and the rest is never read', async () => {
    // 160 chunks of 64 KiB would be 10 MB; the answer must come long before the last of them.
    const answer = await raw(
      [
        'POST /webhooks/generic HTTP/1.1',
        'host: 127.0.0.1',
        'content-type: application/json',
        'transfer-encoding: chunked',
        `x-beacon-signature: ${sign('{}')}`,
      ].join('\r\n'),
      chunked(160),
    );
    expect(answer.status).toBe(413);
    expect(answer.head.toLowerCase()).toContain('connection: close');
    expect(answer.written).toBeLessThan(4 * 1024 * 1024);
  });

  it('a body of exactly 256 KB is read whole and accepted', async () => {
    const id = unique();
    const json = mentionBody({ id, text: COMPLAINT });
    const body = json + ' '.repeat(MAX_WEBHOOK_BYTES - Buffer.byteLength(json));
    expect(Buffer.byteLength(body)).toBe(MAX_WEBHOOK_BYTES);
    const res = await fetch(`${stack.url}/webhooks/generic`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-beacon-signature': sign(body) },
      body,
    });
    expect(res.status).toBe(202);
  });
});

describe('header tricks keep answering 4xx', () => {
  const request = (id: string) => {
    const body = mentionBody({ id, text: COMPLAINT });
    return { body, good: sign(body), length: Buffer.byteLength(body) };
  };
  const base = (length: number) => [
    'POST /webhooks/generic HTTP/1.1',
    'host: 127.0.0.1',
    'content-type: application/json',
    `content-length: ${length}`,
  ];

  it.each([
    ['the signature header twice, the good one first', (good: string) => [good, sign('other')]],
    ['the signature header twice, the good one last', (good: string) => [sign('other'), good]],
    ['the good signature header twice', (good: string) => [good, good]],
    ['the signature header with different name cases', (good: string) => [good, good.toUpperCase()]],
  ])('%s: 401 and nothing stored', async (_what, values) => {
    const id = unique();
    const { body, good, length } = request(id);
    const names = ['x-beacon-signature', 'X-Beacon-Signature'];
    const headers = values(good).map((v, i) => `${names[i % 2]}: ${v}`);
    const answer = await raw([...base(length), ...headers].join('\r\n'), [body]);
    expect(answer.status).toBe(401);
    await stack.drain();
    expect(await stored('generic', id)).toBeUndefined();
  });

  it.each([
    ['a signature with whitespace inside', (good: string) => `sha256= ${good.slice(7)}`],
    ['a signature with a second value after a comma', (good: string) => `${good}, ${good}`],
    ['a signature without its sha256= prefix', (good: string) => good.slice(7)],
    ['an empty signature', () => ''],
  ])('%s: 401 and nothing stored', async (_what, value) => {
    const id = unique();
    const { body, good, length } = request(id);
    const answer = await raw([...base(length), `x-beacon-signature: ${value(good)}`].join('\r\n'), [body]);
    expect(answer.status).toBe(401);
    await stack.drain();
    expect(await stored('generic', id)).toBeUndefined();
  });

  it('the signature in the query string instead of a header: 401', async () => {
    const id = unique();
    const { body, good } = request(id);
    const res = await fetch(`${stack.url}/webhooks/generic?x-beacon-signature=${encodeURIComponent(good)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(res.status).toBe(401);
  });

  it.each([
    ['two different Content-Length headers', (length: number) => [`content-length: ${length + 5}`]],
    ['Content-Length beside Transfer-Encoding: chunked', () => ['transfer-encoding: chunked']],
  ])('%s: 400 from the HTTP parser and nothing stored', async (_what, extra) => {
    const id = unique();
    const { body, good, length } = request(id);
    const answer = await raw(
      [...base(length), ...extra(length), `x-beacon-signature: ${good}`].join('\r\n'),
      [body],
    );
    expect(answer.status).toBe(400);
    await stack.drain();
    expect(await stored('generic', id)).toBeUndefined();
  });
});

describe('handshakes are no oracle', () => {
  it('X: the CRC endpoint will not sign a delivery, so a delivery forged with it is refused', async () => {
    const id = `19${Date.now()}`;
    const delivery = JSON.stringify({
      for_user_id: '100',
      tweet_create_events: [
        {
          created_at: 'Mon Mar 02 10:00:00 +0000 2026',
          id_str: id,
          text: `@acme ${COMPLAINT}`,
          user: { id_str: '200', screen_name: 'mallory', name: 'Mallory' },
        },
      ],
    });
    const crc = await fetch(`${stack.url}/webhooks/x?crc_token=${encodeURIComponent(delivery)}`);
    expect(crc.status).toBe(400);
    const answer = (await crc.json()) as Record<string, unknown>;
    expect(answer.response_token).toBeUndefined();

    // The best an attacker can do: sign with whatever the endpoint gave back.
    const forged = await fetch(`${stack.url}/webhooks/x`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-twitter-webhooks-signature': String(answer.response_token ?? answer.message),
      },
      body: delivery,
    });
    expect(forged.status).toBe(401);
    await stack.drain();
    expect(await stack.runtime.pipeline.alerts.get(alertIdFor('x', id))).toBeUndefined();
  });

  it('X: a real CRC token is answered as X expects', async () => {
    const token = '9b4507b3-9040-4669-9ca3-6b94edb50553';
    const res = await fetch(`${stack.url}/webhooks/x?crc_token=${token}&nonce=MTc2OTUxODI5MjkxNA`);
    expect(await res.json()).toEqual({
      response_token: `sha256=${hmacSha256(SECRETS.X_CONSUMER_SECRET, token, 'base64')}`,
    });
  });

  it('VK: a confirmation with a wrong secret is refused and does not reveal the code', async () => {
    const res = await fetch(`${stack.url}/webhooks/vk`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'confirmation', group_id: 50, secret: 'guess' }),
    });
    expect(res.status).toBe(401);
    expect(await res.text()).not.toContain(SECRETS.VK_CONFIRMATION_CODE);
  });
});

describe('a request is accepted whole or not at all', () => {
  it('a post too large to queue refuses the request (413) and its other posts are not stored', async () => {
    const [small, huge] = [`19${Date.now()}1`, `19${Date.now()}2`];
    // Random printable ASCII barely compresses, and 2,500 × "é" take 6 bytes each once escaped:
    // the post is over the queue's limit even deflated, while the body stays under 256 KB.
    const alphabet =
      'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_{|}~';
    const noise =
      Array.from({ length: 248_000 }, () => alphabet[randomInt(alphabet.length)]).join('') +
      'é'.repeat(2_500);
    const tweet = (id: string, text: string) => ({
      created_at: 'Mon Mar 02 10:00:00 +0000 2026',
      id_str: id,
      text,
      user: { id_str: '200', screen_name: 'ivy_j', name: 'Ivy J' },
    });
    const body = JSON.stringify({
      for_user_id: '100',
      tweet_create_events: [tweet(small, `@acme ${COMPLAINT}`), tweet(huge, noise)],
    });
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(MAX_WEBHOOK_BYTES);
    const res = await fetch(`${stack.url}/webhooks/x`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-twitter-webhooks-signature': `sha256=${hmacSha256(SECRETS.X_CONSUMER_SECRET, body, 'base64')}`,
      },
      body,
    });
    expect(res.status).toBe(413);
    const refusal = (await res.json()) as { error: string; message: string };
    expect(refusal.error).toBe('too_large_to_queue');
    expect(refusal.message).toContain(huge);
    expect(refusal.message).not.toContain(small);
    await stack.drain();
    expect(await stored('x', small)).toBeUndefined();
    expect(await stack.runtime.pipeline.alerts.get(alertIdFor('x', small))).toBeUndefined();
  });
});
