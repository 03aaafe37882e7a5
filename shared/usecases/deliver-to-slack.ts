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
import {
  type AlertStore,
  type AuthorStore,
  type Clock,
  type MentionStore,
  type SlackGateway,
  VersionConflict,
} from './ports.ts';

export interface SlackDeliveryDeps {
  alerts: AlertStore;
  mentions: MentionStore;
  authors: AuthorStore;
  slack: SlackGateway;
  clock: Clock;
}

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
  }
}

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
  const author = await deps.authors.get(root.mention.platform, root.mention.author.id);
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
  let ts = alert.postAttemptedAt
    ? await deps.slack.findByMetadata(channelId, 'alert_id', alert.alertId, new Date(alert.postAttemptedAt))
    : undefined;
  if (!ts) {
    alert = await updateAlert(deps, alertId, () => ({
      postAttemptedAt: deps.clock().toISOString(),
      slackChannelId: channelId,
    }));
    ts = (await deps.slack.post(channelId, render(alert))).ts;
  }
  const posted = ts;
  alert = await updateAlert(deps, alertId, () => ({ slackTs: posted, slackChannelId: channelId }));
  // State may have moved on between render and save (a click, a tick): show the latest.
  if (alert.version > 3) await deps.slack.update(channelId, posted, render(alert));
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
        alert.slackTs,
      )
    : undefined;
  if (!ts) {
    await deps.mentions.update(stored.mention, { slackAttemptedAt: deps.clock().toISOString() });
    ts = (await deps.slack.post(alert.slackChannelId, renderFollowup(stored.mention), alert.slackTs)).ts;
  }
  await deps.mentions.update(stored.mention, { slackTs: ts });
}

async function deliverNotice(
  message: Extract<SlackOutMessage, { kind: 'notice' }>,
  deps: SlackDeliveryDeps,
): Promise<void> {
  let threadTs: string | undefined;
  let channelId: string;
  if (message.inThread && message.alertId) {
    const alert = await deps.alerts.get(message.alertId);
    if (!alert?.slackTs || !alert.slackChannelId)
      throw new NotReadyYet(`alert ${message.alertId} is not posted yet`);
    threadTs = alert.slackTs;
    channelId = alert.slackChannelId;
  } else {
    channelId = await deps.slack.channelId(message.channel);
  }
  const since = new Date(deps.clock().getTime() - 15 * 60 * 1000);
  if (await deps.slack.findByMetadata(channelId, 'notice_key', message.key, since, threadTs)) return;
  await deps.slack.post(
    channelId,
    {
      text: message.text,
      blocks: [{ type: 'section', text: { type: 'mrkdwn', text: message.text } }],
      metadata: { event_type: 'beacon_notice', event_payload: { notice_key: message.key } },
    },
    threadTs,
  );
}
