/**
 * A Bluesky session from an app password: created once, refreshed when the access token expires,
 * created again only if the refresh fails. createSession is limited to 30 per 5 minutes, so a
 * session is kept for as long as the process lives, never opened per poll.
 */
import { type JsonRequest, PlatformHttpError, requestJson } from '../http.ts';
import type { SecretBag } from '../types.ts';

export const BLUESKY_ENV = {
  serviceUrl: 'BLUESKY_SERVICE_URL',
  identifier: 'BLUESKY_IDENTIFIER',
  appPassword: 'BLUESKY_APP_PASSWORD',
} as const;
export const BLUESKY_DEFAULT_SERVICE_URL = 'https://bsky.social';
export const BLUESKY_RATE_LIMIT = {
  remaining: 'ratelimit-remaining',
  reset: 'ratelimit-reset',
  resetIs: 'epoch-or-delta',
} as const;

interface Tokens {
  accessJwt: string;
  refreshJwt: string;
  did: string;
  handle: string;
}

export interface BlueskyDeps {
  fetch: typeof fetch;
  now: Date;
  secrets: SecretBag;
}

const serviceUrl = (secrets: SecretBag): string =>
  (secrets[BLUESKY_ENV.serviceUrl] ?? BLUESKY_DEFAULT_SERVICE_URL).replace(/\/$/, '');

const expired = (error: unknown): boolean =>
  error instanceof PlatformHttpError &&
  (error.status === 401 || error.code === 'ExpiredToken' || error.code === 'InvalidToken');

export class BlueskySession {
  private tokens?: Tokens;

  private async create(deps: BlueskyDeps): Promise<Tokens> {
    const identifier = deps.secrets[BLUESKY_ENV.identifier];
    const password = deps.secrets[BLUESKY_ENV.appPassword];
    if (!identifier || !password) {
      throw new PlatformHttpError(
        'bluesky',
        401,
        'not_configured',
        `${BLUESKY_ENV.identifier} and ${BLUESKY_ENV.appPassword} must be set`,
      );
    }
    const res = await requestJson<Tokens>(deps.fetch, deps.now, {
      platform: 'bluesky',
      url: `${serviceUrl(deps.secrets)}/xrpc/com.atproto.server.createSession`,
      json: { identifier, password },
      rateLimit: BLUESKY_RATE_LIMIT,
    });
    return res.body;
  }

  private async refresh(deps: BlueskyDeps, refreshJwt: string): Promise<Tokens> {
    const res = await requestJson<Tokens>(deps.fetch, deps.now, {
      platform: 'bluesky',
      url: `${serviceUrl(deps.secrets)}/xrpc/com.atproto.server.refreshSession`,
      method: 'POST',
      headers: { authorization: `Bearer ${refreshJwt}` },
      rateLimit: BLUESKY_RATE_LIMIT,
    });
    return res.body;
  }

  /** The account's DID, opening the session if needed. */
  async did(deps: BlueskyDeps): Promise<string> {
    this.tokens ??= await this.create(deps);
    return this.tokens.did;
  }

  /** Calls an XRPC method with the session, refreshing (or re-creating) it once if it has expired. */
  async call<T>(
    deps: BlueskyDeps,
    nsid: string,
    init: { query?: URLSearchParams; json?: unknown } = {},
  ): Promise<{ body: T; exhaustedUntil?: Date }> {
    this.tokens ??= await this.create(deps);
    const url = `${serviceUrl(deps.secrets)}/xrpc/${nsid}${init.query ? `?${init.query}` : ''}`;
    const request = (tokens: Tokens): JsonRequest => ({
      platform: 'bluesky',
      url,
      headers: { authorization: `Bearer ${tokens.accessJwt}` },
      ...(init.json !== undefined ? { json: init.json } : {}),
      rateLimit: BLUESKY_RATE_LIMIT,
    });
    try {
      return await requestJson<T>(deps.fetch, deps.now, request(this.tokens));
    } catch (error) {
      if (!expired(error)) throw error;
    }
    const stale = this.tokens;
    this.tokens = undefined;
    try {
      this.tokens = await this.refresh(deps, stale.refreshJwt);
    } catch (error) {
      if (!expired(error)) throw error;
      this.tokens = await this.create(deps);
    }
    return requestJson<T>(deps.fetch, deps.now, request(this.tokens));
  }
}
