/**
 * Reddit listings (`{kind:"Listing",data:{children:[{kind,data}]}}`) into mentions. Ids are
 * fullnames: t1_ comment, t3_ post, t4_ private message; the thread is the post (t3_).
 */
import * as z from 'zod/mini';
import '../../runtime/zod-messages.ts';
import { isoTime } from '../poll.ts';
import type { ParsedMention } from '../types.ts';

export const redditThing = z.object({
  kind: z.string(),
  data: z.object({
    name: z.string(),
    author: z.optional(z.string()),
    author_fullname: z.optional(z.string()),
    created_utc: z.number(),
    body: z.optional(z.string()),
    title: z.optional(z.string()),
    subject: z.optional(z.string()),
    selftext: z.optional(z.string()),
    link_id: z.optional(z.string()),
    parent_id: z.nullish(z.string()),
    first_message_name: z.nullish(z.string()),
    permalink: z.optional(z.string()),
    context: z.optional(z.string()),
    subreddit: z.optional(z.string()),
  }),
});
export type RedditThing = z.infer<typeof redditThing>;

export const redditListing = z.object({
  kind: z.literal('Listing'),
  data: z.object({ after: z.nullish(z.string()), children: z.array(redditThing) }),
});

const REDDIT = 'https://www.reddit.com';

/** Inbox items have no link_id; their context link names the post. */
const postOf = (d: RedditThing['data']): string | undefined => {
  if (d.link_id) return d.link_id;
  const m = /\/comments\/([a-z0-9]+)\//i.exec(d.context ?? d.permalink ?? '');
  return m ? `t3_${m[1]}` : undefined;
};

export const thingTime = (t: RedditThing): string => isoTime(t.data.created_utc) ?? new Date(0).toISOString();

/** Brand accounts are usernames (lower case) or account fullnames (t2_…). */
export function fromRedditThing(thing: RedditThing, brand: readonly string[]): ParsedMention | undefined {
  const d = thing.data;
  const username = d.author ?? '[deleted]';
  const isBrand =
    brand.includes(username.toLowerCase()) || (!!d.author_fullname && brand.includes(d.author_fullname));
  const author = {
    id: d.author_fullname ?? username,
    handle: username,
    ...(isBrand ? { isBrand } : {}),
  };
  const base = { platform: 'reddit' as const, id: d.name, createdAt: thingTime(thing), author };
  if (thing.kind === 't3') {
    if (isBrand) return undefined;
    const text = [d.title, d.selftext].filter(Boolean).join('\n\n');
    return {
      ...base,
      threadId: d.name,
      text,
      kind: 'post',
      ...(d.permalink ? { url: REDDIT + d.permalink } : {}),
    };
  }
  if (thing.kind === 't1') {
    const post = postOf(d);
    const parentId = d.parent_id ?? post;
    const link = d.permalink ?? d.context;
    return {
      ...base,
      threadId: post ?? d.name,
      ...(parentId ? { parentId } : {}),
      text: d.body ?? '',
      kind: parentId?.startsWith('t1_') ? 'reply' : 'comment',
      ...(link ? { url: REDDIT + link } : {}),
    };
  }
  if (thing.kind === 't4') {
    const threadId = d.first_message_name ?? d.name;
    return {
      ...base,
      threadId,
      ...(d.parent_id ? { parentId: d.parent_id } : {}),
      text: [d.subject, d.body].filter(Boolean).join('\n\n'),
      kind: 'direct_message',
    };
  }
  return undefined;
}

export function parseRedditListing(body: unknown, brand: readonly string[] = []): ParsedMention[] {
  return redditListing.parse(body).data.children.flatMap((t) => fromRedditThing(t, brand) ?? []);
}
