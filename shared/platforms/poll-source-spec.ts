/**
 * How the routing config names a poll source (see poll-sources.ts). Part of the routing file's
 * schema, validated at synth; kept apart so the functions that build sources do not load zod.
 */
import { z } from 'zod';

const common = {
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'lower-case letters, digits and dashes')
    .optional(),
  schedule: z
    .string()
    .regex(
      /^(rate\(\d+ (minute|minutes|hour|hours|day|days)\)|cron\(.+\))$/,
      'an EventBridge rate() or cron() expression',
    )
    .optional(),
  maxPages: z.number().int().min(1).max(50).optional(),
};
const query = z.string().min(1).max(512);

export const pollSourceSpec = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('x-search'), query, ...common }),
  z.strictObject({
    type: z.literal('reddit-search'),
    query,
    subreddit: z.string().min(1).optional(),
    ...common,
  }),
  z.strictObject({ type: z.literal('reddit-comments'), subreddit: z.string().min(1), ...common }),
  z.strictObject({ type: z.literal('reddit-mentions'), ...common }),
  z.strictObject({ type: z.literal('youtube-comments'), channelId: z.string().min(1).optional(), ...common }),
  z.strictObject({ type: z.literal('mastodon-mentions'), ...common }),
  z.strictObject({ type: z.literal('bluesky-notifications'), ...common }),
  z.strictObject({ type: z.literal('bluesky-search'), query, ...common }),
]);
export type PollSourceSpec = z.infer<typeof pollSourceSpec>;
