/**
 * The one encoding of every queue body.
 *
 * SQS accepts only #x9 #xA #xD #x20–#xD7FF #xE000–#xFFFD #x10000–#x10FFFF in a body (some
 * emulators nothing beyond the BMP), while a post may carry any UTF-16 code unit: emoji, U+FFFE,
 * control characters, even a lone surrogate. So a body is JSON with every code unit outside
 * printable ASCII written as a \uXXXX escape: pure ASCII, which every SQS accepts, and JSON.parse
 * restores the exact code units, lone surrogates included.
 *
 * The escapes cost 6 bytes per code unit outside ASCII: against UTF-8, 3× for accented Latin,
 * Cyrillic, Arabic or emoji, 2× for CJK (docs/platforms.md has measured figures). A body still
 * over the limit is deflated and written in base64 behind the `z:` prefix (no JSON text starts
 * with `z`), which brings real text back under its UTF-8 size; only a body over the limit even
 * then is refused, before anything is sent.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';

/** The message size every SQS queue accepts (256 KiB; newer queues allow up to 1 MiB). */
export const MAX_QUEUE_BODY_BYTES = 256 * 1024;

const COMPRESSED = 'z:';

export class QueueBodyTooLarge extends Error {
  override readonly name: string = 'QueueBodyTooLarge';
}

const hex4 = (unit: number): string => `\\u${unit.toString(16).padStart(4, '0')}`;

/** JSON in printable ASCII: everything else, code unit by code unit, as \uXXXX. */
export const asciiJson = (value: unknown): string =>
  JSON.stringify(value).replace(/[^\x20-\x7e]/g, (c) => hex4(c.charCodeAt(0)));

/** The queue body of `value`: ASCII JSON, deflated when it would exceed `limit` bytes. */
export function encodeQueueBody(value: unknown, limit = MAX_QUEUE_BODY_BYTES): string {
  const json = asciiJson(value);
  if (json.length <= limit) return json;
  const packed = `${COMPRESSED}${deflateRawSync(json).toString('base64')}`;
  if (packed.length <= limit) return packed;
  throw new QueueBodyTooLarge(
    `a queue message of ${json.length} bytes (${packed.length} compressed) is over the ${limit}-byte limit`,
  );
}

/** The value of a queue body written by `encodeQueueBody` (or plain JSON); throws SyntaxError if neither. */
export function decodeQueueBody(body: string): unknown {
  if (!body.startsWith(COMPRESSED)) return JSON.parse(body);
  const packed = Buffer.from(body.slice(COMPRESSED.length), 'base64');
  let json: string;
  try {
    // Only Beacon writes these bodies; the cap keeps a corrupt one from inflating without end.
    json = inflateRawSync(packed, { maxOutputLength: 64 * MAX_QUEUE_BODY_BYTES }).toString('utf8');
  } catch {
    throw new SyntaxError('compressed queue body does not inflate');
  }
  return JSON.parse(json);
}
