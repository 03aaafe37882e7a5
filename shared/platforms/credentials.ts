/**
 * Which secrets a poll source or a reply needs before it can do anything. The local stack runs a
 * source on its schedule only when these are set, and a reply without them is refused at once
 * (and said so in the alert's history) rather than retried.
 */
import type { Platform } from '../domain/mention.ts';
import type { PollSourceSpec } from './poll-sources.ts';
import type { SecretBag } from './types.ts';

/** Alternatives: the credentials are complete when every name of one of the sets is set. */
export type CredentialSets = readonly (readonly string[])[];

const MASTODON = [['MASTODON_BASE_URL', 'MASTODON_ACCESS_TOKEN']] as const;
const BLUESKY = [['BLUESKY_IDENTIFIER', 'BLUESKY_APP_PASSWORD']] as const;

export const POLL_CREDENTIALS: Record<PollSourceSpec['type'], CredentialSets> = {
  'x-search': [['X_BEARER_TOKEN']],
  'reddit-search': [['REDDIT_CLIENT_ID']],
  'reddit-comments': [['REDDIT_CLIENT_ID']],
  // The inbox belongs to a user: app-only access cannot read it.
  'reddit-mentions': [['REDDIT_CLIENT_ID', 'REDDIT_USERNAME', 'REDDIT_PASSWORD']],
  'youtube-comments': [['YOUTUBE_API_KEY']],
  'mastodon-mentions': MASTODON,
  'bluesky-notifications': BLUESKY,
  'bluesky-search': BLUESKY,
};

export const REPLY_CREDENTIALS: Partial<Record<Platform, CredentialSets>> = {
  facebook: [['META_PAGE_ACCESS_TOKEN']],
  instagram: [['INSTAGRAM_ACCESS_TOKEN'], ['META_PAGE_ACCESS_TOKEN']],
  x: [['X_CONSUMER_KEY', 'X_CONSUMER_SECRET', 'X_ACCESS_TOKEN', 'X_ACCESS_TOKEN_SECRET']],
  vk: [['VK_ACCESS_TOKEN']],
  reddit: [['REDDIT_CLIENT_ID', 'REDDIT_USERNAME', 'REDDIT_PASSWORD']],
  youtube: [
    ['YOUTUBE_ACCESS_TOKEN'],
    ['YOUTUBE_CLIENT_ID', 'YOUTUBE_CLIENT_SECRET', 'YOUTUBE_REFRESH_TOKEN'],
  ],
  mastodon: MASTODON,
  bluesky: BLUESKY,
};

/** Platforms that deduplicate a repeated reply themselves (Mastodon Idempotency-Key, VK guid, Bluesky rkey). */
export const IDEMPOTENT_REPLY_PLATFORMS: ReadonlySet<Platform> = new Set(['mastodon', 'vk', 'bluesky']);

/** The names still missing from the most complete set; empty when one set is complete. */
export function missingCredentials(sets: CredentialSets, secrets: SecretBag): string[] {
  let best: string[] | undefined;
  for (const set of sets) {
    const missing = set.filter((name) => !secrets[name]);
    if (!best || missing.length < best.length) best = missing;
  }
  return best ?? [];
}
