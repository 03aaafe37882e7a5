/**
 * Replies on Bluesky: com.atproto.repo.createRecord of an app.bsky.feed.post whose `reply` holds
 * strong refs (uri + cid) to the thread root and the post answered, read back with getPosts.
 * The record key is derived from the idempotency key, so a retry after an uncertain answer finds
 * the record already written instead of posting a second one.
 */
import { createHash } from 'node:crypto';
import { PlatformHttpError } from '../http.ts';
import { type ReplyAdapter, type ReplyDeps, ReplyRefused, type ReplyTarget } from '../reply.ts';
import { postRecord, postUrl } from './parse.ts';
import type { BlueskySession } from './session.ts';

const POST = 'app.bsky.feed.post';
const BASE32_SORTABLE = '234567abcdefghijklmnopqrstuvwxyz';

/** A record key in TID form (13 base32-sortable characters, top bit clear) that is the same for the same key. */
export function tidFor(key: string): string {
  let n = createHash('sha256').update(key).digest().readBigUInt64BE(0) & 0x7fff_ffff_ffff_ffffn;
  let out = '';
  for (let i = 0; i < 13; i++) {
    out = BASE32_SORTABLE[Number(n & 31n)] + out;
    n >>= 5n;
  }
  return out;
}

interface PostsAnswer {
  posts: Array<{ uri: string; cid: string; author: { handle: string }; record: unknown }>;
}

export const blueskyReply = (session: BlueskySession): ReplyAdapter => ({
  platform: 'bluesky',
  async reply(target: ReplyTarget, text: string, idempotencyKey: string, deps: ReplyDeps) {
    const found = await session.call<PostsAnswer>(deps, 'app.bsky.feed.getPosts', {
      query: new URLSearchParams({ uris: target.mentionId }),
    });
    const parent = found.body.posts[0];
    if (!parent) throw new ReplyRefused('bluesky', 'not_found', 'the post to answer no longer exists');
    const parentRecord = postRecord.safeParse(parent.record);
    const parentRef = { uri: parent.uri, cid: parent.cid };
    const root = (parentRecord.success && parentRecord.data.reply?.root) || parentRef;
    const repo = await session.did(deps);
    const rkey = tidFor(idempotencyKey);
    const ownUri = `at://${repo}/${POST}/${rkey}`;
    const handle = deps.secrets.BLUESKY_IDENTIFIER ?? repo;
    try {
      const res = await session.call<{ uri: string; cid: string }>(deps, 'com.atproto.repo.createRecord', {
        json: {
          repo,
          collection: POST,
          rkey,
          record: {
            $type: POST,
            text,
            createdAt: deps.now.toISOString(),
            reply: { root, parent: parentRef },
          },
        },
      });
      return { id: res.body.uri, ...withUrl(res.body.uri, handle) };
    } catch (error) {
      if (!(error instanceof PlatformHttpError) || error.status !== 400) throw error;
      // Written by an earlier attempt whose answer was lost?
      const existing = await session
        .call<{ uri: string }>(deps, 'com.atproto.repo.getRecord', {
          query: new URLSearchParams({ repo, collection: POST, rkey }),
        })
        .catch(() => undefined);
      if (!existing) throw error;
      return { id: ownUri, ...withUrl(ownUri, handle) };
    }
  },
});

const withUrl = (uri: string, handle: string): { url?: string } => {
  const url = postUrl(uri, handle);
  return url ? { url } : {};
};
