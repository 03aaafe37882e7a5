/**
 * Processes one mention from the `mentions` queue.
 *
 * 1. Store it once (conditional put on its platform id); a mention already processed is a duplicate.
 * 2. A reply by the brand's own account closes the thread's open alert ("replied on the platform").
 * 3. Otherwise classify it and count it as the author's moment in this thread (once per thread).
 * 4. If the thread already has an active alert, the post goes into that alert's Slack thread, and a
 *    shorter window for it pulls the deadline in; a resolved alert is reopened by a new moment.
 * 5. Otherwise route it; when the route keeps it, open the alert (conditional put on the thread's
 *    alert id) and ask `notify` to post it.
 * 6. Mark the mention processed.
 *
 * Every step can run again after a crash without doing its effect twice, which is what lets SQS
 * redeliver freely.
 */
import { type Alert, alertIdFor, isActive, shownInSlack } from '../domain/alert.ts';
import { applyTransition, openAlert } from '../domain/alert-lifecycle.ts';
import type { Detection, MomentType } from '../domain/detection.ts';
import { digestPeriod } from '../domain/digest.ts';
import type { Mention } from '../domain/mention.ts';
import type { Route } from '../domain/route.ts';
import { foldsInto, STORM, type Storm, type StormSettings, stormKey } from '../domain/storm.ts';
import {
  type Dropped,
  type DropReason,
  dropBeforeRouting,
  dropByRoute,
  needsReview,
  type ReviewSetting,
} from '../domain/triage.ts';
import type { SlackOutMessage } from '../queue/messages.ts';
import { escapeMrkdwn, outsideLine, ownText, truncate } from '../slack/mrkdwn.ts';
import { statsOf } from './author-stats.ts';
import type {
  AlertStore,
  AuthorStats,
  AuthorStore,
  Clock,
  DigestStore,
  MentionStore,
  RouteSummary,
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
  /** Where posts the detector cannot judge go, if anywhere (read per post: the config may reload). */
  review?: () => ReviewSetting | undefined;
  /** Storm counters; with `stormSubject`, bursts of alerts by many people fold into one card. */
  storms?: StormStore;
  stormSettings?: StormSettings;
  /** What the post is about, for storms; undefined when it names nothing but the brand. */
  stormSubject?: (mention: Mention, type: MomentType) => string | undefined;
  /** What the post is about, for reports (domain/subject.ts); kept on the alert it opens. */
  reportSubject?: (mention: Mention, type: MomentType, detection: Detection) => string | undefined;
}

export type MentionOutcome =
  | 'duplicate'
  | 'brand-reply'
  | 'dropped'
  | 'digested'
  | 'opened'
  | 'followup'
  | 'reopened';

const alertMessage = (alert: Alert, opener?: Mention, pulledIn?: boolean): SlackOutMessage => ({
  kind: 'alert',
  channel: alert.channel,
  alertId: alert.alertId,
  version: alert.version,
  ...(pulledIn ? { pulledIn } : {}),
  // What notify reads beside the alert for a new card, so it reads all three in one round trip.
  ...(opener && alert.mentionKey === `${opener.platform}#${opener.id}`
    ? {
        root: {
          platform: opener.platform,
          threadId: opener.threadId,
          mentionId: opener.id,
          authorId: opener.author.id,
        },
      }
    : {}),
});

const followupMessage = (alert: Alert, mention: Mention): SlackOutMessage => ({
  kind: 'followup',
  channel: alert.channel,
  alertId: alert.alertId,
  platform: mention.platform,
  threadId: mention.threadId,
  mentionId: mention.id,
});

export interface MentionResult {
  outcome: MentionOutcome;
  /** Why no alert was opened, when the post was dropped. */
  dropped?: DropReason;
}

export async function processMention(incoming: Mention, deps: PipelineDeps): Promise<MentionResult> {
  // Classified before it is stored (pure and fast), so the mention is written once with it.
  const early = incoming.author.isBrand ? undefined : deps.classify(incoming);
  const { stored, created } = await deps.mentions.putOnce(incoming, early);
  // The store may have placed a reply in its parent's thread.
  const mention = stored.mention;
  if (!created && stored.status === 'processed') return { outcome: 'duplicate' };
  const now = deps.clock();
  const alertId = alertIdFor(mention.platform, mention.threadId);
  // One round trip: the thread's alert, the author's profile and their moment in this thread.
  const [existing, author] = await Promise.all([
    deps.alerts.get(alertId),
    mention.author.isBrand
      ? undefined
      : deps.authors.lookup(mention.platform, mention.author.id, mention.threadId),
  ]);

  if (mention.author.isBrand) {
    if (existing && (isActive(existing.state) || existing.state === 'expired')) {
      const replied = applyTransition(existing, {
        kind: 'replied',
        by: mention.author.handle,
        at: mention.createdAt,
        via: 'platform',
      });
      await deps.alerts.save(replied);
      await deps.slackOut.send([alertMessage(replied), followupMessage(replied, mention)]);
    } else if (existing && shownInSlack(existing)) {
      await deps.slackOut.send([followupMessage(existing, mention)]);
    }
    await deps.mentions.update(mention, { status: 'processed', ...(existing ? { alertId } : {}) });
    return { outcome: 'brand-reply' };
  }

  const detection = stored.detection ?? early ?? deps.classify(mention);
  // Rules look at the author's moments in other threads: follow-ups here, replays and redeliveries
  // never count as history, and recording is idempotent (one moment per thread per author).
  const authorStats = author?.profile
    ? statsOf(author.profile, now, {
        threadId: mention.threadId,
        ...(author.moment ? { marker: author.moment } : {}),
      })
    : undefined;
  await deps.authors.record(
    mention.platform,
    mention.author.id,
    { threadId: mention.threadId, label: detection.label, at: mention.createdAt, lang: detection.lang },
    now,
    author,
  );
  if (!stored.detection) await deps.mentions.update(mention, { detection });

  // A redelivery of the mention that opened the alert (an earlier attempt stopped part-way) opens it
  // again, which re-queues its card; it is neither its own follow-up nor a reason to reopen.
  const opener = existing?.mentionKey === `${mention.platform}#${mention.id}`;
  let outcome: MentionOutcome;
  let route: Route | undefined;
  let dropped: Dropped | undefined;
  let review: string | undefined;
  if (existing && isActive(existing.state) && !opener) {
    outcome = await followUp(existing, mention, detection, authorStats, now, deps);
  } else {
    const reviewSetting = deps.review?.();
    dropped = dropBeforeRouting(mention.text, detection, reviewSetting);
    if (!dropped) {
      route = deps.route({ detection, mention, ...(authorStats ? { authorStats } : {}) }, now);
      dropped = dropByRoute(route);
    }
    if (dropped) {
      const messages: SlackOutMessage[] =
        existing && shownInSlack(existing) ? [followupMessage(existing, mention)] : [];
      if (reviewSetting && needsReview(dropped)) {
        review = reviewSetting.channel;
        messages.push(reviewNotice(review, mention, dropped));
      }
      if (messages.length > 0) await deps.slackOut.send(messages);
      outcome = 'dropped';
    } else if (existing && !opener) {
      outcome = await reopen(existing, mention, route!, now, deps);
    } else {
      outcome = await open(mention, detection, route!, now, deps);
    }
  }
  await deps.mentions.update(mention, {
    status: 'processed',
    ...(route ? { route: summarise(route) } : {}),
    ...(dropped ? { dropped } : {}),
    ...(review ? { review } : {}),
    ...((outcome === 'dropped' || outcome === 'digested') && !existing ? {} : { alertId }),
  });
  return dropped ? { outcome, dropped: dropped.reason } : { outcome };
}

const summarise = (route: Route): RouteSummary => ({
  rule: route.rule,
  label: route.label,
  channel: route.channel,
  drop: route.drop,
  windowSeconds: route.windowSeconds,
  reasons: route.reasons,
  ...(route.digest ? { digest: route.digest } : {}),
  ...(route.advocateMoment ? { advocateMoment: true } : {}),
});

/** A post the detector could not judge, shown to people in the review channel (as data, never markup). */
const reviewNotice = (channel: string, mention: Mention, dropped: Dropped): SlackOutMessage => ({
  kind: 'notice',
  channel,
  key: `review:${mention.platform}#${mention.id}`,
  text: [
    `:mag: *For review* (${dropped.reason.replace('-', ' ')}): ${escapeMrkdwn(dropped.detail)}. ${outsideLine(mention.platform, 20)} mention ${outsideLine(mention.id, 120)} from @${outsideLine(mention.author.handle, 80)}:`,
    `>${outsideLine(mention.text || '(no text)', 500)}`,
    `More: \`npm run beacon -- explain ${outsideLine(mention.id, 120)}\``,
  ].join('\n'),
});

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
  const reportSubject = deps.reportSubject?.(mention, route.label, detection);
  const opened: Alert = {
    ...openAlert(mention, route.label, route, now, deps.deadline(now, route.windowSeconds)),
    lang: detection.lang,
    ...(reportSubject ? { subject: reportSubject } : {}),
  };
  let storm: Storm | undefined;
  const subject = deps.storms && deps.stormSubject?.(mention, route.label);
  if (deps.storms && subject) {
    storm = await deps.storms.join(
      stormKey(route.channel, route.label, subject),
      {
        alertId: opened.alertId,
        author: `${mention.platform}#${mention.author.id}`,
        channel: route.channel,
        type: route.label,
        subject,
        line: `@${mention.author.handle}: ${truncate(mention.text.replace(/\s+/g, ' '), 200)}`,
      },
      now,
      (deps.stormSettings ?? STORM).windowSeconds,
    );
  }
  const folded = storm && foldsInto(storm, deps.stormSettings) ? storm : undefined;
  const alert: Alert = folded ? { ...opened, stormId: folded.stormId } : opened;
  const created = await deps.alerts.create(alert);
  const winner = created ? alert : await deps.alerts.get(alert.alertId);
  if (!winner) throw new Error(`alert ${alert.alertId} not found`);
  if (winner.mentionKey !== alert.mentionKey) {
    // Another mention of the same thread opened it a moment ago: this one is a follow-up.
    await deps.slackOut.send([followupMessage(winner, mention)]);
    return 'followup';
  }
  // Opened by this mention, now or on a delivery that stopped before queueing its card: (re)queue
  // it; notify finds a card already posted by its metadata, so a card is never posted twice.
  const copies: SlackOutMessage[] = route.copyTo
    .filter((c) => c !== route.channel)
    .map((channel) => ({
      kind: 'notice',
      channel,
      key: `copy:${alert.alertId}:${channel}`,
      // The post itself is added, escaped, when the notice is rendered.
      text: `:busts_in_silhouette: Copy of a ${route.label} alert in #${ownText(route.channel)}`,
      alertId: alert.alertId,
    }));
  const stormCard: SlackOutMessage[] =
    folded && winner.stormId === folded.stormId
      ? [{ kind: 'storm', channel: route.channel, stormId: folded.stormId, version: folded.version }]
      : [];
  await deps.slackOut.send([...stormCard, alertMessage(winner, mention), ...copies]);
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
  if (current !== alert) messages.push(alertMessage(current, undefined, true));
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
