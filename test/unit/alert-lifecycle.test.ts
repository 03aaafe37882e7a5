import { describe, expect, it } from 'vitest';
import { type Alert, alertIdFor, TransitionRefused } from '../../shared/domain/alert.ts';
import { applyTransition, openAlert } from '../../shared/domain/alert-lifecycle.ts';
import { outcomeOf } from '../../shared/domain/report.ts';
import { aMention, aRoute } from '../helpers/factories.ts';

const t0 = new Date('2026-03-02T10:00:00.000Z');
const iso = (minutes: number) => new Date(t0.getTime() + minutes * 60_000).toISOString();

const mention = aMention({ id: '2', threadId: '1', text: 'order late', kind: 'reply' });
const route = aRoute({
  mentions: ['<!subteam^S1>'],
  escalations: [
    { atFraction: 0.8, mention: ['<@U2>'] },
    { atFraction: 0.5, mention: ['<!subteam^S1>'] },
  ],
  escalationChannel: 'escalations',
});

const fresh = (): Alert => openAlert(mention, 'complaint', route, t0, new Date(t0.getTime() + 3600_000));

describe('openAlert', () => {
  it('opens one alert per thread, with sorted escalation steps and a first countdown step', () => {
    const alert = fresh();
    expect(alert.alertId).toBe(alertIdFor('x', '1'));
    expect(alert.alertId).toBe(openAlert({ ...mention, id: '3' }, 'question', route, t0, t0).alertId);
    expect(alert).toMatchObject({
      state: 'open',
      version: 1,
      deadline: iso(60),
      // The first moment the card changes: its colour's first step, half the window in.
      nextStepAt: iso(30),
      mentions: ['<!subteam^S1>'],
    });
    expect(alert.escalations.map((s) => s.atFraction)).toEqual([0.5, 0.8]);
  });
});

describe('applyTransition', () => {
  it('records who claimed and when, and bumps the version', () => {
    const claimed = applyTransition(fresh(), { kind: 'claim', by: 'U1', at: iso(5) });
    expect(claimed).toMatchObject({ state: 'claimed', claimedBy: 'U1', version: 2 });
    expect(claimed.history.at(-1)).toEqual({ at: iso(5), by: 'U1', action: 'claimed' });
  });

  it('refuses a second claimant', () => {
    const claimed = applyTransition(fresh(), { kind: 'claim', by: 'U1', at: iso(5) });
    expect(() => applyTransition(claimed, { kind: 'claim', by: 'U2', at: iso(6) })).toThrow(
      TransitionRefused,
    );
  });

  it('resolves on a reply, from Slack or the platform', () => {
    const replied = applyTransition(fresh(), { kind: 'replied', by: 'acme', at: iso(12), via: 'platform' });
    expect(replied).toMatchObject({ state: 'replied', resolvedAt: iso(12), resolvedBy: 'acme' });
    expect(replied.history.at(-1)?.detail).toBe('on platform');
  });

  it('refuses to change an alert that is no longer active', () => {
    const expired = applyTransition(fresh(), { kind: 'expire', at: iso(60) });
    for (const t of [
      { kind: 'claim', by: 'U1', at: iso(61) },
      { kind: 'dismiss', by: 'U1', at: iso(61) },
      { kind: 'expire', at: iso(61) },
    ] as const) {
      expect(() => applyTransition(expired, t), t.kind).toThrow(/already expired/);
    }
  });

  it('takes a reply after the deadline as a late reply, not a refusal', () => {
    const expired = applyTransition(fresh(), { kind: 'expire', at: iso(60) });
    const late = applyTransition(expired, { kind: 'replied', by: 'acme', at: iso(75), via: 'platform' });
    expect(late).toMatchObject({ state: 'replied', resolvedAt: iso(75), resolvedBy: 'acme' });
    expect(late.history.at(-1)).toMatchObject({
      action: 'replied',
      detail: 'on platform, after the deadline',
    });
    expect(outcomeOf(expired)).toBe('missed');
    expect(outcomeOf(late)).toBe('late');
    expect(() => applyTransition(late, { kind: 'replied', by: 'acme', at: iso(80), via: 'slack' })).toThrow(
      /already replied/,
    );
  });

  it('snoozes the next escalation without moving the deadline', () => {
    const snoozed = applyTransition(fresh(), { kind: 'snooze', by: 'U1', at: iso(10), seconds: 1800 });
    expect(snoozed.deadline).toBe(iso(60));
    expect(snoozed.snoozedUntil).toBe(iso(40));
  });

  it('relabels, and relabelling as none dismisses', () => {
    expect(applyTransition(fresh(), { kind: 'relabel', by: 'U1', at: iso(3), to: 'question' }).type).toBe(
      'question',
    );
    expect(applyTransition(fresh(), { kind: 'relabel', by: 'U1', at: iso(3), to: 'none' }).state).toBe(
      'dismissed',
    );
  });

  it('reopens a resolved alert and forgets who resolved it', () => {
    const replied = applyTransition(fresh(), { kind: 'replied', by: 'U1', at: iso(12), via: 'slack' });
    const reopened = applyTransition(replied, { kind: 'reopen', by: 'beacon', at: iso(30) });
    expect(reopened.state).toBe('open');
    expect(reopened.resolvedAt).toBeUndefined();
    expect(() => applyTransition(reopened, { kind: 'reopen', by: 'beacon', at: iso(31) })).toThrow(
      TransitionRefused,
    );
  });
});
