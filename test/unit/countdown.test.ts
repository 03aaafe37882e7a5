import { describe, expect, it } from 'vitest';
import {
  elapsedFraction,
  formatTimeLeft,
  nextColourStep,
  nextStepAt,
  urgency,
} from '../../shared/domain/countdown.ts';

const opened = '2026-03-02T10:00:00.000Z';
const at = (minutes: number) => new Date(Date.parse(opened) + minutes * 60_000);
const hourWindow = { openedAt: opened, deadline: at(60).toISOString(), windowSeconds: 3600 };

describe('nextColourStep', () => {
  it.each([
    [0, 30],
    [29, 30],
    [30, 48],
    [47, 48],
  ])('at minute %i of a one-hour window the colour next steps at minute %i', (minute, step) => {
    expect(nextColourStep(hourWindow, at(minute))?.toISOString()).toBe(at(step).toISOString());
  });

  it('has no step left after the last one', () => {
    expect(nextColourStep(hourWindow, at(48))).toBeUndefined();
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

  it('is the next colour step, not a periodic refresh', () => {
    expect(nextStepAt(base, at(10)).toISOString()).toBe(at(30).toISOString());
    expect(nextStepAt(base, at(30)).toISOString()).toBe(at(48).toISOString());
  });

  it('is the deadline once the colour has made its last step', () => {
    expect(nextStepAt(base, at(48)).toISOString()).toBe(hourWindow.deadline);
  });

  it('is the end of a snooze, when its line leaves the card', () => {
    const snoozed = { ...base, snoozedUntil: at(20).toISOString() };
    expect(nextStepAt(snoozed, at(5)).toISOString()).toBe(at(20).toISOString());
  });

  it('takes a handful of steps over a window of days, not one per hour', () => {
    const days = { openedAt: opened, deadline: at(3 * 24 * 60).toISOString(), windowSeconds: 3 * 86400 };
    const steps: string[] = [];
    for (let now = at(0); now.getTime() < Date.parse(days.deadline); ) {
      now = nextStepAt({ ...days, escalations: [], escalationsDone: 0 }, now);
      steps.push(now.toISOString());
    }
    expect(steps).toHaveLength(3);
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
    expect(nextStepAt(snoozed, now).toISOString()).toBe(at(20 * 60).toISOString());
  });

  it('is never later than the deadline', () => {
    expect(nextStepAt(base, new Date(Date.parse(hourWindow.deadline) - 20_000)).toISOString()).toBe(
      hourWindow.deadline,
    );
  });
});

describe('a colour step close to an escalation', () => {
  // A question's shape: an escalation at 75 %, five minutes of a four-hour window... here of an hour.
  const question = { ...hourWindow, escalations: [{ atFraction: 0.75, mention: [] }], escalationsDone: 0 };

  it('comes with the escalation within 5 % of the window: one step, one update, not two', () => {
    expect(nextStepAt(question, at(30)).toISOString()).toBe(at(45).toISOString());
    expect(nextStepAt({ ...question, escalationsDone: 1 }, at(45)).toISOString()).toBe(question.deadline);
    expect(nextColourStep(question, at(30))?.toISOString()).toBe(at(45).toISOString());
    // The card the escalation refreshes shows the colour the merged step brings.
    expect(urgency(question, at(44))).toBe('soon');
    expect(urgency(question, at(45))).toBe('urgent');
  });

  it('is a step of its own when the escalation is further away', () => {
    const apart = { ...hourWindow, escalations: [{ atFraction: 0.65, mention: [] }], escalationsDone: 0 };
    expect(nextStepAt(apart, at(30)).toISOString()).toBe(at(39).toISOString());
    expect(nextStepAt({ ...apart, escalationsDone: 1 }, at(39)).toISOString()).toBe(at(48).toISOString());
    expect(urgency(apart, at(40))).toBe('soon');
  });
});
