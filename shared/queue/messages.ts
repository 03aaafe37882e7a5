/**
 * Message shapes on the queues, validated on the way in: a bad message fails loudly, never silently.
 * `zod/mini`, see runtime/zod-messages.ts.
 */
import { createHash } from 'node:crypto';
import * as z from 'zod/mini';
import '../runtime/zod-messages.ts';
import { MENTION_KINDS, type Mention, PLATFORMS } from '../domain/mention.ts';
import { decodeQueueBody, encodeQueueBody, MAX_QUEUE_BODY_BYTES, QueueBodyTooLarge } from './codec.ts';

const mentionSchema = z.object({
  platform: z.enum(PLATFORMS),
  id: z.string().check(z.minLength(1)),
  threadId: z.string().check(z.minLength(1)),
  parentId: z.optional(z.string()),
  url: z.optional(z.string()),
  text: z.string(),
  createdAt: z.string(),
  receivedAt: z.string(),
  kind: z.enum(MENTION_KINDS),
  lang: z.optional(z.string()),
  author: z.object({
    id: z.string(),
    handle: z.string(),
    name: z.optional(z.string()),
    followers: z.optional(z.number()),
    verified: z.optional(z.boolean()),
    isBrand: z.optional(z.boolean()),
  }),
});

/**
 * The mentions of one webhook request (or one poll batch) travel together in one message, so the
 * request is queued by one SQS write, whole or not at all; detect handles each mention on its own,
 * idempotently. A single `mention` is the older shape, still read.
 */
const mentionMessage = z.union([
  z.object({ type: z.literal('mentions'), mentions: z.array(mentionSchema).check(z.minLength(1)) }),
  z.object({ type: z.literal('mention'), mention: mentionSchema }),
]);

/** Everything notify does goes through `slack-out`, grouped by channel so one writer serves each channel. */
const slackOutMessage = z.discriminatedUnion('kind', [
  /** Post the alert's card if it has none yet, else update it to the alert's current state. */
  z.object({
    kind: z.literal('alert'),
    channel: z.string(),
    alertId: z.string(),
    version: z.int(),
    /** Only time moved the card on (a colour step): it yields the last of the update budget to state changes. */
    cosmetic: z.optional(z.boolean()),
    /**
     * Only the deadline moved, pulled in by a follow-up: a card shows it, but an alert listed in a
     * burst summary needs no card of its own for it (its follow-up's line shows the new deadline).
     */
    pulledIn: z.optional(z.boolean()),
    /** For a new card: its opening mention and author, so notify reads them with the alert at once. */
    root: z.optional(
      z.object({ platform: z.string(), threadId: z.string(), mentionId: z.string(), authorId: z.string() }),
    ),
  }),
  /** Post a later message of the platform thread into the alert's Slack thread. */
  z.object({
    kind: z.literal('followup'),
    channel: z.string(),
    alertId: z.string(),
    platform: z.string(),
    threadId: z.string(),
    mentionId: z.string(),
  }),
  /** A short notice (escalation, missed deadline), in a channel or in an alert's thread. */
  z.object({
    kind: z.literal('notice'),
    channel: z.string(),
    key: z.string(),
    text: z.string(),
    alertId: z.optional(z.string()),
    inThread: z.optional(z.boolean()),
  }),
  /** A message only one person sees: the answer to a click that could not be carried out. */
  z.object({
    kind: z.literal('ephemeral'),
    channel: z.string(),
    user: z.string(),
    text: z.string(),
    key: z.string(),
  }),
  /** Post or update the card of a storm (many alerts of one type and subject within minutes). */
  z.object({ kind: z.literal('storm'), channel: z.string(), stormId: z.string(), version: z.int() }),
  /** Replace a card left behind (the alert moved to another channel) with a one-line note. */
  z.object({
    kind: z.literal('retire'),
    channel: z.string(),
    channelId: z.string(),
    ts: z.string(),
    text: z.string(),
  }),
  /** Post the channel's next burst summary: the posts it could not take one card at a time. */
  z.object({ kind: z.literal('summary'), channel: z.string(), seq: z.int() }),
  /** Post one period's digest of the posts a rule sends to a digest instead of live cards. */
  z.object({ kind: z.literal('digest'), channel: z.string(), period: z.string() }),
]);

/**
 * A reply written in Slack, to be posted on the platform by `functions/reply`. The consumer keys
 * its own idempotency on `idempotencyKey` (one per submitted modal).
 */
const replyMessage = z.object({
  type: z.literal('reply'),
  alertId: z.string().check(z.minLength(1)),
  platform: z.enum(PLATFORMS),
  threadId: z.string().check(z.minLength(1)),
  /** The platform id of the mention being answered (the alert's latest customer message). */
  mentionId: z.string().check(z.minLength(1)),
  text: z.string().check(z.minLength(1)),
  /** Slack user id of the person who wrote it. */
  by: z.string().check(z.minLength(1)),
  idempotencyKey: z.string().check(z.minLength(1)),
});
export type ReplyMessage = z.infer<typeof replyMessage>;

export type MentionMessage = z.infer<typeof mentionMessage>;
export type SlackOutMessage = z.infer<typeof slackOutMessage>;

export class InvalidMessage extends Error {
  override readonly name = 'InvalidMessage';
}

const parseWith = <T>(schema: z.ZodMiniType<T>, body: string, what: string): T => {
  let json: unknown;
  try {
    json = decodeQueueBody(body);
  } catch {
    throw new InvalidMessage(`${what} is not JSON`);
  }
  const result = schema.safeParse(json);
  if (!result.success) throw new InvalidMessage(`${what} is invalid: ${result.error.issues[0]?.message}`);
  return result.data;
};

/** The mentions a `mentions` message carries, in the order they were queued. */
export function parseMentionsMessage(body: string): Mention[] {
  const message = parseWith(mentionMessage, body, 'mention message');
  return (message.type === 'mentions' ? message.mentions : [message.mention]) as Mention[];
}

export const parseSlackOutMessage = (body: string): SlackOutMessage => parseSlackOutEnvelope(body).message;

/**
 * A slack-out message Slack could not take yet (a 429 beyond the invocation, or its card not posted
 * yet), sent again as a new message so the wait costs none of its receives (see functions/notify.ts).
 */
export interface Requeue {
  /** How many times it was sent again: part of its deduplication id, so each resend is a new message. */
  count: number;
  /** Not to be tried before this time (epoch ms): Slack's Retry-After. */
  notBefore: number;
}

const requeueSchema = z.object({ count: z.int().check(z.gte(1)), notBefore: z.number() });

/** The message and, for one sent again, its requeue count and earliest time. */
export function parseSlackOutEnvelope(body: string): { message: SlackOutMessage; requeue?: Requeue } {
  let json: unknown;
  try {
    json = decodeQueueBody(body);
  } catch {
    throw new InvalidMessage('slack-out message is not JSON');
  }
  const { requeue, ...rest } = (json ?? {}) as Record<string, unknown>;
  const message = slackOutMessage.safeParse(rest);
  if (!message.success)
    throw new InvalidMessage(`slack-out message is invalid: ${message.error.issues[0]?.message}`);
  if (requeue === undefined) return { message: message.data };
  const parsed = requeueSchema.safeParse(requeue);
  if (!parsed.success)
    throw new InvalidMessage(`slack-out requeue is invalid: ${parsed.error.issues[0]?.message}`);
  return { message: message.data, requeue: parsed.data };
}

export const parseReplyMessage = (body: string): ReplyMessage =>
  parseWith(replyMessage, body, 'reply message');

/** Encodes every queued message: any text goes through, and the body fits the queue. */
export const slackOutMessageBody = (message: SlackOutMessage, requeue?: Requeue): string =>
  encodeQueueBody(requeue ? { ...message, requeue } : message);
export const replyMessageBody = (message: ReplyMessage): string => encodeQueueBody(message);

/** Mentions too large for any queue message, even alone and compressed; nothing was sent. */
export class MentionsTooLarge extends QueueBodyTooLarge {
  override readonly name = 'MentionsTooLarge';
  constructor(readonly mentionIds: string[]) {
    super(`${mentionIds.length} mention(s) too large for a queue message: ${mentionIds.join(', ')}`);
  }
}

/**
 * The bodies that carry `mentions`: one when they fit (the rule), else the fewest halves that do.
 * Everything is encoded before anything is sent, so mentions that can never fit refuse the whole
 * call (MentionsTooLarge, naming them all) with nothing queued.
 */
export function mentionMessageBodies(mentions: Mention[], limit = MAX_QUEUE_BODY_BYTES): string[] {
  const tooLarge: string[] = [];
  const bodies = pack(mentions, limit, tooLarge);
  if (tooLarge.length > 0) throw new MentionsTooLarge(tooLarge);
  return bodies;
}

function pack(mentions: Mention[], limit: number, tooLarge: string[]): string[] {
  if (mentions.length === 0) return [];
  try {
    return [encodeQueueBody({ type: 'mentions', mentions } satisfies MentionMessage, limit)];
  } catch (error) {
    if (!(error instanceof QueueBodyTooLarge)) throw error;
    if (mentions.length === 1) {
      tooLarge.push(mentions[0]?.id ?? '');
      return [];
    }
    const half = Math.ceil(mentions.length / 2);
    return [
      ...pack(mentions.slice(0, half), limit, tooLarge),
      ...pack(mentions.slice(half), limit, tooLarge),
    ];
  }
}

/**
 * FIFO deduplication id: the same logical message sent twice within 5 minutes is delivered once.
 * Hashed, because platform ids can be longer than the 128 characters SQS allows.
 */
export const slackOutDedupeId = (m: SlackOutMessage, requeue?: Requeue): string => {
  const logical =
    m.kind === 'alert'
      ? `alert:${m.alertId}:${m.version}`
      : m.kind === 'followup'
        ? `followup:${m.platform}:${m.mentionId}`
        : m.kind === 'storm'
          ? `storm:${m.stormId}:${m.version}`
          : m.kind === 'summary'
            ? `summary:${m.channel}:${m.seq}`
            : m.kind === 'digest'
              ? `digest:${m.channel}:${m.period}`
              : m.kind === 'retire'
                ? `retire:${m.channelId}:${m.ts}`
                : `${m.kind}:${m.key}`;
  return createHash('sha256')
    .update(requeue ? `${logical}#requeue:${requeue.count}` : logical)
    .digest('hex');
};
