/**
 * Slack's Web API rate limits, as the local Slack enforces them for the app's token, and the counts
 * of the app's calls it exposes at /slack/stats.
 *
 * Slack counts per method, per app, per workspace, in per-minute windows (Tier 1 = 1+/min, Tier 2 =
 * 20+/min, Tier 3 = 50+/min, Tier 4 = 100+/min) and answers 429 with `Retry-After: <seconds>`.
 * `chat.postMessage` is special: about one message per second per channel, short bursts allowed.
 * Each limit is a token bucket (a minute's calls as the burst for tiers, a few posts for a
 * channel), so state is two numbers per method or channel, never a log of calls.
 */

export type Tier = 1 | 2 | 3 | 4;

export const TIER_PER_MINUTE: Record<Tier, number> = { 1: 1, 2: 20, 3: 50, 4: 100 };

/**
 * The tier of each method the local Slack answers (Slack's method pages). `auth.test` and
 * `chat.getPermalink` are "special" with generous, unpublished limits: held to Tier 4 here.
 */
export const METHOD_TIERS: Readonly<Record<string, Tier>> = {
  'api.test': 4,
  'auth.test': 4,
  'chat.delete': 3,
  'chat.getPermalink': 4,
  'chat.postEphemeral': 4,
  'chat.update': 3,
  'conversations.create': 2,
  'conversations.history': 3,
  'conversations.list': 2,
  'conversations.replies': 3,
  'files.completeUploadExternal': 4,
  'files.getUploadURLExternal': 4,
  'usergroups.list': 2,
  'users.info': 4,
  'views.open': 4,
  'views.update': 4,
};

/** chat.postMessage: one message a second per channel, after a short burst. */
export const CHANNEL_POSTING = { perSecond: 1, burst: 4 } as const;

export const POST_METHOD = 'chat.postMessage';

/** Past this many buckets, full ones (same as no bucket) are dropped: channels named by callers cannot grow the map. */
const MAX_BUCKETS = 1_000;

interface Bucket {
  tokens: number;
  at: number;
  /** Tokens returned per millisecond, and the most it holds. */
  perMs: number;
  burst: number;
}

/** Whether `BEACON_LOCAL_SLACK_LIMITS` leaves the limits on (anything but `off`). */
export const slackLimitsOn = (env: Record<string, string | undefined> = process.env): boolean =>
  env.BEACON_LOCAL_SLACK_LIMITS?.trim().toLowerCase() !== 'off';

export class SlackRateLimits {
  private readonly buckets = new Map<string, Bucket>();

  /** `now` in milliseconds; tests pass their own clock. */
  constructor(readonly now: () => number = Date.now) {}

  /**
   * Takes one call of `method` (in `channel`, for posts) from its budget. Returns undefined when
   * the call may go ahead, else the whole seconds until it may (Slack's Retry-After).
   */
  take(method: string, channel: string | undefined): number | undefined {
    const limit =
      method === POST_METHOD
        ? {
            key: `${method} ${channel ?? ''}`,
            perMs: CHANNEL_POSTING.perSecond / 1000,
            burst: CHANNEL_POSTING.burst,
          }
        : this.tierLimit(method);
    if (!limit) return undefined;
    const now = this.now();
    const bucket = this.buckets.get(limit.key) ?? {
      tokens: limit.burst,
      at: now,
      perMs: limit.perMs,
      burst: limit.burst,
    };
    bucket.tokens = Math.min(bucket.burst, bucket.tokens + Math.max(0, now - bucket.at) * bucket.perMs);
    bucket.at = now;
    // A hair under 1 counts as whole: refills are sums of floating-point fractions.
    if (bucket.tokens >= 1 - 1e-9) {
      bucket.tokens -= 1;
      this.keep(limit.key, bucket);
      return undefined;
    }
    this.keep(limit.key, bucket);
    return Math.max(1, Math.ceil((1 - bucket.tokens) / bucket.perMs / 1000 - 1e-9));
  }

  private tierLimit(method: string) {
    const tier = METHOD_TIERS[method];
    if (!tier) return undefined;
    const perMinute = TIER_PER_MINUTE[tier];
    return { key: method, perMs: perMinute / 60_000, burst: perMinute };
  }

  private keep(key: string, bucket: Bucket): void {
    this.buckets.set(key, bucket);
    if (this.buckets.size <= MAX_BUCKETS) return;
    const now = this.now();
    for (const [k, b] of this.buckets)
      if (b.tokens + (now - b.at) * b.perMs >= b.burst) this.buckets.delete(k);
  }
}

interface Peak {
  channel: string;
  count: number;
}

/** Posts in one channel within the current window of `windowMs`, and the highest count seen. */
class PostingPeak {
  private readonly windows = new Map<string, { start: number; count: number }>();
  peak: Peak = { channel: '', count: 0 };

  constructor(private readonly windowMs: number) {}

  add(channel: string, now: number): void {
    const start = now - (now % this.windowMs);
    const w = this.windows.get(channel);
    const current = w && w.start === start ? w : { start, count: 0 };
    current.count += 1;
    this.windows.set(channel, current);
    if (current.count > this.peak.count) this.peak = { channel, count: current.count };
  }
}

/**
 * Counts of the app's calls: per method, per channel (known channels only), 429s per method, and
 * the most posts one channel took within one clock second and one clock minute.
 */
export class SlackCallStats {
  private readonly calls = new Map<string, number>();
  private readonly channels = new Map<string, Map<string, number>>();
  private readonly ratelimited = new Map<string, number>();
  private readonly perSecond = new PostingPeak(1000);
  private readonly perMinute = new PostingPeak(60_000);

  constructor(private readonly now: () => number = Date.now) {}

  call(method: string, channel: string | undefined, limited: boolean): void {
    bump(this.calls, method);
    if (channel) {
      const counts = this.channels.get(channel) ?? new Map<string, number>();
      bump(counts, method);
      this.channels.set(channel, counts);
    }
    if (limited) bump(this.ratelimited, method);
  }

  posted(channel: string): void {
    const now = this.now();
    this.perSecond.add(channel, now);
    this.perMinute.add(channel, now);
  }

  toJSON(limitsOn: boolean, channelName: (id: string) => string | undefined) {
    return {
      limits: limitsOn ? 'on' : 'off',
      calls: Object.fromEntries(this.calls),
      channels: Object.fromEntries(
        [...this.channels].map(([id, counts]) => [
          id,
          { name: channelName(id) ?? id, calls: Object.fromEntries(counts) },
        ]),
      ),
      ratelimited: Object.fromEntries(this.ratelimited),
      ratelimitedTotal: [...this.ratelimited.values()].reduce((a, b) => a + b, 0),
      peakChannelPosts: { perSecond: this.perSecond.peak, perMinute: this.perMinute.peak },
    };
  }
}

const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
