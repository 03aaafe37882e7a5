/**
 * Loop closing with the shipped config/routing.yaml: a reply by the brand's own account, on any
 * platform the file names, resolves the thread's alert, with no edit to the file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alertIdFor } from '../../shared/domain/alert.ts';
import type { Platform } from '../../shared/domain/mention.ts';
import type { LocalStack } from '../../shared/local/stack.ts';
import { loadRoutingConfigFile } from '../../shared/routing/index.ts';
import { processMention } from '../../shared/usecases/process-mention.ts';
import { stampMentions } from '../../shared/usecases/stamp-mentions.ts';
import { mentionBody, postGeneric, startTestStack, TestClock } from '../helpers/local-stack.ts';

const SHIPPED = 'config/routing.yaml';
const shipped = loadRoutingConfigFile(SHIPPED);
const accounts = shipped.brand.accounts;

/** Every platform the file speaks of: brand accounts, window overrides, VIP lists. */
const platformsNamed = (): Set<string> =>
  new Set([
    ...Object.keys(accounts),
    ...Object.keys(shipped.windows.byPlatform),
    ...Object.values(shipped.vip.lists).flatMap((perPlatform) => Object.keys(perPlatform)),
  ]);

let clock: TestClock;
let stack: LocalStack;
beforeAll(async () => {
  clock = new TestClock();
  stack = await startTestStack(clock, { configPath: SHIPPED });
});
afterAll(() => stack.stop());

let n = 0;
const fresh = (prefix: string) => `${prefix}-${++n}-${Date.now()}`;

describe('the shipped routing file', () => {
  it('names a brand account on every platform it speaks of, the generic webhook included', () => {
    const missing = [...platformsNamed(), 'generic'].filter((p) => !accounts[p as Platform]?.length);
    expect(missing).toEqual([]);
  });

  it('closes an alert when the brand answers through the generic webhook', async () => {
    const root = fresh('generic-loop');
    const brand = accounts.generic?.[0] ?? 'no generic account';
    await postGeneric(
      stack,
      mentionBody({ id: root, text: 'My Acme order is two weeks late and nobody answers!' }),
    );
    await stack.drain();
    expect((await stack.runtime.pipeline.alerts.get(alertIdFor('generic', root)))?.state).toBe('open');

    clock.advance(5 * 60);
    await postGeneric(
      stack,
      mentionBody({
        id: fresh('generic-answer'),
        threadId: root,
        parentId: root,
        createdAt: clock.now().toISOString(),
        text: 'Sorry about that! We have sent you a message with the tracking link.',
        author: { id: 'brand-desk', handle: brand },
      }),
    );
    await stack.drain();
    expect((await stack.runtime.pipeline.alerts.get(alertIdFor('generic', root)))?.state).toBe('replied');
  });

  it.each(
    Object.entries(accounts).map(([platform, handles]) => ({ platform: platform as Platform, handles })),
  )('closes an alert when the brand answers on $platform', async ({ platform, handles }) => {
    const root = fresh(`${platform}-loop`);
    const at = clock.now().toISOString();
    const [customer, answer] = stampMentions(
      [
        {
          platform,
          id: root,
          threadId: root,
          text: 'My Acme order is two weeks late and nobody answers!',
          createdAt: at,
          kind: 'post',
          author: { id: `cust-${root}`, handle: 'late_parcel' },
        },
        {
          platform,
          id: `${root}-answer`,
          threadId: root,
          parentId: root,
          text: 'Sorry about that, we are on it.',
          createdAt: at,
          kind: 'reply',
          // Each listed account closes the loop, written as a handle or a numeric id.
          author: /^\d+$/.test(handles[0]!)
            ? { id: handles[0]!, handle: 'Acme Page' }
            : { id: `brand-${platform}`, handle: handles[0]! },
        },
      ],
      clock.now(),
      stack.runtime.webhook.isBrandAuthor,
    );
    await processMention(customer!, stack.runtime.pipeline);
    expect((await stack.runtime.pipeline.alerts.get(alertIdFor(platform, root)))?.state).toBe('open');
    await processMention(answer!, stack.runtime.pipeline);
    expect((await stack.runtime.pipeline.alerts.get(alertIdFor(platform, root)))?.state).toBe('replied');
  });
});
