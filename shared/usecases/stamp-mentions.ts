/**
 * What Beacon adds to a mention as it arrives, whether pushed by a webhook or read by a poll: the
 * arrival time (also the creation time when the platform gives none) and the brand's authorship.
 */
import type { Mention } from '../domain/mention.ts';
import type { ParsedMention } from '../platforms/types.ts';

/** True for the brand's own accounts, whose replies close the loop instead of opening alerts. */
export type IsBrandAuthor = (platform: string, author: { id: string; handle: string }) => boolean;

export function stampMentions(
  parsed: readonly ParsedMention[],
  now: Date,
  isBrandAuthor: IsBrandAuthor,
): Mention[] {
  const receivedAt = now.toISOString();
  return parsed.map((m) => ({
    ...m,
    receivedAt: m.receivedAt ?? receivedAt,
    createdAt: m.createdAt ?? receivedAt,
    author: {
      ...m.author,
      ...(m.author.isBrand || isBrandAuthor(m.platform, m.author) ? { isBrand: true } : {}),
    },
  }));
}
