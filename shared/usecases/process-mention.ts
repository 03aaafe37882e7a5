/**
 * Processes one mention from the `mentions` queue.
 *
 * 1. Store it once (conditional put on its platform id); a mention already processed is a duplicate.
 * 2. A reply by the brand's own account closes the thread's open alert ("replied on the platform").
 * 3. Otherwise classify it and count it in the author's history.
 * 4. If the thread already has an active alert, the post goes into that alert's Slack thread, and a
 *    shorter window for it pulls the deadline in; a resolved alert is reopened by a new moment.
 * 5. Otherwise route it; when the route keeps it, open the alert (conditional put on the thread's
 *    alert id) and ask `notify` to post it.
 * 6. Mark the mention processed.
 *
 * Every step can run again after a crash without doing its effect twice, which is what lets SQS
 * redeliver freely.
 */
import { type Alert, alertIdFor, isActive } from '../domain/alert.ts';
import { applyTransition, openAlert } from '../domain/alert-lifecycle.ts';
import type { Detection, MomentType } from '../domain/detection.ts';
import { digestPeriod } from '../domain/digest.ts';
import type { Mention } from '../domain/mention.ts';
import type { Route } from '../domain/route.ts';
import { foldsInto, STORM, type Storm, type StormSettings, stormKey } from '../domain/storm.ts';
import type { SlackOutMessage } from '../queue/messages.ts';
import { escapeMrkdwn, truncate } from '../slack/mrkdwn.ts';
import type {
  AlertStore,
  AuthorStats,
  AuthorStore,
  Clock,
  DigestStore,
  MentionStore,
  SlackOutQueue,
  StormStore,
} from './ports.ts';

export interface PipelineDeps {
  mentions: MentionStore;
  alerts: AlertStore;
  authors: AuthorStore;
  slackOut: SlackOutQueue;
  clock: Clock;
  classify: (mention: Mention) => Detection;
  route: (input: { detection: Detection; mention: Mention; authorStats?: AuthorStats }, now: Date) => Route;
  /** Deadline of a window of `windowSeconds` opened at `openedAt` (business hours aware). */
  deadline: (openedAt: Date, windowSeconds: number) => Date;
  /** Posts of rules that ask for a digest are kept here instead of opening alerts. */
  digests?: DigestStore;
  /** Storm counters; with `stormSubject`, bursts of alerts fold into one card. */
  storms?: StormStore;
  stormSettings?: StormSettings;
  stormSubject?: (mention: Mention, detection: Detection, type: MomentType) => string;
}

export type MentionOutcome =
  | 'duplicate'
  | 'brand-reply'
  | 'dropped'
  | 'digested'
  | 'opened'
  | 'followup'
  | 'reopened';

const alertMessage = (alert: Alert): SlackOutMessage => ({
  kind: 'alert',
  channel: alert.channel,
  alertId: alert.alertId,
  version: alert.version,
});

const followupMessage = (alert: Alert, mention: Mention): SlackOutMessage => ({
  kind: 'followup',
  channel: alert.channel,
  alertId: alert.alertId,
  platform: mention.platform,
  threadId: mention.threadId,
  mentionId: mention.id,
});

export async function processMention(incoming: Mention, deps: PipelineDeps): Promise<MentionOutcome> {
  const { stored, created } = await deps.mentions.putOnce(incoming);
  // The store may have placed a reply in its parent's thread.
  const mention = stored.mention;
  if (!created && stored.status === 'processed') return 'duplicate';
  const now = deps.clock();
  const alertId = alertIdFor(mention.platform, mention.threadId);
  const existing = await deps.alerts.get(alertId);

  if (mention.author.isBrand) {
    if (existing && isActive(existing.state)) {
      const replied = applyTransition(existing, {
        kind: 'replied',
        by: mention.author.handle,
        at: mention.createdAt,
        via: 'platform',
      });
      await deps.alerts.save(replied);
      await deps.slackOut.send([alertMessage(replied), followupMessage(replied, mention)]);
    } else if (existing?.slackTs) {
      await deps.slackOut.send([followupMessage(existing, mention)]);
    }
    await deps.mentions.update(mention, { status: 'processed', ...(existing ? { alertId } : {}) });
    return 'brand-reply';
  }

  const detection = stored.detection ?? deps.classify(mention);
  // Rules look at the author's earlier posts; this one is counted on first delivery only, so a
  // redelivery cannot inflate the history.
  const authorStats = await authorHistory(mention, stored.detection, now, deps);
  if (created)
    await deps.authors.record(mention.platform, mention.author.id, detection.label, mention.createdAt);
  if (!stored.detection) await deps.mentions.update(mention, { detection });

  let outcome: MentionOutcome;
  if (existing && isActive(existing.state)) {
    outcome = await followUp(existing, mention, detection, authorStats, now, deps);
  } else {
    const route =
      detection.label === 'none'
        ? undefined
        : deps.route({ detection, mention, ...(authorStats ? { authorStats } : {}) }, now);
    if (!route || route.drop || route.label === 'none') {
      if (existing?.slackTs) await deps.slackOut.send([followupMessage(existing, mention)]);
      outcome = 'dropped';
    } else if (existing) {
      outcome = await reopen(existing, mention, route, now, deps);
    } else {
      outcome = await open(mention, detection, route, now, deps);
    }
  }
  await deps.mentions.update(mention, {
    status: 'processed',
    ...((outcome === 'dropped' || outcome === 'digested') && !existing ? {} : { alertId }),
  });
  return outcome;
}

/** The author's earlier posts: all-time counts, and counts of the last 30 days when the store keeps them. */
async function authorHistory(
  mention: Mention,
  ownDetection: Detection | undefined,
  now: Date,
  deps: PipelineDeps,
): Promise<AuthorStats | undefined> {
  const totals = await deps.authors.get(mention.platform, mention.author.id);
  if (!totals || !deps.authors.recent) return totals;
  const since = new Date(now.getTime() - 30 * 24 * 3600 * 1000);
  const last30d = await deps.authors.recent(mention.platform, mention.author.id, since);
  // On a redelivery this post's own label is already stored; it is not an earlier post.
  if (ownDetection) last30d[ownDetection.label] = Math.max(0, (last30d[ownDetection.label] ?? 0) - 1);
  return { ...totals, last30d };
}

async function open(
  mention: Mention,
  detection: Detection,
  route: Route,
  now: Date,
  deps: PipelineDeps,
): Promise<MentionOutcome> {
  if (route.label === 'none') return 'dropped';
  if (route.digest && deps.digests) {
    const { period, closesAt } = digestPeriod(route.digest, now);
    await deps.digests.add(route.channel, period, closesAt, {
      mentionKey: `${mention.platform}#${mention.id}`,
      type: route.label,
      platform: mention.platform,
      handle: mention.author.handle,
      text: truncate(mention.text, 500),
      ...(mention.url ? { url: mention.url } : {}),
      createdAt: mention.createdAt,
    });
    return 'digested';
  }
  const opened = openAlert(mention, route.label, route, now, deps.deadline(now, route.windowSeconds));
  let storm: Storm | undefined;
  if (deps.storms && deps.stormSubject) {
    const subject = deps.stormSubject(mention, detection, route.label);
    storm = await deps.storms.join(
      stormKey(route.channel, route.label, subject),
      {
        alertId: opened.alertId,
        channel: route.channel,
        type: route.label,
        subject,
        line: `@${mention.author.handle}: ${truncate(mention.text.replace(/\s+/g, ' '), 200)}`,
      },
      now,
      (deps.stormSettings ?? STORM).windowSeconds,
    );
  }
  const folded = storm && foldsInto(storm.count, deps.stormSettings) ? storm : undefined;
  const alert: Alert = folded ? { ...opened, stormId: folded.stormId } : opened;
  const created = await deps.alerts.create(alert);
  if (!created) {
    // Another mention of the same thread opened it a moment ago: this one is a follow-up.
    const winner = await deps.alerts.get(alert.alertId);
    if (winner) await deps.slackOut.send([followupMessage(winner, mention)]);
    return 'followup';
  }
  const copies: SlackOutMessage[] = route.copyTo
    .filter((c) => c !== route.channel)
    .map((channel) => ({
      kind: 'notice',
      channel,
      key: `copy:${alert.alertId}:${channel}`,
      // The post itself is added, escaped, when the notice is rendered.
      text: `:busts_in_silhouette: Copy of a ${route.label} alert in #${escapeMrkdwn(route.channel)}`,
      alertId: alert.alertId,
    }));
  const stormCard: SlackOutMessage[] = folded
    ? [{ kind: 'storm', channel: route.channel, stormId: folded.stormId, version: folded.version }]
    : [];
  await deps.slackOut.send([...stormCard, alertMessage(alert), ...copies]);
  return 'opened';
}

async function followUp(
  alert: Alert,
  mention: Mention,
  detection: Detection,
  authorStats: AuthorStats | undefined,
  now: Date,
  deps: PipelineDeps,
): Promise<MentionOutcome> {
  let current = alert;
  if (detection.label !== 'none') {
    const route = deps.route({ detection, mention, ...(authorStats ? { authorStats } : {}) }, now);
    const sooner = deps.deadline(now, route.windowSeconds);
    if (!route.drop && sooner.getTime() < Date.parse(alert.deadline)) {
      current = {
        ...alert,
        deadline: sooner.toISOString(),
        windowSeconds: Math.max(1, Math.round((sooner.getTime() - Date.parse(alert.openedAt)) / 1000)),
        nextStepAt: now.toISOString(),
        history: [
          ...alert.history,
          {
            at: now.toISOString(),
            by: 'beacon',
            action: 'deadline pulled in',
            detail: 'new customer message',
          },
        ],
        version: alert.version + 1,
      };
      await deps.alerts.save(current);
    }
  }
  const messages = [followupMessage(current, mention)];
  if (current !== alert) messages.push(alertMessage(current));
  await deps.slackOut.send(messages);
  return 'followup';
}

async function reopen(
  alert: Alert,
  mention: Mention,
  route: Route,
  now: Date,
  deps: PipelineDeps,
): Promise<MentionOutcome> {
  const reopened = applyTransition(alert, { kind: 'reopen', at: now.toISOString(), by: 'beacon' });
  const deadline = deps.deadline(now, route.windowSeconds);
  const next: Alert = {
    ...reopened,
    ...(route.label !== 'none' ? { type: route.label } : {}),
    openedAt: now.toISOString(),
    deadline: deadline.toISOString(),
    windowSeconds: route.windowSeconds,
    escalations: route.escalations,
    escalationsDone: 0,
    nextStepAt: now.toISOString(),
  };
  await deps.alerts.save(next);
  await deps.slackOut.send([followupMessage(next, mention), alertMessage(next)]);
  return 'reopened';
}
