/**
 * Mastodon mention notifications (GET /api/v1/notifications?types[]=mention) into mentions. Ids are
 * the brand's server's status ids; a status with no parent is its own thread.
 */
import * as z from 'zod/mini';
import '../../runtime/zod-messages.ts';
import { isoTime } from '../poll.ts';
import { htmlToText } from '../text.ts';
import type { ParsedMention } from '../types.ts';

const account = z.object({
  id: z.string(),
  acct: z.string(),
  username: z.optional(z.string()),
  display_name: z.optional(z.string()),
  followers_count: z.optional(z.number()),
});

export const mastodonStatus = z.object({
  id: z.string(),
  uri: z.optional(z.string()),
  url: z.nullish(z.string()),
  created_at: z.string(),
  in_reply_to_id: z.nullish(z.string()),
  content: z.string(),
  spoiler_text: z.optional(z.string()),
  visibility: z.optional(z.string()),
  language: z.nullish(z.string()),
  account,
});

export const mastodonNotification = z.object({
  id: z.string(),
  type: z.string(),
  created_at: z.string(),
  account: z.optional(account),
  status: z.nullish(mastodonStatus),
});
export type MastodonNotification = z.infer<typeof mastodonNotification>;

/** Brand accounts are account ids or accts (lower case, no leading '@'). */
export function fromMastodonStatus(
  s: z.infer<typeof mastodonStatus>,
  brand: readonly string[],
): ParsedMention | undefined {
  const parentId = s.in_reply_to_id ?? undefined;
  const isBrand = brand.includes(s.account.id) || brand.includes(s.account.acct.toLowerCase());
  if (isBrand && !parentId) return undefined;
  const body = htmlToText(s.content);
  const url = s.url ?? s.uri;
  const createdAt = isoTime(s.created_at);
  return {
    platform: 'mastodon',
    id: s.id,
    // Statuses name their parent only; without a lookup the parent is the nearest root we know.
    threadId: parentId ?? s.id,
    ...(parentId ? { parentId } : {}),
    ...(url ? { url } : {}),
    text: s.spoiler_text ? `${s.spoiler_text}\n\n${body}` : body,
    ...(createdAt ? { createdAt } : {}),
    kind: s.visibility === 'direct' ? 'direct_message' : parentId ? 'reply' : 'post',
    ...(s.language && /^[a-z]{2}$/.test(s.language) ? { lang: s.language } : {}),
    author: {
      id: s.account.id,
      handle: s.account.acct,
      ...(s.account.display_name ? { name: s.account.display_name } : {}),
      ...(s.account.followers_count !== undefined ? { followers: s.account.followers_count } : {}),
      ...(isBrand ? { isBrand } : {}),
    },
  };
}

export function fromMastodonNotification(
  n: MastodonNotification,
  brand: readonly string[],
): ParsedMention | undefined {
  if (n.type !== 'mention' || !n.status) return undefined;
  return fromMastodonStatus(n.status, brand);
}

/** A notifications array, one notification, or a single status. */
export function parseMastodon(body: unknown, brand: readonly string[] = []): ParsedMention[] {
  const items = Array.isArray(body) ? body : [body];
  return items.flatMap((item) => {
    const n = mastodonNotification.safeParse(item);
    if (n.success) return fromMastodonNotification(n.data, brand) ?? [];
    return fromMastodonStatus(mastodonStatus.parse(item), brand) ?? [];
  });
}
