/**
 * Advocate moments: praise from an author with 3 earlier praise and no complaint in 90 days is an
 * alert of its own kind, routed by the config to its channel with its window, and its card shows
 * the author's history from their profile. A complaint turns the next praise back into praise.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExplain } from '../../shared/cli/explain.ts';
import { runRules } from '../../shared/cli/rules.ts';
import { alertIdFor } from '../../shared/domain/alert.ts';
import { openAlert } from '../../shared/domain/alert-lifecycle.ts';
import type { LocalStack } from '../../shared/local/stack.ts';
import { advocateHistory } from '../../shared/slack/alert-card.ts';
import { ADVOCATE_THANKS, renderReplyModal } from '../../shared/slack/reply-modal.ts';
import { aMention, aRoute, T0 } from '../helpers/factories.ts';
import { mentionBody, postGeneric, startTestStack, TestClock } from '../helpers/local-stack.ts';

const CONFIG = resolve('test/fixtures/routing/advocate-moments.yaml');

let dataDir: string;
let clock: TestClock;
let stack: LocalStack;
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'beacon-advocates-'));
  clock = new TestClock();
  stack = await startTestStack(clock, { configPath: CONFIG, dataDir });
});
afterAll(async () => {
  await stack.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Runs a `beacon` CLI command and collects what it prints. */
async function cli(
  command: (args: string[], io: Parameters<typeof runExplain>[1]) => Promise<number>,
  ...args: string[]
) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await command(args, {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    env: { BEACON_DATA_DIR: dataDir },
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

let n = 0;
const fresh = (prefix: string) => `${prefix}-${++n}-${Date.now()}`;

async function post(id: string, text: string, author: { id: string; handle: string }, threadId = id) {
  const res = await postGeneric(
    stack,
    mentionBody({
      id,
      text,
      author,
      createdAt: clock.now().toISOString(),
      ...(threadId !== id ? { threadId, parentId: threadId } : {}),
    }),
  );
  if (res.status !== 202) throw new Error(`webhook answered ${res.status}`);
  await stack.drain();
}

const alertOf = (threadId: string) => stack.runtime.pipeline.alerts.get(alertIdFor('generic', threadId));

/** The card of the alert as the local Slack holds it, with the channel it is in. */
function cardOf(alertId: string) {
  const slack = stack.slack!;
  for (const c of slack.channels()) {
    const card = slack.messages(c.id).find((m) => m.metadata?.event_payload?.alert_id === alertId);
    if (card) return { channel: c.name, card, text: JSON.stringify(card) };
  }
  return undefined;
}

const PRAISE = 'I love my new Acme kettle, brilliant design! Thank you!';

describe('advocate moments', () => {
  it('praise after 3 praise in 90 days is an advocate moment in its channel, with the history', async () => {
    // A handle full of Slack markup: shown as text on the card, never as a mention or formatting.
    const author = { id: fresh('author'), handle: 'big_*fan*<!here>' };
    const threads = [fresh('p'), fresh('p'), fresh('p')];
    for (const id of threads) {
      clock.advance(3600 * 24 * 10);
      await post(id, PRAISE, author);
    }
    // The brand thanks them on the third thread: the profile keeps how their last alert ended.
    clock.advance(600);
    await post(
      fresh('brand'),
      'Thank you, we are glad you like it!',
      { id: 'acme', handle: 'acmesupport' },
      threads[2],
    );
    expect((await alertOf(threads[2]!))?.state).toBe('replied');

    for (const id of threads) {
      const alert = await alertOf(id);
      expect(alert?.advocateMoment).toBeUndefined();
      expect(cardOf(alert!.alertId)?.channel).toBe('a-praise');
    }

    clock.advance(3600 * 24 * 5);
    const moment = fresh('p');
    await post(moment, 'Acme, your support is the best. Thank you!', author);
    const alert = await alertOf(moment);
    expect(alert).toMatchObject({ type: 'praise', advocateMoment: true, windowSeconds: 2 * 86_400 });
    const shown = cardOf(alert!.alertId);
    expect(shown?.channel).toBe('a-advocates');
    expect(shown?.card.text).toMatch(/^Advocate moment: praise on Webhook from @/);
    const header = JSON.stringify(shown?.card.blocks);
    expect(header).toMatch(/:handshake: \*Advocate moment\*: praise on <[^|>]+\|Webhook> from @/);
    expect(JSON.stringify(shown?.card.attachments)).toContain('"color":"#e8912d"');
    expect(shown?.text).toContain(
      `Praised us 4 times in 90 days, 4 in 365 · first seen ${'2026-03-12'} · on Webhook · last alert: replied <!date^`,
    );
    expect(shown?.text).toContain('Thank them…');
    expect(shown?.text).toContain('invite them to a beta');
    // Outside text stays text: no live mention and no formatting from the handle.
    expect(shown?.text).not.toContain('<!here>');
    expect(shown?.text).not.toMatch(/\*fan\*/);

    const explained = await cli(runExplain, moment);
    expect(explained.code).toBe(0);
    expect(explained.out).toContain('route: rule advocates → advocate moment in #a-advocates, window 2d');
    expect(explained.out).toMatch(/alert: al_\w+ \(advocate moment\) open in #a-advocates/);
    expect(JSON.parse((await cli(runExplain, moment, '--json')).out)).toMatchObject({
      route: { rule: 'advocates', advocateMoment: true },
      alert: { advocateMoment: true, channel: 'a-advocates' },
    });
  });

  it('a complaint in the window turns the next praise back into an ordinary praise alert', async () => {
    const author = { id: fresh('author'), handle: 'mostly_happy' };
    const say = async (text: string) => {
      clock.advance(3600 * 24);
      const id = fresh('m');
      await post(id, text, author);
      return (await alertOf(id))!;
    };
    for (let i = 0; i < 3; i++) await say(PRAISE);
    expect((await say(PRAISE)).advocateMoment).toBe(true);
    await say('My Acme kettle arrived broken. Awful.');
    const after = await say('Acme replaced it in a day, brilliant service! Thank you!');
    expect(after.advocateMoment).toBeUndefined();
    const shown = cardOf(after.alertId);
    expect(shown?.channel).toBe('a-praise');
    expect(shown?.card.text).toMatch(/^Praise on Webhook from @/);
    expect(shown?.text).not.toContain('Advocate moment');
    expect(shown?.text).toContain('Reply…');
    expect(shown?.text).not.toContain('Thank them…');
  });
});

describe('the rules CLI', () => {
  const tryPost = (...extra: string[]) =>
    cli(runRules, 'test', '--config', CONFIG, '--platform', 'generic', '--text', PRAISE, ...extra);

  it('`rules test --history` shows praise from an advocate as an advocate moment, and a complaint undoes it', async () => {
    const advocate = JSON.parse((await tryPost('--history', 'praise=3', '--json')).out);
    expect(advocate).toMatchObject({
      type: 'praise',
      rule: 'advocates',
      channel: 'a-advocates',
      windowSeconds: 2 * 86_400,
      advocateMoment: true,
    });
    expect((await tryPost('--history', 'praise=3')).out).toMatch(
      /^kind +advocate moment: praise from an advocate/m,
    );
    const complained = JSON.parse((await tryPost('--history', 'praise=3,complaint=1', '--json')).out);
    expect(complained).toMatchObject({ channel: 'a-praise', advocateMoment: false });
    expect((await tryPost('--history', 'praise=3,complaint=1')).out).not.toContain('advocate moment');
  });

  it('`rules test --history` refuses what it cannot read', async () => {
    const r = await tryPost('--history', 'praise=many');
    expect(r.code).not.toBe(0);
    expect(r.err).toContain('--history takes type=count pairs such as praise=4,complaint=0');
  });

  it('`rules explain` names the rule that makes advocate moments', async () => {
    const r = await cli(runRules, 'explain', '--config', CONFIG);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/advocates .*→ #a-advocates.*\n(.*\n)*.*advocate moment/);
  });
});

describe('the advocate moment card and its reply box', () => {
  const mention = aMention({ platform: 'mastodon', text: 'Acme is great, thank you!' });
  const route = aRoute({ label: 'praise', channel: 'advocates', advocateMoment: true });
  const moment = openAlert(mention, 'praise', route, T0, new Date(T0.getTime() + 86_400_000));
  const praise = openAlert(
    mention,
    'praise',
    { ...route, advocateMoment: false },
    T0,
    new Date(T0.getTime() + 86_400_000),
  );

  it('opens the Reply modal with the brand’s own thank-you for an advocate moment only', () => {
    const input = (alert: typeof moment) =>
      JSON.stringify(renderReplyModal(alert, mention, true)).match(/"initial_value":"([^"]*)"/)?.[1];
    expect(input(moment)).toBe(ADVOCATE_THANKS);
    expect(input(praise)).toBeUndefined();
  });

  it('escapes every stored value in the history line', () => {
    const line = advocateHistory({
      praise: 4,
      complaint: 0,
      question: 0,
      suggestion: 0,
      none: 0,
      last90d: { praise: 4 },
      last365d: { praise: 4 },
      firstSeen: '<!channel>*2026*',
      platforms: ['<!here|x>', '_y_'],
    });
    expect(line).not.toMatch(/<!channel>|<!here|\*2026\*|_y_/);
    expect(line).toContain('Praised us 4 times in 90 days, 4 in 365');
  });
});
