/**
 * Replies on X: POST /2/tweets with `reply.in_reply_to_tweet_id`, or a direct message into the
 * conversation, signed with OAuth 1.0a user context (user tokens that do not expire). X has no
 * idempotency key: the caller's stored intent keeps a reply from being sent twice.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { requestJson } from '../http.ts';
import { type ReplyAdapter, type ReplyDeps, type ReplyTarget, requireSecret } from '../reply.ts';
import { X_RATE_LIMIT, xBaseUrl } from './poll.ts';

export const X_CONSUMER_KEY_ENV = 'X_CONSUMER_KEY';
export const X_ACCESS_TOKEN_ENV = 'X_ACCESS_TOKEN';
export const X_ACCESS_TOKEN_SECRET_ENV = 'X_ACCESS_TOKEN_SECRET';

/** RFC 3986 percent-encoding, as OAuth 1.0a requires. */
const pct = (s: string): string =>
  encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

export interface OAuth1Credentials {
  consumerKey: string;
  consumerSecret: string;
  token: string;
  tokenSecret: string;
}

/** The Authorization header for a request whose body is JSON (so only query parameters are signed). */
export function oauth1Header(
  method: string,
  url: URL,
  creds: OAuth1Credentials,
  nonce: string,
  timestamp: number,
): string {
  const oauth: Record<string, string> = {
    oauth_consumer_key: creds.consumerKey,
    oauth_nonce: nonce,
    oauth_signature_method: 'HMAC-SHA1',
    oauth_timestamp: String(timestamp),
    oauth_token: creds.token,
    oauth_version: '1.0',
  };
  const params = [...Object.entries(oauth), ...url.searchParams.entries()]
    .map(([k, v]) => [pct(k), pct(v)] as const)
    .sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : 1) : a < b ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  const base = `${method.toUpperCase()}&${pct(`${url.origin}${url.pathname}`)}&${pct(params)}`;
  const key = `${pct(creds.consumerSecret)}&${pct(creds.tokenSecret)}`;
  oauth.oauth_signature = createHmac('sha1', key).update(base).digest('base64');
  return `OAuth ${Object.entries(oauth)
    .map(([k, v]) => `${pct(k)}="${pct(v)}"`)
    .join(', ')}`;
}

export const xReply: ReplyAdapter = {
  platform: 'x',
  async reply(target: ReplyTarget, text: string, _key: string, deps: ReplyDeps) {
    const creds: OAuth1Credentials = {
      consumerKey: requireSecret('x', deps.secrets, X_CONSUMER_KEY_ENV),
      consumerSecret: requireSecret('x', deps.secrets, 'X_CONSUMER_SECRET'),
      token: requireSecret('x', deps.secrets, X_ACCESS_TOKEN_ENV),
      tokenSecret: requireSecret('x', deps.secrets, X_ACCESS_TOKEN_SECRET_ENV),
    };
    const dm = target.kind === 'direct_message';
    const url = new URL(
      dm
        ? `${xBaseUrl(deps.secrets)}/2/dm_conversations/${encodeURIComponent(target.threadId)}/messages`
        : `${xBaseUrl(deps.secrets)}/2/tweets`,
    );
    const auth = oauth1Header(
      'POST',
      url,
      creds,
      randomBytes(16).toString('hex'),
      Math.floor(deps.now.getTime() / 1000),
    );
    const res = await requestJson<{ data?: { id?: string; dm_event_id?: string } }>(deps.fetch, deps.now, {
      platform: 'x',
      url,
      method: 'POST',
      headers: { authorization: auth },
      json: dm ? { text } : { text, reply: { in_reply_to_tweet_id: target.mentionId } },
      rateLimit: X_RATE_LIMIT,
    });
    const id = res.body?.data?.id ?? res.body?.data?.dm_event_id;
    if (!id) throw new Error('x: the answer carries no id');
    return dm ? { id } : { id, url: `https://x.com/i/web/status/${id}` };
  },
};
