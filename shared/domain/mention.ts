/** A post, comment, reply, direct message or review that reached Beacon from a platform. */

export const PLATFORMS = [
  'generic',
  'facebook',
  'instagram',
  'x',
  'vk',
  'reddit',
  'youtube',
  'mastodon',
  'bluesky',
] as const;
export type Platform = (typeof PLATFORMS)[number];

export const MENTION_KINDS = ['post', 'comment', 'reply', 'direct_message', 'review'] as const;
export type MentionKind = (typeof MENTION_KINDS)[number];

export interface Author {
  id: string;
  handle: string;
  name?: string;
  followers?: number;
  verified?: boolean;
  /** True when the author is one of the brand's own accounts (its replies close the loop). */
  isBrand?: boolean;
}

export interface Mention {
  platform: Platform;
  /** The platform's own id of this post; unique per platform. */
  id: string;
  /** The id of the conversation's root post; equals `id` for a root post. */
  threadId: string;
  parentId?: string;
  url?: string;
  text: string;
  /** ISO-8601 time the platform says the post was made. */
  createdAt: string;
  /** ISO-8601 time Beacon first received it. */
  receivedAt: string;
  kind: MentionKind;
  author: Author;
  /** Language hint given by the platform (ISO 639-1), if any. */
  lang?: string;
}

/** Stable key of a mention across redeliveries. */
export const mentionKey = (m: Pick<Mention, 'platform' | 'id'>): string => `${m.platform}#${m.id}`;

/** Stable key of a conversation thread. */
export const threadKey = (m: Pick<Mention, 'platform' | 'threadId'>): string => `${m.platform}#${m.threadId}`;
