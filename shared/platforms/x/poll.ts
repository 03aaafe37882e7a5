/**
 * X recent search for brand keywords: GET /2/tweets/search/recent, newest first, paged with
 * next_token under the same since_id, as X documents for polling.
 */
import { requestJson } from '../http.ts';
import {
  compareSnowflakes,
  DEFAULT_LIMITS,
  type Listing,
  type PagingLimits,
  type PollCursor,
  type PollDeps,
  type PollMark,
  type PollSource,
  pollNewestFirst,
} from '../poll.ts';
import type { SecretBag } from '../types.ts';
import { type BrandAccounts, fromV2Tweet, type V2Tweet, type V2User, v2SearchResponse } from './parse.ts';

export const X_BEARER_TOKEN_ENV = 'X_BEARER_TOKEN';
export const X_API_BASE_URL_ENV = 'X_API_BASE_URL';
export const X_DEFAULT_BASE_URL = 'https://api.x.com';

export const X_RATE_LIMIT = {
  remaining: 'x-rate-limit-remaining',
  reset: 'x-rate-limit-reset',
  resetIs: 'epoch-seconds',
} as const;

/** Recent search covers seven days; keep a margin so the first request is never out of range. */
const MAX_LOOKBACK_MS = 7 * 24 * 3600_000 - 3600_000;

export const xBaseUrl = (secrets: SecretBag): string =>
  (secrets[X_API_BASE_URL_ENV] ?? X_DEFAULT_BASE_URL).replace(/\/$/, '');

export interface XSearchOptions {
  /** Defaults to `x-search`. */
  id?: string;
  /** X search syntax, at most 512 characters, e.g. `acme OR @acme -is:retweet`. */
  query: string;
  brandAccounts?: BrandAccounts;
  schedule?: string;
  limits?: Partial<PagingLimits>;
}

interface Item {
  tweet: V2Tweet;
  users: ReadonlyMap<string, V2User>;
}

export function xSearchSource(options: XSearchOptions): PollSource {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const brand = options.brandAccounts ?? [];
  return {
    id: options.id ?? 'x-search',
    platform: 'x',
    defaultSchedule: options.schedule ?? 'rate(2 minutes)',
    poll(cursor: PollCursor | undefined, deps: PollDeps) {
      const token = deps.secrets[X_BEARER_TOKEN_ENV];
      if (!token) throw new Error(`${X_BEARER_TOKEN_ENV} is not set`);
      const sinceId = cursor?.mark?.id;
      const startTime = new Date(deps.now.getTime() - Math.min(limits.firstRunLookbackMs, MAX_LOOKBACK_MS));
      const listing: Listing<Item> = {
        async fetchPage(page) {
          const url = new URL(`${xBaseUrl(deps.secrets)}/2/tweets/search/recent`);
          url.searchParams.set('query', options.query);
          url.searchParams.set('max_results', '100');
          url.searchParams.set('tweet.fields', 'author_id,conversation_id,created_at,lang,referenced_tweets');
          url.searchParams.set('expansions', 'author_id');
          url.searchParams.set('user.fields', 'name,username,verified,public_metrics');
          // The same since_id on every page of a run, as X documents.
          if (sinceId) url.searchParams.set('since_id', sinceId);
          else url.searchParams.set('start_time', startTime.toISOString().replace(/\.\d{3}Z$/, 'Z'));
          if (page) url.searchParams.set('next_token', page);
          const res = await requestJson<unknown>(deps.fetch, deps.now, {
            platform: 'x',
            url,
            headers: { authorization: `Bearer ${token}` },
            rateLimit: X_RATE_LIMIT,
          });
          const body = v2SearchResponse.parse(res.body ?? {});
          const users = new Map((body.includes?.users ?? []).map((u) => [u.id, u]));
          return {
            items: (body.data ?? []).map((tweet) => ({ tweet, users })),
            ...(body.meta?.next_token ? { next: body.meta.next_token } : {}),
            ...(res.exhaustedUntil ? { exhaustedUntil: res.exhaustedUntil } : {}),
          };
        },
        mark: ({ tweet }): PollMark => ({ id: tweet.id, at: tweet.created_at ?? deps.now.toISOString() }),
        toMentions: ({ tweet, users }) => {
          const m = fromV2Tweet(tweet, users, brand);
          return m ? [m] : [];
        },
        reached: ({ tweet }, mark) =>
          mark.id ? compareSnowflakes(tweet.id, mark.id) <= 0 : (tweet.created_at ?? '') < mark.at,
      };
      return pollNewestFirst(listing, cursor, deps, limits);
    },
  };
}
