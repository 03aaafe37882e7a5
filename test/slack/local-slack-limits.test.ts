/**
 * The local Slack with Slack's rate limits on: 429 + Retry-After in Slack's shape through the real
 * @slack/web-api client, the per-channel posting limit with its burst, method tiers, other tokens
 * unlimited, the counts at /slack/stats, and Beacon's delivery path under the limits.
 */
import slackWebApi from '@slack/web-api';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { alertIdFor } from '../../shared/domain/alert.ts';
import { startHttpServer } from '../../shared/local/http-server.ts';
import { LocalSlack } from '../../shared/local/local-slack.ts';
import { createPageGuard } from '../../shared/local/page-guard.ts';
import { slackPageRoutes } from '../../shared/local/slack-page.ts';
import { CHANNEL_POSTING, SlackRateLimits, TIER_PER_MINUTE } from '../../shared/local/slack-rate-limits.ts';
import type { LocalStack } from '../../shared/local/stack.ts';
import { WebApiSlackGateway } from '../../shared/slack/web-api-gateway.ts';
import { SLACK_LIMITS, SlackWriteBudget } from '../../shared/slack/write-budget.ts';
import { mentionBody, postGeneric, TestClock } from '../helpers/local-stack.ts';
import { channel, fresh, startSlackStack } from './support.ts';

const { WebClient } = slackWebApi;
const APP_TOKEN = 'xoxb-local-token';

type Stats = ReturnType<LocalSlack['stats']>;
const readStats = async (baseUrl: string) => (await (await fetch(`${baseUrl}/slack/stats`)).json()) as Stats;

describe('the local Slack with rate limits on', () => {
  let nowMs = Date.parse('2026-03-02T10:00:00.000Z');
  const advance = (ms: number) => {
    nowMs += ms;
  };
  let slack: LocalSlack;
  let server: Awaited<ReturnType<typeof startHttpServer>>;
  let apiUrl: string;
  const client = (token = APP_TOKEN) =>
    new WebClient(token, { slackApiUrl: apiUrl, rejectRateLimitedCalls: true, retryConfig: { retries: 0 } });
  const rejection = async (call: Promise<unknown>) => {
    try {
      await call;
    } catch (error) {
      return error as { code?: string; retryAfter?: number };
    }
    throw new Error('the call was not refused');
  };
  const stats = () => readStats(server.url);

  beforeEach(async () => {
    slack = new LocalSlack(undefined, undefined, { limits: new SlackRateLimits(() => nowMs) });
    slack.ensureChannel('alerts');
    slack.ensureChannel('other');
    server = await startHttpServer(slackPageRoutes(slack, createPageGuard()), { port: 0 });
    apiUrl = `${server.url}/slack/api/`;
  });
  afterEach(async () => {
    await server.stop();
  });

  it('answers a post over the channel burst with 429, Retry-After in seconds and {"ok":false,"error":"ratelimited"}', async () => {
    const app = client();
    for (let i = 0; i < CHANNEL_POSTING.burst; i++)
      await app.chat.postMessage({ channel: 'alerts', text: `burst ${i}` });
    const error = await rejection(app.chat.postMessage({ channel: 'alerts', text: 'one too many' }));
    expect(error.code).toBe('slack_webapi_rate_limited_error');
    expect(error.retryAfter).toBe(1);

    const raw = await fetch(`${apiUrl}chat.postMessage`, {
      method: 'POST',
      headers: { authorization: `Bearer ${APP_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ channel: 'alerts', text: 'raw' }),
    });
    expect(raw.status).toBe(429);
    expect(raw.headers.get('retry-after')).toBe('1');
    expect(await raw.json()).toEqual({ ok: false, error: 'ratelimited' });
    expect(slack.messages('alerts')).toHaveLength(CHANNEL_POSTING.burst);
  });

  it('limits posting per channel: another channel still posts, and the channel posts again one second later', async () => {
    const app = client();
    for (let i = 0; i < CHANNEL_POSTING.burst; i++)
      await app.chat.postMessage({ channel: 'alerts', text: `burst ${i}` });
    await rejection(app.chat.postMessage({ channel: 'alerts', text: 'refused' }));
    await expect(app.chat.postMessage({ channel: 'other', text: 'elsewhere' })).resolves.toMatchObject({
      ok: true,
    });
    advance(999);
    await rejection(app.chat.postMessage({ channel: 'alerts', text: 'still refused' }));
    advance(1);
    await expect(app.chat.postMessage({ channel: 'alerts', text: 'again' })).resolves.toMatchObject({
      ok: true,
    });
    // Sustained: one a second, not another burst.
    await rejection(app.chat.postMessage({ channel: 'alerts', text: 'refused again' }));
  });

  it('holds chat.update to Tier 3 (50 a minute): the 51st call waits until a call returns to the budget', async () => {
    const app = client();
    const { ts } = await app.chat.postMessage({ channel: 'alerts', text: 'card' });
    const perMinute = TIER_PER_MINUTE[3];
    for (let i = 0; i < perMinute; i++)
      await app.chat.update({ channel: 'alerts', ts: ts ?? '', text: `update ${i}` });
    const error = await rejection(app.chat.update({ channel: 'alerts', ts: ts ?? '', text: 'over' }));
    expect(error.code).toBe('slack_webapi_rate_limited_error');
    // One call returns every 60/50 = 1.2 s: Retry-After rounds up to whole seconds, as Slack's.
    expect(error.retryAfter).toBe(2);
    advance(1200);
    await expect(app.chat.update({ channel: 'alerts', ts: ts ?? '', text: 'later' })).resolves.toMatchObject({
      ok: true,
    });
    // Tiers are per method: posting is unaffected by chat.update's budget.
    await expect(app.chat.postMessage({ channel: 'other', text: 'post' })).resolves.toMatchObject({
      ok: true,
    });
  });

  it('holds the file upload methods to Tier 4 (100 a minute), each method its own budget', async () => {
    const app = client();
    const perMinute = TIER_PER_MINUTE[4];
    const ids: string[] = [];
    for (let i = 0; i < perMinute; i++) {
      const out = await app.files.getUploadURLExternal({ filename: `chart-${i}.png`, length: 10 });
      ids.push(out.file_id ?? '');
    }
    const error = await rejection(app.files.getUploadURLExternal({ filename: 'over.png', length: 10 }));
    expect(error.code).toBe('slack_webapi_rate_limited_error');
    // One call returns every 60/100 = 0.6 s: Retry-After rounds up to a whole second.
    expect(error.retryAfter).toBe(1);
    expect(slack.stats().ratelimited).toEqual({ 'files.getUploadURLExternal': 1 });

    // files.completeUploadExternal has its own Tier 4 bucket: the first calls go through at once
    // (refused for the missing bytes, not for the rate), the 101st is refused for the rate.
    for (let i = 0; i < perMinute; i++) {
      const out = await app.files
        .completeUploadExternal({ files: [{ id: ids[i] ?? '' }] })
        .catch((e: { data?: { error?: string } }) => e.data);
      expect(out?.error).toBe('file_not_found');
    }
    const over = await rejection(app.files.completeUploadExternal({ files: [{ id: ids[0] ?? '' }] }));
    expect(over.code).toBe('slack_webapi_rate_limited_error');
    advance(600);
    await expect(
      app.files.getUploadURLExternal({ filename: 'later.png', length: 10 }),
    ).resolves.toMatchObject({ ok: true });
  });

  it("Beacon's gateway paces chart uploads by its budget: 101 uploads in a row, none refused", async () => {
    slack.publicUrl = server.url;
    const alerts = slack.channels().find((c) => c.name === 'alerts')?.id ?? '';
    // The budget runs on the test's clock: a wait moves it, so the local Slack's buckets refill.
    const budget = new SlackWriteBudget(
      SLACK_LIMITS,
      () => nowMs,
      async (ms) => advance(ms),
    );
    const gateway = new WebApiSlackGateway(client(), budget);
    const png = { bytes: new Uint8Array([1, 2, 3]), filename: 'chart.png', title: 'Chart' };
    for (let i = 0; i <= TIER_PER_MINUTE[4]; i++) await gateway.uploadFile(alerts, png, `report ${i}`);
    const s = await stats();
    expect(s.calls['files.getUploadURLExternal']).toBe(TIER_PER_MINUTE[4] + 1);
    expect(s.calls['files.completeUploadExternal']).toBe(TIER_PER_MINUTE[4] + 1);
    expect(s.ratelimitedTotal).toBe(0);
  });

  it('limits only the app token: other tokens post and read without limit', async () => {
    const reader = client('xoxb-reader');
    for (let i = 0; i < 30; i++) await reader.chat.postMessage({ channel: 'alerts', text: `tool ${i}` });
    for (let i = 0; i < 80; i++) await reader.conversations.history({ channel: 'alerts', limit: 1 });
    expect(slack.messages('alerts')).toHaveLength(30);
    // The app's own budget is untouched by them.
    await expect(client().chat.postMessage({ channel: 'alerts', text: 'app' })).resolves.toMatchObject({
      ok: true,
    });
  });

  it('counts the app calls per method and channel, 429s per method and the peak posting rate at /slack/stats', async () => {
    const app = client();
    for (let i = 0; i < CHANNEL_POSTING.burst + 2; i++)
      await app.chat.postMessage({ channel: 'alerts', text: `post ${i}` }).catch(() => undefined);
    await app.chat.postMessage({ channel: 'other', text: 'one' });
    await app.conversations.history({ channel: 'other' });
    await client('xoxb-reader').conversations.history({ channel: 'alerts' });

    const s = await stats();
    const alerts = slack.channels().find((c) => c.name === 'alerts')?.id ?? '';
    const other = slack.channels().find((c) => c.name === 'other')?.id ?? '';
    expect(s.limits).toBe('on');
    expect(s.calls).toEqual({ 'chat.postMessage': CHANNEL_POSTING.burst + 3, 'conversations.history': 1 });
    expect(s.channels[alerts]).toEqual({
      name: 'alerts',
      calls: { 'chat.postMessage': CHANNEL_POSTING.burst + 2 },
    });
    expect(s.channels[other]).toEqual({
      name: 'other',
      calls: { 'chat.postMessage': 1, 'conversations.history': 1 },
    });
    expect(s.ratelimited).toEqual({ 'chat.postMessage': 2 });
    expect(s.peakChannelPosts.perSecond).toEqual({ channel: alerts, count: CHANNEL_POSTING.burst });
  });

  it('with limits off, nothing is refused and calls are still counted', async () => {
    const unlimited = new LocalSlack();
    unlimited.ensureChannel('alerts');
    const off = await startHttpServer(slackPageRoutes(unlimited, createPageGuard()), { port: 0 });
    try {
      const app = new WebClient(APP_TOKEN, {
        slackApiUrl: `${off.url}/slack/api/`,
        rejectRateLimitedCalls: true,
        retryConfig: { retries: 0 },
      });
      for (let i = 0; i < 20; i++) await app.chat.postMessage({ channel: 'alerts', text: `post ${i}` });
      const s = await readStats(off.url);
      expect(s.limits).toBe('off');
      expect(s.calls['chat.postMessage']).toBe(20);
      expect(s.peakChannelPosts.perSecond.count).toBeGreaterThanOrEqual(1);
    } finally {
      await off.stop();
    }
  });
});

describe("Beacon's delivery under the local Slack's limits", () => {
  const clock = new TestClock();
  let stack: LocalStack;
  afterAll(async () => {
    await stack?.stop();
  });

  it('a burst of cards to one channel: every alert shows exactly once, paced by Beacon so Slack refuses none', async () => {
    stack = await startSlackStack(clock, { slackLimits: true });
    const burst = CHANNEL_POSTING.burst + 3;
    const ids = Array.from({ length: burst }, () => fresh('limited'));
    const res = await postGeneric(
      stack,
      mentionBody(
        ids.map((id, i) => ({
          id,
          text: `Acme broke my order number ${i}. Terrible!`,
          author: { id: `u-limited-${i}`, handle: `limited${i}`, followers: 10 },
        })),
      ),
    );
    expect(res.status).toBe(202);
    await stack.drain();

    // Each alert shows once: its own card, or a line of a burst summary once the channel is full.
    const shown = channel(stack, 's-complaints').flatMap((m) => {
      const p = (m.metadata?.event_payload ?? {}) as Record<string, unknown>;
      return [...(typeof p.alert_id === 'string' ? [p.alert_id] : []), ...((p.alert_ids as string[]) ?? [])];
    });
    expect([...shown].sort()).toEqual(ids.map((id) => alertIdFor('generic', id)).sort());
    const s = await readStats(stack.url);
    expect(s.limits).toBe('on');
    expect(s.ratelimitedTotal).toBe(0);
    // The first cards take the channel's burst; the rest share fewer posts.
    expect(s.calls['chat.postMessage']).toBeGreaterThanOrEqual(CHANNEL_POSTING.burst);
    expect(s.calls['chat.postMessage']).toBeLessThan(burst);
    expect(s.peakChannelPosts.perSecond.count).toBeLessThanOrEqual(CHANNEL_POSTING.burst + 1);
    // No post was uncertain: no history read (Tier 3) is spent looking for a card.
    expect(s.calls['conversations.history'] ?? 0).toBe(0);
  });
});
