/** Storms fold bursts of alerts into one card; digests replace live cards; brand replies close the loop. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORM, stormSubject } from '../../shared/domain/storm.ts';
import type { LocalStack } from '../../shared/local/stack.ts';
import { TestClock } from '../helpers/local-stack.ts';
import { cardOf, channel, fresh, postAndDeliver, startSlackStack, textOf } from './support.ts';

describe('stormSubject', () => {
  it.each([
    { text: 'The Acme app is down again', subject: 'acme app' },
    { text: 'acme is the worst', subject: 'acme' },
  ])('“$text” is about $subject', ({ text, subject }) => {
    expect(stormSubject(text, ['acme', 'acme app'], [], 'complaint')).toBe(subject);
  });
  it('falls back to the strongest cue of the type', () => {
    const cues = [
      { label: 'complaint' as const, kind: 'word' as const, text: 'Broken', weight: 2 },
      { label: 'complaint' as const, kind: 'word' as const, text: 'slow', weight: 1 },
    ];
    expect(stormSubject('it is broken and slow', ['acme'], cues, 'complaint')).toBe('broken');
  });
});

describe('on the local stack', () => {
  let clock: TestClock;
  let stack: LocalStack;
  beforeAll(async () => {
    clock = new TestClock(new Date('2026-03-02T10:00:00.000Z'));
    stack = await startSlackStack(clock, { storms: STORM });
  });
  afterAll(() => stack.stop());

  it('a storm: after three cards, further alerts on the subject fold into one card with a counter and a thread', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      clock.advance(60);
      ids.push(await postAndDeliver(stack, fresh('storm'), `The Acme app is down again, terrible! (${i})`));
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
