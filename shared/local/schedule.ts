/**
 * EventBridge schedule expressions, for the local stack's timers: `rate(N minutes|hours|days)` and
 * `cron(minutes hours day-of-month month day-of-week year)` in UTC, with `*`, `?`, lists, ranges,
 * steps and names (JAN, MON). The L, W and # forms are refused.
 */

const UNIT_MS: Record<string, number> = { minute: 60_000, hour: 3_600_000, day: 86_400_000 };
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

export class UnsupportedSchedule extends Error {
  override readonly name = 'UnsupportedSchedule';
}

/** The period of a rate() expression in milliseconds, or undefined for anything else. */
export function rateMs(expression: string): number | undefined {
  const m = /^rate\((\d+) (minute|minutes|hour|hours|day|days)\)$/.exec(expression.trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  if (n < 1) throw new UnsupportedSchedule(`${expression}: the rate must be at least 1`);
  return n * (UNIT_MS[m[2]!.replace(/s$/, '')] ?? 0);
}

/** The set of values a cron field allows, within [min, max]; names are mapped through `names` (index + offset). */
function field(text: string, min: number, max: number, names: string[] = [], offset = 0): Set<number> {
  const values = new Set<number>();
  const value = (v: string): number => {
    const named = names.indexOf(v.toUpperCase());
    const n = named >= 0 ? named + offset : Number(v);
    if (!Number.isInteger(n) || n < min || n > max) throw new UnsupportedSchedule(`"${v}" is out of range`);
    return n;
  };
  for (const part of text.split(',')) {
    const [range = '', stepText] = part.split('/');
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step < 1) throw new UnsupportedSchedule(`bad step in "${part}"`);
    let from: number;
    let to: number;
    if (range === '*' || range === '?') {
      from = min;
      to = max;
    } else if (range.includes('-')) {
      const [a = '', b = ''] = range.split('-');
      from = value(a);
      to = value(b);
    } else {
      from = value(range);
      to = stepText === undefined ? from : max;
    }
    for (let n = from; n <= to; n += step) values.add(n);
  }
  return values;
}

/** The next time after `after` (exclusive, to the minute) that a cron() expression fires. */
export function nextCron(expression: string, after: Date): Date {
  const m = /^cron\((.+)\)$/.exec(expression.trim());
  const parts = m?.[1]?.trim().split(/\s+/) ?? [];
  if (parts.length !== 6)
    throw new UnsupportedSchedule(`${expression}: expected cron(min hour day month weekday year)`);
  if (parts.some((p) => /[LW#]/i.test(p.replace(/[A-Z]{3}/gi, ''))))
    throw new UnsupportedSchedule(`${expression}: L, W and # are not supported locally`);
  const [mi = '', ho = '', dom = '', mo = '', dow = '', yr = ''] = parts;
  const minutes = field(mi, 0, 59);
  const hours = field(ho, 0, 23);
  const days = field(dom, 1, 31);
  const months = field(mo, 1, 12, MONTHS, 1);
  const weekdays = field(dow, 1, 7, DAYS, 1);
  const years = field(yr, 1970, 2199);
  const t = new Date(Math.floor(after.getTime() / 60_000) * 60_000 + 60_000);
  for (let i = 0; i < 366 * 24 * 60 * 5; i++, t.setTime(t.getTime() + 60_000)) {
    if (
      minutes.has(t.getUTCMinutes()) &&
      hours.has(t.getUTCHours()) &&
      months.has(t.getUTCMonth() + 1) &&
      years.has(t.getUTCFullYear()) &&
      (dom === '?' || days.has(t.getUTCDate())) &&
      (dow === '?' || weekdays.has(t.getUTCDay() + 1))
    ) {
      return new Date(t);
    }
  }
  throw new UnsupportedSchedule(`${expression} never fires`);
}

/** The next time a schedule fires after `after`: a rate() counts from `after`. */
export function nextRun(expression: string, after: Date): Date {
  const period = rateMs(expression);
  if (period !== undefined) return new Date(after.getTime() + period);
  return nextCron(expression, after);
}
