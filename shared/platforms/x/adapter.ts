/**
 * X Account Activity webhooks: GET|POST /webhooks/x.
 *
 *   GET  ?crc_token=<t>  → 200 {"response_token":"sha256=<base64 HMAC-SHA256(t) keyed with X_CONSUMER_SECRET>"}
 *   POST x-twitter-webhooks-signature: sha256=<base64 HMAC-SHA256 of the raw body, same key>
 *        {"for_user_id", "tweet_create_events":[…]} or {"for_user_id", "direct_message_events":[…], "users":{…}}
 *
 * The CRC answer is the HMAC of the caller's string under the same key that signs deliveries, so
 * it would sign any body an attacker asks for. Only tokens of the shape X sends (a UUID or its
 * base64, with an optional `nonce` beside it) are answered: at most 128 characters of the base64
 * and UUID alphabets, which no JSON object can be written in, so no answer signs a delivery.
 *
 * One mention per post or direct message; likes, follows, typing and the rest are acknowledged and
 * ignored. X signs no timestamp and replays old events on request, so there is no replay window:
 * replays yield the same ids and the store drops them.
 */
import * as z from 'zod/mini';
import '../../runtime/zod-messages.ts';
import { hmacSha256, safeEqual } from '../signature.ts';
import {
  type HttpReply,
  type InboundRequest,
  type ParsedMention,
  type SecretBag,
  type WebhookAdapter,
  WebhookRejected,
} from '../types.ts';
import { fromDmEvent, fromV1Tweet } from './parse.ts';

export const X_CONSUMER_SECRET_ENV = 'X_CONSUMER_SECRET';
export const X_SIGNATURE_HEADER = 'x-twitter-webhooks-signature';

const envelope = z.object({
  for_user_id: z.optional(z.string()),
  tweet_create_events: z.optional(z.array(z.unknown())),
  direct_message_events: z.optional(z.array(z.unknown())),
  users: z.optional(z.record(z.string(), z.unknown())),
});

/** What X sends as crc_token: UUIDs or their base64, never braces, quotes or spaces. */
export const CRC_TOKEN_SHAPE = /^[A-Za-z0-9+/=_-]{1,128}$/;

/** The CRC answer X expects for a token. */
export const crcResponseToken = (consumerSecret: string, crcToken: string): string =>
  `sha256=${hmacSha256(consumerSecret, crcToken, 'base64')}`;

export function parseXWebhook(body: unknown): ParsedMention[] {
  const r = envelope.safeParse(body);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new WebhookRejected(400, 'invalid_body', `${issue?.path.join('.') || 'body'}: ${issue?.message}`);
  }
  const forUser = r.data.for_user_id;
  const mentions = [
    ...(r.data.tweet_create_events ?? []).map((t) => fromV1Tweet(t, forUser)),
    ...(r.data.direct_message_events ?? []).map((e) => fromDmEvent(e, forUser, r.data.users ?? {})),
  ].filter((m): m is ParsedMention => m !== undefined);
  const ids = new Set<string>();
  return mentions.filter((m) => !ids.has(m.id) && ids.add(m.id));
}

const secretOf = (secrets: SecretBag): string => {
  const secret = secrets[X_CONSUMER_SECRET_ENV];
  if (!secret) throw new WebhookRejected(401, 'not_configured', `${X_CONSUMER_SECRET_ENV} is not set`);
  return secret;
};

export const xAdapter: WebhookAdapter = {
  platform: 'x',
  yields: ['x'],

  handshake(req: InboundRequest, secrets: SecretBag): HttpReply | undefined {
    if (req.method !== 'GET') return undefined;
    const token = req.query.crc_token;
    if (!token) throw new WebhookRejected(400, 'missing_crc_token', 'GET needs a crc_token');
    if (!CRC_TOKEN_SHAPE.test(token)) {
      throw new WebhookRejected(400, 'invalid_crc_token', 'crc_token is not of the shape X sends');
    }
    return {
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ response_token: crcResponseToken(secretOf(secrets), token) }),
    };
  },

  verify(req: InboundRequest, secrets: SecretBag): void {
    const secret = secretOf(secrets);
    const header = req.headers[X_SIGNATURE_HEADER];
    if (!header) {
      throw new WebhookRejected(401, 'missing_signature', 'missing x-twitter-webhooks-signature header');
    }
    // Base64 is case-sensitive: compare exactly.
    if (!safeEqual(header.trim(), `sha256=${hmacSha256(secret, req.rawBody, 'base64')}`)) {
      throw new WebhookRejected(401, 'bad_signature', 'x-twitter-webhooks-signature does not match the body');
    }
  },

  parse: (body: unknown) => parseXWebhook(body),

  ack: () => ({ status: 200, headers: { 'content-type': 'application/json' }, body: '{}' }),
};
