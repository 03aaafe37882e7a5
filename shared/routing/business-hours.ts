/**
 * Business hours in the brand's time zone: is it open now, and when does a window that only runs
 * while open end. Local wall times are turned into instants through Intl, so DST changes and
 * time zones are handled by the platform's time zone data, not by hand.
 */
import type { Weekday } from './constants.ts';
import type { BusinessHours, RoutingConfig } from './types.ts';

const WEEKDAY_BY_INDEX: Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const DAY_MS = 86_400_000;
/** Give up looking for open time after this many days (every day a holiday) and use wall time. */
const MAX_DAYS = 800;

const formatters = new Map<string, Intl.DateTimeFormat>();
const formatter = (timeZone: string): Intl.DateTimeFormat => {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
};

interface LocalTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/**
 * Every time zone changes its offset only at a multiple of 15 minutes UTC, so the offset found for
 * one instant holds for its whole 15-minute slot. Caching per slot keeps Intl (the slow part, tens
 * of microseconds a call) out of the hot path.
 */
const SLOT_MS = 15 * 60_000;
const offsets = new Map<string, number>();
const MAX_CACHED_OFFSETS = 50_000;

/** Local time minus UTC at `ms`, in milliseconds (e.g. +3 600 000 for CET). */
function offsetAt(ms: number, timeZone: string): number {
  const slot = Math.floor(ms / SLOT_MS) * SLOT_MS;
  const key = `${timeZone}|${slot}`;
  const known = offsets.get(key);
  if (known !== undefined) return known;
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(slot))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const local = Date.UTC(
    parts.year!,
    parts.month! - 1,
    parts.day!,
    parts.hour!,
    parts.minute!,
    parts.second!,
  );
  if (offsets.size >= MAX_CACHED_OFFSETS) offsets.clear();
  offsets.set(key, local - slot);
  return local - slot;
}

export function localTime(instant: Date, timeZone: string): LocalTime {
  const shifted = new Date(instant.getTime() + offsetAt(instant.getTime(), timeZone));
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  };
}

/**
 * The instant of a local wall time. A repeated time (the autumn DST night) takes its first
 * occurrence; a skipped one (02:30 on the spring-forward night) is read with the offset before
 * the change, which lands as far after the gap as it was into it (02:30 → 03:30), like Temporal.
 */
export function zonedInstant(
  year: number,
  month: number,
  day: number,
  minuteOfDay: number,
  timeZone: string,
): number {
  const asUtc = Date.UTC(year, month - 1, day, 0, minuteOfDay);
  const before = asUtc - offsetAt(asUtc - DAY_MS, timeZone);
  const after = asUtc - offsetAt(asUtc + DAY_MS, timeZone);
  const valid = [before, after].filter((c) => c + offsetAt(c, timeZone) === asUtc);
  return valid.length > 0 ? Math.min(...valid) : before;
}

const isoDate = (y: number, m: number, d: number): string =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** Open intervals as instants, day by day from the local day of `from`. */
function* openIntervals(from: number, bh: BusinessHours): Generator<[number, number]> {
  const start = localTime(new Date(from), bh.timeZone);
  const base = Date.UTC(start.year, start.month - 1, start.day);
  for (let k = 0; k < MAX_DAYS; k++) {
    const day = new Date(base + k * DAY_MS);
    const [y, m, d] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
    if (bh.holidays.includes(isoDate(y, m, d))) continue;
    for (const [open, close] of bh.days[WEEKDAY_BY_INDEX[day.getUTCDay()]!]) {
      yield [zonedInstant(y, m, d, open, bh.timeZone), zonedInstant(y, m, d, close, bh.timeZone)];
    }
  }
}

export function isBusinessTime(at: Date, bh: BusinessHours): boolean {
  const l = localTime(at, bh.timeZone);
  if (bh.holidays.includes(isoDate(l.year, l.month, l.day))) return false;
  const t = at.getTime();
  const weekday = WEEKDAY_BY_INDEX[new Date(Date.UTC(l.year, l.month - 1, l.day)).getUTCDay()]!;
  return bh.days[weekday].some(
    ([open, close]) =>
      t >= zonedInstant(l.year, l.month, l.day, open, bh.timeZone) &&
      t < zonedInstant(l.year, l.month, l.day, close, bh.timeZone),
  );
}

/** `at` plus `seconds` of open business time. */
export function addBusinessTime(at: Date, seconds: number, bh: BusinessHours): Date {
  let left = seconds * 1000;
  const t = at.getTime();
  for (const [open, close] of openIntervals(t, bh)) {
    if (close <= t) continue;
    const from = Math.max(open, t);
    if (from + left <= close) return new Date(from + left);
    left -= close - from;
  }
  return new Date(t + seconds * 1000);
}

/** Deadline of a window opened at `openedAt`, honouring business time when configured. */
export function deadlineFor(openedAt: Date, windowSeconds: number, config: RoutingConfig): Date {
  const bh = config.businessHours;
  if (!bh || bh.clock === 'wall') return new Date(openedAt.getTime() + windowSeconds * 1000);
  return addBusinessTime(openedAt, windowSeconds, bh);
}
