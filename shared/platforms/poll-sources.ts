/**
 * The catalogue of poll sources and how the routing config names them:
 *
 *   sources:
 *     - { type: x-search, query: 'acme OR @acme -is:retweet' }
 *     - { type: reddit-comments, subreddit: acme, schedule: 'rate(5 minutes)' }
 *     - { type: mastodon-mentions }
 *
 * `id` defaults per type (see each source) and keys the cursor; `schedule` overrides the default.
 * Sources that share credentials share one client (one Reddit token, one Bluesky session).
 */
import type { Platform } from '../domain/mention.ts';
import { blueskySource } from './bluesky/poll.ts';
import { BlueskySession } from './bluesky/session.ts';
import { mastodonMentionsSource } from './mastodon/poll.ts';
import type { PagingLimits, PollSource } from './poll.ts';
import type { PollSourceSpec } from './poll-source-spec.ts';
import { RedditClient } from './reddit/api.ts';
import { redditSource } from './reddit/poll.ts';
import { xSearchSource } from './x/poll.ts';
import { youtubeCommentsSource } from './youtube/poll.ts';

export type { PollSourceSpec } from './poll-source-spec.ts';

/** Builds every configured source; `brandAccounts` is the routing config's `brand.accounts`. */
export function createPollSources(
  specs: readonly PollSourceSpec[],
  brandAccounts: Partial<Record<Platform, readonly string[]>> = {},
): PollSource[] {
  const reddit = new RedditClient();
  const bluesky = new BlueskySession();
  const sources = specs.map((spec): PollSource => {
    const opts = {
      ...(spec.id ? { id: spec.id } : {}),
      ...(spec.schedule ? { schedule: spec.schedule } : {}),
      ...(spec.maxPages ? { limits: { maxPages: spec.maxPages } satisfies Partial<PagingLimits> } : {}),
    };
    switch (spec.type) {
      case 'x-search':
        return xSearchSource({ ...opts, query: spec.query, brandAccounts: brandAccounts.x ?? [] });
      case 'reddit-search':
        return redditSource(
          {
            ...opts,
            kind: 'search',
            query: spec.query,
            ...(spec.subreddit ? { subreddit: spec.subreddit } : {}),
            brandAccounts: brandAccounts.reddit ?? [],
          },
          reddit,
        );
      case 'reddit-comments':
        return redditSource(
          { ...opts, kind: 'comments', subreddit: spec.subreddit, brandAccounts: brandAccounts.reddit ?? [] },
          reddit,
        );
      case 'reddit-mentions':
        return redditSource({ ...opts, kind: 'mentions', brandAccounts: brandAccounts.reddit ?? [] }, reddit);
      case 'youtube-comments':
        return youtubeCommentsSource({ ...opts, ...(spec.channelId ? { channelId: spec.channelId } : {}) });
      case 'mastodon-mentions':
        return mastodonMentionsSource({ ...opts, brandAccounts: brandAccounts.mastodon ?? [] });
      case 'bluesky-notifications':
        return blueskySource(
          { ...opts, kind: 'notifications', brandAccounts: brandAccounts.bluesky ?? [] },
          bluesky,
        );
      case 'bluesky-search':
        return blueskySource(
          { ...opts, kind: 'search', query: spec.query, brandAccounts: brandAccounts.bluesky ?? [] },
          bluesky,
        );
    }
    throw new Error('unknown poll source type');
  });
  const ids = new Set<string>();
  for (const s of sources) {
    if (ids.has(s.id)) throw new Error(`two poll sources have the id "${s.id}": give one an explicit id`);
    ids.add(s.id);
  }
  return sources;
}
