/**
 * Polled platforms: one PollSource per thing we read (a search, a subreddit's comments, the
 * notifications of an account), each with its own cursor and schedule.
 *
 * A run of a source:
 *   1. reads the listing newest first, page by page, from the top (or from where an interrupted
 *      run stopped), until it reaches the newest item the previous complete run saw (the mark);
 *   2. returns the new items as mentions with the cursor to save; the caller saves the cursor only
 *      after the mentions are queued, so a crash repeats a run and never skips one;
 *   3. stops early after `maxPages`, on a rate limit or on an outage, returning what it has and a
 *      cursor that resumes the backfill at the next page, so a long outage is caught up without gaps.
 * Items seen at the boundary of two runs are dropped by a short list of recent ids; anything that
 * still slips through is deduplicated by the mention store on the platform id.
 */
import type { Platform } from '../domain/mention.ts';
import { type Fetch, PlatformHttpError, RateLimited } from './http.ts';
import type { ParsedMention, SecretBag } from './types.ts';

/** A position in a listing: an item's id and its time (ISO-8601). */
export interface PollMark {
  id: string;
  at: string;
}

export interface PollCursor {
  /** The newest item a complete run handled; later runs page down to it and no further. */
  mark?: PollMark;
  /** A backfill in progress: the page to continue from and the mark to adopt once it is complete. */
  resume?: { page: string; mark?: PollMark };
  /** Ids handled most recently, newest first, so an overlapping run does not queue them again. */
  seen?: string[];
}

export interface PollDeps {
  fetch: Fetch;
  now: Date;
  secrets: SecretBag;
}

export interface PollResult {
  /** New mentions, oldest first. */
  mentions: ParsedMention[];
  /** Save this once the mentions are queued. */
  cursor: PollCursor;
  /** Make no call to this source before this time (a rate limit, a spent quota or an outage). */
  backoffUntil?: string;
  /** False while a backfill has pages left: run again soon (after `backoffUntil`, if set). */
  done: boolean;
  /** Why the run stopped early, for the log. */
  problem?: string;
}

export interface PollSource {
  /** Unique and stable: it keys the cursor in the store and the schedule in the config. */
  id: string;
  platform: Platform;
  /** An EventBridge schedule expression, used unless the routing config sets another. */
  defaultSchedule: string;
  poll(cursor: PollCursor | undefined, deps: PollDeps): Promise<PollResult>;
}

/** One page of a listing, newest first. */
export interface Page<T> {
  items: T[];
  /** Token of the next (older) page, if any. */
  next?: string;
  /** The platform says the budget is spent: stop after this page. */
  exhaustedUntil?: Date;
}

/** What a source knows about its platform's listing. */
export interface Listing<T> {
  fetchPage(page: string | undefined, deps: PollDeps): Promise<Page<T>>;
  mark(item: T): PollMark;
  /** The mentions an item yields: none for the brand's own root posts and for non-posts. */
  toMentions(item: T): ParsedMention[];
  /** True when the item is the mark or older. Defaults to: same id, or an earlier time. */
  reached?(item: T, mark: PollMark): boolean;
}

export interface PagingLimits {
  /** Pages read per run at most; the rest of a backfill is left for the next run. */
  maxPages: number;
  /** How far back the very first run of a source reads. */
  firstRunLookbackMs: number;
  /** How long to leave a platform alone after a 5xx or a network failure. */
  outageBackoffMs: number;
}

export const DEFAULT_LIMITS: PagingLimits = {
  maxPages: 5,
  firstRunLookbackMs: 24 * 3600_000,
  outageBackoffMs: 60_000,
};

const SEEN_LIMIT = 300;

const defaultReached = (mark: PollMark, item: PollMark): boolean => item.id === mark.id || item.at < mark.at;

/** Reads a newest-first listing down to the previous mark; see the module comment for the rules. */
export async function pollNewestFirst<T>(
  listing: Listing<T>,
  cursor: PollCursor | undefined,
  deps: PollDeps,
  limits: PagingLimits = DEFAULT_LIMITS,
): Promise<PollResult> {
  const anchor: PollMark = cursor?.mark ?? {
    id: '',
    at: new Date(deps.now.getTime() - limits.firstRunLookbackMs).toISOString(),
  };
  const seen = new Set(cursor?.seen ?? []);
  const reached = (item: T): boolean =>
    listing.reached ? listing.reached(item, anchor) : defaultReached(anchor, listing.mark(item));

  let page = cursor?.resume?.page;
  let newMark = cursor?.resume?.mark;
  const fresh: ParsedMention[] = [];
  const freshIds: string[] = [];

  const interrupted = (extra: Partial<PollResult>): PollResult => {
    // Nothing read yet: keep the cursor as it was.
    const progressed = freshIds.length > 0 || page !== cursor?.resume?.page;
    const next: PollCursor = progressed
      ? { mark: anchor, resume: { page: page ?? '', ...(newMark ? { mark: newMark } : {}) } }
      : { ...cursor };
    return { mentions: fresh.reverse(), cursor: withSeen(next, freshIds, seen), done: false, ...extra };
  };

  for (let n = 0; n < limits.maxPages; n++) {
    let result: Page<T>;
    try {
      result = await listing.fetchPage(page, deps);
    } catch (error) {
      if (error instanceof RateLimited) {
        return interrupted({ backoffUntil: error.until.toISOString(), problem: error.message });
      }
      if (error instanceof PlatformHttpError && error.transient) {
        const until = new Date(deps.now.getTime() + limits.outageBackoffMs).toISOString();
        return interrupted({ backoffUntil: until, problem: error.message });
      }
      throw error;
    }
    const first = result.items[0];
    if (!newMark && first) newMark = listing.mark(first);
    let complete = !result.next;
    for (const item of result.items) {
      if (reached(item)) {
        complete = true;
        break;
      }
      const id = listing.mark(item).id;
      if (seen.has(id) || freshIds.includes(id)) continue;
      freshIds.push(id);
      fresh.push(...listing.toMentions(item));
    }
    if (complete) {
      const next: PollCursor = { mark: newMark ?? anchor };
      const backoff = result.exhaustedUntil ? { backoffUntil: result.exhaustedUntil.toISOString() } : {};
      return { mentions: fresh.reverse(), cursor: withSeen(next, freshIds, seen), done: true, ...backoff };
    }
    page = result.next;
    if (result.exhaustedUntil) {
      return interrupted({
        backoffUntil: result.exhaustedUntil.toISOString(),
        problem: 'rate limit budget spent',
      });
    }
  }
  return interrupted({});
}

function withSeen(cursor: PollCursor, freshIds: string[], old: Set<string>): PollCursor {
  const seen = [...freshIds, ...old].slice(0, SEEN_LIMIT);
  return seen.length > 0 ? { ...cursor, seen } : cursor;
}

/** Sorts ids the way Mastodon and X mint them: longer is newer, then lexical. */
export const compareSnowflakes = (a: string, b: string): number =>
  a.length !== b.length ? a.length - b.length : a < b ? -1 : a > b ? 1 : 0;

/** Seconds since the epoch (number or numeric string) or an ISO string, as ISO-8601; undefined if unreadable. */
export function isoTime(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) {
    // Some payloads use milliseconds; no post is from before 2001 in seconds, or after 2286.
    return new Date(value > 1e11 ? value : value * 1000).toISOString();
  }
  if (typeof value === 'string' && value) {
    if (/^\d+$/.test(value)) return isoTime(Number(value));
    const t = Date.parse(value);
    return Number.isNaN(t) ? undefined : new Date(t).toISOString();
  }
  return undefined;
}
