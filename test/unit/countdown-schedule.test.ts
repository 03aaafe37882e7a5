/**
 * The countdown bench's due share, derived from the routing config: distinct card-changing moments
 * (colour steps, escalations, the deadline) × tick / window, per kind of alert, weighted by its share
 * of the open alerts; and the Slack calls a tick's messages lead to.
 */
import { describe, expect, it } from 'vitest';
import { countdownKinds, dueShareOf, slackCallsOf, stepsOf } from '../../bench/countdown-schedule.ts';
import { loadRoutingConfigFile } from '../../shared/routing/index.ts';

const config = loadRoutingConfigFile('config/routing.yaml');
const monday = new Date('2026-06-01T12:00:00.000Z');

describe('countdown bench schedule', () => {
  it('counts an escalation on a colour step once, and one apart as a step of its own', () => {
    expect(
      stepsOf({
        escalations: [
          { atFraction: 0.5, mention: [] },
          { atFraction: 0.8, mention: [] },
        ],
      }),
    ).toEqual([0.5, 0.8, 1]);
    expect(stepsOf({ escalations: [{ atFraction: 0.75, mention: [] }] })).toEqual([0.5, 0.75, 0.8, 1]);
  });

  it('derives the share due a minute from the shipped windows: digested kinds open no countdown', () => {
    const even = countdownKinds(config, monday, 'open');
    expect(even.map((k) => [k.label, k.route.windowSeconds, k.steps.length])).toEqual([
      ['complaint', 3600, 3],
      ['question', 4 * 3600, 4],
      ['praise', 86400, 3],
    ]);
    // (3/60 + 4/240 + 3/1440) / 3
    expect(dueShareOf(even)).toBeCloseTo((0.05 + 1 / 60 + 1 / 480) / 3, 10);
    // Equal arrivals: open alerts in proportion to their windows, 60 × (3 + 4 + 3) / (1 h + 4 h + 1 d).
    expect(dueShareOf(countdownKinds(config, monday, 'arrivals'))).toBeCloseTo(
      600 / (3600 + 14400 + 86400),
      10,
    );
  });

  it('prices a refresh as one chat.update and a notice as a look-up and a post in its channel', () => {
    const calls = slackCallsOf([
      { kind: 'alert', channel: 'a', alertId: 'x', version: 2 },
      { kind: 'notice', channel: 'a', key: 'k1', text: 't', alertId: 'x', inThread: true },
      { kind: 'notice', channel: 'esc', key: 'k2', text: 't', alertId: 'x' },
    ]);
    expect(calls.byMethod).toEqual({
      'chat.update': 1,
      'conversations.replies': 1,
      'conversations.history': 1,
      'chat.postMessage': 2,
    });
    expect(calls.postsByChannel).toEqual({ a: 1, esc: 1 });
  });
});
