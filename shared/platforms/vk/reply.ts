/**
 * Replies on VK: wall.createComment with `guid` (VK drops a second comment with the same guid) for
 * wall posts and comments, messages.send with `random_id` (same purpose) for direct messages.
 * Form-encoded, as the VK API requires; errors come back as HTTP 200 with an `error` object.
 */
import { createHash } from 'node:crypto';
import { PlatformHttpError, RateLimited, requestJson } from '../http.ts';
import {
  type ReplyAdapter,
  type ReplyDeps,
  ReplyRefused,
  type ReplyTarget,
  requireSecret,
} from '../reply.ts';

export const VK_ACCESS_TOKEN_ENV = 'VK_ACCESS_TOKEN';
export const VK_API_BASE_URL_ENV = 'VK_API_BASE_URL';
export const VK_DEFAULT_BASE_URL = 'https://api.vk.com/method';
export const VK_API_VERSION = '5.199';

/** Error codes VK uses for "too many requests" and flood control. */
const RATE_CODES = new Set([6, 9, 29]);

interface VkAnswer<T> {
  response?: T;
  error?: { error_code: number; error_msg?: string };
}

async function callVk<T>(method: string, params: Record<string, string>, deps: ReplyDeps): Promise<T> {
  const token = requireSecret('vk', deps.secrets, VK_ACCESS_TOKEN_ENV);
  const base = (deps.secrets[VK_API_BASE_URL_ENV] ?? VK_DEFAULT_BASE_URL).replace(/\/$/, '');
  const res = await requestJson<VkAnswer<T>>(deps.fetch, deps.now, {
    platform: 'vk',
    url: `${base}/${method}`,
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    form: { ...params, v: VK_API_VERSION },
  });
  const error = res.body?.error;
  if (error) {
    if (RATE_CODES.has(error.error_code)) {
      throw new RateLimited(
        'vk',
        new Date(deps.now.getTime() + 1000),
        `vk: ${error.error_msg ?? 'rate limited'}`,
      );
    }
    throw new PlatformHttpError(
      'vk',
      200,
      String(error.error_code),
      `vk: ${method} failed (${error.error_code})`,
    );
  }
  if (res.body?.response === undefined)
    throw new PlatformHttpError('vk', 200, 'no_response', `vk: ${method} answered nothing`);
  return res.body.response;
}

/** A positive 31-bit integer that is the same for the same key: VK's random_id dedupes on it. */
export const randomIdFor = (key: string): string =>
  String(createHash('sha256').update(key).digest().readUInt32BE(0) & 0x7fffffff);

export const vkReply: ReplyAdapter = {
  platform: 'vk',
  async reply(target: ReplyTarget, text: string, idempotencyKey: string, deps: ReplyDeps) {
    const dm = /^dm(-?\d+)$/.exec(target.threadId);
    if (dm) {
      const id = await callVk<number>(
        'messages.send',
        { peer_id: dm[1]!, message: text, random_id: randomIdFor(idempotencyKey) },
        deps,
      );
      return { id: `dm${dm[1]}_${id}` };
    }
    // `<owner>_<post>` or `<owner>_<post>_<comment>`
    const parts = /^(-?\d+)_(\d+)(?:_(\d+))?$/.exec(target.mentionId);
    if (!parts) throw new ReplyRefused('vk', 'bad_target', `not a VK wall id: ${target.mentionId}`);
    const [, owner, post, comment] = parts;
    const groupId = deps.secrets.VK_GROUP_ID;
    const answer = await callVk<{ comment_id: number }>(
      'wall.createComment',
      {
        owner_id: owner!,
        post_id: post!,
        message: text,
        guid: idempotencyKey,
        ...(comment ? { reply_to_comment: comment } : {}),
        ...(groupId ? { from_group: groupId } : {}),
      },
      deps,
    );
    return {
      id: `${owner}_${post}_${answer.comment_id}`,
      url: `https://vk.com/wall${owner}_${post}?reply=${answer.comment_id}`,
    };
  },
};
