/** Starts the whole local stack on free ports for a test file, with a clock the test controls. */
import { resolve } from 'node:path';
import slackWebApi from '@slack/web-api';
import { type LocalStack, type LocalStackOptions, startLocalStack } from '../../shared/local/stack.ts';
import { hmacSha256 } from '../../shared/platforms/signature.ts';

const { WebClient } = slackWebApi;

export const GENERIC_SECRET = 'test-generic-secret';

export const silentLogger = { info() {}, warn() {}, error() {}, debug() {} };

export class TestClock {
  constructor(public current = new Date('2026-03-02T10:00:00.000Z')) {}
  now = (): Date => new Date(this.current);
  advance(seconds: number): Date {
    this.current = new Date(this.current.getTime() + seconds * 1000);
    return this.now();
  }
}

export async function startTestStack(
  clock: TestClock,
  overrides: Partial<LocalStackOptions> = {},
): Promise<LocalStack> {
  return startLocalStack({
    port: 0,
    configPath: resolve('test/fixtures/routing/pipeline.yaml'),
    env: { BEACON_GENERIC_SECRET: GENERIC_SECRET },
    clock: clock.now,
    logger: silentLogger,
    // Slack's rate limits stay off unless a test turns them on; tests read what Beacon called.
    slackLimits: false,
    slackCallLog: true,
    ...overrides,
  });
}

/** A Slack Web API client reading the local Slack, as any Slack tool would. */
export const slackReader = (stack: LocalStack) =>
  new WebClient('xoxb-reader', { slackApiUrl: `${stack.url}/slack/api/`, retryConfig: { retries: 0 } });

export interface MentionInput {
  id: string;
  text: string;
  threadId?: string;
  parentId?: string;
  createdAt?: string;
  url?: string;
  author?: { id: string; handle: string; name?: string; followers?: number };
}

export const mentionBody = (m: MentionInput | MentionInput[]): string =>
  JSON.stringify({
    mentions: (Array.isArray(m) ? m : [m]).map((x) => ({
      author: { id: 'u-1', handle: 'customer1', followers: 120 },
      url: `https://example.com/p/${x.id}`,
      ...x,
    })),
  });

export const sign = (body: string, secret = GENERIC_SECRET): string =>
  `sha256=${hmacSha256(secret, body, 'hex')}`;

/** POSTs a correctly signed body (unless a signature is given) to the generic webhook. */
export async function postGeneric(stack: LocalStack, body: string, signature: string | null = sign(body)) {
  const res = await fetch(`${stack.url}/webhooks/generic`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(signature ? { 'x-beacon-signature': signature } : {}),
    },
    body,
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}
