/** The queue body codec and the message shapes built on it: any text in, the exact text out. */
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Mention } from '../../shared/domain/mention.ts';
import { handleEach } from '../../shared/queue/batch.ts';
import {
  asciiJson,
  decodeQueueBody,
  encodeQueueBody,
  MAX_QUEUE_BODY_BYTES,
  QueueBodyTooLarge,
} from '../../shared/queue/codec.ts';
import {
  InvalidMessage,
  MentionsTooLarge,
  mentionMessageBodies,
  parseMentionsMessage,
  parseReplyMessage,
  parseSlackOutMessage,
  replyMessageBody,
  slackOutMessageBody,
} from '../../shared/queue/messages.ts';
import { batchesOf } from '../../shared/queue/sqs.ts';
import { aMention } from '../helpers/factories.ts';

/** What real SQS accepts in a body: #x9 | #xA | #xD | #x20–#xD7FF | #xE000–#xFFFD | #x10000–#x10FFFF. */
const SQS_ALLOWED = /^(?:[\t\n\r\x20-\uD7FF\uE000-\uFFFD]|[\uD800-\uDBFF][\uDC00-\uDFFF])*$/;

/** Any sequence of UTF-16 code units: lone surrogates, U+FFFE/U+FFFF and control characters included. */
const anyUnits = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 40 })
  .map((units) => String.fromCharCode(...units));
const anyText = fc.oneof(anyUnits, fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }));

describe('encodeQueueBody', () => {
  it('writes printable ASCII only, which every SQS accepts, and decodes to the exact value', () => {
    fc.assert(
      fc.property(anyText, anyText, (text, name) => {
        const value = { text, author: { name }, [text]: name };
        const body = encodeQueueBody(value);
        expect(body).toMatch(/^[\x20-\x7e]*$/);
        expect(body).toMatch(SQS_ALLOWED);
        expect(decodeQueueBody(body)).toEqual(value);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps lone surrogates, U+FFFE, U+FFFF and NUL as the very code units they were', () => {
    const text = '\uD83D lone \uDE00 \uFFFE\uFFFF\u0000\u0007 😡 👩‍👩‍👧 שלום';
    const back = decodeQueueBody(encodeQueueBody({ text })) as { text: string };
    expect([...back.text].map((c) => c.codePointAt(0))).toEqual([...text].map((c) => c.codePointAt(0)));
    expect(back.text).toBe(text);
  });

  it('costs at most six bytes per code unit before compression', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(asciiJson(text).length).toBeLessThanOrEqual(6 * text.length + 2);
      }),
    );
  });

  it('deflates a body that would exceed the limit, and it still decodes exactly', () => {
    const text = 'Заказ опаздывает на две недели, никто не отвечает. 😡 '.repeat(4000);
    expect(asciiJson({ text }).length).toBeGreaterThan(MAX_QUEUE_BODY_BYTES);
    const body = encodeQueueBody({ text });
    expect(body.startsWith('z:')).toBe(true);
    expect(body.length).toBeLessThanOrEqual(MAX_QUEUE_BODY_BYTES);
    expect(body).toMatch(/^[\x20-\x7e]*$/);
    expect(decodeQueueBody(body)).toEqual({ text });
  });

  it('refuses a body over the limit even when deflated, naming the sizes', () => {
    const text = randomBytes(300_000).toString('base64');
    expect(() => encodeQueueBody({ text })).toThrow(QueueBodyTooLarge);
    expect(() => encodeQueueBody({ text })).toThrow(/over the 262144-byte limit/);
  });

  it('reads plain JSON too (messages queued before the codec)', () => {
    expect(decodeQueueBody('{"a":"é"}')).toEqual({ a: 'é' });
  });
});

describe('message shapes', () => {
  const hostile = 'ping <!channel> \uFFFF\uFFFE \uD800 \u0000 😡 مرحبا';

  it('a slack-out notice and a reply carry any text through', () => {
    const notice = { kind: 'notice' as const, channel: 'C1', key: 'k', text: hostile };
    expect(parseSlackOutMessage(slackOutMessageBody(notice))).toEqual(notice);
    const reply = {
      type: 'reply' as const,
      alertId: 'al_1',
      platform: 'x' as const,
      threadId: 't',
      mentionId: 'm',
      text: hostile,
      by: 'U1',
      idempotencyKey: 'v1',
    };
    expect(parseReplyMessage(replyMessageBody(reply))).toEqual(reply);
  });

  it('a corrupt compressed body is an InvalidMessage, not a crash', () => {
    expect(() => parseSlackOutMessage('z:AAAA')).toThrow(InvalidMessage);
  });

  it('the older single-mention message is still read', () => {
    const mention = aMention({ text: hostile });
    expect(parseMentionsMessage(JSON.stringify({ type: 'mention', mention }))).toEqual([mention]);
  });
});

const mentions = (count: number, text: (i: number) => string): Mention[] =>
  Array.from({ length: count }, (_, i) =>
    aMention({ id: `m${i}`, threadId: `m${i}`, text: text(i), author: { id: 'u', handle: 'ümit 🌸' } }),
  );

describe('mentionMessageBodies', () => {
  it('puts a request’s mentions in one body when they fit', () => {
    const list = mentions(100, (i) => `post ${i}: 😡 order late — الطلب متأخر`);
    const bodies = mentionMessageBodies(list);
    expect(bodies).toHaveLength(1);
    expect(parseMentionsMessage(bodies[0] ?? '')).toEqual(list);
  });

  it('fits a full 256 KB webhook body of Cyrillic text into one body', () => {
    // Three 40,000-character posts: 240 KB of UTF-8, 720 KB once escaped.
    const list = mentions(3, (i) => `${i} ${'ж'.repeat(39_990)}`);
    expect(Buffer.byteLength(JSON.stringify(list))).toBeLessThan(256 * 1024);
    const bodies = mentionMessageBodies(list);
    expect(bodies).toHaveLength(1);
    expect(bodies[0]?.length).toBeLessThanOrEqual(MAX_QUEUE_BODY_BYTES);
    expect(parseMentionsMessage(bodies[0] ?? '')).toEqual(list);
  });

  it('splits only what cannot share a body, keeping every mention once and in order', () => {
    const list = mentions(5, () => randomBytes(90_000).toString('base64'));
    const bodies = mentionMessageBodies(list);
    expect(bodies.length).toBeGreaterThan(1);
    expect(bodies.length).toBeLessThan(list.length + 1);
    for (const body of bodies) expect(body.length).toBeLessThanOrEqual(MAX_QUEUE_BODY_BYTES);
    expect(bodies.flatMap(parseMentionsMessage)).toEqual(list);
  });

  it('refuses the whole list when a mention can never fit, naming every such mention', () => {
    const big = () => randomBytes(300_000).toString('base64');
    const list = [
      aMention({ id: 'big1', text: big() }),
      ...mentions(2, () => 'fine'),
      aMention({ id: 'big2', text: big() }),
    ];
    const refused = (() => {
      try {
        mentionMessageBodies(list);
      } catch (error) {
        return error;
      }
    })();
    expect(refused).toBeInstanceOf(MentionsTooLarge);
    expect(refused).toBeInstanceOf(QueueBodyTooLarge);
    expect((refused as MentionsTooLarge).mentionIds).toEqual(['big1', 'big2']);
  });
});

describe('batchesOf', () => {
  const entry = (i: number, bytes: number) => ({ Id: String(i), MessageBody: 'a'.repeat(bytes) });

  it('puts at most ten entries and 256 KiB of bodies in one SendMessageBatch call', () => {
    expect(batchesOf(Array.from({ length: 25 }, (_, i) => entry(i, 10))).map((b) => b.length)).toEqual([
      10, 10, 5,
    ]);
    const big = Array.from({ length: 4 }, (_, i) => entry(i, 100_000));
    expect(batchesOf(big).map((b) => b.map((e) => e.Id))).toEqual([
      ['0', '1'],
      ['2', '3'],
    ]);
    expect(batchesOf([entry(0, MAX_QUEUE_BODY_BYTES)])).toHaveLength(1);
  });
});

describe('handleEach', () => {
  it('handles every item even when one fails, then fails with the errors', async () => {
    const handled: number[] = [];
    const run = handleEach([1, 2, 3], async (n) => {
      handled.push(n);
      if (n !== 3) throw new Error(`item ${n}`);
    });
    await expect(run).rejects.toThrow('2 items failed; the first: Error: item 1');
    expect(handled).toEqual([1, 2, 3]);
  });

  it('rethrows a single failure as it is', async () => {
    await expect(handleEach([1], async () => Promise.reject(new RangeError('x')))).rejects.toThrow(
      RangeError,
    );
  });
});
