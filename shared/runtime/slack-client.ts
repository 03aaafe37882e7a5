/**
 * A WebClient whose bot token comes from the secret on every call, not from the constructor, so a
 * rotated token is used without a deploy: the cached secret expires after its TTL, and a call Slack
 * refuses with `invalid_auth` or `token_revoked` re-reads the secret at once and is retried once
 * with the new token.
 */
import slackWebApi, { type WebAPICallResult, type WebClientOptions } from '@slack/web-api';

const { WebClient } = slackWebApi;

/** Slack's answers to a token that is no longer valid. */
const REVOKED_TOKEN_ERRORS = new Set([
  'invalid_auth',
  'token_revoked',
  'token_expired',
  'account_inactive',
  // No token at all: the secret had no value yet when it was last read.
  'not_authed',
]);

const isRevokedToken = (error: unknown): boolean => {
  const e = error as { code?: string; data?: { error?: string } };
  return e?.code === 'slack_webapi_platform_error' && REVOKED_TOKEN_ERRORS.has(e.data?.error ?? '');
};

export interface TokenSource {
  /** The current token (cached). */
  current(): Promise<string | undefined>;
  /** Re-read the token from its source. */
  refresh(): Promise<string | undefined>;
}

export class RotatingTokenWebClient extends WebClient {
  constructor(
    private readonly tokens: TokenSource,
    options: WebClientOptions = {},
  ) {
    super(undefined, options);
  }

  override async apiCall(method: string, options: Record<string, unknown> = {}): Promise<WebAPICallResult> {
    const token = await this.tokens.current();
    try {
      return await super.apiCall(method, withToken(options, token));
    } catch (error) {
      if (!isRevokedToken(error)) throw error;
      const fresh = await this.tokens.refresh();
      // Same token: it really is revoked, and retrying would only fail again.
      if (!fresh || fresh === token) throw error;
      return super.apiCall(method, withToken(options, fresh));
    }
  }
}

const withToken = (options: Record<string, unknown>, token: string | undefined) =>
  token ? { ...options, token } : options;
