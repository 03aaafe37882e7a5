/**
 * Bluesky posts into mentions, from notifications (listNotifications) and from search results
 * (searchPosts). Ids are at-uris; the thread is the reply's root, or the post itself.
 */
import * as z from 'zod/mini';
import '../../runtime/zod-messages.ts';
import { isoTime } from '../poll.ts';
import type { ParsedMention } from '../types.ts';

const strongRef = z.object({ uri: z.string(), cid: z.string() });
export const postRecord = z.object({
  $type: z.optional(z.string()),
  text: z.string(),
  createdAt: z.string(),
  langs: z.optional(z.array(z.string())),
  reply: z.optional(z.object({ root: strongRef, parent: strongRef })),
});
const profile = z.object({ did: z.string(), handle: z.string(), displayName: z.optional(z.string()) });

export const blueskyNotification = z.object({
  uri: z.string(),
  cid: z.string(),
  author: profile,
  reason: z.string(),
  record: z.unknown(),
  indexedAt: z.string(),
});
export type BlueskyNotification = z.infer<typeof blueskyNotification>;

export const postView = z.object({
  uri: z.string(),
  cid: z.string(),
  author: profile,
  record: z.unknown(),
  indexedAt: z.string(),
});
export type PostView = z.infer<typeof postView>;

export const notificationList = z.object({
  notifications: z.array(blueskyNotification),
  cursor: z.optional(z.string()),
});
export const searchResult = z.object({ posts: z.array(postView), cursor: z.optional(z.string()) });

const POST_REASONS = new Set(['mention', 'reply', 'quote']);

/** bsky.app address of a post: at://<did>/app.bsky.feed.post/<rkey> → /profile/<handle>/post/<rkey>. */
export const postUrl = (uri: string, handle: string): string | undefined => {
  const m = /^at:\/\/[^/]+\/app\.bsky\.feed\.post\/([^/]+)$/.exec(uri);
  return m ? `https://bsky.app/profile/${handle}/post/${m[1]}` : undefined;
};

/** Brand accounts are DIDs or handles (lower case, no '@'). */
export function fromPost(
  post: { uri: string; author: z.infer<typeof profile>; record: unknown },
  brand: readonly string[],
): ParsedMention | undefined {
  const r = postRecord.safeParse(post.record);
  if (!r.success) return undefined;
  const parentId = r.data.reply?.parent.uri;
  const isBrand = brand.includes(post.author.did) || brand.includes(post.author.handle.toLowerCase());
  if (isBrand && !parentId) return undefined;
  const url = postUrl(post.uri, post.author.handle);
  const createdAt = isoTime(r.data.createdAt);
  const lang = r.data.langs?.[0]?.slice(0, 2).toLowerCase();
  return {
    platform: 'bluesky',
    id: post.uri,
    threadId: r.data.reply?.root.uri ?? post.uri,
    ...(parentId ? { parentId } : {}),
    ...(url ? { url } : {}),
    text: r.data.text,
    ...(createdAt ? { createdAt } : {}),
    kind: parentId ? 'reply' : 'post',
    ...(lang && /^[a-z]{2}$/.test(lang) ? { lang } : {}),
    author: {
      id: post.author.did,
      handle: post.author.handle,
      ...(post.author.displayName ? { name: post.author.displayName } : {}),
      ...(isBrand ? { isBrand } : {}),
    },
  };
}

export const fromNotification = (
  n: BlueskyNotification,
  brand: readonly string[],
): ParsedMention | undefined => (POST_REASONS.has(n.reason) ? fromPost(n, brand) : undefined);

/** The time search sorts by: the earlier of the claimed creation time and the indexing time. */
export function sortAt(p: PostView): string {
  const indexed = isoTime(p.indexedAt) ?? new Date(0).toISOString();
  const r = postRecord.safeParse(p.record);
  const created = r.success ? isoTime(r.data.createdAt) : undefined;
  return created && created < indexed ? created : indexed;
}

/** A listNotifications or searchPosts response. */
export function parseBluesky(body: unknown, brand: readonly string[] = []): ParsedMention[] {
  const n = notificationList.safeParse(body);
  if (n.success) return n.data.notifications.flatMap((x) => fromNotification(x, brand) ?? []);
  return searchResult.parse(body).posts.flatMap((p) => fromPost(p, brand) ?? []);
}
