/**
 * SlackGateway over @slack/web-api. The WebClient is passed in, so the same class talks to Slack or
 * to the local Slack. The client fails fast (build it with FAIL_FAST_CLIENT_OPTIONS) and its errors
 * become typed ones the use cases decide on: a 429 is SlackRateLimited carrying Retry-After; no
 * answer or a server error is SlackUnavailable (the call may have been carried out); a message that
 * is gone is SlackMessageGone.
 */
import type { MessageMetadata, WebClient } from '@slack/web-api';
import {
  type SlackFile,
  type SlackGateway,
  type SlackMessage,
  SlackMessageGone,
  SlackRateLimited,
  SlackUnavailable,
} from '../usecases/ports.ts';
import { POST_METHOD, type SlackWriteBudget, type TakeOptions } from './write-budget.ts';

/**
 * Options every Beacon WebClient is built with: no retries inside the client (a retry of an
 * uncertain post must first look for the message, which only the use case can do) and a timeout
 * well inside the notify function's, so a hung call leaves time to try again.
 */
export const FAIL_FAST_CLIENT_OPTIONS = {
  retryConfig: { retries: 0 },
  rejectRateLimitedCalls: true,
  timeout: 5_000,
} as const;

/** Errors Slack reports in an `ok: false` answer that mean "try again", not "you asked wrong". */
const TRANSIENT_PLATFORM_ERRORS = new Set([
  'internal_error',
  'fatal_error',
  'service_unavailable',
  'request_timeout',
]);
/** `thread_not_found`: the card a reply or notice goes under is gone. */
const GONE_PLATFORM_ERRORS = new Set(['message_not_found', 'thread_not_found']);

async function rateLimitAware<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const e = error as {
      code?: string;
      retryAfter?: number;
      statusCode?: number;
      data?: { error?: string };
      message?: string;
    };
    if (e?.code === 'slack_webapi_rate_limited_error') throw new SlackRateLimited(Number(e.retryAfter ?? 1));
    // No answer (timeout, refused or cut connection) or an HTTP error status (5xx).
    if (
      e?.code === 'slack_webapi_request_error' ||
      (e?.code === 'slack_webapi_http_error' && Number(e.statusCode) >= 500)
    )
      throw new SlackUnavailable(e.message ?? 'Slack did not answer');
    if (e?.code === 'slack_webapi_platform_error') {
      const code = e.data?.error ?? '';
      if (TRANSIENT_PLATFORM_ERRORS.has(code)) throw new SlackUnavailable(`Slack answered ${code}`);
      if (GONE_PLATFORM_ERRORS.has(code)) throw new SlackMessageGone(`Slack answered ${code}`);
    }
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

/**
 * Slack's metadata payload takes lists of strings (a burst summary lists its alert ids); the SDK's
 * type only names lists of objects, so the payload is passed as the API documents it.
 */
const slackMetadata = (metadata: NonNullable<SlackMessage['metadata']>) =>
  metadata as unknown as MessageMetadata;

/** The longest a call waits for Beacon's own budget before it is handed back as rate limited. */
const MAX_BUDGET_WAIT_MS = 10_000;

export class WebApiSlackGateway implements SlackGateway {
  private readonly ids = new Map<string, string>();

  /** With a budget, every call first waits for its token (write-budget.ts), so Slack never has to refuse it. */
  constructor(
    private readonly client: WebClient,
    private readonly budget?: SlackWriteBudget,
    /** How file bytes reach the upload URL Slack hands out (the global fetch by default). */
    private readonly fetchUpload: typeof fetch = fetch,
  ) {}

  private paced<T>(
    method: string,
    channel: string | undefined,
    call: () => Promise<T>,
    options: TakeOptions = {},
  ): Promise<T> {
    if (!this.budget) return rateLimitAware(call);
    return this.budget
      .take(method, channel, { maxWaitMs: MAX_BUDGET_WAIT_MS, ...options })
      .then(() => rateLimitAware(call));
  }

  postingWaitMs(channelId: string): number {
    return this.budget?.waitMs(POST_METHOD, channelId) ?? 0;
  }

  claimPost(channelId: string): boolean {
    return this.budget?.claim(POST_METHOD, channelId) ?? true;
  }

  async channelId(channel: string): Promise<string> {
    const name = channel.replace(/^#/, '');
    if (/^[CGD][A-Z0-9]{6,}$/.test(name)) return name;
    const cached = this.ids.get(name);
    if (cached) return cached;
    let cursor: string | undefined;
    do {
      const page = await this.paced('conversations.list', undefined, () =>
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
    const out = await this.paced(POST_METHOD, channelId, () =>
      this.client.chat.postMessage({
        channel: channelId,
        ...messageBody(message),
        unfurl_links: false,
        unfurl_media: false,
        ...(message.metadata ? { metadata: slackMetadata(message.metadata) } : {}),
        ...(threadTs ? { thread_ts: threadTs } : {}),
      }),
    );
    if (!out.ts) throw new Error('chat.postMessage returned no ts');
    return { ts: out.ts };
  }

  async update(
    channelId: string,
    ts: string,
    message: SlackMessage,
    options: { cosmetic?: boolean } = {},
  ): Promise<void> {
    await this.paced(
      'chat.update',
      channelId,
      () =>
        this.client.chat.update({
          channel: channelId,
          ts,
          ...messageBody(message),
          ...(message.metadata ? { metadata: slackMetadata(message.metadata) } : {}),
        }),
      options.cosmetic ? { kind: 'cosmetic' } : {},
    );
  }

  async postEphemeral(channelId: string, user: string, message: SlackMessage): Promise<void> {
    await this.paced('chat.postEphemeral', channelId, () =>
      this.client.chat.postEphemeral({ channel: channelId, user, ...messageBody(message) }),
    );
  }

  /** Never waits: a link is a nicety, and under a burst its budget is better left to other calls. */
  async permalink(channelId: string, ts: string): Promise<string> {
    const out = await this.paced(
      'chat.getPermalink',
      channelId,
      () => this.client.chat.getPermalink({ channel: channelId, message_ts: ts }),
      { maxWaitMs: 0 },
    );
    if (!out.permalink) throw new Error('chat.getPermalink returned no permalink');
    return out.permalink;
  }

  async openView(triggerId: string, view: Record<string, unknown>): Promise<void> {
    // A trigger id lives 3 seconds: opening the modal may not wait long.
    await this.paced(
      'views.open',
      undefined,
      () => this.client.views.open({ trigger_id: triggerId, view: view as never }),
      { maxWaitMs: 1_000 },
    );
  }

  async uploadFile(channelId: string, file: SlackFile, initialComment: string): Promise<{ fileId: string }> {
    const target = await this.paced('files.getUploadURLExternal', channelId, () =>
      this.client.files.getUploadURLExternal({
        filename: file.filename,
        length: file.bytes.byteLength,
        ...(file.altText ? { alt_text: file.altText } : {}),
      }),
    );
    if (!target.upload_url || !target.file_id) throw new Error('files.getUploadURLExternal returned no URL');
    let res: Response;
    try {
      res = await this.fetchUpload(target.upload_url, {
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream' },
        body: new Blob([new Uint8Array(file.bytes)]),
        signal: AbortSignal.timeout(FAIL_FAST_CLIENT_OPTIONS.timeout * 2),
      });
    } catch (error) {
      throw new SlackUnavailable(
        `file upload failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    if (!res.ok) throw new SlackUnavailable(`file upload answered HTTP ${res.status}`);
    const fileId = target.file_id;
    await this.paced('files.completeUploadExternal', channelId, () =>
      this.client.files.completeUploadExternal({
        files: [{ id: fileId, title: file.title }],
        channel_id: channelId,
        initial_comment: initialComment,
      }),
    );
    return { fileId };
  }

  async findByMetadata(
    channelId: string,
    key: string,
    value: string,
    since: Date,
    threadTs?: string,
  ): Promise<string | undefined> {
    return this.findMessage(channelId, since, threadTs, (payload) => payload[key] === value);
  }

  async findListing(
    channelId: string,
    key: string,
    value: string,
    since: Date,
    threadTs?: string,
  ): Promise<string | undefined> {
    return this.findMessage(channelId, since, threadTs, (payload) => {
      const listed = payload[key];
      return Array.isArray(listed) && listed.includes(value);
    });
  }

  private async findMessage(
    channelId: string,
    since: Date,
    threadTs: string | undefined,
    matches: (payload: Record<string, unknown>) => boolean,
  ): Promise<string | undefined> {
    const oldest = String(Math.floor(since.getTime() / 1000) - 60);
    let cursor: string | undefined;
    do {
      const page = await this.paced(
        threadTs ? 'conversations.replies' : 'conversations.history',
        channelId,
        () =>
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
        if (payload && matches(payload) && m.ts) return m.ts;
      }
      cursor = page.response_metadata?.next_cursor || undefined;
    } while (cursor);
    return undefined;
  }
}
