/**
 * Receives a platform's webhook call.
 *
 * 1. Refuse bodies over 256 KB (413) and unknown platforms (404).
 * 2. Answer a handshake (Meta hub.challenge, X CRC, VK confirmation) if it is one.
 * 3. Verify the signature over the raw bytes (401), before anything is parsed.
 * 4. Parse JSON (400) and the platform's payload into mentions (400 names the field).
 * 5. Stamp the arrival time and enqueue every mention; only then acknowledge (202 {"accepted":N}).
 *    The queue takes the request's mentions in one message (one write, whole or not at all) and
 *    encodes any text so SQS cannot refuse it; mentions too large to queue refuse the request (413)
 *    before anything is sent.
 *
 * Nothing is stored here: a refused request leaves no trace, and an accepted one is durable in SQS
 * before the platform hears "accepted", so a retry by the platform can only duplicate, never lose.
 */
import type { HttpReply, InboundRequest, SecretBag, WebhookAdapter } from '../platforms/types.ts';
import { WebhookRejected } from '../platforms/types.ts';
import { MentionsTooLarge } from '../queue/messages.ts';
import type { Clock, MentionQueue } from './ports.ts';
import { type IsBrandAuthor, stampMentions } from './stamp-mentions.ts';

export const MAX_WEBHOOK_BYTES = 256 * 1024;

export interface WebhookDeps {
  adapters: Readonly<Record<string, WebhookAdapter>>;
  secrets: () => Promise<SecretBag>;
  queue: MentionQueue;
  clock: Clock;
  /** Marks the brand's own accounts, so their replies close the loop instead of opening alerts. */
  isBrandAuthor: IsBrandAuthor;
}

const json = (status: number, body: unknown): HttpReply => ({
  status,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

export const errorReply = (status: number, code: string, message: string): HttpReply =>
  json(status, { error: code, message });

export const bodyTooLarge = (bytes: number): HttpReply =>
  errorReply(413, 'body_too_large', `body is ${bytes} bytes; the limit is ${MAX_WEBHOOK_BYTES}`);

export async function receiveWebhook(
  platform: string,
  req: InboundRequest,
  deps: WebhookDeps,
): Promise<HttpReply> {
  const adapter = Object.hasOwn(deps.adapters, platform) ? deps.adapters[platform] : undefined;
  if (!adapter) return errorReply(404, 'unknown_platform', `no webhook for platform "${platform}"`);
  if (req.rawBody.length > MAX_WEBHOOK_BYTES) return bodyTooLarge(req.rawBody.length);
  const now = deps.clock();
  try {
    const secrets = await deps.secrets();
    const handshake = adapter.handshake?.(req, secrets, now);
    if (handshake) return handshake;
    if (req.method !== 'POST') return errorReply(405, 'method_not_allowed', 'use POST');
    adapter.verify(req, secrets, now);
    let body: unknown;
    try {
      body = JSON.parse(req.rawBody.toString('utf8'));
    } catch {
      return errorReply(400, 'invalid_json', 'body is not valid JSON');
    }
    const mentions = stampMentions(adapter.parse(body, req), now, deps.isBrandAuthor);
    if (mentions.length > 0) await deps.queue.send(mentions);
    return adapter.ack ? adapter.ack(mentions.length) : json(202, { accepted: mentions.length });
  } catch (error) {
    if (error instanceof WebhookRejected) return errorReply(error.status, error.code, error.message);
    if (error instanceof MentionsTooLarge) {
      const ids = error.mentionIds.join(', ');
      return errorReply(413, 'too_large_to_queue', `too large for a queue message, even compressed: ${ids}`);
    }
    throw error;
  }
}
