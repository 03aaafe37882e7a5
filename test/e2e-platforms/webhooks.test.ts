/**
 * One end-to-end spec per webhook platform on the local stack: a correctly signed payload goes in
 * over HTTP, and the alert card comes out in the local Slack, read with the real Slack Web API
 * client, exactly as a deployed Beacon would do it.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alertIdFor } from '../../shared/domain/alert.ts';
import type { Platform } from '../../shared/domain/mention.ts';
import type { LocalStack } from '../../shared/local/stack.ts';
import { hmacSha256 } from '../../shared/platforms/signature.ts';
import {
  GENERIC_SECRET,
  mentionBody,
  sign,
  slackReader,
  startTestStack,
  TestClock,
} from '../helpers/local-stack.ts';

const SECRETS = {
  BEACON_GENERIC_SECRET: GENERIC_SECRET,
  META_APP_SECRET: 'e2e-meta-app-secret',
  META_VERIFY_TOKEN: 'e2e-meta-verify',
  X_CONSUMER_SECRET: 'e2e-x-consumer-secret',
  VK_SECRET: 'e2e-vk-secret',
  VK_CONFIRMATION_CODE: 'e2e-vk-confirm',
};
const COMPLAINT = 'My Acme order is two weeks late and nobody answers. Terrible service!';

let clock: TestClock;
let stack: LocalStack;
beforeAll(async () => {
  clock = new TestClock();
  stack = await startTestStack(clock, {
    configPath: resolve('test/wiring/fixtures/routing.yaml'),
    env: SECRETS,
  });
});
afterAll(() => stack.stop());

let n = 0;
const unique = () => `${Date.now()}${++n}`;
const epoch = () => Math.floor(clock.now().getTime() / 1000);

interface SignedCase {
  route: string;
  body: string;
  headers: Record<string, string>;
  /** The platform and thread the alert belongs to. */
  platform: Platform;
  threadId: string;
  /** What the platform expects as the answer. */
  accepted: { status: number; text: string };
}

const cases: Record<string, () => SignedCase> = {
  meta: () => {
    const post = `1111_${unique()}`;
    const body = JSON.stringify({
      object: 'page',
      entry: [
        {
          id: '1111',
          time: epoch(),
          changes: [
            {
              field: 'feed',
              value: {
                item: 'comment',
                verb: 'add',
                post_id: post,
                comment_id: `${post}_1`,
                parent_id: post,
                from: { id: '9001', name: 'Ana Lima' },
                message: COMPLAINT,
                created_time: epoch(),
              },
            },
          ],
        },
      ],
    });
    return {
      route: 'meta',
      body,
      headers: { 'x-hub-signature-256': `sha256=${hmacSha256(SECRETS.META_APP_SECRET, body, 'hex')}` },
      platform: 'facebook',
      threadId: post,
      accepted: { status: 200, text: 'EVENT_RECEIVED' },
    };
  },
  x: () => {
    const id = `19${unique()}`;
    const body = JSON.stringify({
      for_user_id: '100',
      tweet_create_events: [
        {
          created_at: 'Mon Mar 02 10:00:00 +0000 2026',
          id_str: id,
          text: `@acme ${COMPLAINT}`,
          timestamp_ms: String(clock.now().getTime()),
          in_reply_to_status_id_str: null,
          lang: 'en',
          user: { id_str: '200', screen_name: 'ivy_j', name: 'Ivy J', followers_count: 5400 },
        },
      ],
    });
    return {
      route: 'x',
      body,
      headers: {
        'x-twitter-webhooks-signature': `sha256=${hmacSha256(SECRETS.X_CONSUMER_SECRET, body, 'base64')}`,
      },
      platform: 'x',
      threadId: id,
      accepted: { status: 200, text: '{}' },
    };
  },
  vk: () => {
    const post = Number(unique().slice(-9));
    const body = JSON.stringify({
      type: 'wall_reply_new',
      object: {
        id: 701,
        from_id: 12345,
        date: epoch(),
        text: COMPLAINT,
        post_owner_id: -50,
        post_id: post,
        owner_id: -50,
        parents_stack: [],
      },
      group_id: 50,
      event_id: `ev${unique()}`,
      v: '5.199',
      // VK authenticates a call by the secret inside the body.
      secret: SECRETS.VK_SECRET,
    });
    return {
      route: 'vk',
      body,
      headers: {},
      platform: 'vk',
      threadId: `-50_${post}`,
      accepted: { status: 200, text: 'ok' },
    };
  },
  generic: () => {
    const id = `g-${unique()}`;
    const body = mentionBody({ id, text: COMPLAINT });
    return {
      route: 'generic',
      body,
      headers: { 'x-beacon-signature': sign(body) },
      platform: 'generic',
      threadId: id,
      accepted: { status: 202, text: '{"accepted":1}' },
    };
  },
};

async function complaintCards() {
  const slack = slackReader(stack);
  const id = (await slack.conversations.list({})).channels?.find((c) => c.name === 'w-complaints')?.id;
  if (!id) throw new Error('no channel w-complaints');
  const history = await slack.conversations.history({ channel: id, include_all_metadata: true });
  return history.messages ?? [];
}

const alertIdOf = (m: { metadata?: { event_payload?: Record<string, unknown> } }) =>
  m.metadata?.event_payload?.alert_id;

describe.each(Object.keys(cases))('the %s webhook on the local stack', (name) => {
  it('turns a correctly signed payload into an alert card in the local Slack', async () => {
    const c = cases[name]!();
    const res = await fetch(`${stack.url}/webhooks/${c.route}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...c.headers },
      body: c.body,
    });
    expect({ status: res.status, text: await res.text() }).toEqual(c.accepted);

    await stack.drain();

    const alertId = alertIdFor(c.platform, c.threadId);
    const card = (await complaintCards()).find((m) => alertIdOf(m) === alertId);
    expect(card).toBeDefined();
    const shown = JSON.stringify(card);
    expect(shown).toContain('two weeks late');
    expect(shown).toContain('Complaint');
    expect(await stack.runtime.pipeline.alerts.get(alertId)).toMatchObject({
      state: 'open',
      platform: c.platform,
    });
  });

  it('refuses the same payload with a wrong signature, and nothing reaches Slack', async () => {
    const c = cases[name]!();
    const tampered = c.body.replace('two weeks', 'three weeks');
    const res = await fetch(`${stack.url}/webhooks/${c.route}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...c.headers },
      // VK carries its secret in the body: a wrong one stands for a wrong signature.
      body: name === 'vk' ? tampered.replace(SECRETS.VK_SECRET, 'not-the-secret') : tampered,
    });
    expect(res.status).toBe(401);
    await stack.drain();
    expect(await stack.runtime.pipeline.alerts.get(alertIdFor(c.platform, c.threadId))).toBeUndefined();
  });
});
