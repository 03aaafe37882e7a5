/**
 * YouTube comment threads (commentThreads.list) into mentions: the top-level comment and the
 * replies the thread carries. The thread id is the top-level comment's id.
 */
import * as z from 'zod/mini';
import '../../runtime/zod-messages.ts';
import { isoTime } from '../poll.ts';
import type { ParsedMention } from '../types.ts';

const commentSnippet = z.object({
  textOriginal: z.optional(z.string()),
  textDisplay: z.optional(z.string()),
  authorDisplayName: z.optional(z.string()),
  authorChannelId: z.optional(z.object({ value: z.string() })),
  videoId: z.optional(z.string()),
  parentId: z.optional(z.string()),
  publishedAt: z.string(),
});
const comment = z.object({ id: z.string(), snippet: commentSnippet });

export const youtubeThread = z.object({
  id: z.string(),
  snippet: z.object({
    videoId: z.optional(z.string()),
    channelId: z.optional(z.string()),
    canReply: z.optional(z.boolean()),
    topLevelComment: comment,
  }),
  replies: z.optional(z.object({ comments: z.array(comment) })),
});
export type YoutubeThread = z.infer<typeof youtubeThread>;

export const youtubeThreadList = z.object({
  items: z.array(youtubeThread),
  nextPageToken: z.optional(z.string()),
});

function fromComment(
  c: z.infer<typeof comment>,
  thread: YoutubeThread,
  ownChannel: string | undefined,
): ParsedMention | undefined {
  const s = c.snippet;
  const isReply = c.id !== thread.id;
  const authorId = s.authorChannelId?.value ?? 'unknown';
  const isBrand = !!ownChannel && authorId === ownChannel;
  if (isBrand && !isReply) return undefined;
  const videoId = s.videoId ?? thread.snippet.videoId;
  const name = s.authorDisplayName;
  const createdAt = isoTime(s.publishedAt);
  return {
    platform: 'youtube',
    id: c.id,
    threadId: thread.id,
    ...(isReply ? { parentId: s.parentId ?? thread.id } : {}),
    ...(videoId ? { url: `https://www.youtube.com/watch?v=${videoId}&lc=${c.id}` } : {}),
    text: s.textOriginal ?? s.textDisplay ?? '',
    ...(createdAt ? { createdAt } : {}),
    kind: isReply ? 'reply' : 'comment',
    author: {
      id: authorId,
      handle: (name ?? authorId).replace(/^@/, ''),
      ...(name ? { name } : {}),
      ...(isBrand ? { isBrand } : {}),
    },
  };
}

/** `ownChannel` is the brand's channel id (UC…): its replies close the loop, its own comments are skipped. */
export function fromYoutubeThread(thread: YoutubeThread, ownChannel?: string): ParsedMention[] {
  return [thread.snippet.topLevelComment, ...(thread.replies?.comments ?? [])].flatMap(
    (c) => fromComment(c, thread, ownChannel) ?? [],
  );
}

export function parseYoutubeThreads(body: unknown, ownChannel?: string): ParsedMention[] {
  return youtubeThreadList.parse(body).items.flatMap((t) => fromYoutubeThread(t, ownChannel));
}
