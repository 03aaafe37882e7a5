/**
 * The local Slack page in headless Chromium: a complaint arrives as a card with a live countdown;
 * Claim and Replied go through the page, the signed /slack/interactions endpoint, DynamoDB and
 * the slack-out queue, and the card changes in front of the user.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../shared/local/stack.ts';
import { startLocalStack } from '../../shared/local/stack.ts';
import { mentionBody, postGeneric, silentLogger } from '../helpers/local-stack.ts';
import { CONFIG, SIGNING_SECRET } from '../slack/support.ts';

/** Debian's chromium package; override with CHROMIUM_PATH. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOTS = 'test-results';

let stack: LocalStack;
let browser: BrowserContext;
let page: Page;
let profile: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install -y chromium)`);
  stack = await startLocalStack({
    port: 0,
    configPath: CONFIG,
    env: { BEACON_GENERIC_SECRET: 'e2e-generic-secret', SLACK_SIGNING_SECRET: SIGNING_SECRET },
    logger: silentLogger,
    runQueues: true,
  });
  profile = mkdtempSync(join(tmpdir(), 'beacon-chromium-'));
  // A fresh profile per run (Playwright passes it as --user-data-dir).
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  page = browser.pages()[0] ?? (await browser.newPage());
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

describe('the local Slack page', () => {
  it('shows the card with a live countdown; Claim and Replied change it', async () => {
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
    await expect
      .poll(() => card.locator('.live').textContent())
      .toMatch(/^(59|1 h|60) ?(min|h)?.* left$|min \d+ s left$/);
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
