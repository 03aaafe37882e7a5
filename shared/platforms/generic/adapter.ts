/**
 * The generic webhook: any system that can sign a JSON body with HMAC-SHA256 can feed Beacon.
 *
 *   POST /webhooks/generic
 *   X-Beacon-Signature: sha256=<hex HMAC-SHA256 of the raw body, keyed with BEACON_GENERIC_SECRET>
 *   {"mentions":[{"id","threadId"?,"parentId"?,"url"?,"text","createdAt"?,"author":{"id","handle","name"?,"followers"?}}]}
 *
 * A single mention object without the array is accepted too.
 */
import * as z from 'zod/mini';
import '../../runtime/zod-messages.ts';
import { hmacSha256, safeEqual } from '../signature.ts';
import {
  type InboundRequest,
  type ParsedMention,
  type SecretBag,
  type WebhookAdapter,
  WebhookRejected,
} from '../types.ts';

export const GENERIC_SECRET_ENV = 'BEACON_GENERIC_SECRET';
export const GENERIC_SIGNATURE_HEADER = 'x-beacon-signature';

const isoTime = z.string().check(z.refine((s) => !Number.isNaN(Date.parse(s)), 'an ISO-8601 date-time'));

const genericMention = z.object({
  id: z.string().check(z.minLength(1)).check(z.maxLength(256)),
  threadId: z.optional(z.string().check(z.minLength(1)).check(z.maxLength(256))),
  parentId: z.optional(z.string().check(z.minLength(1)).check(z.maxLength(256))),
  url: z.optional(z.url().check(z.maxLength(2048))),
  text: z.string().check(z.maxLength(40_000)),
  createdAt: z.optional(isoTime),
  lang: z.optional(z.string().check(z.minLength(2)).check(z.maxLength(8))),
  author: z.object({
    id: z.string().check(z.minLength(1)).check(z.maxLength(256)),
    handle: z.string().check(z.minLength(1)).check(z.maxLength(256)),
    name: z.optional(z.string().check(z.maxLength(256))),
    followers: z.optional(z.int().check(z.gte(0))),
    verified: z.optional(z.boolean()),
  }),
});

const genericBody = z.union([
  z.object({ mentions: z.array(genericMention).check(z.minLength(1)).check(z.maxLength(100)) }),
  z.pipe(
    genericMention,
    z.transform((m) => ({ mentions: [m] })),
  ),
]);

export type GenericMention = z.infer<typeof genericMention>;

/** Names the first offending field, e.g. `mentions[0].author.handle: expected string, received undefined`. */
export function describeZodError(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid body';
  // A union reports its branches; the first branch (the array form) is the documented shape.
  if (issue.code === 'invalid_union' && issue.errors[0]?.[0]) {
    const inner = issue.errors[0][0];
    return `${formatPath(inner.path)}: ${inner.message}`;
  }
  return `${formatPath(issue.path)}: ${issue.message}`;
}

const formatPath = (path: readonly PropertyKey[]): string =>
  path.length === 0
    ? 'body'
    : path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');

export const genericAdapter: WebhookAdapter = {
  platform: 'generic',
  yields: ['generic'],

  verify(req: InboundRequest, secrets: SecretBag): void {
    const secret = secrets[GENERIC_SECRET_ENV];
    if (!secret) throw new WebhookRejected(401, 'not_configured', 'generic webhook secret is not configured');
    const header = req.headers[GENERIC_SIGNATURE_HEADER];
    if (!header) throw new WebhookRejected(401, 'missing_signature', 'missing X-Beacon-Signature header');
    const expected = `sha256=${hmacSha256(secret, req.rawBody, 'hex')}`;
    if (!safeEqual(header.trim().toLowerCase(), expected)) {
      throw new WebhookRejected(401, 'bad_signature', 'X-Beacon-Signature does not match the body');
    }
  },

  parse(body: unknown): ParsedMention[] {
    const result = genericBody.safeParse(body);
    if (!result.success) throw new WebhookRejected(400, 'invalid_body', describeZodError(result.error));
    return result.data.mentions.map((m) => ({
      platform: 'generic',
      id: m.id,
      threadId: m.threadId ?? m.parentId ?? m.id,
      ...(m.parentId ? { parentId: m.parentId } : {}),
      ...(m.url ? { url: m.url } : {}),
      text: m.text,
      ...(m.createdAt ? { createdAt: new Date(m.createdAt).toISOString() } : {}),
      kind: m.parentId ? 'reply' : 'post',
      ...(m.lang ? { lang: m.lang } : {}),
      author: {
        id: m.author.id,
        handle: m.author.handle.replace(/^@/, ''),
        ...(m.author.name ? { name: m.author.name } : {}),
        ...(m.author.followers !== undefined ? { followers: m.author.followers } : {}),
        ...(m.author.verified !== undefined ? { verified: m.author.verified } : {}),
      },
    }));
  },
};
