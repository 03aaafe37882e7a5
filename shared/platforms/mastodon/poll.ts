/**
 * Mastodon mentions: GET /api/v1/notifications?types[]=mention, newest first, paged down with
 * max_id (the Link header's rel="next"). Ids are compared as Mastodon mints them (longer is newer),
 * never as numbers.
 */
import { requestJson } from '../http.ts';
import {
  compareSnowflakes,
  DEFAULT_LIMITS,
  type Listing,
  type PagingLimits,
  type PollCursor,
  type PollDeps,
  type PollSource,
  pollNewestFirst,
} from '../poll.ts';
import type { SecretBag } from '../types.ts';
import { fromMastodonNotification, type MastodonNotification, mastodonNotification } from './parse.ts';

export const MASTODON_ENV = { baseUrl: 'MASTODON_BASE_URL', accessToken: 'MASTODON_ACCESS_TOKEN' } as const;
export const MASTODON_RATE_LIMIT = {
  remaining: 'x-ratelimit-remaining',
  reset: 'x-ratelimit-reset',
  resetIs: 'iso',
} as const;

export function mastodonBaseUrl(secrets: SecretBag): string {
  const base = secrets[MASTODON_ENV.baseUrl];
  if (!base) throw new Error(`${MASTODON_ENV.baseUrl} is not set`);
  return base.replace(/\/$/, '');
}

export function mastodonToken(secrets: SecretBag): string {
  const token = secrets[MASTODON_ENV.accessToken];
  if (!token) throw new Error(`${MASTODON_ENV.accessToken} is not set`);
  return token;
}

/** The max_id of the Link header's rel="next" URL. */
export function nextMaxId(link: string | null): string | undefined {
  for (const part of (link ?? '').split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="next"/.exec(part);
    if (m?.[1]) return new URL(m[1]).searchParams.get('max_id') ?? undefined;
  }
  return undefined;
}

export interface MastodonSourceOptions {
  id?: string;
  brandAccounts?: readonly string[];
  schedule?: string;
  limits?: Partial<PagingLimits>;
}

export function mastodonMentionsSource(options: MastodonSourceOptions = {}): PollSource {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const brand = (options.brandAccounts ?? []).map((b) => b.toLowerCase().replace(/^@/, ''));
  return {
    id: options.id ?? 'mastodon-mentions',
    platform: 'mastodon',
    defaultSchedule: options.schedule ?? 'rate(1 minute)',
    poll(cursor: PollCursor | undefined, deps: PollDeps) {
      const base = mastodonBaseUrl(deps.secrets);
      const token = mastodonToken(deps.secrets);
      const listing: Listing<MastodonNotification> = {
        async fetchPage(page) {
          const url = new URL(`${base}/api/v1/notifications`);
          url.searchParams.append('types[]', 'mention');
          url.searchParams.set('limit', '80');
          if (page) url.searchParams.set('max_id', page);
          const res = await requestJson<unknown[]>(deps.fetch, deps.now, {
            platform: 'mastodon',
            url,
            headers: { authorization: `Bearer ${token}` },
            rateLimit: MASTODON_RATE_LIMIT,
          });
          const items = (Array.isArray(res.body) ? res.body : []).map((n) => mastodonNotification.parse(n));
          const next = items.length > 0 ? nextMaxId(res.headers.get('link')) : undefined;
          return {
            items,
            ...(next ? { next } : {}),
            ...(res.exhaustedUntil ? { exhaustedUntil: res.exhaustedUntil } : {}),
          };
        },
        mark: (n) => ({ id: n.id, at: new Date(n.created_at).toISOString() }),
        toMentions: (n) => {
          const m = fromMastodonNotification(n, brand);
          return m ? [m] : [];
        },
        reached: (n, mark) =>
          mark.id ? compareSnowflakes(n.id, mark.id) <= 0 : new Date(n.created_at).toISOString() < mark.at,
      };
      return pollNewestFirst(listing, cursor, deps, limits);
    },
  };
}
