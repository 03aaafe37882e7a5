/**
 * The local Slack page in headless Chromium: a complaint arrives as a card whose date tokens read as
 * in Slack (the reader's time, a live "opened … ago");
 * Claim and Replied go through the page, the signed /slack/interactions endpoint, DynamoDB and
 * the slack-out queue, and the card changes in front of the user.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alertIdFor } from '../../shared/domain/alert.ts';
import type { LocalStack } from '../../shared/local/stack.ts';
import { startLocalStack } from '../../shared/local/stack.ts';
import { type Browser, launchBrowser } from '../helpers/browser.ts';
import { mentionBody, postGeneric, sign, silentLogger, slackReader } from '../helpers/local-stack.ts';
import { seededAlerts } from '../helpers/report-seed.ts';
import { CONFIG, SIGNING_SECRET } from '../slack/support.ts';

const SCREENSHOTS = 'test-results';

let stack: LocalStack;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  stack = await startLocalStack({
    port: 0,
    configPath: CONFIG,
    env: { BEACON_GENERIC_SECRET: 'e2e-generic-secret', SLACK_SIGNING_SECRET: SIGNING_SECRET },
    logger: silentLogger,
    runQueues: true,
    // The page's behaviour, not Slack's pacing: with the local Slack's rate limits on, a card
    // posted within a second of the one before in its channel is listed in a burst summary
    // instead (test/slack/burst-summary.test.ts), and this file’s cards come in quick turns.
    slackLimits: false,
  });
  browser = await launchBrowser();
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('the local Slack page', () => {
  it('shows the card with its deadline and opening as live date tokens; Claim and Replied change it', async () => {
    const body = mentionBody({
      id: `e2e-${Date.now()}`,
      text: 'My Acme order never arrived and nobody answers. <!channel> Terrible service!',
      author: { id: 'u-e2e', handle: 'maria_k', name: 'Maria K.', followers: 312 },
    });
    const { hmacSha256 } = await import('../../shared/platforms/signature.ts');
    const posted = await postGeneric(stack, body, `sha256=${hmacSha256('e2e-generic-secret', body, 'hex')}`);
    expect(posted.status).toBe(202);

    await page.goto(`${stack.url}/slack?channel=s-complaints`);
    const card = page.locator('.msg', { hasText: 'My Acme order never arrived' });
    await card.waitFor();
    // Date tokens as Slack shows them: the deadline in the reader's time, the opening as a live {ago}.
    await expect
      .poll(() => card.locator('.date[data-format="{ago}"]').textContent())
      .toMatch(/^just now$|minute/);
    expect(await card.locator('.date[data-format="{date_short_pretty} at {time}"]').textContent()).toMatch(
      /^(today|tomorrow) at \d{1,2}:\d{2}/,
    );
    // The post is plain text, shown as typed: its <!channel> pings nobody.
    const post = card.locator('.block.section', { hasText: 'My Acme order never arrived' });
    expect(await post.textContent()).toContain('<!channel> Terrible service!');
    expect(await card.locator('.mention').count()).toBe(0);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'slack-card-open.png') });

    await card.getByRole('button', { name: 'Claim' }).click();
    await card.locator('.block.section', { hasText: 'Claimed by @you' }).waitFor();
    expect(await card.getByRole('button', { name: 'Claim' }).count()).toBe(0);

    await card.getByRole('button', { name: 'Replied' }).click();
    await card.locator('.block.section', { hasText: /Replied after \d+ s/ }).waitFor();
    expect(await card.getByRole('button').count()).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'slack-card-replied.png') });
  });

  it('answers /beacon open in the composer with the channel’s open alerts', async () => {
    await page.locator('#command').fill('/beacon open');
    await page.locator('#composer button').click();
    await page.locator('.msg.ephemeral', { hasText: /open alerts? in this channel/ }).waitFor();
  });
});

/** Posts a complaint through the signed webhook; resolves with its card on the page. */
async function complaint(id: string, text: string) {
  const body = mentionBody({ id, text, author: { id: `u-${id}`, handle: `h_${id}`, followers: 10 } });
  const posted = await postGeneric(stack, body, sign(body, 'e2e-generic-secret'));
  expect(posted.status).toBe(202);
  const card = page.locator('.msg', { hasText: text.slice(0, 30) });
  await card.waitFor();
  return { card, alertId: alertIdFor('generic', id) };
}

const post = (channel: string, text: string) => slackReader(stack).chat.postMessage({ channel, text });

describe('the local Slack page behaves like Slack', () => {
  it('lays out Arabic, Persian and Hebrew right to left, one message at a time', async () => {
    await post('s-praise', 'Praise on Webhook from @amal:\n&gt; المنتج رائع، شكراً لكم');
    await post('s-praise', 'Praise on Webhook from @reza:\n&gt; محصول عالی است، ممنون');
    await post('s-praise', 'Praise on Webhook from @noa:\n&gt; המוצר מעולה, תודה רבה');
    await post('s-praise', 'Praise on Webhook from @sam:\n&gt; Great product, thanks');
    await page.goto(`${stack.url}/slack?channel=s-praise`);
    const quotes = page.locator('.msg blockquote');
    await expect.poll(() => quotes.count()).toBe(4);
    const directions = await quotes.evaluateAll((els) => els.map((el) => getComputedStyle(el).direction));
    expect(directions).toEqual(['rtl', 'rtl', 'rtl', 'ltr']);
    // The English line above each quote stays left to right.
    const first = page.locator('.msg .text').first();
    expect(await first.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
  });

  it('shows ids as names and raw tokens as Slack renders them; escaped text stays text', async () => {
    const channelId = stack.slack?.channels().find((c) => c.name === 's-questions')?.id ?? '';
    await post(
      's-questions',
      [
        `:rotating_light: <!here> <@U0DANA1234> and <!subteam^S0SUPPORT>, see <#${channelId}>`,
        'the <https://example.com/p/1|original *post*> due <!date^1767225600^{date_short}|Jan 1>',
        'from outside: &lt;!channel&gt; &lt;img src=x onerror=alert(1)&gt; &amp;lt;',
      ].join('\n'),
    );
    await page.goto(`${stack.url}/slack?channel=s-questions`);
    const msg = page.locator('.msg', { hasText: 'from outside' });
    await msg.waitFor();
    expect(await msg.locator('.mention').allTextContents()).toEqual([
      '@here',
      '@dana',
      '@support',
      '#s-questions',
    ]);
    const link = msg.locator('a', { hasText: 'original post' });
    expect(await link.getAttribute('href')).toBe('https://example.com/p/1');
    expect(await link.locator('b').textContent()).toBe('post');
    expect(await msg.locator('.date').getAttribute('title')).toBe('Jan 1');
    // {date_short} as Slack shows it, in the reader's own time zone.
    expect(await msg.locator('.date').textContent()).toMatch(/^(Dec 31, 2025|Jan 1, 2026)$/);
    // Escaped text is shown as the characters it stands for, and nothing in it became markup.
    expect(await msg.textContent()).toContain('from outside: <!channel> <img src=x onerror=alert(1)> &lt;');
    expect(await msg.locator('img').count()).toBe(0);
    const emoji = msg.locator('.emoji[title=":rotating_light:"]');
    const mode = await page.locator('html').getAttribute('data-emoji');
    expect(await emoji.textContent()).toBe(mode === 'text' ? ':rotating_light:' : '🚨');
  });

  it('shows emoji shortcodes as text when told there is no emoji font', async () => {
    await page.goto(`${stack.url}/slack?channel=s-questions&emoji=text`);
    const emoji = page.locator('.msg .emoji[title=":rotating_light:"]');
    await emoji.waitFor();
    expect(await emoji.textContent()).toBe(':rotating_light:');
  });

  it('opens a channel at its newest message', async () => {
    for (let i = 1; i <= 40; i++) await post('s-suggestions', `Suggestion number ${i}`);
    await page.goto(`${stack.url}/slack?channel=s-suggestions`);
    const newest = page.locator('.msg', { hasText: 'Suggestion number 40' });
    await newest.waitFor();
    await expect.poll(() => newest.isVisible()).toBe(true);
    const box = page.locator('#messages');
    const gap = await box.evaluate((el) => el.scrollHeight - el.scrollTop - el.clientHeight);
    expect(gap).toBeLessThan(2);
    expect(await box.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  });

  it('keeps an open menu open through a live update', async () => {
    await page.goto(`${stack.url}/slack?channel=s-complaints`);
    const { card } = await complaint(
      `menu-${Date.now()}`,
      'Menu test: my Acme parcel is lost and nobody answers. Terrible!',
    );
    const select = card.locator('select[data-action]').last();
    await select.focus();
    await select.evaluate((el) => {
      (el as HTMLElement & { marked?: boolean }).marked = true;
    });
    await complaint(`menu2-${Date.now()}`, 'Another one: the Acme app crashes on start. Awful, fix it!');
    const same = () =>
      page.evaluate(
        () => (document.activeElement as (HTMLElement & { marked?: boolean }) | null)?.marked === true,
      );
    expect(await same()).toBe(true);

    // An update of the card itself waits until the menu closes.
    const ts = (await card.getAttribute('data-ts')) ?? '';
    const channelId = stack.slack?.channels().find((c) => c.name === 's-complaints')?.id ?? '';
    const current = stack.slack?.messages(channelId).find((m) => m.ts === ts);
    await slackReader(stack).chat.update({
      channel: channelId,
      ts,
      text: current?.text ?? '',
      blocks: [
        ...((current?.blocks as never[]) ?? []),
        { type: 'section', text: { type: 'mrkdwn', text: 'Updated while open' } },
      ],
    });
    // Live updates arrive in order: once a later message is on the page, the update was too.
    await post('s-complaints', 'Marker after the update');
    await page.locator('.msg', { hasText: 'Marker after the update' }).waitFor();
    expect(await same()).toBe(true);
    await select.blur();
    await card.getByText('Updated while open').waitFor();
  });

  it('asks for confirmation before Not relevant, as the card’s confirm object says', async () => {
    await page.goto(`${stack.url}/slack?channel=s-complaints`);
    const { card, alertId } = await complaint(
      `confirm-${Date.now()}`,
      'Confirm test: my Acme order arrived broken and support ignores me. Terrible!',
    );
    const dialog = page.locator('#confirm');
    await card.getByRole('button', { name: 'Not relevant' }).click();
    await dialog.getByText('The alert is closed and the detector learns from it.').waitFor();
    expect(await dialog.locator('.title').textContent()).toBe('Not relevant?');
    await dialog.getByRole('button', { name: 'Keep it' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect((await stack.runtime.interactions.alerts.get(alertId))?.state).toBe('open');

    await card.getByRole('button', { name: 'Not relevant' }).click();
    await dialog.getByRole('button', { name: 'Dismiss' }).click();
    await expect
      .poll(async () => (await stack.runtime.interactions.alerts.get(alertId))?.state)
      .toBe('dismissed');
  });

  it('closes a modal when closed, and it does not come back after a reload', async () => {
    await page.goto(`${stack.url}/slack?channel=s-complaints`);
    const { card } = await complaint(
      `modal-${Date.now()}`,
      'Modal test: my Acme refund never came and nobody answers. Terrible!',
    );
    await card.getByRole('button', { name: 'Reply…' }).click();
    const modal = page.locator('#modal.open');
    await modal.waitFor();
    await modal.getByRole('button', { name: /Close|Cancel/ }).click();
    await expect.poll(() => modal.count()).toBe(0);
    await expect.poll(() => stack.slack?.openView()).toBeUndefined();
    await page.reload();
    await page.locator('.msg', { hasText: 'Modal test' }).waitFor();
    expect(await page.locator('#modal.open').count()).toBe(0);
  });

  it('previews the digests still collecting, to the page’s user only, without sending them', async () => {
    await page.goto(`${stack.url}/slack?channel=s-questions`);
    const body = mentionBody({
      id: `digest-${Date.now()}`,
      text: 'It would be great if the Acme app had a dark mode. Please add it!',
    });
    expect((await postGeneric(stack, body, sign(body, 'e2e-generic-secret'))).status).toBe(202);
    const store = stack.runtime.digests.digests;
    await expect
      .poll(async () => (await store.due(new Date('9999-12-31T00:00:00.000Z'))).length)
      .toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Preview digests' }).click();
    const preview = page.locator('.msg.ephemeral', { hasText: 'dark mode' });
    await preview.waitFor();
    expect(await page.locator('#title').textContent()).toBe('# s-suggestions');
    expect(await preview.textContent()).toContain('Only visible to you');
    // Nothing was posted or handed over: the digest is still due when its period closes.
    expect((await store.due(new Date('9999-12-31T00:00:00.000Z'))).length).toBeGreaterThan(0);
    expect(stack.slack?.messages('s-suggestions').some((m) => m.text.includes('dark mode'))).toBe(false);
  });

  it('opens a permalink at its message, in its channel', async () => {
    const first = stack.slack?.messages('s-suggestions').find((m) => m.text === 'Suggestion number 3');
    if (!first) throw new Error('no message to link to');
    const link = await slackReader(stack).chat.getPermalink({ channel: first.channel, message_ts: first.ts });
    await page.goto(`${stack.url}/slack?channel=s-praise`);
    await page.goto(link.permalink ?? '');
    const target = page.locator('.msg.highlight');
    await target.waitFor();
    expect(await target.textContent()).toContain('Suggestion number 3');
    expect(await page.locator('#title').textContent()).toBe('# s-suggestions');
    await expect.poll(() => target.isVisible()).toBe(true);
    const inView = await target.evaluate((el) => {
      const box = document.getElementById('messages')?.getBoundingClientRect();
      const r = el.getBoundingClientRect();
      return box ? r.top >= box.top && r.bottom <= box.bottom : false;
    });
    expect(inView).toBe(true);
  });
});

describe('the local Slack page shows reports', () => {
  it('shows the weekly report’s chart inline, decoded by the browser, beside its figures', async () => {
    const now = new Date();
    const [seed] = seededAlerts();
    if (!seed) throw new Error('no seed');
    const openedAt = new Date(now.getTime() - 3 * 3600_000).toISOString();
    await stack.runtime.pipeline.alerts.create({
      ...seed,
      alertId: `al_e2e_report_${Date.now()}`,
      channel: 's-complaints',
      openedAt,
      deadline: new Date(Date.parse(openedAt) + 3600_000).toISOString(),
      history: seed.history.map((h) => ({
        ...h,
        at: h.action === 'opened' ? openedAt : new Date(Date.parse(openedAt) + 1200_000).toISOString(),
      })),
      resolvedAt: new Date(Date.parse(openedAt) + 1200_000).toISOString(),
    });
    const result = await stack.report(now);
    expect(result.posted).toContain('s-complaints');
    await page.goto(`${stack.url}/slack?channel=s-complaints`);
    const image = page.locator('.file img').last();
    await image.waitFor();
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBe(1200);
    await page.locator('.msg', { hasText: 'Time to first reply' }).last().waitFor();
    await image.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'slack-report-chart.png'), fullPage: false });
  });

  it('answers /beacon report in the composer', async () => {
    await page.locator('#command').fill('/beacon report week');
    await page.locator('#composer button').click();
    await page.locator('.msg.ephemeral', { hasText: 'Response report: last 7 days' }).waitFor();
  });
});
