/**
 * Carries out one `slack-out` message. Runs as the single writer of its channel (FIFO group).
 *
 * Exactly-once where people see it: before a first post the intent is stored (`postAttemptedAt`),
 * and every message carries Slack metadata with its id. A retry after an uncertain post (timeout,
 * crash before the ts was saved) looks the message up by that metadata instead of posting twice.
 */
import type { Alert } from '../domain/alert.ts';
import type { SlackOutMessage } from '../queue/messages.ts';
import { renderAlertCard, renderFollowup } from '../slack/alert-card.ts';
import { section } from '../slack/blocks.ts';
import { renderDigest } from '../slack/digest-message.ts';
import { type NoticeSubject, renderMovedCard, renderNotice } from '../slack/notices.ts';
import { renderStormCard } from '../slack/storm-card.ts';
import {
  type AlertStore,
  type AuthorStore,
  type Clock,
  type DigestStore,
  type MentionStore,
  type SlackGateway,
  type StormStore,
  VersionConflict,
} from './ports.ts';

export interface SlackDeliveryDeps {
  alerts: AlertStore;
  mentions: MentionStore;
  authors: AuthorStore;
  slack: SlackGateway;
  clock: Clock;
  storms?: StormStore;
  digests?: DigestStore;
  /** Told when an alert's card is first in Slack, with the mention's creation time (alert latency). */
  cardPosted?: (mentionCreatedAt: string) => void;
}

const THIRTY_DAYS_MS = 30 * 86_400_000;

export class NotReadyYet extends Error {
  override readonly name = 'NotReadyYet';
}

export async function deliverToSlack(message: SlackOutMessage, deps: SlackDeliveryDeps): Promise<void> {
  switch (message.kind) {
    case 'alert':
      return deliverAlert(message.alertId, deps);
    case 'followup':
      return deliverFollowup(message, deps);
    case 'notice':
      return deliverNotice(message, deps);
    case 'ephemeral': {
      const channelId = await deps.slack.channelId(message.channel);
      return deps.slack.postEphemeral(channelId, message.user, {
        text: message.text,
        blocks: [section(message.text)],
      });
    }
    case 'retire':
      return deps.slack.update(message.channelId, message.ts, renderMovedCard(message.text));
    case 'storm':
      return deliverStorm(message.stormId, deps);
    case 'digest':
      return deliverDigest(message.channel, message.period, deps);
  }
}

/** The thread an alert's notices and follow-ups go to: its own card, or the storm card it folded into. */
const threadOf = (alert: Alert): string | undefined => alert.slackThreadTs ?? alert.slackTs;

/** Re-reads the alert and saves a change to it, retrying when someone else saved first. */
async function updateAlert(
  deps: SlackDeliveryDeps,
  alertId: string,
  change: (a: Alert) => Partial<Alert>,
): Promise<Alert> {
  for (let attempt = 0; ; attempt++) {
    const current = await deps.alerts.get(alertId);
    if (!current) throw new Error(`alert ${alertId} not found`);
    const next = { ...current, ...change(current), version: current.version + 1 };
    try {
      await deps.alerts.save(next);
      return next;
    } catch (error) {
      if (!(error instanceof VersionConflict) || attempt >= 4) throw error;
    }
  }
}

async function deliverAlert(alertId: string, deps: SlackDeliveryDeps): Promise<void> {
  let alert = await deps.alerts.get(alertId);
  if (!alert) throw new Error(`alert ${alertId} not found`);
  const [platform, ...rest] = alert.mentionKey.split('#');
  const root = await deps.mentions.get(platform ?? alert.platform, alert.threadId, rest.join('#'));
  if (!root) throw new Error(`mention ${alert.mentionKey} of alert ${alertId} not found`);
  const stats = await deps.authors.get(root.mention.platform, root.mention.author.id);
  const recent = await deps.authors.recent?.(
    root.mention.platform,
    root.mention.author.id,
    new Date(deps.clock().getTime() - THIRTY_DAYS_MS),
  );
  const author = stats && recent ? { ...stats, last30d: recent } : stats;
  const render = (a: Alert) =>
    renderAlertCard(
      {
        alert: a,
        mention: root.mention,
        ...(root.detection ? { detection: root.detection } : {}),
        ...(author ? { author } : {}),
      },
      deps.clock(),
    );

  if (alert.slackTs && alert.slackChannelId) {
    await deps.slack.update(alert.slackChannelId, alert.slackTs, render(alert));
    return;
  }
  const channelId = alert.slackChannelId ?? (await deps.slack.channelId(alert.channel));
  // A folded alert's card is a reply in its storm card's thread.
  let threadTs: string | undefined;
  if (alert.stormId && deps.storms) {
    const storm = await deps.storms.get(alert.stormId);
    if (!storm?.slackTs) throw new NotReadyYet(`storm ${alert.stormId} is not posted yet`);
    threadTs = storm.slackTs;
  }
  let ts = alert.postAttemptedAt
    ? await deps.slack.findByMetadata(
        channelId,
        'alert_id',
        alert.alertId,
        new Date(alert.postAttemptedAt),
        threadTs,
      )
    : undefined;
  if (!ts) {
    alert = await updateAlert(deps, alertId, () => ({
      postAttemptedAt: deps.clock().toISOString(),
      slackChannelId: channelId,
    }));
    ts = (await deps.slack.post(channelId, render(alert), threadTs)).ts;
  }
  const posted = ts;
  const permalink = await permalinkOf(deps, channelId, posted);
  alert = await updateAlert(deps, alertId, () => ({
    slackTs: posted,
    slackChannelId: channelId,
    ...(threadTs ? { slackThreadTs: threadTs } : {}),
    ...(permalink ? { slackPermalink: permalink } : {}),
  }));
  deps.cardPosted?.(root.mention.createdAt);
  // State may have moved on between render and save (a click, a tick): show the latest.
  if (alert.version > 3) await deps.slack.update(channelId, posted, render(alert));
}

/** The card's link; a failure here is not worth posting the card again, so it only loses the link. */
async function permalinkOf(
  deps: SlackDeliveryDeps,
  channelId: string,
  ts: string,
): Promise<string | undefined> {
  try {
    return await deps.slack.permalink(channelId, ts);
  } catch {
    return undefined;
  }
}

async function deliverFollowup(
  message: Extract<SlackOutMessage, { kind: 'followup' }>,
  deps: SlackDeliveryDeps,
): Promise<void> {
  const alert = await deps.alerts.get(message.alertId);
  if (!alert?.slackTs || !alert.slackChannelId)
    throw new NotReadyYet(`alert ${message.alertId} is not posted yet`);
  const stored = await deps.mentions.get(message.platform, message.threadId, message.mentionId);
  if (!stored) throw new Error(`mention ${message.platform}#${message.mentionId} not found`);
  if (stored.slackTs) return;
  const key = `${stored.mention.platform}#${stored.mention.id}`;
  let ts = stored.slackAttemptedAt
    ? await deps.slack.findByMetadata(
        alert.slackChannelId,
        'mention_key',
        key,
        new Date(stored.slackAttemptedAt),
        threadOf(alert),
      )
    : undefined;
  if (!ts) {
    await deps.mentions.update(stored.mention, { slackAttemptedAt: deps.clock().toISOString() });
    ts = (await deps.slack.post(alert.slackChannelId, renderFollowup(stored.mention), threadOf(alert))).ts;
  }
  await deps.mentions.update(stored.mention, { slackTs: ts });
}

async function deliverNotice(
  message: Extract<SlackOutMessage, { kind: 'notice' }>,
  deps: SlackDeliveryDeps,
): Promise<void> {
  const alert = message.alertId ? await deps.alerts.get(message.alertId) : undefined;
  let threadTs: string | undefined;
  let channelId: string;
  if (message.inThread && message.alertId) {
    if (!alert?.slackTs || !alert.slackChannelId)
      throw new NotReadyYet(`alert ${message.alertId} is not posted yet`);
    threadTs = threadOf(alert);
    channelId = alert.slackChannelId;
  } else {
    channelId = await deps.slack.channelId(message.channel);
  }
  const since = new Date(deps.clock().getTime() - 15 * 60 * 1000);
  if (await deps.slack.findByMetadata(channelId, 'notice_key', message.key, since, threadTs)) return;
  const subject = alert ? await noticeSubject(alert, deps) : undefined;
  await deps.slack.post(channelId, renderNotice(message.text, message.key, subject), threadTs);
}

/** Who wrote the post behind a notice, its first words and the card's link. */
async function noticeSubject(alert: Alert, deps: SlackDeliveryDeps): Promise<NoticeSubject | undefined> {
  let post = alert.post;
  if (!post) {
    const [platform, ...rest] = alert.mentionKey.split('#');
    const root = await deps.mentions.get(platform ?? alert.platform, alert.threadId, rest.join('#'));
    if (!root) return undefined;
    post = { author: root.mention.author.handle, excerpt: root.mention.text };
  }
  const permalink =
    alert.slackPermalink ??
    (alert.slackTs && alert.slackChannelId
      ? await permalinkOf(deps, alert.slackChannelId, alert.slackTs)
      : undefined);
  return { alert, author: post.author, text: post.excerpt, ...(permalink ? { permalink } : {}) };
}

async function deliverStorm(stormId: string, deps: SlackDeliveryDeps): Promise<void> {
  if (!deps.storms) throw new Error('storms are not configured');
  const storms = deps.storms;
  const save = async (change: (s: NonNullable<Awaited<ReturnType<typeof storms.get>>>) => object) => {
    for (let attempt = 0; ; attempt++) {
      const current = await storms.get(stormId);
      if (!current) throw new Error(`storm ${stormId} not found`);
      const next = { ...current, ...change(current), version: current.version + 1 };
      try {
        await storms.save(next);
        return next;
      } catch (error) {
        if (!(error instanceof VersionConflict) || attempt >= 4) throw error;
      }
    }
  };
  let storm = await storms.get(stormId);
  if (!storm) throw new Error(`storm ${stormId} not found`);
  if (storm.slackTs && storm.slackChannelId) {
    await deps.slack.update(storm.slackChannelId, storm.slackTs, renderStormCard(storm));
    return;
  }
  const channelId = storm.slackChannelId ?? (await deps.slack.channelId(storm.channel));
  let ts = storm.postAttemptedAt
    ? await deps.slack.findByMetadata(channelId, 'storm_id', stormId, new Date(storm.postAttemptedAt))
    : undefined;
  if (!ts) {
    storm = await save(() => ({ postAttemptedAt: deps.clock().toISOString(), slackChannelId: channelId }));
    ts = (await deps.slack.post(channelId, renderStormCard(storm))).ts;
  }
  const posted = ts;
  storm = await save(() => ({ slackTs: posted, slackChannelId: channelId }));
  // Alerts may have joined while it was being posted: show the latest count.
  await deps.slack.update(channelId, posted, renderStormCard(storm));
}

async function deliverDigest(channel: string, period: string, deps: SlackDeliveryDeps): Promise<void> {
  if (!deps.digests) throw new Error('digests are not configured');
  const entries = await deps.digests.entries(channel, period);
  if (entries.length === 0) return;
  const channelId = await deps.slack.channelId(channel);
  const since = new Date(deps.clock().getTime() - 24 * 3600 * 1000);
  if (await deps.slack.findByMetadata(channelId, 'digest_key', `${channel}#${period}`, since)) return;
  await deps.slack.post(channelId, renderDigest(channel, period, entries));
}
