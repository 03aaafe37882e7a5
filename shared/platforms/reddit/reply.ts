/**
 * Replies on Reddit: POST /api/comment with the parent's fullname (t3_ post, t1_ comment, t4_
 * message). Reddit has no idempotency key: the caller's stored intent keeps a reply from being sent
 * twice. RATELIMIT errors (new or low-karma accounts) come back as rate limits.
 */
import { PlatformHttpError, RateLimited } from '../http.ts';
import type { ReplyAdapter, ReplyDeps, ReplyTarget } from '../reply.ts';
import type { RedditClient } from './api.ts';

interface CommentAnswer {
  json?: {
    errors?: Array<[string, string, string?]>;
    data?: { things?: Array<{ data?: { name?: string; permalink?: string } }> };
  };
}

/** "you are doing that too much. try again in 6 minutes." */
const waitFrom = (message: string, now: Date): Date => {
  const m = /(\d+)\s*(second|minute)/.exec(message);
  const seconds = m ? Number(m[1]) * (m[2] === 'minute' ? 60 : 1) : 60;
  return new Date(now.getTime() + seconds * 1000);
};

export const redditReply = (client: RedditClient): ReplyAdapter => ({
  platform: 'reddit',
  async reply(target: ReplyTarget, text: string, _key: string, deps: ReplyDeps) {
    const res = await client.call<CommentAnswer>(deps, '/api/comment', {
      method: 'POST',
      form: { thing_id: target.mentionId, text, api_type: 'json' },
    });
    const error = res.body?.json?.errors?.[0];
    if (error) {
      if (error[0] === 'RATELIMIT')
        throw new RateLimited('reddit', waitFrom(error[1], deps.now), `reddit: ${error[1]}`);
      throw new PlatformHttpError('reddit', 200, error[0], `reddit: comment refused (${error[0]})`);
    }
    const thing = res.body?.json?.data?.things?.[0]?.data;
    if (!thing?.name) throw new Error('reddit: the answer carries no comment');
    return {
      id: thing.name,
      ...(thing.permalink ? { url: `https://www.reddit.com${thing.permalink}` } : {}),
    };
  },
});
