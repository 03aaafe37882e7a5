/**
 * YouTube comment threads (commentThreads.list) into mentions: the top-level comment and the
 * replies the thread carries. The thread id is the top-level comment's id.
 */
import { z } from 'zod';
import { isoTime } from '../poll.ts';
import type { ParsedMention } from '../types.ts';

const commentSnippet = z.object({
  textOriginal: z.string().optional(),
  textDisplay: z.string().optional(),
  authorDisplayName: z.string().optional(),
  authorChannelId: z.object({ value: z.string() }).optional(),
  videoId: z.string().optional(),
  parentId: z.string().optional(),
  publishedAt: z.string(),
});
const comment = z.object({ id: z.string(), snippet: commentSnippet });

export const youtubeThread = z.object({
  id: z.string(),
  snippet: z.object({
    videoId: z.string().optional(),
    channelId: z.string().optional(),
    canReply: z.boolean().optional(),
    topLevelComment: comment,
  }),
  replies: z.object({ comments: z.array(comment) }).optional(),
});
export type YoutubeThread = z.infer<typeof youtubeThread>;

export const youtubeThreadList = z.object({
  items: z.array(youtubeThread),
  nextPageToken: z.string().optional(),
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
