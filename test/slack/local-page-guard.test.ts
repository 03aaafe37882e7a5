/**
 * The local Slack page acts for its user, so its state-changing routes must refuse requests that
 * another web page open in the same browser can send: a cross-site form or `fetch` (text/plain,
 * no preflight) carries neither the page's per-start token nor a same-origin Origin.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../shared/local/stack.ts';
import { ACTIONS } from '../../shared/slack/actions.ts';
import { TestClock } from '../helpers/local-stack.ts';
import { cardOf, fresh, postAndDeliver, startSlackStack } from './support.ts';

let clock: TestClock;
let stack: LocalStack;

beforeAll(async () => {
  clock = new TestClock(new Date());
  stack = await startSlackStack(clock);
});
afterAll(() => stack.stop());

const alert = (alertId: string) => stack.runtime.interactions.alerts.get(alertId);

/** The token the page was given, read from the page as the browser receives it. */
async function pageToken(): Promise<string> {
  const html = await (await fetch(`${stack.url}/slack`)).text();
  const token = /<meta name="beacon-page-token" content="([^"]+)">/.exec(html)?.[1];
  if (!token) throw new Error('the page carries no token');
  return token;
}

async function openCard() {
  const alertId = await postAndDeliver(
    stack,
    fresh('guard'),
    'My Acme order never arrived. Terrible service!',
  );
  const card = cardOf(stack, 's-complaints', alertId);
  if (!card) throw new Error('no card');
  return { alertId, card };
}

const claimBody = (card: { ts: string; channel: string }, alertId: string) =>
  JSON.stringify({ channel: card.channel, ts: card.ts, actionId: ACTIONS.claim, value: alertId });

describe('the local page refuses cross-site requests', () => {
  it('refuses a forged text/plain POST from another origin, and the alert stays unclaimed', async () => {
    const { alertId, card } = await openCard();
    const res = await fetch(`${stack.url}/slack/local/action`, {
      method: 'POST',
      headers: {
        'content-type': 'text/plain;charset=UTF-8',
        origin: 'https://evil.example',
        'sec-fetch-site': 'cross-site',
      },
      body: claimBody(card, alertId),
    });
    expect(res.status).toBe(403);
    await stack.drain();
    expect((await alert(alertId))?.claimedBy).toBeUndefined();
  });

  it('refuses a same-origin-looking POST without the page token', async () => {
    const { alertId, card } = await openCard();
    for (const path of ['/slack/local/action', '/slack/local/command', '/slack/local/view']) {
      const res = await fetch(`${stack.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: stack.url },
        body: path.endsWith('action') ? claimBody(card, alertId) : JSON.stringify({ channel: card.channel }),
      });
      expect(res.status, path).toBe(403);
    }
    await stack.drain();
    expect((await alert(alertId))?.claimedBy).toBeUndefined();
  });

  it('refuses the page token sent from another origin (a stolen token is not enough)', async () => {
    const { alertId, card } = await openCard();
    const res = await fetch(`${stack.url}/slack/local/action`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-beacon-page-token': await pageToken(),
        origin: 'https://evil.example',
      },
      body: claimBody(card, alertId),
    });
    expect(res.status).toBe(403);
    expect((await alert(alertId))?.claimedBy).toBeUndefined();
  });

  it('refuses a request whose Host is not this machine (DNS rebinding)', async () => {
    const { alertId, card } = await openCard();
    const { request } = await import('node:http');
    const token = await pageToken();
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        `${stack.url}/slack/local/action`,
        {
          method: 'POST',
          headers: {
            host: 'rebind.evil.example',
            'content-type': 'application/json',
            'x-beacon-page-token': token,
          },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end(claimBody(card, alertId));
    });
    expect(status).toBe(403);
    expect((await alert(alertId))?.claimedBy).toBeUndefined();
  });

  it('serves the page and its state only under this machine’s host names (DNS rebinding)', async () => {
    const { request } = await import('node:http');
    const get = (path: string, host: string) =>
      new Promise<number>((resolve, reject) => {
        const req = request(`${stack.url}${path}`, { headers: { host } }, (res) => {
          res.destroy();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end();
      });
    for (const path of ['/slack', '/slack/state', '/slack/events']) {
      expect(await get(path, 'rebind.evil.example'), path).toBe(403);
      expect(await get(path, `localhost:${new URL(stack.url).port}`), path).toBe(200);
    }
  });

  it('refuses a cross-site form POST to the local Slack Web API, which would post a fake message', async () => {
    const { card } = await openCard();
    const before = stack.slack?.messages(card.channel).length;
    const res = await fetch(`${stack.url}/slack/api/chat.postMessage`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'https://evil.example',
        'sec-fetch-site': 'cross-site',
      },
      body: new URLSearchParams({ token: 'xoxb-any', channel: card.channel, text: 'forged' }).toString(),
    });
    expect(res.status).toBe(403);
    expect(stack.slack?.messages(card.channel).length).toBe(before);
  });

  it('accepts the page’s own request: same origin with the token claims the alert', async () => {
    const { alertId, card } = await openCard();
    const res = await fetch(`${stack.url}/slack/local/action`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-beacon-page-token': await pageToken(),
        origin: stack.url,
        'sec-fetch-site': 'same-origin',
      },
      body: claimBody(card, alertId),
    });
    expect(res.status).toBe(200);
    expect((await alert(alertId))?.claimedBy).toBe('U0LOCALYOU');
  });

  it('gives each start its own token', async () => {
    const other = await startSlackStack(clock);
    try {
      const html = await (await fetch(`${other.url}/slack`)).text();
      expect(html).toContain('beacon-page-token');
      expect(html).not.toContain(await pageToken());
    } finally {
      await other.stop();
    }
  });
});
