/**
 * Reddit OAuth: a script app's password grant (or app-only client credentials when no username is
 * set), a token kept until shortly before it expires, and a User-Agent in Reddit's required form.
 */
import { type JsonRequest, PlatformHttpError, requestJson } from '../http.ts';
import type { SecretBag } from '../types.ts';

export const REDDIT_ENV = {
  baseUrl: 'REDDIT_BASE_URL',
  authUrl: 'REDDIT_AUTH_URL',
  clientId: 'REDDIT_CLIENT_ID',
  clientSecret: 'REDDIT_CLIENT_SECRET',
  username: 'REDDIT_USERNAME',
  password: 'REDDIT_PASSWORD',
  userAgent: 'REDDIT_USER_AGENT',
} as const;
export const REDDIT_DEFAULT_BASE_URL = 'https://oauth.reddit.com';
export const REDDIT_DEFAULT_AUTH_URL = 'https://www.reddit.com';
export const REDDIT_RATE_LIMIT = {
  remaining: 'x-ratelimit-remaining',
  reset: 'x-ratelimit-reset',
  resetIs: 'delta-seconds',
} as const;

const trimSlash = (s: string): string => s.replace(/\/$/, '');

export interface RedditDeps {
  fetch: typeof fetch;
  now: Date;
  secrets: SecretBag;
}

export class RedditClient {
  private token?: { value: string; expiresAt: number };

  private userAgent(secrets: SecretBag): string {
    const user = secrets[REDDIT_ENV.username];
    return secrets[REDDIT_ENV.userAgent] ?? `server:beacon:0.1.0${user ? ` (by /u/${user})` : ''}`;
  }

  private async accessToken(deps: RedditDeps): Promise<string> {
    if (this.token && this.token.expiresAt > deps.now.getTime()) return this.token.value;
    const id = deps.secrets[REDDIT_ENV.clientId];
    const secret = deps.secrets[REDDIT_ENV.clientSecret] ?? '';
    if (!id)
      throw new PlatformHttpError('reddit', 401, 'not_configured', `${REDDIT_ENV.clientId} is not set`);
    const username = deps.secrets[REDDIT_ENV.username];
    const password = deps.secrets[REDDIT_ENV.password];
    const form: Record<string, string> =
      username && password
        ? { grant_type: 'password', username, password }
        : { grant_type: 'client_credentials' };
    const res = await requestJson<{ access_token?: string; expires_in?: number }>(deps.fetch, deps.now, {
      platform: 'reddit',
      url: `${trimSlash(deps.secrets[REDDIT_ENV.authUrl] ?? REDDIT_DEFAULT_AUTH_URL)}/api/v1/access_token`,
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`,
        'user-agent': this.userAgent(deps.secrets),
      },
      form,
    });
    if (!res.body?.access_token)
      throw new PlatformHttpError('reddit', 401, 'no_token', 'reddit: no access token');
    // Renew a minute early so a token never expires between check and use.
    const lifetime = Math.max(60, (res.body.expires_in ?? 3600) - 60) * 1000;
    this.token = { value: res.body.access_token, expiresAt: deps.now.getTime() + lifetime };
    return this.token.value;
  }

  /** Calls the API with a bearer token, renewing it once if Reddit says it is no longer valid. */
  async call<T>(
    deps: RedditDeps,
    path: string,
    init: Omit<JsonRequest, 'platform' | 'url'> = {},
  ): Promise<{ body: T; exhaustedUntil?: Date }> {
    const url = `${trimSlash(deps.secrets[REDDIT_ENV.baseUrl] ?? REDDIT_DEFAULT_BASE_URL)}${path}`;
    for (let attempt = 0; ; attempt++) {
      const token = await this.accessToken(deps);
      try {
        return await requestJson<T>(deps.fetch, deps.now, {
          ...init,
          platform: 'reddit',
          url,
          headers: {
            ...init.headers,
            authorization: `bearer ${token}`,
            'user-agent': this.userAgent(deps.secrets),
          },
          rateLimit: REDDIT_RATE_LIMIT,
        });
      } catch (error) {
        if (attempt === 0 && error instanceof PlatformHttpError && error.status === 401) {
          this.token = undefined;
          continue;
        }
        throw error;
      }
    }
  }
}
