import { beforeEach, describe, expect, it } from 'vitest';
import type { Alert } from '../../shared/domain/alert.ts';
import { openAlert } from '../../shared/domain/alert-lifecycle.ts';
import type { Mention, Platform } from '../../shared/domain/mention.ts';
import { PlatformHttpError, RateLimited } from '../../shared/platforms/http.ts';
import type { ReplyAdapter, ReplyTarget } from '../../shared/platforms/reply.ts';
import type { ReplyMessage, SlackOutMessage } from '../../shared/queue/messages.ts';
import { DynamoAlertStore } from '../../shared/store/alert-store.ts';
import { DynamoMentionStore } from '../../shared/store/mention-store.ts';
import { DynamoReplyIntentStore } from '../../shared/store/reply-intent-store.ts';
import { ReplyInFlight, type SendReplyDeps, sendReply } from '../../shared/usecases/send-reply.ts';
import { aRoute } from '../helpers/factories.ts';
import { fresh, localTable, TABLE_NAME } from './support.ts';

const table = localTable();
const T0 = new Date('2026-03-02T10:00:00.000Z');

/** A platform whose answers the test decides, recording every call. */
class ScriptedPlatform implements ReplyAdapter {
  calls: Array<{ target: ReplyTarget; text: string; key: string }> = [];
  answers: Array<() => Promise<{ id: string; url?: string }>> = [];
  constructor(readonly platform: Platform) {}
  async reply(target: ReplyTarget, text: string, key: string) {
    this.calls.push({ target, text, key });
    const next = this.answers.shift();
    return next
      ? next()
      : { id: `r-${this.calls.length}`, url: `https://example.com/r/${this.calls.length}` };
  }
}

let now: Date;
let refreshes: SlackOutMessage[];
beforeEach(() => {
  now = T0;
  refreshes = [];
});

function deps(adapter: ScriptedPlatform | undefined, over: Partial<SendReplyDeps> = {}): SendReplyDeps {
  return {
    alerts: new DynamoAlertStore(table.db(), TABLE_NAME),
    mentions: new DynamoMentionStore(table.db(), TABLE_NAME),
    intents: new DynamoReplyIntentStore(table.db(), TABLE_NAME),
    slackOut: { send: async (m) => void refreshes.push(...m) },
    adapters: adapter ? { [adapter.platform]: adapter } : {},
    credentials: { x: [['X_ACCESS_TOKEN']], mastodon: [['MASTODON_ACCESS_TOKEN']] },
    idempotentPlatforms: new Set<Platform>(['mastodon']),
    secrets: async () => ({ X_ACCESS_TOKEN: 'x', MASTODON_ACCESS_TOKEN: 'm' }),
    fetch,
    clock: () => now,
    attemptLeaseSeconds: 120,
    ...over,
  };
}

/** A stored mention with its open alert, and the reply message Slack would queue for it. */
async function openThread(platform: Platform): Promise<{ alert: Alert; message: ReplyMessage }> {
  const id = fresh(`${platform}-post`);
  const mention: Mention = {
    platform,
    id,
    threadId: id,
    url: `https://example.com/${id}`,
    text: 'My order is late',
    createdAt: T0.toISOString(),
    receivedAt: T0.toISOString(),
    kind: 'post',
    author: { id: 'u1', handle: 'customer' },
  };
  const d = deps(undefined);
  await d.mentions.putOnce(mention);
  const alert = openAlert(mention, 'complaint', aRoute(), T0, new Date(T0.getTime() + 3600_000));
  await d.alerts.create(alert);
  return {
    alert,
    message: {
      type: 'reply',
      alertId: alert.alertId,
      platform,
      threadId: id,
      mentionId: id,
      text: 'Sorry! We are on it.',
      by: 'U123',
      idempotencyKey: `slack-view:${fresh('V')}`,
    },
  };
}

const stored = (alertId: string) => deps(undefined).alerts.get(alertId);

describe('sendReply', () => {
  it('posts once, marks the alert replied by its author and refreshes the card', async () => {
    const x = new ScriptedPlatform('x');
    const { alert, message } = await openThread('x');

    expect(await sendReply(message, deps(x))).toMatchObject({ outcome: 'sent', result: { id: 'r-1' } });

    expect(x.calls).toEqual([
      {
        target: {
          mentionId: message.mentionId,
          threadId: message.threadId,
          url: expect.any(String),
          kind: 'post',
        },
        text: message.text,
        key: message.idempotencyKey,
      },
    ]);
    const after = await stored(alert.alertId);
    expect(after).toMatchObject({ state: 'replied', resolvedBy: 'U123' });
    expect(after?.history.map((h) => h.action)).toEqual(['opened', 'replied', 'reply posted']);
    expect(refreshes).toEqual([{ kind: 'alert', channel: 'complaints', alertId: alert.alertId, version: 2 }]);
  });

  it('does not post again when the same reply message is delivered a second time', async () => {
    const x = new ScriptedPlatform('x');
    const { alert, message } = await openThread('x');
    await sendReply(message, deps(x));

    expect(await sendReply(message, deps(x))).toMatchObject({
      outcome: 'already-sent',
      result: { id: 'r-1' },
    });
    expect(x.calls).toHaveLength(1);
    expect((await stored(alert.alertId))?.history.filter((h) => h.action === 'reply posted')).toHaveLength(1);
  });

  it('leaves a reply being posted by another delivery alone, to be retried after it', async () => {
    const x = new ScriptedPlatform('x');
    const { message } = await openThread('x');
    let finish: () => void = () => {};
    let calling: () => void = () => {};
    const called = new Promise<void>((r) => {
      calling = r;
    });
    x.answers.push(
      () =>
        new Promise((r) => {
          finish = () => r({ id: 'slow' });
          calling();
        }),
    );
    const first = sendReply(message, deps(x));
    await called;

    await expect(sendReply(message, deps(x))).rejects.toBeInstanceOf(ReplyInFlight);
    finish();
    expect(await first).toMatchObject({ outcome: 'sent' });
    expect(x.calls).toHaveLength(1);
  });

  it('retries after a 429, which cannot have posted anything', async () => {
    const x = new ScriptedPlatform('x');
    const { alert, message } = await openThread('x');
    x.answers.push(async () => {
      throw new RateLimited('x', new Date(T0.getTime() + 60_000), 'x: rate limited');
    });

    await expect(sendReply(message, deps(x))).rejects.toBeInstanceOf(RateLimited);
    expect((await stored(alert.alertId))?.state).toBe('open');
    expect(await sendReply(message, deps(x))).toMatchObject({ outcome: 'sent' });
    expect(x.calls).toHaveLength(2);
    expect((await stored(alert.alertId))?.state).toBe('replied');
  });

  it('retries an unanswered call on a platform that deduplicates by key, with the same key', async () => {
    const masto = new ScriptedPlatform('mastodon');
    const { message } = await openThread('mastodon');
    masto.answers.push(async () => {
      throw new PlatformHttpError('mastodon', 0, 'network', 'mastodon: request failed');
    });

    await expect(sendReply(message, deps(masto))).rejects.toThrow('request failed');
    expect(await sendReply(message, deps(masto))).toMatchObject({ outcome: 'sent' });
    expect(masto.calls.map((c) => c.key)).toEqual([message.idempotencyKey, message.idempotencyKey]);
  });

  it('never repeats an unanswered call on a platform that cannot deduplicate, and says so on the alert', async () => {
    const x = new ScriptedPlatform('x');
    const { alert, message } = await openThread('x');
    x.answers.push(async () => {
      throw new PlatformHttpError('x', 503, 'http_503', 'x: HTTP 503');
    });

    expect(await sendReply(message, deps(x))).toMatchObject({ outcome: 'unknown' });
    expect(await sendReply(message, deps(x))).toEqual({ outcome: 'settled-before', state: 'unknown' });
    expect(x.calls).toHaveLength(1);
    const after = await stored(alert.alertId);
    expect(after?.state).toBe('open');
    expect(after?.history.at(-1)).toMatchObject({
      action: 'reply failed',
      detail: expect.stringContaining('check'),
    });
  });

  it('treats an attempt that stopped without recording its outcome as unknown once its lease is over', async () => {
    const x = new ScriptedPlatform('x');
    const { message } = await openThread('x');
    const d = deps(x);
    await d.intents.create({
      platform: 'x',
      mentionId: message.mentionId,
      idempotencyKey: message.idempotencyKey,
      alertId: message.alertId,
      by: message.by,
      state: 'pending',
      attempts: 1,
      attemptedAt: T0.toISOString(),
      version: 1,
    });
    now = new Date(T0.getTime() + 121_000);

    expect(await sendReply(message, d)).toMatchObject({ outcome: 'unknown' });
    expect(x.calls).toHaveLength(0);
  });

  it.each([
    ['the platform has no reply adapter', 'generic' as Platform, undefined, {}, 'no_reply_adapter'],
    [
      'its credentials are missing',
      'x' as Platform,
      new ScriptedPlatform('x'),
      { secrets: async () => ({}) },
      'not_configured',
    ],
  ])(
    'refuses at once, without retrying, when %s, and records it on the alert',
    async (_, platform, adapter, over, code) => {
      const { alert, message } = await openThread(platform);

      expect(await sendReply(message, deps(adapter, over))).toMatchObject({ outcome: 'refused', code });
      expect(await sendReply(message, deps(adapter, over))).toEqual({
        outcome: 'settled-before',
        state: 'refused',
      });
      expect(adapter?.calls ?? []).toHaveLength(0);
      const after = await stored(alert.alertId);
      expect(after?.state).toBe('open');
      expect(after?.history.filter((h) => h.action === 'reply failed')).toHaveLength(1);
    },
  );

  it('refuses when the platform says the request is wrong (a 4xx other than 429)', async () => {
    const x = new ScriptedPlatform('x');
    const { message } = await openThread('x');
    x.answers.push(async () => {
      throw new PlatformHttpError('x', 403, 'forbidden', 'x: HTTP 403 forbidden');
    });
    expect(await sendReply(message, deps(x))).toMatchObject({ outcome: 'refused', code: 'forbidden' });
  });

  it('records a reply posted after the alert was closed without reopening it', async () => {
    const x = new ScriptedPlatform('x');
    const { alert, message } = await openThread('x');
    await deps(x).alerts.save({ ...alert, state: 'dismissed', version: 2 });

    expect(await sendReply(message, deps(x))).toMatchObject({ outcome: 'sent' });
    const after = await stored(alert.alertId);
    expect(after?.state).toBe('dismissed');
    expect(after?.history.at(-1)?.action).toBe('reply posted');
  });
});
