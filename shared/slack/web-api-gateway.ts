/**
 * SlackGateway over @slack/web-api. The WebClient is passed in, so the same class talks to Slack or
 * to the local Slack. Retries are left to the queue: the client fails fast and SQS redelivers.
 */
import type { WebClient } from '@slack/web-api';
import type { SlackGateway, SlackMessage } from '../usecases/ports.ts';

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
      const page = await this.client.conversations.list({
        limit: 200,
        exclude_archived: true,
        types: 'public_channel,private_channel',
        ...(cursor ? { cursor } : {}),
      });
      for (const c of page.channels ?? []) if (c.name && c.id) this.ids.set(c.name, c.id);
      cursor = page.response_metadata?.next_cursor || undefined;
    } while (cursor && !this.ids.has(name));
    const id = this.ids.get(name);
    if (!id) throw new Error(`Slack channel #${name} not found (invite the Beacon app to it)`);
    return id;
  }

  async post(channelId: string, message: SlackMessage, threadTs?: string): Promise<{ ts: string }> {
    const out = await this.client.chat.postMessage({
      channel: channelId,
      text: message.text,
      blocks: message.blocks as never,
      unfurl_links: false,
      unfurl_media: false,
      ...(message.metadata ? { metadata: message.metadata } : {}),
      ...(threadTs ? { thread_ts: threadTs } : {}),
    });
    if (!out.ts) throw new Error('chat.postMessage returned no ts');
    return { ts: out.ts };
  }

  async update(channelId: string, ts: string, message: SlackMessage): Promise<void> {
    await this.client.chat.update({
      channel: channelId,
      ts,
      text: message.text,
      blocks: message.blocks as never,
      ...(message.metadata ? { metadata: message.metadata } : {}),
    });
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
      const page = threadTs
        ? await this.client.conversations.replies({
            channel: channelId,
            ts: threadTs,
            oldest,
            include_all_metadata: true,
            limit: 200,
            ...(cursor ? { cursor } : {}),
          })
        : await this.client.conversations.history({
            channel: channelId,
            oldest,
            include_all_metadata: true,
            limit: 200,
            ...(cursor ? { cursor } : {}),
          });
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
