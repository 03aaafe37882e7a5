/**
 * Replies on YouTube: comments.insert with the thread's top-level comment as parent, 50 quota
 * units each, as the channel (OAuth, scope youtube.force-ssl). The access token comes from a
 * refresh token and is kept until shortly before it expires. No idempotency key exists: the
 * caller's stored intent keeps a reply from being sent twice.
 */
import { PlatformHttpError, requestJson } from '../http.ts';
import { type ReplyAdapter, type ReplyDeps, type ReplyTarget, requireSecret } from '../reply.ts';
import { googleReason, youtubeBaseUrl } from './poll.ts';

export const YOUTUBE_OAUTH_ENV = {
  accessToken: 'YOUTUBE_ACCESS_TOKEN',
  clientId: 'YOUTUBE_CLIENT_ID',
  clientSecret: 'YOUTUBE_CLIENT_SECRET',
  refreshToken: 'YOUTUBE_REFRESH_TOKEN',
  tokenUrl: 'YOUTUBE_TOKEN_URL',
} as const;
export const GOOGLE_DEFAULT_TOKEN_URL = 'https://oauth2.googleapis.com/token';

export class YoutubeAuth {
  private token?: { value: string; expiresAt: number };

  async accessToken(deps: ReplyDeps): Promise<string> {
    const fixed = deps.secrets[YOUTUBE_OAUTH_ENV.accessToken];
    if (fixed) return fixed;
    if (this.token && this.token.expiresAt > deps.now.getTime()) return this.token.value;
    const res = await requestJson<{ access_token?: string; expires_in?: number }>(deps.fetch, deps.now, {
      platform: 'youtube',
      url: deps.secrets[YOUTUBE_OAUTH_ENV.tokenUrl] ?? GOOGLE_DEFAULT_TOKEN_URL,
      method: 'POST',
      form: {
        grant_type: 'refresh_token',
        client_id: requireSecret('youtube', deps.secrets, YOUTUBE_OAUTH_ENV.clientId),
        client_secret: requireSecret('youtube', deps.secrets, YOUTUBE_OAUTH_ENV.clientSecret),
        refresh_token: requireSecret('youtube', deps.secrets, YOUTUBE_OAUTH_ENV.refreshToken),
      },
    });
    if (!res.body?.access_token)
      throw new PlatformHttpError('youtube', 401, 'no_token', 'youtube: no access token');
    const lifetime = Math.max(60, (res.body.expires_in ?? 3600) - 60) * 1000;
    this.token = { value: res.body.access_token, expiresAt: deps.now.getTime() + lifetime };
    return this.token.value;
  }
}

export const youtubeReply = (auth: YoutubeAuth): ReplyAdapter => ({
  platform: 'youtube',
  async reply(target: ReplyTarget, text: string, _key: string, deps: ReplyDeps) {
    const token = await auth.accessToken(deps);
    const res = await requestJson<{ id?: string; snippet?: { videoId?: string } }>(deps.fetch, deps.now, {
      platform: 'youtube',
      url: `${youtubeBaseUrl(deps.secrets)}/comments?part=snippet`,
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      // Replies attach to the top-level comment, whose id is the thread's.
      json: { snippet: { parentId: target.threadId, textOriginal: text } },
      errorCode: googleReason,
    });
    if (!res.body?.id) throw new Error('youtube: the answer carries no id');
    const videoId = res.body.snippet?.videoId;
    return {
      id: res.body.id,
      ...(videoId ? { url: `https://www.youtube.com/watch?v=${videoId}&lc=${res.body.id}` } : {}),
    };
  },
});
