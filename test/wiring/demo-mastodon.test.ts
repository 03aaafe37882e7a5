/**
 * The demo's whole loop on the local stack, as `npm start` runs it: the demo Mastodon server holds
 * the sample posts, the real Mastodon poller brings them in, a reply written in Slack (through the
 * signed interactions endpoint) is posted back to that server and the alert closes; a restart
 * serves the same posts again and nothing is alerted twice.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { alertIdFor } from '../../shared/domain/alert.ts';
import { DEMO_POSTS } from '../../shared/local/demo-feed.ts';
import { DEMO_SOURCE_ID, type DemoMastodon, startDemoMastodon } from '../../shared/local/demo-mastodon.ts';
import type { LocalStack } from '../../shared/local/stack.ts';
import { ACTIONS, REPLY_VIEW } from '../../shared/slack/actions.ts';
import { startTestStack, TestClock } from '../helpers/local-stack.ts';
import { cardOf, channel, clickPayload, postSlack, SIGNING_SECRET, textOf } from '../slack/support.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'beacon-demo-'));
const clock = new TestClock(new Date());
let demo: DemoMastodon;
let stack: LocalStack;

/** Starts the demo server and the stack on the same data folder, as `npm start` does. */
async function start() {
  demo = await startDemoMastodon({ now: clock.now });
  stack = await startTestStack(clock, {
    configPath: resolve('test/fixtures/routing/pipeline.yaml'),
    dataDir,
    env: { SLACK_SIGNING_SECRET: SIGNING_SECRET, ...demo.secrets },
    extraSources: [{ type: 'mastodon-mentions', id: DEMO_SOURCE_ID }],
  });
}
async function stop() {
  await stack.stop();
  await demo.stop();
}
afterAll(async () => {
  await stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const complaintIndex = DEMO_POSTS.findIndex((p) => p.handle === 'maria_k' && p.replyTo === undefined);

describe('the demo Mastodon server on the local stack', () => {
  let alertId: string;

  it('is polled through the real Mastodon poller, and its posts become alerts', async () => {
    await start();
    const run = await stack.poll(DEMO_SOURCE_ID);
    expect(run).toMatchObject({ status: 'ran', queued: DEMO_POSTS.length });
    await stack.drain();
    alertId = alertIdFor('mastodon', demo.statusId(complaintIndex));
    const card = cardOf(stack, 't-complaints', alertId);
    expect(textOf(card)).toContain('nobody answers my emails');
    expect(textOf(card)).toContain(demo.url);
  });

  it('posts a reply written in Slack back to the server, and the alert closes', async () => {
    const click = await postSlack(stack, '/slack/interactions', clickPayload(alertId, ACTIONS.reply), clock);
    expect(click.status).toBe(200);
    const view = stack.slack?.openView();
    if (!view) throw new Error('the Reply modal did not open');
    const submit = await postSlack(
      stack,
      '/slack/interactions',
      {
        payload: JSON.stringify({
          type: 'view_submission',
          user: { id: 'U0ALICE', username: 'alice' },
          view: {
            ...view.view,
            id: view.id,
            state: {
              values: {
                [REPLY_VIEW.blockId]: {
                  [REPLY_VIEW.actionId]: { value: 'So sorry, Maria! A new parcel is on its way.' },
                },
              },
            },
          },
        }),
      },
      clock,
    );
    expect(submit.status).toBe(200);
    await stack.drain();

    const [reply, ...more] = demo.posted();
    expect(more).toEqual([]);
    // The answer goes under the newest post of Maria's thread, her follow-up.
    const followUp = DEMO_POSTS.findIndex((p) => p.replyTo === complaintIndex);
    expect(reply).toMatchObject({ in_reply_to_id: demo.statusId(followUp) });
    expect(reply?.content).toContain('@maria_k So sorry, Maria! A new parcel is on its way.');
    expect((await stack.runtime.interactions.alerts.get(alertId))?.state).toBe('replied');
    expect(textOf(cardOf(stack, 't-complaints', alertId))).toMatch(/replied/i);
  });

  it('serves the same posts after a restart, and nothing is alerted twice', async () => {
    const before = ['t-complaints', 't-questions', 't-praise', 't-suggestions'].map(
      (c) => channel(stack, c).length,
    );
    await stop();
    await start();
    // Even with the poll cursor forgotten, the store knows every post by its id.
    const cursors = stack.runtime.poll.cursors;
    const saved = await cursors.get(DEMO_SOURCE_ID);
    await cursors.save(DEMO_SOURCE_ID, { cursor: {} }, saved?.version ?? 0);
    expect(await stack.poll(DEMO_SOURCE_ID)).toMatchObject({ status: 'ran', queued: DEMO_POSTS.length });
    await stack.drain();
    const after = ['t-complaints', 't-questions', 't-praise', 't-suggestions'].map(
      (c) => channel(stack, c).length,
    );
    expect(after).toEqual(before);
    expect(before.reduce((a, b) => a + b, 0)).toBeGreaterThan(3);
  });
});
