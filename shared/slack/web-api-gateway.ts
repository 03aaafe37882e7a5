/**
 * SlackGateway over @slack/web-api. The WebClient is passed in, so the same class talks to Slack or
 * to the local Slack. Retries are left to the queue: the client fails fast (build it with
 * `rejectRateLimitedCalls: true`), a 429 becomes SlackRateLimited carrying Retry-After, and SQS
 * brings the message back after that long.
 */
import type { WebClient } from '@slack/web-api';
import { type SlackGateway, type SlackMessage, SlackRateLimited } from '../usecases/ports.ts';

/** Options every Beacon WebClient is built with: fail fast, never wait inside a Lambda. */
export const FAIL_FAST_CLIENT_OPTIONS = {
  retryConfig: { retries: 0 },
  rejectRateLimitedCalls: true,
  timeout: 10_000,
} as const;

async function rateLimitAware<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const e = error as { code?: string; retryAfter?: number };
    if (e?.code === 'slack_webapi_rate_limited_error') throw new SlackRateLimited(Number(e.retryAfter ?? 1));
    throw error;
  }
}

const messageBody = (message: SlackMessage) => ({
  text: message.text,
  blocks: message.blocks as never,
  ...(message.attachments
    ? {
        attachments: message.attachments.map((a) => ({
          color: a.color,
          blocks: a.blocks,
          fallback: message.text,
        })) as never,
      }
    : {}),
});

export class WebApiSlackGateway implements SlackGateway {
  private readonly ids = new Map<string, string>();

  constructor(private readonly client: WebClient) {}

  async channelId(channel: string): Promise<string> {
    const name = channel.replace(/^#/, '');
    if (/^[CGD][A-Z0-9]{6,}$/.test(name)) return name;
    const cached = this.ids.get(name);
    if (cached) return cached;
    let cursor: string | undefined;
    do {
      const page = await rateLimitAware(() =>
        this.client.conversations.list({
          limit: 200,
          exclude_archived: true,
          types: 'public_channel,private_channel',
          ...(cursor ? { cursor } : {}),
        }),
      );
      for (const c of page.channels ?? []) if (c.name && c.id) this.ids.set(c.name, c.id);
      cursor = page.response_metadata?.next_cursor || undefined;
    } while (cursor && !this.ids.has(name));
    const id = this.ids.get(name);
    if (!id) throw new Error(`Slack channel #${name} not found (invite the Beacon app to it)`);
    return id;
  }

  async post(channelId: string, message: SlackMessage, threadTs?: string): Promise<{ ts: string }> {
    const out = await rateLimitAware(() =>
      this.client.chat.postMessage({
        channel: channelId,
        ...messageBody(message),
        unfurl_links: false,
        unfurl_media: false,
        ...(message.metadata ? { metadata: message.metadata } : {}),
        ...(threadTs ? { thread_ts: threadTs } : {}),
      }),
    );
    if (!out.ts) throw new Error('chat.postMessage returned no ts');
    return { ts: out.ts };
  }

  async update(channelId: string, ts: string, message: SlackMessage): Promise<void> {
    await rateLimitAware(() =>
      this.client.chat.update({
        channel: channelId,
        ts,
        ...messageBody(message),
        ...(message.metadata ? { metadata: message.metadata } : {}),
      }),
    );
  }

  async postEphemeral(channelId: string, user: string, message: SlackMessage): Promise<void> {
    await rateLimitAware(() =>
      this.client.chat.postEphemeral({ channel: channelId, user, ...messageBody(message) }),
    );
  }

  async permalink(channelId: string, ts: string): Promise<string> {
    const out = await rateLimitAware(() =>
      this.client.chat.getPermalink({ channel: channelId, message_ts: ts }),
    );
    if (!out.permalink) throw new Error('chat.getPermalink returned no permalink');
    return out.permalink;
  }

  async openView(triggerId: string, view: Record<string, unknown>): Promise<void> {
    await rateLimitAware(() => this.client.views.open({ trigger_id: triggerId, view: view as never }));
  }

  async findByMetadata(
    channelId: string,
    key: string,
    value: string,
    since: Date,
    threadTs?: string,
  ): Promise<string | undefined> {
    const oldest = String(Math.floor(since.getTime() / 1000) - 60);
    let cursor: string | undefined;
    do {
      const page = await rateLimitAware(() =>
        threadTs
          ? this.client.conversations.replies({
              channel: channelId,
              ts: threadTs,
              oldest,
              include_all_metadata: true,
              limit: 200,
              ...(cursor ? { cursor } : {}),
            })
          : this.client.conversations.history({
              channel: channelId,
              oldest,
              include_all_metadata: true,
              limit: 200,
              ...(cursor ? { cursor } : {}),
            }),
      );
      for (const m of page.messages ?? []) {
        const payload = (m as { metadata?: { event_payload?: Record<string, unknown> } }).metadata
          ?.event_payload;
        if (payload?.[key] === value && m.ts) return m.ts;
      }
      cursor = page.response_metadata?.next_cursor || undefined;
    } while (cursor);
    return undefined;
  }
}
