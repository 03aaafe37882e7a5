import { describe, expect, it } from 'vitest';
import { nextRun, rateMs, UnsupportedSchedule } from '../../shared/local/schedule.ts';

const at = (iso: string) => new Date(iso);

describe('rateMs', () => {
  it.each([
    ['rate(1 minute)', 60_000],
    ['rate(5 minutes)', 300_000],
    ['rate(2 hours)', 7_200_000],
    ['rate(1 day)', 86_400_000],
    ['cron(0 * * * ? *)', undefined],
  ])('reads %s as %s ms', (expression, ms) => {
    expect(rateMs(expression)).toBe(ms);
  });
});

describe('nextRun', () => {
  const from = at('2026-03-02T10:07:30.000Z'); // a Monday

  it.each([
    ['rate(5 minutes)', '2026-03-02T10:12:30.000Z'],
    ['cron(0 * * * ? *)', '2026-03-02T11:00:00.000Z'],
    ['cron(*/15 * * * ? *)', '2026-03-02T10:15:00.000Z'],
    ['cron(0/20 9-17 * * ? *)', '2026-03-02T10:20:00.000Z'],
    ['cron(30 8 ? * MON-FRI *)', '2026-03-03T08:30:00.000Z'],
    ['cron(0 12 ? * SUN *)', '2026-03-08T12:00:00.000Z'],
    ['cron(0 0 1 JAN,JUL ? *)', '2026-07-01T00:00:00.000Z'],
  ])('fires %s next at %s', (expression, next) => {
    expect(nextRun(expression, from).toISOString()).toBe(next);
  });

  it.each([
    'cron(0 0 L * ? *)',
    'cron(0 0 ? * 6#3 *)',
    'cron(0 0 * *)',
    'every 5 minutes',
    'cron(61 * * * ? *)',
  ])('refuses %s', (expression) => {
    expect(() => nextRun(expression, from)).toThrow(UnsupportedSchedule);
  });
});
