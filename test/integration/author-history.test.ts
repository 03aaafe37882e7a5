/**
 * Author history counts moments, one per thread per author: follow-ups, replays and concurrent
 * deliveries of one thread never make a customer a repeat complainer, and the card's "advocate"
 * line follows the routing file's threshold.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alertIdFor } from '../../shared/domain/alert.ts';
import type { Mention } from '../../shared/domain/mention.ts';
import type { LocalStack } from '../../shared/local/stack.ts';
import { processMention } from '../../shared/usecases/process-mention.ts';
import { mentionBody, postGeneric, startTestStack, TestClock } from '../helpers/local-stack.ts';

const CONFIG = resolve('test/fixtures/routing/authors.yaml');

let clock: TestClock;
let stack: LocalStack;
beforeAll(async () => {
  clock = new TestClock();
  stack = await startTestStack(clock, { configPath: CONFIG });
});
afterAll(() => stack.stop());

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

/** Everything the local Slack shows for the alert's card. */
function cardText(alertId: string): string {
  const slack = stack.slack!;
  for (const c of slack.channels()) {
    const card = slack.messages(c.id).find((m) => m.metadata?.event_payload?.alert_id === alertId);
    if (card) return JSON.stringify(card);
  }
  return '';
}

describe('one moment per thread per author', () => {
  it('follow-ups in one thread neither make a repeat complainer nor shorten the window', async () => {
    const author = { id: fresh('author'), handle: 'waiting_customer' };
    const root = fresh('late');
    await post(root, 'My Acme order is two weeks late and nobody answers!', author);
    const opened = await alertOf(root);
    expect(opened?.deadline).toBe('2026-03-02T11:00:00.000Z');

    clock.advance(10 * 60);
    await post(fresh('again'), 'Still no answer from Acme, this is awful.', author, root);
    clock.advance(10 * 60);
    await post(fresh('again'), 'Twenty minutes and nothing. Terrible service, Acme!', author, root);
    expect((await alertOf(root))?.deadline).toBe('2026-03-02T11:00:00.000Z');

    const second = fresh('broken');
    clock.advance(3600 * 24);
    await post(second, 'The Acme blender I got arrived broken. Awful.', author);
    expect((await alertOf(second))?.channel).toBe('a-complaints');

    const stats = await stack.runtime.pipeline.authors.get('generic', author.id);
    expect(stats?.complaint).toBe(2);
  });

  it('a third complaint in three threads is a repeat complaint, with a halved window', async () => {
    const author = { id: fresh('author'), handle: 'unlucky' };
    const ids = [fresh('c'), fresh('c'), fresh('c')];
    for (const id of ids) {
      clock.advance(3600 * 24 * 3);
      await post(id, 'Acme broke my order again. Awful service.', author);
    }
    const third = await alertOf(ids[2]!);
    expect(third?.channel).toBe('a-escalations');
    expect(third?.windowSeconds).toBe(1800);
  });

  it('deliveries of one thread processed at the same time count once', async () => {
    const author = { id: fresh('author'), handle: 'two_tabs' };
    const root = fresh('root');
    const at = clock.now().toISOString();
    const mention = (id: string): Mention => ({
      platform: 'generic',
      id,
      threadId: root,
      ...(id === root ? {} : { parentId: root }),
      text: 'Acme charged me twice for one order. Unacceptable!',
      createdAt: at,
      receivedAt: at,
      kind: id === root ? 'post' : 'reply',
      author,
    });
    await Promise.all([
      processMention(mention(root), stack.runtime.pipeline),
      processMention(mention(`${root}-b`), stack.runtime.pipeline),
      processMention(mention(`${root}-c`), stack.runtime.pipeline),
    ]);
    // A replay of one of them, as after a restart, changes nothing.
    await processMention(mention(`${root}-b`), stack.runtime.pipeline);
    expect((await stack.runtime.pipeline.authors.get('generic', author.id))?.complaint).toBe(1);
  });
});

describe('the advocate line on the card', () => {
  it('appears exactly when the routing file’s advocate rule holds (3 earlier praise)', async () => {
    const author = { id: fresh('author'), handle: 'big_fan' };
    const praise = [fresh('p'), fresh('p'), fresh('p'), fresh('p')];
    for (const id of praise) {
      clock.advance(3600 * 24);
      await post(id, 'I love my new Acme kettle, brilliant design! Thank you!', author);
    }
    const alerts = await Promise.all(praise.map((id) => alertOf(id)));
    expect(alerts.map((a) => a?.channel)).toEqual(['a-praise', 'a-praise', 'a-praise', 'a-advocates']);
    const advocate = alerts.map((a) => cardText(a?.alertId ?? '').includes('advocate'));
    expect(advocate).toEqual([false, false, false, true]);
  });

  it('is lost by a complaint within 90 days, and earned again once that complaint is older', async () => {
    const author = { id: fresh('author'), handle: 'mostly_happy' };
    const say = async (text: string, days: number) => {
      clock.advance(3600 * 24 * days);
      const id = fresh('m');
      await post(id, text, author);
      return (await alertOf(id))?.channel;
    };
    for (let i = 0; i < 3; i++) await say('I love my new Acme kettle, brilliant design! Thank you!', 1);
    await say('My Acme kettle arrived broken. Awful.', 1);
    // 3 earlier praise, but a complaint in the last 90 days: no advocate.
    expect(await say('Acme replaced it in a day, brilliant service! Thank you!', 1)).toBe('a-praise');
    // 100 days on, the complaint is out of the window, and so is the old praise: 1 praise in 90 days.
    expect(await say('Still loving my Acme kettle, thank you!', 100)).toBe('a-praise');
    await say('Acme support is brilliant, thank you!', 1);
    await say('The new Acme toaster is great, thank you!', 1);
    expect(await say('Acme, you are the best, thank you!', 1)).toBe('a-advocates');
    const stats = await stack.runtime.pipeline.authors.get('generic', author.id, { now: clock.now() });
    expect(stats).toMatchObject({
      praise: 8,
      complaint: 1,
      last30d: { praise: 4 },
      last365d: { praise: 8, complaint: 1 },
    });
  });
});
