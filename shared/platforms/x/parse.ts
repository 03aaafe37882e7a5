/**
 * X posts in the two shapes Beacon reads: v1.1 objects from Account Activity webhooks and v2
 * objects from recent search. Retweets are not posts of their own and are skipped.
 */
import * as z from 'zod/mini';
import '../../runtime/zod-messages.ts';
import { isoTime } from '../poll.ts';
import type { ParsedMention } from '../types.ts';

const postUrl = (handle: string, id: string): string => `https://x.com/${handle}/status/${id}`;

/** Brand accounts as ids or handles (lower case, no '@'). */
export type BrandAccounts = readonly string[];
const isBrandAccount = (brand: BrandAccounts, id: string, handle: string): boolean =>
  brand.includes(id) || brand.includes(handle.toLowerCase());

// ---- v1.1 (Account Activity) ------------------------------------------------------------------

const v1User = z.object({
  id_str: z.string(),
  screen_name: z.string(),
  name: z.optional(z.string()),
  followers_count: z.optional(z.number()),
  verified: z.optional(z.boolean()),
});

export const v1Tweet = z.object({
  id_str: z.string(),
  text: z.optional(z.string()),
  full_text: z.optional(z.string()),
  extended_tweet: z.optional(z.object({ full_text: z.string() })),
  created_at: z.optional(z.string()),
  timestamp_ms: z.optional(z.string()),
  user: v1User,
  in_reply_to_status_id_str: z.nullish(z.string()),
  conversation_id_str: z.optional(z.string()),
  retweeted_status: z.optional(z.unknown()),
  lang: z.nullish(z.string()),
});

export const dmEvent = z.object({
  type: z.string(),
  id: z.string(),
  created_timestamp: z.optional(z.string()),
  message_create: z.optional(
    z.object({
      target: z.object({ recipient_id: z.string() }),
      sender_id: z.string(),
      message_data: z.object({ text: z.string() }),
    }),
  ),
});

const lang = (value: string | null | undefined): { lang?: string } =>
  value && /^[a-z]{2}$/.test(value) ? { lang: value } : {};

/** A v1.1 tweet seen by `forUserId`'s subscription; undefined for retweets and the brand's own root posts. */
export function fromV1Tweet(raw: unknown, forUserId: string | undefined): ParsedMention | undefined {
  const t = v1Tweet.safeParse(raw);
  if (!t.success || t.data.retweeted_status) return undefined;
  const tweet = t.data;
  const isBrand = tweet.user.id_str === forUserId;
  const parentId = tweet.in_reply_to_status_id_str ?? undefined;
  if (isBrand && !parentId) return undefined;
  const createdAt = isoTime(tweet.timestamp_ms) ?? isoTime(tweet.created_at);
  return {
    platform: 'x',
    id: tweet.id_str,
    // v1.1 objects carry no conversation id; the replied-to post is the nearest root we know.
    threadId: tweet.conversation_id_str ?? parentId ?? tweet.id_str,
    ...(parentId ? { parentId } : {}),
    url: postUrl(tweet.user.screen_name, tweet.id_str),
    text: tweet.extended_tweet?.full_text ?? tweet.full_text ?? tweet.text ?? '',
    ...(createdAt ? { createdAt } : {}),
    kind: parentId ? 'reply' : 'post',
    ...lang(tweet.lang),
    author: {
      id: tweet.user.id_str,
      handle: tweet.user.screen_name,
      ...(tweet.user.name ? { name: tweet.user.name } : {}),
      ...(tweet.user.followers_count !== undefined ? { followers: tweet.user.followers_count } : {}),
      ...(tweet.user.verified !== undefined ? { verified: tweet.user.verified } : {}),
      ...(isBrand ? { isBrand } : {}),
    },
  };
}

/** One-to-one conversations are named by both user ids, smaller first, as X does. */
export const dmConversationId = (a: string, b: string): string =>
  BigInt(a) < BigInt(b) ? `${a}-${b}` : `${b}-${a}`;

export function fromDmEvent(
  raw: unknown,
  forUserId: string | undefined,
  users: Record<string, unknown>,
): ParsedMention | undefined {
  const e = dmEvent.safeParse(raw);
  if (!e.success || e.data.type !== 'message_create' || !e.data.message_create) return undefined;
  const { sender_id: senderId, target, message_data: data } = e.data.message_create;
  const sender = v1User.safeParse(users[senderId]);
  const isBrand = senderId === forUserId;
  const createdAt = isoTime(e.data.created_timestamp);
  return {
    platform: 'x',
    id: e.data.id,
    threadId: dmConversationId(senderId, target.recipient_id),
    text: data.text,
    ...(createdAt ? { createdAt } : {}),
    kind: 'direct_message',
    author: {
      id: senderId,
      handle: sender.success ? sender.data.screen_name : senderId,
      ...(sender.success && sender.data.name ? { name: sender.data.name } : {}),
      ...(sender.success && sender.data.followers_count !== undefined
        ? { followers: sender.data.followers_count }
        : {}),
      ...(isBrand ? { isBrand } : {}),
    },
  };
}

// ---- v2 (recent search) -----------------------------------------------------------------------

export const v2User = z.object({
  id: z.string(),
  username: z.string(),
  name: z.optional(z.string()),
  verified: z.optional(z.boolean()),
  public_metrics: z.optional(z.partial(z.object({ followers_count: z.number() }))),
});

export const v2Tweet = z.object({
  id: z.string(),
  text: z.string(),
  author_id: z.optional(z.string()),
  conversation_id: z.optional(z.string()),
  created_at: z.optional(z.string()),
  lang: z.optional(z.string()),
  referenced_tweets: z.optional(z.array(z.object({ type: z.string(), id: z.string() }))),
});

export const v2SearchResponse = z.object({
  data: z.optional(z.array(v2Tweet)),
  includes: z.optional(z.object({ users: z.optional(z.array(v2User)) })),
  meta: z.optional(
    z.object({
      newest_id: z.optional(z.string()),
      oldest_id: z.optional(z.string()),
      next_token: z.optional(z.string()),
    }),
  ),
});
export type V2Tweet = z.infer<typeof v2Tweet>;
export type V2User = z.infer<typeof v2User>;

export function fromV2Tweet(
  tweet: V2Tweet,
  users: ReadonlyMap<string, V2User>,
  brand: BrandAccounts,
): ParsedMention | undefined {
  const refs = tweet.referenced_tweets ?? [];
  if (refs.some((r) => r.type === 'retweeted')) return undefined;
  const parentId = refs.find((r) => r.type === 'replied_to')?.id;
  const user = tweet.author_id ? users.get(tweet.author_id) : undefined;
  const authorId = tweet.author_id ?? 'unknown';
  const handle = user?.username ?? authorId;
  const isBrand = isBrandAccount(brand, authorId, handle);
  if (isBrand && !parentId) return undefined;
  const createdAt = isoTime(tweet.created_at);
  const followers = user?.public_metrics?.followers_count;
  return {
    platform: 'x',
    id: tweet.id,
    threadId: tweet.conversation_id ?? parentId ?? tweet.id,
    ...(parentId ? { parentId } : {}),
    url: postUrl(handle, tweet.id),
    text: tweet.text,
    ...(createdAt ? { createdAt } : {}),
    kind: parentId ? 'reply' : 'post',
    ...lang(tweet.lang),
    author: {
      id: authorId,
      handle,
      ...(user?.name ? { name: user.name } : {}),
      ...(followers !== undefined ? { followers } : {}),
      ...(user?.verified !== undefined ? { verified: user.verified } : {}),
      ...(isBrand ? { isBrand } : {}),
    },
  };
}

export function parseSearchResponse(body: unknown, brand: BrandAccounts = []): ParsedMention[] {
  const r = v2SearchResponse.parse(body);
  const users = new Map((r.includes?.users ?? []).map((u) => [u.id, u]));
  return (r.data ?? []).flatMap((t) => fromV2Tweet(t, users, brand) ?? []);
}
