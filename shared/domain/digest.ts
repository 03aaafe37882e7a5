/** Digest periods: the posts of a rule that asks for a digest are gathered per hour or per day (UTC). */
export type DigestCadence = 'hourly' | 'daily';

export interface DigestPeriod {
  /** "2026-03-02" for a day, "2026-03-02 10:00 UTC" for an hour. */
  period: string;
  closesAt: Date;
}

export function digestPeriod(cadence: DigestCadence, at: Date): DigestPeriod {
  const iso = at.toISOString();
  if (cadence === 'hourly') {
    const start = new Date(`${iso.slice(0, 13)}:00:00.000Z`);
    return {
      period: `${iso.slice(0, 10)} ${iso.slice(11, 13)}:00 UTC`,
      closesAt: new Date(start.getTime() + 3600_000),
    };
  }
  const start = new Date(`${iso.slice(0, 10)}T00:00:00.000Z`);
  return { period: iso.slice(0, 10), closesAt: new Date(start.getTime() + 86_400_000) };
}
