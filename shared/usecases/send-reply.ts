/**
 * Posts a reply written in Slack on the platform, once.
 *
 * 1. Claim an attempt on the reply's intent (created on first sight, keyed on platform, target
 *    mention and idempotency key). A reply already sent only re-marks the alert; one refused or of
 *    unknown outcome is left alone; one whose attempt is still under way is retried later.
 * 2. Refuse at once, and say so in the alert's history, when the platform has no reply adapter,
 *    its credentials are missing or the target mention is unknown: retrying would not help.
 * 3. Call the platform's reply adapter with the idempotency key.
 * 4. Mark the intent sent, then the alert replied, and queue the card's refresh on slack-out.
 *
 * A failed call is retried (through the queue) only when it cannot have posted anything (a 429) or
 * when the platform deduplicates repeats itself; a call that ended without an answer on any other
 * platform is recorded as unknown, never repeated: a missing reply can be written again, a double
 * one cannot be taken back.
 */
import { type Alert, type HistoryEntry, isActive } from '../domain/alert.ts';
import { applyTransition } from '../domain/alert-lifecycle.ts';
import type { Platform } from '../domain/mention.ts';
import { type CredentialSets, missingCredentials } from '../platforms/credentials.ts';
import { type Fetch, PlatformHttpError, RateLimited } from '../platforms/http.ts';
import { type ReplyAdapter, ReplyRefused, type ReplyResult } from '../platforms/reply.ts';
import type { SecretBag } from '../platforms/types.ts';
import type { ReplyMessage } from '../queue/messages.ts';
import {
  type AlertStore,
  type Clock,
  type MentionStore,
  type ReplyIntent,
  type ReplyIntentStore,
  type SlackOutQueue,
  VersionConflict,
} from './ports.ts';

export interface SendReplyDeps {
  alerts: AlertStore;
  mentions: MentionStore;
  intents: ReplyIntentStore;
  slackOut: SlackOutQueue;
  adapters: Partial<Record<Platform, ReplyAdapter>>;
  /** The secrets each platform's replies need. */
  credentials: Partial<Record<Platform, CredentialSets>>;
  /** Platforms that deduplicate a repeated call with the same idempotency key themselves. */
  idempotentPlatforms: ReadonlySet<Platform>;
  secrets: () => Promise<SecretBag>;
  fetch: Fetch;
  clock: Clock;
  /** How long an attempt counts as still under way; longer than the reply handler's timeout. */
  attemptLeaseSeconds: number;
}

export type SendReplyOutcome =
  | { outcome: 'sent'; result: ReplyResult }
  | { outcome: 'already-sent'; result: ReplyResult }
  | { outcome: 'refused'; code: string; message: string }
  | { outcome: 'unknown'; message: string }
  | { outcome: 'settled-before'; state: ReplyIntent['state'] };

/** Another delivery of the same reply is posting it right now: try again after it finished. */
export class ReplyInFlight extends Error {
  override readonly name = 'ReplyInFlight';
}

export async function sendReply(message: ReplyMessage, deps: SendReplyDeps): Promise<SendReplyOutcome> {
  const claimed = await claimAttempt(message, deps);
  if ('outcome' in claimed) return claimed;
  let intent = claimed.intent;

  const settle = async (
    state: 'refused' | 'unknown',
    problem: string,
    code?: string,
  ): Promise<SendReplyOutcome> => {
    intent = { ...intent, state, problem, version: intent.version + 1 };
    await deps.intents.save(intent);
    const detail =
      state === 'refused'
        ? `not posted on ${message.platform}: ${problem}`
        : `${message.platform} did not confirm the reply (${problem}); check the post before replying again`;
    await noteOnAlert(message.alertId, deps, (alert) =>
      withEntry(alert, entryAt(deps, 'beacon', 'reply failed', detail)),
    );
    return state === 'refused'
      ? { outcome: 'refused', code: code ?? 'refused', message: problem }
      : { outcome: 'unknown', message: problem };
  };

  const adapter = deps.adapters[message.platform];
  if (!adapter) return settle('refused', `Beacon cannot reply on ${message.platform}`, 'no_reply_adapter');
  const secrets = await deps.secrets();
  const missing = missingCredentials(deps.credentials[message.platform] ?? [], secrets);
  if (missing.length > 0) return settle('refused', `${missing.join(', ')} not set`, 'not_configured');
  const stored = await deps.mentions.get(message.platform, message.threadId, message.mentionId);
  if (!stored) return settle('refused', `mention ${message.mentionId} is not stored`, 'unknown_mention');
  const m = stored.mention;

  let result: ReplyResult;
  try {
    result = await adapter.reply(
      {
        mentionId: m.id,
        threadId: m.threadId,
        ...(m.parentId ? { parentId: m.parentId } : {}),
        ...(m.url ? { url: m.url } : {}),
        kind: m.kind,
      },
      message.text,
      message.idempotencyKey,
      { fetch: deps.fetch, now: deps.clock(), secrets },
    );
  } catch (error) {
    if (error instanceof ReplyRefused) return settle('refused', error.message, error.code);
    if (error instanceof PlatformHttpError && !error.transient)
      return settle('refused', error.message, error.code);
    const nothingPosted = error instanceof RateLimited;
    if (nothingPosted || deps.idempotentPlatforms.has(message.platform)) {
      // Safe to try again: SQS brings the message back after its visibility timeout.
      await deps.intents.save({
        ...intent,
        state: 'failed',
        problem: String(error),
        version: intent.version + 1,
      });
      throw error;
    }
    return settle('unknown', error instanceof Error ? error.message : String(error));
  }

  intent = { ...intent, state: 'sent', result, version: intent.version + 1 };
  await deps.intents.save(intent);
  await markReplied(message, result, deps);
  return { outcome: 'sent', result };
}

/** Step 1: returns the claimed intent, or the outcome when there is nothing (more) to do. */
async function claimAttempt(
  message: ReplyMessage,
  deps: SendReplyDeps,
): Promise<{ intent: ReplyIntent } | SendReplyOutcome> {
  const now = deps.clock();
  const key = {
    platform: message.platform,
    mentionId: message.mentionId,
    idempotencyKey: message.idempotencyKey,
  };
  const fresh: ReplyIntent = {
    ...key,
    alertId: message.alertId,
    by: message.by,
    state: 'pending',
    attempts: 1,
    attemptedAt: now.toISOString(),
    version: 1,
  };
  if (await deps.intents.create(fresh)) return { intent: fresh };
  const current = await deps.intents.get(key);
  if (!current) throw new ReplyInFlight(`reply intent ${message.idempotencyKey} vanished`);

  switch (current.state) {
    case 'sent': {
      // The post went out; finishing the alert may not have.
      const result = current.result ?? { id: '' };
      await markReplied(message, result, deps);
      return { outcome: 'already-sent', result };
    }
    case 'refused':
    case 'unknown':
      return { outcome: 'settled-before', state: current.state };
    case 'pending': {
      const age = (now.getTime() - Date.parse(current.attemptedAt)) / 1000;
      if (age < deps.attemptLeaseSeconds) {
        throw new ReplyInFlight(`reply ${message.idempotencyKey} is being posted by another delivery`);
      }
      if (!deps.idempotentPlatforms.has(message.platform)) {
        // The earlier attempt stopped without recording its outcome: it may have posted.
        const problem = 'an earlier attempt stopped without an answer';
        await deps.intents.save({ ...current, state: 'unknown', problem, version: current.version + 1 });
        const detail = `${message.platform} did not confirm the reply (${problem}); check the post before replying again`;
        await noteOnAlert(message.alertId, deps, (alert) =>
          withEntry(alert, entryAt(deps, 'beacon', 'reply failed', detail)),
        );
        return { outcome: 'unknown', message: problem };
      }
      break;
    }
    case 'failed':
      break;
  }
  const next: ReplyIntent = {
    ...current,
    state: 'pending',
    attempts: current.attempts + 1,
    attemptedAt: now.toISOString(),
    version: current.version + 1,
  };
  try {
    await deps.intents.save(next);
  } catch (error) {
    if (error instanceof VersionConflict)
      throw new ReplyInFlight(`reply ${message.idempotencyKey} was claimed by another delivery`);
    throw error;
  }
  return { intent: next };
}

const entryAt = (deps: SendReplyDeps, by: string, action: string, detail: string): HistoryEntry => ({
  at: deps.clock().toISOString(),
  by,
  action,
  detail,
});

const withEntry = (alert: Alert, entry: HistoryEntry): Alert => ({
  ...alert,
  history: [...alert.history, entry],
  version: alert.version + 1,
});

/** Step 4: the alert becomes replied (if still active) and records where the reply is; once. */
async function markReplied(message: ReplyMessage, result: ReplyResult, deps: SendReplyDeps): Promise<void> {
  const detail = `on ${message.platform}: ${result.url ?? result.id}`;
  await noteOnAlert(message.alertId, deps, (alert) => {
    if (alert.history.some((h) => h.action === 'reply posted' && h.detail === detail)) return undefined;
    const at = deps.clock().toISOString();
    const replied = isActive(alert.state)
      ? applyTransition(alert, { kind: 'replied', by: message.by, at, via: 'slack' })
      : { ...alert, version: alert.version + 1 };
    return {
      ...replied,
      history: [...replied.history, { at, by: message.by, action: 'reply posted', detail }],
    };
  });
}

/**
 * Saves `change` of the alert (re-reading on a version conflict) and queues the card's refresh,
 * also when there was nothing to change, so a retry after a lost refresh repairs the card.
 */
async function noteOnAlert(
  alertId: string,
  deps: SendReplyDeps,
  change: (alert: Alert) => Alert | undefined,
): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const alert = await deps.alerts.get(alertId);
    if (!alert) return;
    const next = change(alert);
    try {
      if (next) await deps.alerts.save(next);
    } catch (error) {
      if (error instanceof VersionConflict && attempt < 4) continue;
      throw error;
    }
    const shown = next ?? alert;
    await deps.slackOut.send([
      { kind: 'alert', channel: shown.channel, alertId: shown.alertId, version: shown.version },
    ]);
    return;
  }
}
