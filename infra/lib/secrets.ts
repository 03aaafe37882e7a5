/**
 * The keys of the stage's secret (a JSON object in Secrets Manager). Functions receive the secret's ARN in
 * BEACON_SECRETS_ARN and read these keys under the same names the local stack reads from the environment;
 * the names come from the modules that read them. The secret is created without a value and only an
 * operator writes it (docs/deploy.md), so this list is documentation the template never sees.
 * Empty values count as unset.
 */
import { BLUESKY_ENV } from '../../shared/platforms/bluesky/session.ts';
import { GENERIC_SECRET_ENV } from '../../shared/platforms/generic/adapter.ts';
import { MASTODON_ENV } from '../../shared/platforms/mastodon/poll.ts';
import { META_APP_SECRET_ENV, META_VERIFY_TOKEN_ENV } from '../../shared/platforms/meta/adapter.ts';
import { INSTAGRAM_ACCESS_TOKEN_ENV, META_PAGE_ACCESS_TOKEN_ENV } from '../../shared/platforms/meta/reply.ts';
import { REDDIT_ENV } from '../../shared/platforms/reddit/api.ts';
import {
  VK_CONFIRMATION_CODE_ENV,
  VK_GROUP_ID_ENV,
  VK_SECRET_ENV,
} from '../../shared/platforms/vk/adapter.ts';
import { VK_ACCESS_TOKEN_ENV } from '../../shared/platforms/vk/reply.ts';
import { X_CONSUMER_SECRET_ENV } from '../../shared/platforms/x/adapter.ts';
import { X_BEARER_TOKEN_ENV } from '../../shared/platforms/x/poll.ts';
import {
  X_ACCESS_TOKEN_ENV,
  X_ACCESS_TOKEN_SECRET_ENV,
  X_CONSUMER_KEY_ENV,
} from '../../shared/platforms/x/reply.ts';
import { YOUTUBE_ENV } from '../../shared/platforms/youtube/poll.ts';
import { YOUTUBE_OAUTH_ENV } from '../../shared/platforms/youtube/reply.ts';

/** Credentials and account settings; API base URLs (test hooks with defaults) are left out. */
export const OPERATOR_SECRET_KEYS: readonly string[] = [
  'SLACK_BOT_TOKEN',
  'SLACK_SIGNING_SECRET',
  GENERIC_SECRET_ENV,
  META_APP_SECRET_ENV,
  META_VERIFY_TOKEN_ENV,
  META_PAGE_ACCESS_TOKEN_ENV,
  INSTAGRAM_ACCESS_TOKEN_ENV,
  X_CONSUMER_SECRET_ENV,
  X_BEARER_TOKEN_ENV,
  X_CONSUMER_KEY_ENV,
  X_ACCESS_TOKEN_ENV,
  X_ACCESS_TOKEN_SECRET_ENV,
  VK_CONFIRMATION_CODE_ENV,
  VK_SECRET_ENV,
  VK_GROUP_ID_ENV,
  VK_ACCESS_TOKEN_ENV,
  REDDIT_ENV.clientId,
  REDDIT_ENV.clientSecret,
  REDDIT_ENV.username,
  REDDIT_ENV.password,
  REDDIT_ENV.userAgent,
  YOUTUBE_ENV.apiKey,
  YOUTUBE_ENV.channelId,
  YOUTUBE_OAUTH_ENV.clientId,
  YOUTUBE_OAUTH_ENV.clientSecret,
  YOUTUBE_OAUTH_ENV.refreshToken,
  MASTODON_ENV.baseUrl,
  MASTODON_ENV.accessToken,
  BLUESKY_ENV.identifier,
  BLUESKY_ENV.appPassword,
];

export const secretName = (stage: string): string => `beacon/${stage}/secrets`;
