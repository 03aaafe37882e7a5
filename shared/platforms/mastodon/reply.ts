/**
 * Replies on Mastodon: POST /api/v1/statuses with in_reply_to_id and an `Idempotency-Key` (the
 * server keeps keys for an hour and answers a repeat with the first status). The reply keeps the
 * original's visibility, so an answer to a direct message stays direct, and starts with the
 * author's @acct so it reaches them.
 */
import { requestJson } from '../http.ts';
import type { ReplyAdapter, ReplyDeps, ReplyTarget } from '../reply.ts';
import { MASTODON_RATE_LIMIT, mastodonBaseUrl, mastodonToken } from './poll.ts';

interface StatusAnswer {
  id: string;
  url?: string | null;
  uri?: string;
  visibility?: string;
  account?: { acct?: string };
}

export const mastodonReply: ReplyAdapter = {
  platform: 'mastodon',
  async reply(target: ReplyTarget, text: string, idempotencyKey: string, deps: ReplyDeps) {
    const base = mastodonBaseUrl(deps.secrets);
    const auth = { authorization: `Bearer ${mastodonToken(deps.secrets)}` };
    const original = await requestJson<StatusAnswer>(deps.fetch, deps.now, {
      platform: 'mastodon',
      url: `${base}/api/v1/statuses/${encodeURIComponent(target.mentionId)}`,
      headers: auth,
      rateLimit: MASTODON_RATE_LIMIT,
    });
    const acct = original.body.account?.acct;
    const status = acct && !text.includes(`@${acct}`) ? `@${acct} ${text}` : text;
    const res = await requestJson<StatusAnswer>(deps.fetch, deps.now, {
      platform: 'mastodon',
      url: `${base}/api/v1/statuses`,
      method: 'POST',
      headers: { ...auth, 'idempotency-key': idempotencyKey },
      form: { status, in_reply_to_id: target.mentionId, visibility: original.body.visibility ?? 'public' },
      rateLimit: MASTODON_RATE_LIMIT,
    });
    const url = res.body.url ?? res.body.uri;
    return { id: res.body.id, ...(url ? { url } : {}) };
  },
};
