/**
 * On the local stack, read back through @slack/web-api: a rule's `mention:` pages people when the
 * alert opens, exactly as `rules test` says; a relabel that moves an alert leaves a dead card
 * behind; notices and `/beacon open` carry what is needed to act; a snooze past the deadline shows.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runRules } from '../../shared/cli/rules.ts';
import type { LocalStack } from '../../shared/local/stack.ts';
import { ACTIONS } from '../../shared/slack/actions.ts';
import { slackReader, TestClock } from '../helpers/local-stack.ts';
import {
  CONFIG,
  cardOf,
  channel,
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

const alert = (alertId: string) => stack.runtime.interactions.alerts.get(alertId);
const channelId = (name: string) => stack.slack?.channels().find((c) => c.name === name)?.id ?? '';
const click = (alertId: string, action: string, options: Parameters<typeof clickPayload>[2] = {}) =>
  postSlack(stack, '/slack/interactions', clickPayload(alertId, action, options), clock);

/** The card as Slack's own client reads it back: top-level messages with their metadata. */
async function readCard(channelName: string, alertId: string) {
  const history = await slackReader(stack).conversations.history({
    channel: channelId(channelName),
    include_all_metadata: true,
    limit: 200,
  });
  return history.messages?.find(
    (m) =>
      (m as { metadata?: { event_payload?: { alert_id?: string } } }).metadata?.event_payload?.alert_id ===
      alertId,
  );
}

async function rulesTest(text: string, author = 'customer1') {
  const out: string[] = [];
  const code = await runRules(
    [
      'test',
      '--config',
      CONFIG,
      '--platform',
      'generic',
      '--text',
      text,
      '--author',
      author,
      '--at',
      clock.now().toISOString(),
    ],
    { out: (t) => out.push(t), err: (t) => out.push(t) },
  );
  return { code, text: out.join('\n') };
}

describe('paging on open', () => {
  const POST = 'My Acme charger caught fire on my desk. Terrible and dangerous!';

  it('rules test says who is paged when the alert opens, and the card pages exactly them', async () => {
    const said = await rulesTest(POST);
    expect(said.code).toBe(0);
    expect(said.text).toMatch(
      /^paged +on open \(2026-03-02T10:00:00\.000Z\): card in #s-escalations, paging here \(<!here>\), support \(<!subteam\^S0SUPPORT>\) in it$/m,
    );

    const alertId = await postAndDeliver(stack, fresh('fire'), POST);
    const card = await readCard('s-escalations', alertId);
    // The notification text and the card itself carry real mentions, which Slack notifies.
    expect(card?.text?.startsWith('<!here> <!subteam^S0SUPPORT> Complaint on Webhook')).toBe(true);
    expect(textOf(card?.blocks)).toContain(':mega: <!here> <!subteam^S0SUPPORT>');

    // The next line of the plan happens too, at the time it names, in the card's thread.
    expect(said.text).toMatch(
      /^ +at 50% \(2026-03-02T10:30:00\.000Z\): pages support \(<!subteam\^S0SUPPORT>\) in the card's thread, if still open and not snoozed$/m,
    );
    await stack.tick(clock.advance(29 * 60));
    await stack.drain();
    const thread = () => cardOf(stack, 's-escalations', alertId)?.replies ?? [];
    expect(thread().some((m) => m.text.includes('50% of the window is gone'))).toBe(false);
    await stack.tick(clock.advance(60));
    await stack.drain();
    expect(thread().find((m) => m.text.includes('50% of the window is gone'))?.text).toMatch(
      /^:rotating_light: <!subteam\^S0SUPPORT> 50% of the window is gone/,
    );
  });

  it('rules test --json lists the same plan', async () => {
    const out: string[] = [];
    await runRules(
      [
        'test',
        '--config',
        CONFIG,
        '--platform',
        'generic',
        '--text',
        POST,
        '--at',
        clock.now().toISOString(),
        '--json',
      ],
      { out: (t) => out.push(t), err: (t) => out.push(t) },
    );
    const json = JSON.parse(out.join(''));
    expect(json.paging[0]).toEqual({
      when: 'open',
      at: '2026-03-02T10:00:00.000Z',
      mention: ['<!here>', '<!subteam^S0SUPPORT>'],
      channel: 's-escalations',
    });
  });

  it('a card whose rule pages no one carries no mention', async () => {
    const alertId = await postAndDeliver(
      stack,
      fresh('plain'),
      'My Acme order never arrived. Terrible service!',
    );
    const card = await readCard('s-complaints', alertId);
    expect(card?.text?.startsWith('Complaint on Webhook')).toBe(true);
    expect(textOf(card)).not.toMatch(/<!here>|<!subteam|<@U0DANA/);
  });

  it('shows why a rule prioritised the alert', async () => {
    const alertId = await postAndDeliver(stack, fresh('vip'), 'Why is the Acme app down again? Terrible!', {
      author: { id: 'jd', handle: 'janedoe_news', followers: 900 },
    });
    const card = textOf(await readCard('s-complaints', alertId));
    expect(card).toContain(':star: Prioritised: VIP (press)');
    expect(card).toContain('<@U0DANA1234>');
  });
});

describe('a relabel that moves the alert to another channel', () => {
  it('leaves the old card saying where it went, without countdown or buttons; its buttons no longer act', async () => {
    const alertId = await postAndDeliver(
      stack,
      fresh('mv'),
      // Its own words: the relabel teaches the detector, which must not affect the other specs.
      'The Acme parcel was lost twice, awful support, so disappointed!',
    );
    const old = await readCard('s-complaints', alertId);
    const oldTs = old?.ts ?? '';
    const oldChannel = channelId('s-complaints');
    await click(alertId, ACTIONS.relabel, {
      option: 'question',
      select: true,
      user: 'U0DAN',
      channel: oldChannel,
    });
    await stack.drain();

    const left = (
      await slackReader(stack).conversations.history({
        channel: oldChannel,
        include_all_metadata: true,
        limit: 200,
      })
    ).messages?.find((m) => m.ts === oldTs);
    expect(left?.text).toContain('Relabelled as a question by <@U0DAN> and moved to #s-questions');
    expect(left?.attachments ?? []).toEqual([]);
    expect(textOf(left)).not.toContain('countdown-');
    expect(textOf(left)).not.toMatch(/beacon\.(claim|replied|snooze|relabel|dismiss|reply)/);
    const moved = await readCard('s-questions', alertId);
    expect(textOf(moved)).toContain(ACTIONS.claim);

    // A client still showing the old card's buttons: every click on it is refused.
    const fromOldCard = (action: string, option?: string) => {
      const body = clickPayload(alertId, action, {
        user: 'U0EVE',
        channel: oldChannel,
        ...(option ? { option, select: true } : {}),
      });
      const payload = JSON.parse(body.payload);
      payload.container.message_ts = oldTs;
      return postSlack(stack, '/slack/interactions', { payload: JSON.stringify(payload) }, clock);
    };
    const before = await alert(alertId);
    for (const [action, option] of [
      [ACTIONS.claim],
      [ACTIONS.replied],
      [ACTIONS.dismiss],
      [ACTIONS.snooze, '900'],
      [ACTIONS.relabel, 'praise'],
    ] as const) {
      expect((await fromOldCard(action, option)).status).toBe(200);
    }
    await stack.drain();
    const after = await alert(alertId);
    expect(after).toMatchObject({
      state: 'open',
      type: 'question',
      channel: 's-questions',
      version: before?.version,
    });
    expect(after?.claimedBy).toBeUndefined();
    expect(
      stack.slack
        ?.ephemeral()
        .some((e) => e.user === 'U0EVE' && e.text.includes('this alert moved to #s-questions')),
    ).toBe(true);

    // The new card's buttons act.
    const movedTs = (await alert(alertId))?.slackTs ?? '';
    const body = clickPayload(alertId, ACTIONS.claim, { user: 'U0EVE', channel: channelId('s-questions') });
    const payload = JSON.parse(body.payload);
    payload.container.message_ts = movedTs;
    await postSlack(stack, '/slack/interactions', { payload: JSON.stringify(payload) }, clock);
    expect((await alert(alertId))?.claimedBy).toBe('U0EVE');
  });
});

describe('a moved alert', () => {
  it('does not page the people of its opening rule again in its new channel', async () => {
    const alertId = await postAndDeliver(
      stack,
      fresh('mvp'),
      'The Acme heater exploded in my kitchen, horrible!',
    );
    expect((await readCard('s-escalations', alertId))?.text).toContain('<!here>');
    await click(alertId, ACTIONS.relabel, {
      option: 'praise',
      select: true,
      channel: channelId('s-escalations'),
    });
    await stack.drain();
    const moved = await readCard('s-praise', alertId);
    expect(moved?.text).toMatch(/^Praise on Webhook/);
    expect(textOf(moved)).not.toMatch(/<!here>|<!subteam/);
  });
});

describe('notices people can act on', () => {
  const POST = 'My Acme order never arrived and nobody answers my emails. Terrible service, again!';
  /** A handle's `_` as Slack is sent it: a look-alike that cannot start italics. */
  const shown = (handle: string) => handle.replace(/_/g, '\u02CD');

  it('escalation and missed notices carry the card link, author, platform and first words; the link opens the local Slack', async () => {
    const alertId = await postAndDeliver(stack, fresh('esc'), POST, {
      author: { id: 'u-9', handle: 'maria_k', followers: 10 },
    });
    const { slackPermalink, slackChannelId, slackTs } = (await alert(alertId)) ?? {};
    const permalink = await slackReader(stack).chat.getPermalink({
      channel: slackChannelId ?? '',
      message_ts: slackTs ?? '',
    });
    expect(slackPermalink).toBe(permalink.permalink);
    expect(slackPermalink).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/slack#|^http:\/\/localhost:\d+\/slack#/);
    const page = await fetch(slackPermalink ?? '');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');

    const about = `Complaint on Webhook by @${shown('maria_k')}: “My Acme order never arrived and nobody answers my emails. Terrible service, again!” · <${slackPermalink}|Open the card>`;
    await stack.tick(clock.advance(30 * 60));
    await stack.drain();
    const thread = cardOf(stack, 's-complaints', alertId)?.replies ?? [];
    const escalation = thread.find((m) => m.text.includes('50% of the window is gone'));
    expect(textOf(escalation?.blocks)).toContain(about);

    await stack.tick(clock.advance(18 * 60));
    await stack.drain();
    const elsewhere = channel(stack, 's-escalations').find(
      (m) => m.text.includes('80% of the window is gone') && m.text.includes(shown('maria_k')),
    );
    expect(textOf(elsewhere?.blocks)).toContain(about);

    await stack.tick(clock.advance(13 * 60));
    await stack.drain();
    const missed = channel(stack, 's-escalations').find(
      (m) => m.text.includes('Missed: a complaint') && m.text.includes(shown('maria_k')),
    );
    expect(textOf(missed?.blocks)).toContain(about);
  });

  it('/beacon open rows show author, first words, time left and the card link', async () => {
    const alertId = await postAndDeliver(stack, fresh('open'), POST, {
      author: { id: 'u-10', handle: 'open_lister', followers: 10 },
    });
    clock.advance(10 * 60);
    const c = channelId('s-complaints');
    const res = await postSlack(
      stack,
      '/slack/commands',
      { command: '/beacon', text: 'open', user_id: 'U0ALICE', channel_id: c, channel_name: 's-complaints' },
      clock,
    );
    const permalink = (await alert(alertId))?.slackPermalink;
    expect(res.text).toContain(
      `*<${permalink}|Complaint>* on Webhook · @${shown('open_lister')}: “My Acme order never arrived and nobody answers my emails. T…”\\n50 min left · due <!date^`,
    );
  });

  it('/beacon open takes a page number, and all channels one after `all`', async () => {
    await postAndDeliver(stack, fresh('open'), POST, { author: { id: 'u-11', handle: 'page_lister' } });
    const c = channelId('s-complaints');
    const ask = (text: string) =>
      postSlack(
        stack,
        '/slack/commands',
        { command: '/beacon', text, user_id: 'U0ALICE', channel_id: c, channel_name: 's-complaints' },
        clock,
      );
    expect((await ask('open 1')).text).toContain(shown('page_lister'));
    expect((await ask('open 2')).text).toMatch(
      /No page 2: \d+ open alerts? in this channel fill 1 page; `\/beacon open` shows/,
    );
    expect((await ask('open all 3')).text).toMatch(
      /No page 3: \d+ open alerts? in any channel fill 1 page; `\/beacon open all` shows/,
    );
  });
});

describe('snoozing past the deadline', () => {
  it('says on the card that no escalation will fire before the window closes', async () => {
    const alertId = await postAndDeliver(
      stack,
      fresh('snz'),
      'My Acme order never arrived. Terrible service!',
    );
    clock.advance(40 * 60);
    await click(alertId, ACTIONS.snooze, { option: '3600', select: true });
    await stack.drain();
    const card = textOf(await readCard('s-complaints', alertId));
    expect(card).toContain(
      ':warning: *Snoozed past the deadline*: no further escalation will fire before the window closes',
    );
  });

  it('a snooze within the window says nothing more', async () => {
    const alertId = await postAndDeliver(
      stack,
      fresh('snz'),
      'My Acme order never arrived. Terrible service!',
    );
    await click(alertId, ACTIONS.snooze, { option: '900', select: true });
    await stack.drain();
    const card = textOf(await readCard('s-complaints', alertId));
    expect(card).toContain(':zzz: Escalation snoozed until');
    expect(card).not.toContain('Snoozed past the deadline');
  });
});
