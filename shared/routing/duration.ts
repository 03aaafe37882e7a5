/** Durations as managers write them: `90s`, `45m`, `4h`, `3d` (also combined: `1h30m`). */

const UNIT_SECONDS = { s: 1, m: 60, h: 3600, d: 86_400 } as const;

/** Matches one or more `<number><unit>` parts, largest unit first, no spaces. */
export const DURATION_PATTERN = '^(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$';
const DURATION_RE = new RegExp(DURATION_PATTERN);
const PART_RE = /(\d+)([dhms])/g;

/** Seconds in `text`, or undefined when it is not a duration. */
export function parseDuration(text: string): number | undefined {
  if (text === '' || !DURATION_RE.test(text)) return undefined;
  let seconds = 0;
  for (const [, amount, unit] of text.matchAll(PART_RE)) {
    seconds += Number(amount) * UNIT_SECONDS[unit as keyof typeof UNIT_SECONDS];
  }
  return seconds;
}

/** The shortest exact spelling of `seconds`, e.g. 5400 → `1h30m`. */
export function formatDuration(seconds: number): string {
  if (seconds <= 0) return '0s';
  let rest = Math.round(seconds);
  let out = '';
  for (const [unit, size] of [
    ['d', 86_400],
    ['h', 3600],
    ['m', 60],
    ['s', 1],
  ] as const) {
    const n = Math.floor(rest / size);
    if (n > 0) out += `${n}${unit}`;
    rest -= n * size;
  }
  return out;
}
