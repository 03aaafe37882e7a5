/** Every platform Beacon can answer on, built fresh per runtime (tokens and sessions live in them). */
import type { Platform } from '../domain/mention.ts';
import { blueskyReply } from './bluesky/reply.ts';
import { BlueskySession } from './bluesky/session.ts';
import { mastodonReply } from './mastodon/reply.ts';
import { facebookReply, instagramReply } from './meta/reply.ts';
import { RedditClient } from './reddit/api.ts';
import { redditReply } from './reddit/reply.ts';
import type { ReplyAdapter } from './reply.ts';
import { vkReply } from './vk/reply.ts';
import { xReply } from './x/reply.ts';
import { YoutubeAuth, youtubeReply } from './youtube/reply.ts';

/** The generic webhook has no way back, so it has no entry. */
export function createReplyAdapters(): Partial<Record<Platform, ReplyAdapter>> {
  return {
    facebook: facebookReply,
    instagram: instagramReply,
    x: xReply,
    vk: vkReply,
    reddit: redditReply(new RedditClient()),
    youtube: youtubeReply(new YoutubeAuth()),
    mastodon: mastodonReply,
    bluesky: blueskyReply(new BlueskySession()),
  };
}
