/**
 * Facebook Pages and Instagram, one Meta app, one route: GET|POST /webhooks/meta.
 *
 *   GET  ?hub.mode=subscribe&hub.verify_token=<META_VERIFY_TOKEN>&hub.challenge=<n>  → 200 <n>
 *   POST X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body, keyed with META_APP_SECRET>
 *        {"object":"page"|"instagram","entry":[{"id","time","changes":[{"field","value"}]}]}
 *
 * One mention per post or comment in `entry[].changes[]`; reactions, edits, removals and
 * Messenger events are acknowledged and ignored. The Page's (or Instagram account's) own
 * comments come through as brand replies, its own posts not at all.
 */
import * as z from 'zod/mini';
import '../../runtime/zod-messages.ts';
import { isoTime } from '../poll.ts';
import { hmacSha256, safeEqual } from '../signature.ts';
import {
  type HttpReply,
  type InboundRequest,
  type ParsedMention,
  type SecretBag,
  type WebhookAdapter,
  WebhookRejected,
} from '../types.ts';

export const META_APP_SECRET_ENV = 'META_APP_SECRET';
export const META_VERIFY_TOKEN_ENV = 'META_VERIFY_TOKEN';
export const META_SIGNATURE_HEADER = 'x-hub-signature-256';

const id = z.pipe(z.union([z.string().check(z.minLength(1)), z.number()]), z.transform(String));

const envelope = z.object({
  object: z.string(),
  entry: z.array(
    z.object({
      id,
      time: z.optional(z.number()),
      changes: z.optional(z.array(z.object({ field: z.string(), value: z.unknown() }))),
    }),
  ),
});

const from = z.object({ id, name: z.optional(z.string()), username: z.optional(z.string()) });

/** Page `feed`: posts and comments on the Page. */
const feedValue = z.object({
  item: z.string(),
  verb: z.string(),
  post_id: z.optional(id),
  comment_id: z.optional(id),
  parent_id: z.optional(id),
  from: z.optional(from),
  message: z.optional(z.string()),
  created_time: z.optional(z.union([z.number(), z.string()])),
  post: z.optional(z.object({ permalink_url: z.optional(z.string()) })),
});

/** Page `mention`: the Page was @mentioned in someone's post or comment. */
const mentionValue = z.object({
  item: z.string(),
  verb: z.string(),
  post_id: id,
  comment_id: z.optional(id),
  sender_id: z.optional(id),
  sender_name: z.optional(z.string()),
  message: z.optional(z.string()),
  created_time: z.optional(z.union([z.number(), z.string()])),
});

/** Instagram `comments` / `live_comments`. */
const igCommentValue = z.object({
  id,
  text: z.optional(z.string()),
  from: z.optional(from),
  media: z.optional(z.object({ id })),
  parent_id: z.optional(id),
  timestamp: z.optional(z.union([z.number(), z.string()])),
});

/** Instagram `mentions` with the text included (the Facebook Login setup sends ids only, see docs). */
const igMentionValue = z.object({
  media_id: id,
  comment_id: z.optional(id),
  text: z.optional(z.string()),
  caption: z.optional(z.string()),
  from: z.optional(from),
});

const POST_ITEMS = new Set(['status', 'post', 'photo', 'video', 'share']);
const facebookUrl = (objectId: string): string => `https://www.facebook.com/${objectId}`;
const time = (value: unknown): { createdAt?: string } => {
  const at = isoTime(value);
  return at ? { createdAt: at } : {};
};

function facebookFeed(pageId: string, raw: unknown): ParsedMention | undefined {
  const v = feedValue.safeParse(raw);
  if (!v.success || v.data.verb !== 'add' || !v.data.post_id) return undefined;
  const { item, post_id: postId, from: author } = v.data;
  const isBrand = author?.id === pageId;
  const who = {
    id: author?.id ?? 'unknown',
    handle: author?.name ?? author?.id ?? 'unknown',
    ...(author?.name ? { name: author.name } : {}),
    ...(isBrand ? { isBrand } : {}),
  };
  if (item === 'comment' && v.data.comment_id) {
    const parentId = v.data.parent_id ?? postId;
    return {
      platform: 'facebook',
      id: v.data.comment_id,
      threadId: postId,
      parentId,
      url: facebookUrl(v.data.comment_id),
      text: v.data.message ?? '',
      ...time(v.data.created_time),
      kind: parentId === postId ? 'comment' : 'reply',
      author: who,
    };
  }
  // The Page's own posts start no conversation worth an alert.
  if (POST_ITEMS.has(item) && !isBrand) {
    return {
      platform: 'facebook',
      id: postId,
      threadId: postId,
      url: v.data.post?.permalink_url ?? facebookUrl(postId),
      text: v.data.message ?? '',
      ...time(v.data.created_time),
      kind: 'post',
      author: who,
    };
  }
  return undefined;
}

function facebookMention(pageId: string, raw: unknown): ParsedMention | undefined {
  const v = mentionValue.safeParse(raw);
  if (!v.success || v.data.verb !== 'add' || v.data.sender_id === pageId) return undefined;
  const isComment = v.data.item === 'comment' && v.data.comment_id;
  const mentionId = isComment ? v.data.comment_id! : v.data.post_id;
  return {
    platform: 'facebook',
    id: mentionId,
    threadId: v.data.post_id,
    ...(isComment ? { parentId: v.data.post_id } : {}),
    url: facebookUrl(mentionId),
    text: v.data.message ?? '',
    ...time(v.data.created_time),
    kind: isComment ? 'comment' : 'post',
    author: {
      id: v.data.sender_id ?? 'unknown',
      handle: v.data.sender_name ?? v.data.sender_id ?? 'unknown',
      ...(v.data.sender_name ? { name: v.data.sender_name } : {}),
    },
  };
}

function instagramComment(accountId: string, raw: unknown): ParsedMention | undefined {
  const v = igCommentValue.safeParse(raw);
  if (!v.success || !v.data.media) return undefined;
  const mediaId = v.data.media.id;
  const author = v.data.from;
  const isBrand = author?.id === accountId;
  return {
    platform: 'instagram',
    id: v.data.id,
    threadId: mediaId,
    parentId: v.data.parent_id ?? mediaId,
    text: v.data.text ?? '',
    ...time(v.data.timestamp),
    kind: v.data.parent_id ? 'reply' : 'comment',
    author: {
      id: author?.id ?? 'unknown',
      handle: author?.username ?? author?.id ?? 'unknown',
      ...(isBrand ? { isBrand } : {}),
    },
  };
}

function instagramMention(raw: unknown): ParsedMention | undefined {
  const v = igMentionValue.safeParse(raw);
  const text = v.success ? (v.data.text ?? v.data.caption) : undefined;
  // Id-only notifications carry nothing to classify; see docs/platforms.md.
  if (!v.success || text === undefined) return undefined;
  const mentionId = v.data.comment_id ?? v.data.media_id;
  return {
    platform: 'instagram',
    id: mentionId,
    threadId: v.data.media_id,
    ...(v.data.comment_id ? { parentId: v.data.media_id } : {}),
    text,
    kind: v.data.comment_id ? 'comment' : 'post',
    author: {
      id: v.data.from?.id ?? 'unknown',
      handle: v.data.from?.username ?? v.data.from?.id ?? 'unknown',
    },
  };
}

export function parseMetaPayload(body: unknown): ParsedMention[] {
  const result = envelope.safeParse(body);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new WebhookRejected(400, 'invalid_body', `${issue?.path.join('.') || 'body'}: ${issue?.message}`);
  }
  const { object, entry } = result.data;
  const mentions: ParsedMention[] = [];
  const ids = new Set<string>();
  for (const e of entry) {
    for (const change of e.changes ?? []) {
      let m: ParsedMention | undefined;
      if (object === 'page' && change.field === 'feed') m = facebookFeed(e.id, change.value);
      else if (object === 'page' && change.field === 'mention') m = facebookMention(e.id, change.value);
      else if (object === 'instagram' && (change.field === 'comments' || change.field === 'live_comments'))
        m = instagramComment(e.id, change.value);
      else if (object === 'instagram' && change.field === 'mentions') m = instagramMention(change.value);
      // One post can reach us twice in a batch (e.g. as `feed` and as `mention`): keep the first.
      if (m && !ids.has(`${m.platform}#${m.id}`)) {
        ids.add(`${m.platform}#${m.id}`);
        mentions.push(m);
      }
    }
  }
  return mentions;
}

const CHALLENGE = /^[A-Za-z0-9._-]{1,256}$/;

export const metaAdapter: WebhookAdapter = {
  platform: 'meta',
  yields: ['facebook', 'instagram'],

  handshake(req: InboundRequest, secrets: SecretBag): HttpReply | undefined {
    if (req.method !== 'GET') return undefined;
    const q = (name: string): string | undefined => req.query[`hub.${name}`] ?? req.query[`hub_${name}`];
    const mode = q('mode');
    if (mode === undefined) return undefined;
    const expected = secrets[META_VERIFY_TOKEN_ENV];
    if (!expected) throw new WebhookRejected(401, 'not_configured', `${META_VERIFY_TOKEN_ENV} is not set`);
    if (mode !== 'subscribe') throw new WebhookRejected(400, 'bad_mode', 'hub.mode must be subscribe');
    if (!safeEqual(q('verify_token') ?? '', expected)) {
      throw new WebhookRejected(403, 'bad_verify_token', 'hub.verify_token does not match');
    }
    const challenge = q('challenge');
    if (!challenge || !CHALLENGE.test(challenge)) {
      throw new WebhookRejected(400, 'bad_challenge', 'hub.challenge is missing or malformed');
    }
    return { status: 200, headers: { 'content-type': 'text/plain' }, body: challenge };
  },

  verify(req: InboundRequest, secrets: SecretBag): void {
    const secret = secrets[META_APP_SECRET_ENV];
    if (!secret) throw new WebhookRejected(401, 'not_configured', `${META_APP_SECRET_ENV} is not set`);
    const header = req.headers[META_SIGNATURE_HEADER];
    if (!header) throw new WebhookRejected(401, 'missing_signature', 'missing X-Hub-Signature-256 header');
    const expected = `sha256=${hmacSha256(secret, req.rawBody, 'hex')}`;
    if (!safeEqual(header.trim().toLowerCase(), expected)) {
      throw new WebhookRejected(401, 'bad_signature', 'X-Hub-Signature-256 does not match the body');
    }
  },

  parse: (body: unknown) => parseMetaPayload(body),

  // Meta only needs a 200; anything else counts as a failed delivery and is retried.
  ack: () => ({ status: 200, headers: { 'content-type': 'text/plain' }, body: 'EVENT_RECEIVED' }),
};
