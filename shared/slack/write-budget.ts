/**
 * Beacon's own budget for Slack's Web API, so that Beacon paces itself instead of meeting 429s.
 *
 * Slack limits per method, per app, per workspace, in per-minute tiers (Tier 2 = 20, Tier 3 = 50,
 * Tier 4 = 100 calls a minute), and posts to about one a second per channel after a short burst.
 * Each limit is a token bucket here, kept a little inside Slack's (a smaller burst, so clock and
 * network skew never tip a call over). A call takes a token, waiting for it when the bucket is
 * empty; a call that would wait longer than it may is refused as Slack would refuse it
 * (SlackRateLimited with the wait), without spending a token, so the caller can hand it back.
 *
 * Cosmetic calls (a card's colour step) may not take the last tokens of their bucket: state
 * changes, escalations and new cards always find some left.
 *
 * One budget serves every notify invocation of a process (the runtime is built once per process).
 * Across processes (Lambda instances), a channel's posts are paced by its FIFO message group (one
 * writer per channel at a time); the workspace-wide tiers are split between the instances that may
 * run at once (`share`), see docs/slack.md, "Write budget".
 */
import { QUEUES } from '../queue/definitions.ts';
import { SlackRateLimited } from '../usecases/ports.ts';

export type Tier = 2 | 3 | 4;

/** The tier of each Web API method Beacon calls (Slack's method pages). */
export const METHOD_TIER: Readonly<Record<string, Tier>> = {
  'chat.update': 3,
  'chat.delete': 3,
  'conversations.history': 3,
  'conversations.replies': 3,
  'conversations.list': 2,
  'usergroups.list': 2,
  'chat.getPermalink': 4,
  'chat.postEphemeral': 4,
  'views.open': 4,
  'views.update': 4,
  'users.info': 4,
  // A chart upload: the URL, then the upload shared in the channel.
  'files.getUploadURLExternal': 4,
  'files.completeUploadExternal': 4,
};

export const POST_METHOD = 'chat.postMessage';

/**
 * How many processes may call Slack at once on AWS: notify's maximum concurrency (infra,
 * CONSUMER_CONCURRENCY). Each takes this share of the workspace-wide tiers.
 */
export const SLACK_WRITERS = QUEUES.slackOut.concurrency;

export interface BudgetLimits {
  /** Posts per second in one channel, and how many may go at once. */
  postsPerSecond: number;
  postBurst: number;
  /** Calls per minute per tier; the burst of a tier bucket is `tierBurst` of that. */
  tierPerMinute: Readonly<Record<Tier, number>>;
  tierBurst: number;
  /** Share of the workspace-wide tiers this process may use (1 / instances that may run at once). */
  share: number;
  /** Share of a bucket kept back from cosmetic calls. */
  cosmeticReserve: number;
}

/** Slack's limits, each kept a little inside: a burst of 3 posts where Slack tolerates about 4. */
export const SLACK_LIMITS: BudgetLimits = {
  postsPerSecond: 1,
  postBurst: 3,
  tierPerMinute: { 2: 20, 3: 50, 4: 100 },
  tierBurst: 0.8,
  share: 1,
  cosmeticReserve: 0.3,
};

/**
 * Card refreshes the countdown queues in one tick (a tick a minute): 40 of Tier 3's 50 chat.update
 * calls a minute (workspace-wide), the rest left for claims, replies, storm cards and new cards.
 * State changes (an escalation, missed) come first, most urgent first; a state change beyond it
 * keeps its card refresh owed to the next tick (its notices go out on time).
 */
export const COUNTDOWN_UPDATES_PER_TICK = Math.floor(SLACK_LIMITS.tierPerMinute[3] * 0.8);

/**
 * Of those, colour steps with no state change: at most half of Tier 3. The date token on the card
 * already tells the time left, so a colour step with no room in its tick is skipped for good, the
 * most urgent (80 % before 50 %, nearest deadline first) going first.
 */
export const COSMETIC_UPDATES_PER_TICK = Math.floor(SLACK_LIMITS.tierPerMinute[3] * 0.5);

interface Bucket {
  tokens: number;
  at: number;
  perMs: number;
  burst: number;
}

export type CallKind = 'normal' | 'cosmetic';

export interface TakeOptions {
  /** The most the call may wait for its token, in ms; beyond it the call is refused unspent. */
  maxWaitMs?: number;
  kind?: CallKind;
}

/** Past this many buckets, full ones are dropped, so a stream of channels cannot grow the map. */
const MAX_BUCKETS = 2_000;

export class SlackWriteBudget {
  private readonly buckets = new Map<string, Bucket>();
  /** Tokens spent by `claim` for a call not made yet: that call goes without taking another. */
  private readonly claimed = new Map<string, number>();

  constructor(
    readonly limits: BudgetLimits = SLACK_LIMITS,
    private readonly now: () => number = Date.now,
    private readonly sleep: (ms: number) => Promise<unknown> = (ms) =>
      new Promise((resolve) => setTimeout(resolve, ms)),
  ) {}

  /** Waits until `method` (in `channel`, for posts) may be called, then spends its token. */
  async take(method: string, channel: string | undefined, options: TakeOptions = {}): Promise<void> {
    const wait = this.reserve(method, channel, options);
    if (wait > 0) await this.sleep(wait);
  }

  /**
   * How long a call would wait for its token now, in ms (0 when it may go at once). Notify asks
   * before a new card: a channel that cannot post at once lists its new alerts several to a message.
   */
  waitMs(method: string, channel: string | undefined, kind: CallKind = 'normal'): number {
    const found = this.bucketOf(method, channel);
    if (!found) return 0;
    const bucket = this.refilled(found.key, found.limit);
    const floor = kind === 'cosmetic' ? bucket.burst * this.limits.cosmeticReserve : 0;
    const missing = 1 + floor - bucket.tokens;
    return missing <= 1e-9 ? 0 : Math.ceil(missing / bucket.perMs);
  }

  /**
   * Spends a token now if one is there without waiting, for a call made shortly, and says whether it
   * did. Deciding and spending in one step: callers side by side cannot both see the same last token.
   * A claimed token not used is simply spent.
   */
  claim(method: string, channel: string | undefined): boolean {
    const found = this.bucketOf(method, channel);
    if (!found) return true;
    if (this.waitMs(method, channel) > 0) return false;
    this.refilled(found.key, found.limit).tokens -= 1;
    // At most a burst's worth kept, so unused claims cannot add up to calls beyond the limit.
    this.claimed.set(found.key, Math.min(found.limit.burst, (this.claimed.get(found.key) ?? 0) + 1));
    return true;
  }

  /** Spends the token now (the bucket may go below empty: later callers wait their turn), returns the wait. */
  private reserve(method: string, channel: string | undefined, options: TakeOptions): number {
    const found = this.bucketOf(method, channel);
    if (!found) return 0;
    const claimed = this.claimed.get(found.key) ?? 0;
    if (claimed > 0) {
      if (claimed === 1) this.claimed.delete(found.key);
      else this.claimed.set(found.key, claimed - 1);
      return 0;
    }
    const wait = this.waitMs(method, channel, options.kind);
    if (options.maxWaitMs !== undefined && wait > options.maxWaitMs)
      throw new SlackRateLimited(Math.max(1, Math.ceil(wait / 1000)));
    const bucket = this.refilled(found.key, found.limit);
    bucket.tokens -= 1;
    return wait;
  }

  private bucketOf(method: string, channel: string | undefined) {
    if (method === POST_METHOD) {
      return {
        key: `${method} ${channel ?? ''}`,
        limit: { perMs: this.limits.postsPerSecond / 1000, burst: this.limits.postBurst },
      };
    }
    const tier = METHOD_TIER[method];
    if (!tier) return undefined;
    const perMinute = this.limits.tierPerMinute[tier] * this.limits.share;
    return {
      key: method,
      limit: { perMs: perMinute / 60_000, burst: Math.max(1, Math.floor(perMinute * this.limits.tierBurst)) },
    };
  }

  private refilled(key: string, limit: { perMs: number; burst: number }): Bucket {
    const now = this.now();
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = { tokens: limit.burst, at: now, ...limit };
      this.buckets.set(key, bucket);
      if (this.buckets.size > MAX_BUCKETS) this.dropFull(now);
    }
    bucket.tokens = Math.min(bucket.burst, bucket.tokens + Math.max(0, now - bucket.at) * bucket.perMs);
    bucket.at = now;
    return bucket;
  }

  private dropFull(now: number): void {
    for (const [k, b] of this.buckets)
      if (b.tokens + (now - b.at) * b.perMs >= b.burst) this.buckets.delete(k);
  }
}
