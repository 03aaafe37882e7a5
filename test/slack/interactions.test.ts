/**
 * POST /slack/interactions and /slack/commands on the local stack: signed requests as Slack sends
 * them, the alert in DynamoDB, the card in the local Slack.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../shared/local/stack.ts';
import { ACTIONS, REPLY_VIEW } from '../../shared/slack/actions.ts';
import { TestClock } from '../helpers/local-stack.ts';
import {
  cardOf,
  clickPayload,
  fresh,
  postAndDeliver,
  postSlack,
  startSlackStack,
  textOf,
} from './support.ts';

let clock: TestClock;
let stack: LocalStack;

beforeAll(async () => {
  clock = new TestClock();
  stack = await startSlackStack(clock);
});
afterAll(() => stack.stop());
beforeEach(() => {
  clock.current = new Date('2026-03-02T10:00:00.000Z');
});

const complaint = (id = fresh('c')) =>
  postAndDeliver(stack, id, 'My Acme order never arrived. Terrible service!');
const alert = (alertId: string) => stack.runtime.interactions.alerts.get(alertId);
const click = (alertId: string, action: string, options: Parameters<typeof clickPayload>[2] = {}) =>
  postSlack(stack, '/slack/interactions', clickPayload(alertId, action, options), clock);

describe('request verification', () => {
  it('acts on a correctly signed click and answers 200 with an empty body', async () => {
    const alertId = await complaint();
    const res = await click(alertId, ACTIONS.claim);
    expect(res).toMatchObject({ status: 200, text: '' });
    expect((await alert(alertId))?.claimedBy).toBe('U0ALICE');
  });

  it.each([
    { case: 'a wrong signing secret', options: { secret: 'not-the-secret' }, code: 'bad_signature' },
    {
      case: 'a timestamp six minutes old',
      options: { at: new Date('2026-03-02T09:54:00.000Z') },
      code: 'stale_timestamp',
    },
    { case: 'a tampered signature', options: { signature: 'v0=00' }, code: 'bad_signature' },
  ])('answers 401 ($code) to $case and changes nothing', async ({ options, code }) => {
    const alertId = await complaint();
    const res = await postSlack(
      stack,
      '/slack/interactions',
      clickPayload(alertId, ACTIONS.claim),
      clock,
      options,
    );
    expect(res.status).toBe(401);
    expect(res.json).toEqual({ error: code });
    expect((await alert(alertId))?.state).toBe('open');
  });

  it('answers a replayed request without acting twice', async () => {
    const alertId = await complaint();
    const first = await click(alertId, ACTIONS.snooze, { option: '900', select: true });
    const version = (await alert(alertId))?.version;
    const replay = await fetch(`${stack.url}/slack/interactions`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...first.headers },
      body: first.body,
    });
    expect(replay.status).toBe(200);
    const after = await alert(alertId);
    expect(after?.version).toBe(version);
    expect(after?.history.filter((h) => h.action === 'snoozed')).toHaveLength(1);
  });

  it('acknowledges an unknown action and leaves the alert alone', async () => {
    const alertId = await complaint();
    const before = await alert(alertId);
    const res = await click(alertId, 'someone.elses.button');
    expect(res.status).toBe(200);
    expect(await alert(alertId)).toEqual(before);
  });

  it('answers 400 to a signed body that is not a Slack payload', async () => {
    const res = await postSlack(stack, '/slack/interactions', { payload: '{not json' }, clock);
    expect(res.status).toBe(400);
  });
});

describe('buttons', () => {
  it('Claim: assigns, shows who on the card, records who and when', async () => {
    const alertId = await complaint();
    clock.advance(120);
    await click(alertId, ACTIONS.claim, { user: 'U0BOB' });
    await stack.drain();
    const a = await alert(alertId);
    expect(a?.history.at(-1)).toMatchObject({
      action: 'claimed',
      by: 'U0BOB',
      at: '2026-03-02T10:02:00.000Z',
    });
    expect(textOf(cardOf(stack, 's-complaints', alertId))).toContain('Claimed by <@U0BOB>');
  });

  it('concurrent Claims by two people: one wins, the other is told, history has one claim', async () => {
    const alertId = await complaint();
    const results = await Promise.all([
      click(alertId, ACTIONS.claim, { user: 'U0ALICE' }),
      click(alertId, ACTIONS.claim, { user: 'U0BOB' }),
    ]);
    expect(results.map((r) => r.status)).toEqual([200, 200]);
    await stack.drain();
    const a = await alert(alertId);
    expect(a?.history.filter((h) => h.action === 'claimed')).toHaveLength(1);
    const loser = a?.claimedBy === 'U0ALICE' ? 'U0BOB' : 'U0ALICE';
    expect(
      stack.slack
        ?.ephemeral()
        .some((e) => e.user === loser && e.text.includes(`already claimed by ${a?.claimedBy}`)),
    ).toBe(true);
  });

  it('Replied: resolves, and the card shows the response time and loses its buttons', async () => {
    const alertId = await complaint();
    clock.advance(12 * 60);
    await click(alertId, ACTIONS.replied, { user: 'U0BOB' });
    await stack.drain();
    expect(await alert(alertId)).toMatchObject({ state: 'replied', resolvedBy: 'U0BOB' });
    const card = textOf(cardOf(stack, 's-complaints', alertId));
    expect(card).toContain('Replied after 12 min');
    expect(card).not.toContain(ACTIONS.claim);
  });

  it('Snooze: pushes the next escalation, not the deadline', async () => {
    const alertId = await complaint();
    const before = await alert(alertId);
    clock.advance(25 * 60);
    await click(alertId, ACTIONS.snooze, { option: '900', select: true });
    const a = await alert(alertId);
    expect(a?.deadline).toBe(before?.deadline);
    expect(a?.snoozedUntil).toBe('2026-03-02T10:40:00.000Z');
    // At 50% (10:30) the escalation would fire; snoozed, the countdown next looks at 10:40.
    await stack.tick(clock.advance(6 * 60));
    expect((await alert(alertId))?.escalationsDone).toBe(0);
    await stack.tick(clock.advance(10 * 60));
    expect((await alert(alertId))?.escalationsDone).toBe(1);
  });

  it('Not relevant: dismisses and stores the feedback for the detector', async () => {
    const id = fresh('nr');
    const alertId = await postAndDeliver(stack, id, 'Acme sucks lol, anyway who won the game? Terrible ref!');
    await click(alertId, ACTIONS.dismiss, { user: 'U0CAROL' });
    expect((await alert(alertId))?.state).toBe('dismissed');
    const feedback = await stack.runtime.interactions.feedback.list(50);
    expect(feedback.find((f) => f.text.includes('who won the game'))).toMatchObject({
      from: 'complaint',
      to: 'none',
      by: 'U0CAROL',
    });
  });

  it('Relabel: stores the correction and moves the alert to the channel of its new type', async () => {
    const alertId = await complaint();
    await stack.drain();
    await click(alertId, ACTIONS.relabel, { option: 'question', select: true, user: 'U0DAN' });
    await stack.drain();
    const a = await alert(alertId);
    expect(a).toMatchObject({ type: 'question', channel: 's-questions' });
    expect(textOf(cardOf(stack, 's-questions', alertId))).toContain('*Question*');
    const old = stack.slack?.messages('s-complaints').find((m) => m.text.includes('moved to #s-questions'));
    expect(old?.text).toContain('Relabelled as a question by <@U0DAN>');
    const feedback = await stack.runtime.interactions.feedback.list(50);
    expect(feedback.some((f) => f.from === 'complaint' && f.to === 'question' && f.by === 'U0DAN')).toBe(
      true,
    );
  });

  it('Reply: opens a modal that says the platform cannot take replies yet', async () => {
    const alertId = await complaint();
    const views = stack.slack?.views().length ?? 0;
    const res = await click(alertId, ACTIONS.reply);
    expect(res.status).toBe(200);
    const opened = stack.slack?.views().slice(views) ?? [];
    expect(opened).toHaveLength(1);
    expect(textOf(opened[0]?.view)).toContain('cannot post replies on Webhook yet');
    expect(opened[0]?.view.submit).toBeUndefined();
  });

  it('a submitted reply for a platform that cannot take it is refused in the modal', async () => {
    const alertId = await complaint();
    const res = await postSlack(
      stack,
      '/slack/interactions',
      {
        payload: JSON.stringify({
          type: 'view_submission',
          user: { id: 'U0ALICE' },
          view: {
            id: 'V1',
            callback_id: REPLY_VIEW.callbackId,
            private_metadata: JSON.stringify({ alertId }),
            state: { values: { [REPLY_VIEW.blockId]: { [REPLY_VIEW.actionId]: { value: 'Sorry!' } } } },
          },
        }),
      },
      clock,
    );
    expect(res.json).toEqual({
      response_action: 'errors',
      errors: { reply: 'Replies cannot be posted on this platform yet.' },
    });
  });
});

describe('/beacon', () => {
  const command = (text: string, channelName: string) => {
    const c = stack.slack?.channels().find((x) => x.name === channelName);
    return postSlack(
      stack,
      '/slack/commands',
      { command: '/beacon', text, user_id: 'U0ALICE', channel_id: c?.id ?? '', channel_name: channelName },
      clock,
    );
  };

  it('open: lists the channel’s open alerts, soonest deadline first', async () => {
    await complaint();
    const res = await command('open', 's-complaints');
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ response_type: 'ephemeral' });
    expect(res.text).toMatch(/open alerts? in this channel/);
    const dues = [...res.text.matchAll(/due <!date\^(\d+)/g)].map((m) => Number(m[1]));
    expect(dues.length).toBeGreaterThan(0);
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
  });

  it('stats: counts today’s alerts by type with the median response time', async () => {
    clock.current = new Date('2026-03-03T09:00:00.000Z');
    const first = await complaint();
    const second = await complaint();
    clock.advance(10 * 60);
    await click(first, ACTIONS.replied);
    clock.advance(10 * 60);
    await click(second, ACTIONS.replied);
    const res = await command('stats', 's-complaints');
    expect(res.text).toContain('2 opened · 2 replied');
    expect(res.text).toContain('median response 15 min');
  });

  it('refuses an unsigned command with 401', async () => {
    const res = await postSlack(
      stack,
      '/slack/commands',
      { command: '/beacon', text: 'open', user_id: 'U1', channel_id: 'C1' },
      clock,
      {
        signature: 'v0=bad',
      },
    );
    expect(res.status).toBe(401);
  });
});
