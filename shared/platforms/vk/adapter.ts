/**
 * VK Callback API: POST /webhooks/vk.
 *
 *   {"type":"confirmation","group_id":N,"secret":<VK_SECRET>}  → 200 <VK_CONFIRMATION_CODE>
 *   {"type":…,"object":…,"group_id":N,"event_id":…,"secret":<VK_SECRET>} → 200 ok
 *
 * VK signs nothing: the `secret` field, compared in constant time, is the proof, for the
 * confirmation as for every other event (the code proves the server to VK; it is not for anyone). Wall comments,
 * wall posts and messages become mentions; the community's own comments and outgoing messages are
 * brand replies, its own wall posts are ignored, as is every other event type. VK re-sends an
 * event until it gets `ok`; the ids below are stable, so a re-sent event dedupes in the store.
 *
 * Ids: a wall post is `<owner_id>_<post_id>` (VK's own notation, negative owner for a community),
 * a wall comment `<owner_id>_<post_id>_<comment_id>`, a message `dm<peer_id>_<message id>` in the
 * thread `dm<peer_id>`.
 */
import * as z from 'zod/mini';
import '../../runtime/zod-messages.ts';
import { isoTime } from '../poll.ts';
import { safeEqual } from '../signature.ts';
import {
  type HttpReply,
  type InboundRequest,
  type ParsedMention,
  type SecretBag,
  type WebhookAdapter,
  WebhookRejected,
} from '../types.ts';

export const VK_CONFIRMATION_CODE_ENV = 'VK_CONFIRMATION_CODE';
export const VK_SECRET_ENV = 'VK_SECRET';
/** Optional: when set, events for any other community are refused. */
export const VK_GROUP_ID_ENV = 'VK_GROUP_ID';

const envelope = z.object({
  type: z.string(),
  object: z.optional(z.unknown()),
  group_id: z.number(),
  event_id: z.optional(z.string()),
  secret: z.optional(z.string()),
});

const wallComment = z.object({
  id: z.number(),
  from_id: z.number(),
  date: z.optional(z.number()),
  text: z.optional(z.string()),
  post_id: z.number(),
  owner_id: z.optional(z.number()),
  post_owner_id: z.optional(z.number()),
  reply_to_comment: z.optional(z.number()),
});

const wallPost = z.object({
  id: z.number(),
  owner_id: z.number(),
  from_id: z.number(),
  date: z.optional(z.number()),
  text: z.optional(z.string()),
  post_type: z.optional(z.string()),
});

const message = z.object({
  id: z.number(),
  conversation_message_id: z.optional(z.number()),
  from_id: z.number(),
  peer_id: z.number(),
  date: z.optional(z.number()),
  text: z.optional(z.string()),
});
/** From API version 5.103 `message_new` wraps the message; older versions and `message_reply` do not. */
const messageEvent = z.union([
  z.pipe(
    z.object({ message }),
    z.transform((o) => o.message),
  ),
  message,
]);

/** VK's profile address: id<N> for people, club<N> for communities. */
const vkHandle = (fromId: number): string => (fromId < 0 ? `club${-fromId}` : `id${fromId}`);
const time = (date: number | undefined): { createdAt?: string } => {
  const at = isoTime(date);
  return at ? { createdAt: at } : {};
};

export function parseVkEvent(body: unknown): ParsedMention[] {
  const r = envelope.safeParse(body);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new WebhookRejected(400, 'invalid_body', `${issue?.path.join('.') || 'body'}: ${issue?.message}`);
  }
  const { type, object, group_id: groupId } = r.data;
  const community = -groupId;
  const invalid = (what: string): never => {
    throw new WebhookRejected(400, 'invalid_body', `object: not a ${what}`);
  };

  if (type === 'wall_reply_new') {
    const c = wallComment.safeParse(object);
    if (!c.success) return invalid('wall comment');
    const owner = c.data.post_owner_id ?? c.data.owner_id ?? community;
    const postKey = `${owner}_${c.data.post_id}`;
    const isBrand = c.data.from_id === community;
    return [
      {
        platform: 'vk',
        id: `${postKey}_${c.data.id}`,
        threadId: postKey,
        parentId: c.data.reply_to_comment ? `${postKey}_${c.data.reply_to_comment}` : postKey,
        url: `https://vk.com/wall${postKey}?reply=${c.data.id}`,
        text: c.data.text ?? '',
        ...time(c.data.date),
        kind: c.data.reply_to_comment ? 'reply' : 'comment',
        author: {
          id: String(c.data.from_id),
          handle: vkHandle(c.data.from_id),
          ...(isBrand ? { isBrand } : {}),
        },
      },
    ];
  }
  if (type === 'wall_post_new') {
    const p = wallPost.safeParse(object);
    if (!p.success) return invalid('wall post');
    // The community's own posts start no conversation worth an alert.
    if (p.data.from_id === community) return [];
    const key = `${p.data.owner_id}_${p.data.id}`;
    return [
      {
        platform: 'vk',
        id: key,
        threadId: key,
        url: `https://vk.com/wall${key}`,
        text: p.data.text ?? '',
        ...time(p.data.date),
        kind: 'post',
        author: { id: String(p.data.from_id), handle: vkHandle(p.data.from_id) },
      },
    ];
  }
  if (type === 'message_new' || type === 'message_reply') {
    const m = messageEvent.safeParse(object);
    if (!m.success) return invalid('message');
    const messageId = m.data.id || m.data.conversation_message_id || 0;
    // message_reply is what the community sent: it answers the customer and closes the loop.
    const isBrand = type === 'message_reply' || m.data.from_id === community;
    return [
      {
        platform: 'vk',
        id: `dm${m.data.peer_id}_${messageId}`,
        threadId: `dm${m.data.peer_id}`,
        url: `https://vk.com/gim${groupId}?sel=${m.data.peer_id}`,
        text: m.data.text ?? '',
        ...time(m.data.date),
        kind: 'direct_message',
        author: {
          id: String(m.data.from_id),
          handle: vkHandle(m.data.from_id),
          ...(isBrand ? { isBrand } : {}),
        },
      },
    ];
  }
  return [];
}

const readJson = (req: InboundRequest): Record<string, unknown> | undefined => {
  try {
    const value: unknown = JSON.parse(req.rawBody.toString('utf8'));
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
};

const checkGroup = (body: Record<string, unknown>, secrets: SecretBag): void => {
  const expected = secrets[VK_GROUP_ID_ENV];
  if (expected && String(body.group_id) !== expected) {
    throw new WebhookRejected(401, 'wrong_group', 'group_id is not the configured community');
  }
};

/** The checks every event passes, the confirmation included: the shared secret, then the community. */
function authenticate(body: Record<string, unknown> | undefined, secrets: SecretBag): void {
  const expected = secrets[VK_SECRET_ENV];
  if (!expected) throw new WebhookRejected(401, 'not_configured', `${VK_SECRET_ENV} is not set`);
  const given = body?.secret;
  if (typeof given !== 'string' || !given)
    throw new WebhookRejected(401, 'missing_secret', 'the event has no secret');
  if (!safeEqual(given, expected)) throw new WebhookRejected(401, 'bad_secret', 'secret does not match');
  checkGroup(body ?? {}, secrets);
}

const OK: HttpReply = { status: 200, headers: { 'content-type': 'text/plain' }, body: 'ok' };

export const vkAdapter: WebhookAdapter = {
  platform: 'vk',
  yields: ['vk'],

  handshake(req: InboundRequest, secrets: SecretBag): HttpReply | undefined {
    if (req.method !== 'POST') return undefined;
    const body = readJson(req);
    if (body?.type !== 'confirmation') return undefined;
    const code = secrets[VK_CONFIRMATION_CODE_ENV];
    if (!code) throw new WebhookRejected(401, 'not_configured', `${VK_CONFIRMATION_CODE_ENV} is not set`);
    authenticate(body, secrets);
    return { status: 200, headers: { 'content-type': 'text/plain' }, body: code };
  },

  verify(req: InboundRequest, secrets: SecretBag): void {
    authenticate(readJson(req), secrets);
  },

  parse: (body: unknown) => parseVkEvent(body),

  // VK wants exactly "ok"; anything else counts as a failure and is re-sent.
  ack: () => OK,
};
