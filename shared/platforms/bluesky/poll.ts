/**
 * Bluesky poll sources, both newest first and paged with `cursor`:
 *   notifications  app.bsky.notification.listNotifications (mentions, replies, quotes of the account)
 *   search         app.bsky.feed.searchPosts?sort=latest   (brand keywords anywhere)
 */
import {
  DEFAULT_LIMITS,
  type Listing,
  type PagingLimits,
  type PollCursor,
  type PollDeps,
  type PollSource,
  pollNewestFirst,
} from '../poll.ts';
import {
  type BlueskyNotification,
  fromNotification,
  fromPost,
  notificationList,
  type PostView,
  searchResult,
  sortAt,
} from './parse.ts';
import type { BlueskySession } from './session.ts';

export type BlueskySourceOptions = ({ kind: 'notifications' } | { kind: 'search'; query: string }) & {
  id?: string;
  brandAccounts?: readonly string[];
  schedule?: string;
  limits?: Partial<PagingLimits>;
};

export function blueskySource(options: BlueskySourceOptions, session: BlueskySession): PollSource {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const brand = (options.brandAccounts ?? []).map((b) => b.toLowerCase().replace(/^@/, ''));
  return {
    id: options.id ?? `bluesky-${options.kind}`,
    platform: 'bluesky',
    defaultSchedule: options.schedule ?? 'rate(2 minutes)',
    async poll(cursor: PollCursor | undefined, deps: PollDeps) {
      // The account's own DID marks its replies as the brand's, even if the config lists only a handle.
      const own = [...brand, await session.did(deps)];
      if (options.kind === 'notifications') {
        const listing: Listing<BlueskyNotification> = {
          async fetchPage(page) {
            const query = new URLSearchParams({ limit: '100' });
            for (const reason of ['mention', 'reply', 'quote']) query.append('reasons', reason);
            if (page) query.set('cursor', page);
            const res = await session.call<unknown>(deps, 'app.bsky.notification.listNotifications', {
              query,
            });
            const body = notificationList.parse(res.body);
            return {
              items: body.notifications,
              ...(body.cursor && body.notifications.length > 0 ? { next: body.cursor } : {}),
              ...(res.exhaustedUntil ? { exhaustedUntil: res.exhaustedUntil } : {}),
            };
          },
          mark: (n) => ({ id: n.uri, at: new Date(n.indexedAt).toISOString() }),
          toMentions: (n) => {
            const m = fromNotification(n, own);
            return m ? [m] : [];
          },
        };
        return pollNewestFirst(listing, cursor, deps, limits);
      }
      const q = options.query;
      const listing: Listing<PostView> = {
        async fetchPage(page) {
          const query = new URLSearchParams({ q, sort: 'latest', limit: '100' });
          if (page) query.set('cursor', page);
          const res = await session.call<unknown>(deps, 'app.bsky.feed.searchPosts', { query });
          const body = searchResult.parse(res.body);
          return {
            items: body.posts,
            ...(body.cursor && body.posts.length > 0 ? { next: body.cursor } : {}),
            ...(res.exhaustedUntil ? { exhaustedUntil: res.exhaustedUntil } : {}),
          };
        },
        mark: (p) => ({ id: p.uri, at: sortAt(p) }),
        toMentions: (p) => {
          const m = fromPost(p, own);
          return m ? [m] : [];
        },
      };
      return pollNewestFirst(listing, cursor, deps, limits);
    },
  };
}
