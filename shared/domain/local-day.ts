/** Calendar days in a time zone, for "today" in `/beacon stats` and the periods of reports. */

const clock = (timeZone: string) =>
  new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });

/** The wall-clock fields of an instant in `timeZone`. */
function wallClock(instant: Date, timeZone: string): Record<string, string> {
  return Object.fromEntries(
    clock(timeZone)
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
}

/** Calendar date (YYYY-MM-DD) and hour (0–23) of an instant in `timeZone`. */
export function localParts(instant: Date, timeZone: string): { day: string; hour: number } {
  const parts = wallClock(instant, timeZone);
  return { day: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour) % 24 };
}

/** The instant local midnight began in `timeZone` on the day of `now`. */
export function startOfDay(now: Date, timeZone = 'UTC'): Date {
  const parts = wallClock(now, timeZone);
  const localAsUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  const offset = localAsUtc - Math.floor(now.getTime() / 1000) * 1000;
  return new Date(Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day)) - offset);
}
