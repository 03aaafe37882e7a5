/**
 * Replies through the Graph API, as the Page: a Facebook comment reply is
 * POST /{comment-or-post-id}/comments, an Instagram one POST /{top-level-comment-id}/replies
 * (Instagram attaches replies to top-level comments only). No idempotency key exists: the caller's
 * stored intent keeps a reply from being sent twice.
 */
import { requestJson } from '../http.ts';
import { type ReplyAdapter, type ReplyDeps, type ReplyTarget, requireSecret } from '../reply.ts';

export const META_PAGE_ACCESS_TOKEN_ENV = 'META_PAGE_ACCESS_TOKEN';
/** Instagram Login setups have their own token; with Facebook Login the Page token serves both. */
export const INSTAGRAM_ACCESS_TOKEN_ENV = 'INSTAGRAM_ACCESS_TOKEN';
export const META_GRAPH_BASE_URL_ENV = 'META_GRAPH_BASE_URL';
export const META_DEFAULT_GRAPH_BASE_URL = 'https://graph.facebook.com/v22.0';

const graphErrorCode = (body: unknown): string | undefined => {
  const error = (body as { error?: { code?: number; error_subcode?: number } } | undefined)?.error;
  return error?.code !== undefined ? String(error.code) : undefined;
};
/** Graph throttling codes: app (4), user (17), Page (32), custom (613), business use case (80001-80014). */
const isThrottled = (_status: number, code: string | undefined): boolean =>
  code !== undefined && (['4', '17', '32', '613'].includes(code) || /^800\d\d$/.test(code));

async function graphPost(path: string, text: string, token: string, deps: ReplyDeps): Promise<string> {
  const base = (deps.secrets[META_GRAPH_BASE_URL_ENV] ?? META_DEFAULT_GRAPH_BASE_URL).replace(/\/$/, '');
  const res = await requestJson<{ id?: string }>(deps.fetch, deps.now, {
    platform: 'meta',
    url: `${base}${path}`,
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    form: { message: text },
    errorCode: graphErrorCode,
    isRateLimit: isThrottled,
  });
  if (!res.body?.id) throw new Error('meta: the answer carries no id');
  return res.body.id;
}

export const facebookReply: ReplyAdapter = {
  platform: 'facebook',
  async reply(target: ReplyTarget, text: string, _key: string, deps: ReplyDeps) {
    const token = requireSecret('facebook', deps.secrets, META_PAGE_ACCESS_TOKEN_ENV);
    const id = await graphPost(`/${encodeURIComponent(target.mentionId)}/comments`, text, token, deps);
    return { id, url: `https://www.facebook.com/${id}` };
  },
};

export const instagramReply: ReplyAdapter = {
  platform: 'instagram',
  async reply(target: ReplyTarget, text: string, _key: string, deps: ReplyDeps) {
    const token =
      deps.secrets[INSTAGRAM_ACCESS_TOKEN_ENV] ??
      requireSecret('instagram', deps.secrets, META_PAGE_ACCESS_TOKEN_ENV);
    // A reply to a reply goes under the top-level comment, which is its parent.
    const commentId = target.kind === 'reply' && target.parentId ? target.parentId : target.mentionId;
    const id = await graphPost(`/${encodeURIComponent(commentId)}/replies`, text, token, deps);
    return { id };
  },
};
