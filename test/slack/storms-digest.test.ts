/** Storms fold bursts of alerts into one card; digests replace live cards; brand replies close the loop. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldsInto, STORM, stormSubject } from '../../shared/domain/storm.ts';
import type { LocalStack } from '../../shared/local/stack.ts';
import { TestClock } from '../helpers/local-stack.ts';
import { cardOf, channel, fresh, postAndDeliver, startSlackStack, textOf } from './support.ts';

describe('stormSubject', () => {
  const vocabulary = {
    subjects: ['acme app', 'rocket skates'],
    brandNames: ['acme', 'acme corp', 'acmesupport'],
  };
  it.each([
    { text: 'The Acme app is down again', subject: 'acme app' },
    { text: 'Die Acme App stürzt ständig ab', subject: 'acme app' },
    { text: 'My rocket skates from Acme Corp exploded', subject: 'rocket skates' },
    { text: 'Anyone else? #AcmeDown since 9am', subject: '#acmedown' },
    {
      text: 'Read this https://www.News.example/acme-recall?utm=x before buying',
      subject: 'news.example/acme-recall',
    },
    { text: 'acme website is down, nothing loads', subject: 'outage' },
    { text: 'La web de Acme no funciona', subject: 'outage' },
    { text: 'Acme のサイトで障害が起きている', subject: 'outage' },
  ])('“$text” is about $subject', ({ text, subject }) => {
    expect(stormSubject(text, vocabulary)).toBe(subject);
  });

  it.each([
    'My Acme order is two weeks late and nobody answers!',
    'acme is the worst #acme @acmesupport',
    'Acme Corp never refunds anything',
    'The acme applesauce was off',
  ])('the brand alone is no subject: “%s”', (text) => {
    expect(stormSubject(text, vocabulary)).toBeUndefined();
  });
});

describe('foldsInto', () => {
  it.each([
    { count: 3, authors: ['a', 'b', 'c'], folds: false },
    { count: 4, authors: ['a', 'b', 'c'], folds: true },
    { count: 9, authors: ['a', 'b'], folds: false },
    { count: 9, authors: ['a'], folds: false },
    { count: 9, authors: undefined, folds: false },
  ])('$count alerts by $authors: folds $folds', ({ count, authors, folds }) => {
    expect(foldsInto({ count, ...(authors ? { authors } : {}) }, STORM)).toBe(folds);
  });
});

describe('on the local stack', () => {
  let clock: TestClock;
  let stack: LocalStack;
  beforeAll(async () => {
    clock = new TestClock(new Date('2026-03-02T10:00:00.000Z'));
    stack = await startSlackStack(clock, { storms: { ...STORM, updateEverySeconds: 1 } });
  });
  afterAll(() => stack.stop());

  const author = (n: number) => ({ author: { id: `storm-author-${n}`, handle: `person${n}` } });

  it('a storm: from the fourth alert on one subject by several people, alerts fold into one card', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      clock.advance(60);
      ids.push(
        await postAndDeliver(
          stack,
          fresh('storm'),
          `The Acme app is down again, terrible! (${i})`,
          author(i),
        ),
      );
    }
    const top = channel(stack, 's-complaints');
    const ownCards = ids.filter((id) => top.some((m) => m.metadata?.event_payload?.alert_id === id));
    expect(ownCards).toEqual(ids.slice(0, 3));
    const storms = top.filter((m) => m.metadata?.event_type === 'beacon_storm');
    expect(storms).toHaveLength(1);
    expect(textOf(storms[0]?.blocks)).toContain('Storm: 6 complaints* about “acme app”');
    const inThread = storms[0]?.replies.map((r) => r.metadata?.event_payload?.alert_id) ?? [];
    expect(inThread).toEqual(ids.slice(3));
    // A folded alert keeps its own buttons and lifecycle.
    expect(textOf(storms[0]?.replies[0])).toContain('beacon.claim');
  });

  it('a real-looking burst: only many people on one subject fold; the rest keep their own cards', async () => {
    clock.current = new Date('2026-03-03T14:00:00.000Z');
    const stormsBefore = channel(stack, 's-complaints').filter(
      (m) => m.metadata?.event_type === 'beacon_storm',
    );
    const posts: Array<{ text: string; who: number; folds?: string }> = [
      { text: 'My Acme order is two weeks late and nobody answers!', who: 20 },
      { text: 'Is anyone else seeing this? #AcmeDown nothing loads, so frustrating', who: 21 },
      { text: 'My Acme parcel arrived damaged, awful', who: 22 },
      { text: 'No puedo entrar, la web no carga #AcmeDown, qué vergüenza', who: 23 },
      { text: 'Acme charged me twice!! Terrible', who: 24 },
      { text: 'Seit einer Stunde geht nichts #AcmeDown, echt ärgerlich', who: 25 },
      { text: 'Mi pedido de Acme llegó roto, qué desastre', who: 26 },
      { text: 'Impossible de me connecter #AcmeDown, c’est nul', who: 27, folds: '#acmedown' },
      { text: 'Der Acme Kundenservice ist eine Katastrophe', who: 28 },
      { text: 'アクメの配達が遅すぎる。最悪です', who: 29 },
      { text: 'Still broken for me too #AcmeDown, awful', who: 30, folds: '#acmedown' },
      { text: 'Acme lost my parcel and nobody helps. Worst service ever.', who: 31 },
    ];
    const ids: string[] = [];
    for (const p of posts) {
      clock.advance(20);
      ids.push(await postAndDeliver(stack, fresh('mix'), p.text, author(p.who)));
    }
    const top = channel(stack, 's-complaints');
    const own = ids.filter((id) => top.some((m) => m.metadata?.event_payload?.alert_id === id));
    expect(own).toEqual(ids.filter((_, i) => !posts[i]?.folds));
    const storms = top
      .filter((m) => m.metadata?.event_type === 'beacon_storm')
      .filter((m) => !stormsBefore.some((b) => b.ts === m.ts));
    expect(storms).toHaveLength(1);
    expect(textOf(storms[0]?.blocks)).toContain('Storm: 5 complaints* about “#acmedown”');
    expect(storms[0]?.replies.map((r) => r.metadata?.event_payload?.alert_id)).toEqual(
      ids.filter((_, i) => posts[i]?.folds),
    );
  });

  it('one prolific author never makes a storm, however often they post about one subject', async () => {
    clock.current = new Date('2026-03-03T16:00:00.000Z');
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      clock.advance(30);
      ids.push(
        await postAndDeliver(stack, fresh('fan'), `I love the Acme app, brilliant! Day ${i + 1}`, author(40)),
      );
    }
    const top = channel(stack, 's-praise');
    expect(top.filter((m) => m.metadata?.event_type === 'beacon_storm')).toHaveLength(0);
    expect(ids.every((id) => top.some((m) => m.metadata?.event_payload?.alert_id === id))).toBe(true);
  });

  it('a digest rule: no live card; one message for the period once it closes', async () => {
    clock.current = new Date('2026-03-04T09:00:00.000Z');
    await postAndDeliver(
      stack,
      fresh('idea'),
      'It would be great if the Acme app had a dark mode. Please add it!',
    );
    clock.advance(3600);
    await postAndDeliver(
      stack,
      fresh('idea'),
      'Suggestion: Acme should offer gift wrapping, that would be nice.',
    );
    expect(channel(stack, 's-suggestions')).toHaveLength(0);

    expect(await stack.digest(new Date('2026-03-04T23:59:00.000Z'))).toEqual({ sent: 0 });
    expect(await stack.digest(new Date('2026-03-05T00:01:00.000Z'))).toEqual({ sent: 1 });
    await stack.drain();
    expect(await stack.digest(new Date('2026-03-05T00:16:00.000Z'))).toEqual({ sent: 0 });
    const posted = channel(stack, 's-suggestions');
    expect(posted).toHaveLength(1);
    expect(textOf(posted[0])).toContain('Digest for 2026-03-04*: 2 posts');
    expect(textOf(posted[0])).toContain('dark mode');
    expect(textOf(posted[0])).toContain('gift wrapping');
  });

  it('loop closing: a brand reply resolves the card; a new customer message reopens it in the same thread', async () => {
    clock.current = new Date('2026-03-06T10:00:00.000Z');
    const root = fresh('loop');
    const alertId = await postAndDeliver(stack, root, 'Where is my Acme refund? Terrible service.');
    clock.advance(12 * 60);
    await postAndDeliver(stack, fresh('brand'), 'Sorry! Refund sent today.', {
      threadId: root,
      parentId: root,
      createdAt: clock.now().toISOString(),
      author: { id: 'acme-1', handle: 'acmesupport' },
    });
    expect(textOf(cardOf(stack, 's-complaints', alertId))).toContain('Replied on Webhook after 12 min');

    clock.advance(30 * 60);
    await postAndDeliver(stack, fresh('again'), 'Still nothing arrived, this is awful!', {
      threadId: root,
      parentId: root,
      createdAt: clock.now().toISOString(),
    });
    const card = cardOf(stack, 's-complaints', alertId);
    expect((await stack.runtime.pipeline.alerts.get(alertId))?.state).toBe('open');
    expect(textOf(card?.attachments)).toContain('beacon.claim');
    expect(card?.replies.map((r) => r.text)).toEqual([
      '@acmesupport: Sorry! Refund sent today.',
      '@customer1: Still nothing arrived, this is awful!',
    ]);
  });
});

describe('a storm card under a burst', () => {
  const clock = new TestClock(new Date('2026-03-04T10:00:00.000Z'));
  let stack: LocalStack;
  const INTERVAL_SECONDS = 2;
  beforeAll(async () => {
    stack = await startSlackStack(clock, { storms: { ...STORM, updateEverySeconds: INTERVAL_SECONDS } });
  });
  afterAll(() => stack.stop());

  it('is updated at most once per interval, and ends showing the whole count', async () => {
    const started = Date.now();
    for (let i = 0; i < 10; i++) {
      clock.advance(5);
      await postAndDeliver(stack, fresh('gust'), `The Acme app is down again, awful (${i})`, {
        author: { id: `gust-${i}`, handle: `gust${i}` },
      });
    }
    const storm = () => channel(stack, 's-complaints').find((m) => m.metadata?.event_type === 'beacon_storm');
    // The last count waits for its interval: a message handed on shows up again, no event says when.
    const until = Date.now() + 20_000;
    while (!textOf(storm()?.blocks).includes('Storm: 10 complaints') && Date.now() < until) {
      await stack.drain();
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(textOf(storm()?.blocks)).toContain('Storm: 10 complaints');
    const elapsedMs = Date.now() - started;
    const updates = stack.slack?.calls.filter(
      (c) => c.method === 'chat.update' && c.params.ts === storm()?.ts,
    );
    // Seven alerts folded; one update per interval at most (and the one that brings the count up to date).
    expect(updates?.length ?? 0).toBeGreaterThan(0);
    expect(updates?.length ?? 0).toBeLessThanOrEqual(Math.floor(elapsedMs / (INTERVAL_SECONDS * 1000)) + 1);
    expect(updates?.length ?? 0).toBeLessThan(7);
  }, 60_000);
});
