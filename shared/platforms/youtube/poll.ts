/**
 * YouTube comments on the brand's channel: commentThreads.list with allThreadsRelatedToChannelId,
 * order=time, newest first, 1 quota unit per page. YouTube pushes no comment events, so polling is
 * the only way. A spent daily quota backs the source off for an hour at a time.
 */
import { PlatformHttpError, RateLimited, requestJson } from '../http.ts';
import {
  DEFAULT_LIMITS,
  type Listing,
  type PagingLimits,
  type PollCursor,
  type PollDeps,
  type PollSource,
  pollNewestFirst,
} from '../poll.ts';
import type { SecretBag } from '../types.ts';
import { fromYoutubeThread, type YoutubeThread, youtubeThreadList } from './parse.ts';

export const YOUTUBE_ENV = {
  apiKey: 'YOUTUBE_API_KEY',
  baseUrl: 'YOUTUBE_BASE_URL',
  channelId: 'YOUTUBE_CHANNEL_ID',
} as const;
export const YOUTUBE_DEFAULT_BASE_URL = 'https://www.googleapis.com/youtube/v3';

export const youtubeBaseUrl = (secrets: SecretBag): string =>
  (secrets[YOUTUBE_ENV.baseUrl] ?? YOUTUBE_DEFAULT_BASE_URL).replace(/\/$/, '');

/** Google's error reason, e.g. quotaExceeded. */
export const googleReason = (body: unknown): string | undefined =>
  (body as { error?: { errors?: Array<{ reason?: string }> } } | undefined)?.error?.errors?.[0]?.reason;

const QUOTA_REASONS = new Set(['quotaExceeded', 'dailyLimitExceeded']);
const RATE_REASONS = new Set(['rateLimitExceeded', 'userRateLimitExceeded']);

export interface YoutubeSourceOptions {
  id?: string;
  /** The brand's channel (UC…); defaults to YOUTUBE_CHANNEL_ID. */
  channelId?: string;
  schedule?: string;
  limits?: Partial<PagingLimits>;
}

export function youtubeCommentsSource(options: YoutubeSourceOptions = {}): PollSource {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  return {
    id: options.id ?? 'youtube-comments',
    platform: 'youtube',
    // Every page costs a unit of a 10,000-a-day quota.
    defaultSchedule: options.schedule ?? 'rate(5 minutes)',
    poll(cursor: PollCursor | undefined, deps: PollDeps) {
      const key = deps.secrets[YOUTUBE_ENV.apiKey];
      const channel = options.channelId ?? deps.secrets[YOUTUBE_ENV.channelId];
      if (!key) throw new Error(`${YOUTUBE_ENV.apiKey} is not set`);
      if (!channel) throw new Error(`${YOUTUBE_ENV.channelId} is not set`);
      const listing: Listing<YoutubeThread> = {
        async fetchPage(page) {
          const url = new URL(`${youtubeBaseUrl(deps.secrets)}/commentThreads`);
          url.searchParams.set('part', 'snippet,replies');
          url.searchParams.set('allThreadsRelatedToChannelId', channel);
          url.searchParams.set('order', 'time');
          url.searchParams.set('maxResults', '100');
          url.searchParams.set('textFormat', 'plainText');
          url.searchParams.set('key', key);
          if (page) url.searchParams.set('pageToken', page);
          try {
            const res = await requestJson<unknown>(deps.fetch, deps.now, {
              platform: 'youtube',
              url,
              errorCode: googleReason,
              isRateLimit: (_status, reason) => !!reason && RATE_REASONS.has(reason),
            });
            const body = youtubeThreadList.parse(res.body);
            return { items: body.items, ...(body.nextPageToken ? { next: body.nextPageToken } : {}) };
          } catch (error) {
            if (error instanceof PlatformHttpError && QUOTA_REASONS.has(error.code)) {
              throw new RateLimited(
                'youtube',
                new Date(deps.now.getTime() + 3600_000),
                'youtube: daily quota spent',
              );
            }
            throw error;
          }
        },
        mark: (t) => ({
          id: t.id,
          at: new Date(t.snippet.topLevelComment.snippet.publishedAt).toISOString(),
        }),
        toMentions: (t) => fromYoutubeThread(t, channel),
      };
      return pollNewestFirst(listing, cursor, deps, limits);
    },
  };
}
