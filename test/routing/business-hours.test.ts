import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localTime, zonedInstant } from '../../shared/routing/business-hours.ts';
import { addBusinessTime, deadlineFor, isBusinessTime } from '../../shared/routing/index.ts';
import type { BusinessHours } from '../../shared/routing/types.ts';
import { configWith } from './support.ts';

const hours = (timeZone: string, days: Record<string, string>, clock = 'business', holidays: string[] = []) =>
  configWith(
    '',
    `business_hours:
  time_zone: ${timeZone}
  days:
${Object.entries(days)
  .map(([d, h]) => `    ${d}: ${h}`)
  .join('\n')}
  holidays: [${holidays.map((h) => `"${h}"`).join(', ')}]
  window_clock: ${clock}
`,
  );

const WEEKDAYS_9_TO_5 = {
  mon: '09:00-17:00',
  tue: '09:00-17:00',
  wed: '09:00-17:00',
  thu: '09:00-17:00',
  fri: '09:00-17:00',
};
const ALWAYS = Object.fromEntries(
  ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, '00:00-24:00']),
);

const HOUR = 3600;
const berlin = hours('Europe/Berlin', WEEKDAYS_9_TO_5, 'business', ['2026-12-25']);
const bh = (c: typeof berlin): BusinessHours => c.businessHours!;

describe('deadlineFor', () => {
  it('runs on wall time by default, through nights and weekends', () => {
    const wall = hours('Europe/Berlin', WEEKDAYS_9_TO_5, 'wall');
    expect(deadlineFor(new Date('2026-03-06T15:00:00Z'), 4 * HOUR, wall).toISOString()).toBe(
      '2026-03-06T19:00:00.000Z',
    );
  });

  it('runs on wall time when there are no business hours at all', () => {
    const c = { ...berlin, businessHours: undefined };
    expect(deadlineFor(new Date('2026-03-06T15:00:00Z'), 90, c).toISOString()).toBe(
      '2026-03-06T15:01:30.000Z',
    );
  });

  const businessCases: Array<[string, string, number, string]> = [
    ['within one day', '2026-03-02T09:00:00Z', HOUR, '2026-03-02T10:00:00.000Z'],
    ['overnight: the rest continues next morning', '2026-03-02T15:30:00Z', HOUR, '2026-03-03T08:30:00.000Z'],
    [
      'opened at night: the clock starts at opening',
      '2026-03-02T22:00:00Z',
      30 * 60,
      '2026-03-03T08:30:00.000Z',
    ],
    ['over a weekend', '2026-03-06T15:00:00Z', 2 * HOUR, '2026-03-09T09:00:00.000Z'],
    ['over a holiday and a weekend', '2026-12-24T15:00:00Z', 2 * HOUR, '2026-12-28T09:00:00.000Z'],
    ['over the spring DST change (CET → CEST)', '2026-03-27T15:00:00Z', 2 * HOUR, '2026-03-30T08:00:00.000Z'],
    ['over the autumn DST change (CEST → CET)', '2026-10-23T14:30:00Z', HOUR, '2026-10-26T08:30:00.000Z'],
    ['a window of several business days', '2026-03-02T08:00:00Z', 20 * HOUR, '2026-03-04T12:00:00.000Z'],
  ];
  it.each(businessCases)('counts business time in Berlin: %s', (_, opened, seconds, deadline) => {
    expect(deadlineFor(new Date(opened), seconds, berlin).toISOString()).toBe(deadline);
  });

  const zones: Array<[string, string, number, string]> = [
    // New York switches to EDT on 8 March 2026: Friday 16:00 EST + 2h → Monday 10:00 EDT.
    ['America/New_York', '2026-03-06T21:00:00Z', 2 * HOUR, '2026-03-09T14:00:00.000Z'],
    // Sydney leaves daylight time on 5 April 2026: Friday 16:00 AEDT + 2h → Monday 10:00 AEST.
    ['Australia/Sydney', '2026-04-03T05:00:00Z', 2 * HOUR, '2026-04-06T00:00:00.000Z'],
    // Tokyo has no DST; its Monday starts on Sunday in UTC.
    ['Asia/Tokyo', '2026-03-06T07:00:00Z', 2 * HOUR, '2026-03-09T01:00:00.000Z'],
    // Half-hour offset: Monday 16:30 IST + 1h → Tuesday 09:30 IST.
    ['Asia/Kolkata', '2026-03-02T11:00:00Z', HOUR, '2026-03-03T04:00:00.000Z'],
  ];
  it.each(zones)('counts business time in %s', (zone, opened, seconds, deadline) => {
    expect(deadlineFor(new Date(opened), seconds, hours(zone, WEEKDAYS_9_TO_5)).toISOString()).toBe(deadline);
  });

  it('spends exactly the business seconds it is given (additive, any split)', () => {
    const from = Date.parse('2026-01-01T00:00:00Z');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 365 * 86_400 }),
        fc.integer({ min: 1, max: 30 * HOUR }),
        fc.integer({ min: 1, max: 30 * HOUR }),
        (offset, a, b) => {
          const start = new Date(from + offset * 1000);
          const whole = addBusinessTime(start, a + b, bh(berlin));
          const split = addBusinessTime(addBusinessTime(start, a, bh(berlin)), b, bh(berlin));
          expect(split.toISOString()).toBe(whole.toISOString());
          expect(isBusinessTime(new Date(whole.getTime() - 1000), bh(berlin))).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('equals wall time when open round the clock, across every DST change', () => {
    const zonesWithDst = ['Europe/Berlin', 'America/New_York', 'Australia/Sydney', 'America/Santiago'];
    const configs = zonesWithDst.map((z) => hours(z, ALWAYS));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 * 365 * 86_400 }),
        fc.integer({ min: 30, max: 10 * 86_400 }),
        fc.integer({ min: 0, max: configs.length - 1 }),
        (offset, seconds, i) => {
          const start = new Date(Date.parse('2026-01-01T00:00:00Z') + offset * 1000);
          expect(deadlineFor(start, seconds, configs[i]!).getTime()).toBe(start.getTime() + seconds * 1000);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('isBusinessTime', () => {
  const cases: Array<[string, string, boolean]> = [
    ['Monday 08:59 Berlin', '2026-03-02T07:59:00Z', false],
    ['Monday 09:00 Berlin', '2026-03-02T08:00:00Z', true],
    ['Monday 16:59 Berlin', '2026-03-02T15:59:00Z', true],
    ['Monday 17:00 Berlin (closing time is closed)', '2026-03-02T16:00:00Z', false],
    ['Saturday noon', '2026-03-07T11:00:00Z', false],
    ['a holiday at noon', '2026-12-25T11:00:00Z', false],
    ['09:30 on the first day of summer time (07:30 UTC)', '2026-03-30T07:30:00Z', true],
    ['08:30 on the first day of summer time, which was open in winter', '2026-03-30T06:30:00Z', false],
  ];
  it.each(cases)('%s → %s', (_, at, open) => {
    expect(isBusinessTime(new Date(at), bh(berlin))).toBe(open);
  });

  it('supports split days', () => {
    const c = hours('Europe/Berlin', { fri: '[09:00-12:00, 13:00-17:00]' });
    expect(isBusinessTime(new Date('2026-03-06T11:30:00Z'), bh(c))).toBe(false); // 12:30 lunch
    expect(isBusinessTime(new Date('2026-03-06T12:30:00Z'), bh(c))).toBe(true);
    expect(deadlineFor(new Date('2026-03-06T10:30:00Z'), HOUR, c).toISOString()).toBe(
      '2026-03-06T12:30:00.000Z',
    );
  });
});

describe('zonedInstant', () => {
  it('reads a time skipped by the spring change with the offset before it', () => {
    // 02:30 does not exist in Berlin on 29 March 2026; it reads as 03:30 CEST.
    expect(new Date(zonedInstant(2026, 3, 29, 150, 'Europe/Berlin')).toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    );
  });
  it('takes the first of a time repeated by the autumn change', () => {
    expect(new Date(zonedInstant(2026, 10, 25, 150, 'Europe/Berlin')).toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    );
  });
  it('gives midnight at 24:00', () => {
    expect(new Date(zonedInstant(2026, 3, 2, 1440, 'Asia/Tokyo')).toISOString()).toBe(
      '2026-03-02T15:00:00.000Z',
    );
  });
});

describe('localTime', () => {
  it('agrees with Intl at any instant, in zones with odd offsets and DST rules', () => {
    const zones = [
      'Europe/Berlin',
      'America/St_Johns',
      'Pacific/Chatham',
      'Australia/Lord_Howe',
      'Asia/Kathmandu',
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse('2025-01-01T00:00:00Z'), max: Date.parse('2030-01-01T00:00:00Z') }),
        fc.constantFrom(...zones),
        (ms, zone) => {
          const parts = Object.fromEntries(
            new Intl.DateTimeFormat('en-US', {
              timeZone: zone,
              hourCycle: 'h23',
              year: 'numeric',
              month: 'numeric',
              day: 'numeric',
              hour: 'numeric',
              minute: 'numeric',
              second: 'numeric',
            })
              .formatToParts(new Date(ms))
              .filter((p) => p.type !== 'literal')
              .map((p) => [p.type, Number(p.value)]),
          );
          expect(localTime(new Date(ms), zone)).toEqual(parts);
        },
      ),
      { numRuns: 500 },
    );
  });
});
