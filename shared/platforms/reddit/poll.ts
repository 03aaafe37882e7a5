/**
 * Reddit poll sources, each a newest-first listing paged with `after`:
 *   search     GET /search?q=…&sort=new (or /r/<sub>/search?…&restrict_sr=on)
 *   comments   GET /r/<sub>/comments        every new comment in a subreddit
 *   mentions   GET /message/mentions        u/<brand> mentions in the bot account's inbox
 * Times (created_utc) rather than `before=<fullname>` anchor the cursor, so a deleted anchor item
 * cannot stall a source.
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
import type { RedditClient } from './api.ts';
import { fromRedditThing, type RedditThing, redditListing, thingTime } from './parse.ts';

export type RedditSourceKind =
  | { kind: 'search'; query: string; subreddit?: string }
  | { kind: 'comments'; subreddit: string }
  | { kind: 'mentions' };

export type RedditSourceOptions = RedditSourceKind & {
  id?: string;
  brandAccounts?: readonly string[];
  schedule?: string;
  limits?: Partial<PagingLimits>;
};

const pathOf = (o: RedditSourceKind): { path: string; params: Record<string, string> } => {
  switch (o.kind) {
    case 'search':
      return o.subreddit
        ? {
            path: `/r/${encodeURIComponent(o.subreddit)}/search`,
            params: { q: o.query, sort: 'new', restrict_sr: 'on' },
          }
        : { path: '/search', params: { q: o.query, sort: 'new' } };
    case 'comments':
      return { path: `/r/${encodeURIComponent(o.subreddit)}/comments`, params: {} };
    case 'mentions':
      return { path: '/message/mentions', params: {} };
  }
};

const defaultId = (o: RedditSourceKind): string =>
  o.kind === 'comments' ? `reddit-comments-${o.subreddit.toLowerCase()}` : `reddit-${o.kind}`;

export function redditSource(options: RedditSourceOptions, client: RedditClient): PollSource {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const brand = (options.brandAccounts ?? []).map((b) =>
    b.startsWith('t2_') ? b : b.toLowerCase().replace(/^u\//, ''),
  );
  const { path, params } = pathOf(options);
  return {
    id: options.id ?? defaultId(options),
    platform: 'reddit',
    defaultSchedule: options.schedule ?? 'rate(2 minutes)',
    poll(cursor: PollCursor | undefined, deps: PollDeps) {
      const username = deps.secrets.REDDIT_USERNAME?.toLowerCase();
      const brandAll = username ? [...brand, username] : brand;
      const listing: Listing<RedditThing> = {
        async fetchPage(page) {
          const query = new URLSearchParams({ ...params, limit: '100', raw_json: '1' });
          if (page) query.set('after', page);
          const res = await client.call<unknown>(deps, `${path}?${query}`);
          const data = redditListing.parse(res.body).data;
          return {
            items: data.children,
            ...(data.after ? { next: data.after } : {}),
            ...(res.exhaustedUntil ? { exhaustedUntil: res.exhaustedUntil } : {}),
          };
        },
        mark: (t) => ({ id: t.data.name, at: thingTime(t) }),
        toMentions: (t) => {
          const m = fromRedditThing(t, brandAll);
          return m ? [m] : [];
        },
      };
      return pollNewestFirst(listing, cursor, deps, limits);
    },
  };
}
