import { describe, expect, it } from 'vitest';
import {
  elapsedFraction,
  formatTimeLeft,
  nextStepAt,
  refreshEverySeconds,
  urgency,
} from '../../shared/domain/countdown.ts';

const opened = '2026-03-02T10:00:00.000Z';
const at = (minutes: number) => new Date(Date.parse(opened) + minutes * 60_000);
const hourWindow = { openedAt: opened, deadline: at(60).toISOString(), windowSeconds: 3600 };

describe('refreshEverySeconds', () => {
  it.each([
    [30, 60],
    [3600, 60],
    [3601, 300],
    [6 * 3600, 300],
    [6 * 3600 + 1, 900],
    [24 * 3600 + 1, 3600],
  ])('with %i s left refreshes every %i s', (left, every) => {
    expect(refreshEverySeconds(left)).toBe(every);
  });
});

describe('formatTimeLeft', () => {
  it.each([
    [45, '45 s left'],
    [60 * 29 + 5, '29 min left'],
    [3600 + 300, '1 h 5 min left'],
    [3 * 86400 + 4 * 3600, '3 d 4 h left'],
    [-180, 'missed by 3 min'],
  ])('%i s reads "%s"', (seconds, text) => {
    expect(formatTimeLeft(seconds)).toBe(text);
  });
});

describe('urgency', () => {
  it.each([
    [10, 'calm'],
    [30, 'soon'],
    [48, 'urgent'],
    [60, 'missed'],
  ] as const)('at minute %i of a one-hour window is %s', (minute, level) => {
    expect(urgency(hourWindow, at(minute))).toBe(level);
  });

  it('clamps the elapsed fraction to 0..1', () => {
    expect(elapsedFraction(hourWindow, at(-5))).toBe(0);
    expect(elapsedFraction(hourWindow, at(90))).toBe(1);
  });
});

describe('nextStepAt', () => {
  const base = { ...hourWindow, escalations: [], escalationsDone: 0 };

  it('is one refresh away when nothing else is sooner', () => {
    expect(nextStepAt(base, at(10)).toISOString()).toBe(at(11).toISOString());
  });

  it('is never later than the next escalation step', () => {
    const days = { openedAt: opened, deadline: at(3 * 24 * 60).toISOString(), windowSeconds: 3 * 86400 };
    const step = { atFraction: 0.5, mention: ['<!here>'] };
    expect(
      nextStepAt({ ...days, escalations: [step], escalationsDone: 0 }, at(36 * 60 - 10)).toISOString(),
    ).toBe(at(36 * 60).toISOString());
  });

  it('waits for a snooze to end before the next escalation', () => {
    const days = { openedAt: opened, deadline: at(3 * 24 * 60).toISOString(), windowSeconds: 3 * 86400 };
    const step = { atFraction: 0.25, mention: [] }; // at 18 h
    const now = at(17 * 60 + 50);
    expect(nextStepAt({ ...days, escalations: [step], escalationsDone: 0 }, now).toISOString()).toBe(
      at(18 * 60).toISOString(),
    );
    const snoozed = {
      ...days,
      escalations: [step],
      escalationsDone: 0,
      snoozedUntil: at(20 * 60).toISOString(),
    };
    expect(nextStepAt(snoozed, now).toISOString()).toBe(at(18 * 60 + 50).toISOString());
  });

  it('is never later than the deadline', () => {
    expect(nextStepAt(base, new Date(Date.parse(hourWindow.deadline) - 20_000)).toISOString()).toBe(
      hourWindow.deadline,
    );
  });
});
