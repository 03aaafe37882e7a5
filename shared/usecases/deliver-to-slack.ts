/**
 * Carries out one `slack-out` message. Runs as the single writer of its channel (FIFO group).
 *
 * Exactly-once where people see it: before a first post the intent is stored (`postAttemptedAt`),
 * and every message carries Slack metadata with its id. A retry after an uncertain post (timeout,
 * crash before the ts was saved) looks the message up by that metadata instead of posting twice.
 *
 * A refresh is superseded by a newer one: the card records the alert version it shows
 * (`slackShownVersion`), and a refresh of that version or an older one is skipped, so a backlog
 * of refreshes costs one update per card. A card whose Slack message is gone is posted anew.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { type Alert, isPriorityAlert, shownInSlack } from '../domain/alert.ts';
import { STORM, type StormSettings } from '../domain/storm.ts';
import type { SlackOutMessage } from '../queue/messages.ts';
import { renderAlertCard, renderFollowup } from '../slack/alert-card.ts';
import { section } from '../slack/blocks.ts';
import { renderDigest } from '../slack/digest-message.ts';
import { type NoticeSubject, renderMovedCard, renderNotice } from '../slack/notices.ts';
import { renderStormCard } from '../slack/storm-card.ts';
import { statsOf } from './author-stats.ts';
import { type BurstDeps, deliverSummary, holdAlert, holdFollowup, listsNow } from './burst-summary.ts';
import { HeldUntil, NotReadyYet, NotSavedYet } from './delivery-errors.ts';
import {
  type AlertStore,
  type AuthorStats,
  type AuthorStore,
  type Clock,
  type DigestStore,
  type MentionStore,
  type NoticeAttempts,
  type SlackGateway,
  SlackMessageGone,
  SlackRateLimited,
  SlackUnavailable,
  type StormStore,
  VersionConflict,
} from './ports.ts';
import { updateAlert as saveAlertChange } from './update-alert.ts';

export interface SlackDeliveryDeps {
  alerts: AlertStore;
  mentions: MentionStore;
  authors: AuthorStore;
  slack: SlackGateway;
  clock: Clock;
  storms?: StormStore;
  digests?: DigestStore;
  /** Notices attempted before; without it every notice looks for itself in Slack before posting. */
  noticeAttempts?: NoticeAttempts;
  /** The routing config's advocate rule, applied to an author's earlier moments. */
  isAdvocate?: (earlier: AuthorStats | undefined) => boolean;
  /** Storm settings (how often a storm card's count is brought up to date). */
  stormSettings?: StormSettings;
  /** Real time, in epoch ms, for the write budget's intervals; Date.now by default. */
  nowMs?: () => number;
  /** The routing config's `detection.unsure_below`: below it the card says the detector is unsure. */
  unsureBelow?: () => number | undefined;
  /** Burst summaries (burst-summary.ts): without them every alert waits for a card of its own. */
  burst?: BurstDeps;
  /** Told when an alert's card is first in Slack, with the mention's creation time (alert latency). */
  cardPosted?: (mentionCreatedAt: string) => void;
}

export { HeldUntil, NotReadyYet, NotSavedYet } from './delivery-errors.ts';

/** How long to wait before trying a call again after Slack did not answer or failed, by attempt. */
const BACKOFF_MS = [200, 500, 1000, 2000];

/**
 * Delivers the message, retrying in place while Slack is briefly unavailable: after a 429 it waits
 * Retry-After, after a 5xx or a timeout a short backoff, then runs the whole delivery again (which
 * looks for an uncertain post before posting). A refresh that arrived before its save waits too. Waiting here rather than handing the message back to
 * the queue keeps its channel moving and spends none of its receives, which lead to the DLQ. It gives
 * up (throwing the last error) when the next wait plus a call would not fit in `timeLeftMs()`.
 */
export async function deliverPatiently(
  message: SlackOutMessage,
  deps: SlackDeliveryDeps,
  timeLeftMs: () => number,
  callTimeoutMs: number,
): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await deliverToSlack(message, deps);
    } catch (error) {
      const wait =
        error instanceof SlackRateLimited
          ? error.retryAfter * 1000
          : error instanceof SlackUnavailable
            ? (BACKOFF_MS[attempt] ?? BACKOFF_MS.at(-1) ?? 1000)
            : // The save is normally milliseconds behind; after a few seconds it is the next tick's.
              error instanceof NotSavedYet
              ? BACKOFF_MS[attempt]
              : undefined;
      if (wait === undefined || wait + callTimeoutMs > timeLeftMs()) throw error;
      await sleep(wait);
    }
  }
}

export async function deliverToSlack(message: SlackOutMessage, deps: SlackDeliveryDeps): Promise<void> {
  switch (message.kind) {
    case 'alert':
      return deliverAlert(
        message.alertId,
        deps,
        message.version,
        message.root,
        message.cosmetic,
        message.pulledIn,
      );
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
      return deps.slack
        .update(message.channelId, message.ts, renderMovedCard(message.text))
        .catch((error: unknown) => {
          // A card already gone needs no retiring.
          if (!(error instanceof SlackMessageGone)) throw error;
        });
    case 'storm':
      return deliverStorm(message.stormId, deps);
    case 'digest':
      return deliverDigest(message.channel, message.period, deps);
    case 'summary':
      if (!deps.burst) throw new Error('burst summaries are not configured');
      return deliverSummary(message.channel, deps, deps.burst);
  }
}

/**
 * The thread an alert's notices and follow-ups go to: its own card, the storm card it folded into,
 * or the burst summary that lists it.
 */
const threadOf = (alert: Alert): string | undefined =>
  alert.slackThreadTs ?? alert.slackTs ?? alert.slackSummaryTs;

/** Saves a change to the alert (update-alert.ts) through the delivery's store. */
const updateAlert = (
  deps: SlackDeliveryDeps,
  alertId: string,
  change: (a: Alert) => Partial<Alert>,
  known?: Alert,
): Promise<Alert> => saveAlertChange(deps.alerts, alertId, change, known);

async function deliverAlert(
  alertId: string,
  deps: SlackDeliveryDeps,
  version?: number,
  hint?: Extract<SlackOutMessage, { kind: 'alert' }>['root'],
  cosmetic = false,
  pulledIn = false,
): Promise<void> {
  // A new card's message names its mention and author, so the three reads go out at once (the
  // store batches them into one round trip); otherwise the alert says which mention to read.
  const [read, hinted, hintedAuthor] = await Promise.all([
    deps.alerts.get(alertId),
    hint ? deps.mentions.get(hint.platform, hint.threadId, hint.mentionId) : undefined,
    hint ? deps.authors.lookup(hint.platform, hint.authorId) : undefined,
  ]);
  let alert = read;
  if (!alert) throw new Error(`alert ${alertId} not found`);
  if (version !== undefined && version > alert.version)
    throw new NotSavedYet(`alert ${alertId} is not saved at version ${version} yet`);
  // Superseded: the card already shows this version or a newer one.
  if (alert.slackTs && version !== undefined && (alert.slackShownVersion ?? -1) >= version) return;
  const [platform, ...rest] = alert.mentionKey.split('#');
  const root =
    hinted && `${hinted.mention.platform}#${hinted.mention.id}` === alert.mentionKey
      ? hinted
      : await deps.mentions.get(platform ?? alert.platform, alert.threadId, rest.join('#'));
  if (!root) throw new Error(`mention ${alert.mentionKey} of alert ${alertId} not found`);
  const { platform: authorPlatform, author: who } = root.mention;
  const { profile } =
    hintedAuthor && hint?.authorId === who.id
      ? hintedAuthor
      : await deps.authors.lookup(authorPlatform, who.id);
  const now = deps.clock();
  const stats = profile ? statsOf(profile, now) : undefined;
  // "Advocate" is judged as the rules judge it: on the author's moments before this thread.
  const author =
    profile && stats && deps.isAdvocate
      ? { ...stats, advocate: deps.isAdvocate(statsOf(profile, now, { threadId: alert.threadId })) }
      : stats;
  const unsureBelow = deps.unsureBelow?.();
  const render = (a: Alert) =>
    renderAlertCard(
      {
        alert: a,
        mention: root.mention,
        ...(root.detection ? { detection: root.detection } : {}),
        ...(author ? { author } : {}),
        ...(unsureBelow !== undefined ? { unsureBelow } : {}),
      },
      deps.clock(),
    );

  // A card posted anew after its message vanished is not the alert's latency.
  const firstPost = !alert.slackTs;
  if (firstPost && alert.slackSummaryTs) {
    // Listed in a burst summary, which shows the deadline as a date token: time alone changes
    // nothing there, and the message that asked for its first showing (a redelivery) is done. A state
    // change or an escalation brings its own card, in the summary's thread. A deadline pulled in by
    // a follow-up does not: the follow-up's own line shows the new deadline.
    if (cosmetic || hint || pulledIn) return deps.alerts.markShown(alertId, alert.version);
  } else if (firstPost && !alert.postAttemptedAt && deps.burst && !isPriorityAlert(alert)) {
    const channelId = alert.slackChannelId ?? (await deps.slack.channelId(alert.channel));
    if (listsNow(deps, deps.burst, alert.channel, channelId))
      return holdAlert(alert, root, channelId, deps, deps.burst);
  }
  if (alert.slackTs && alert.slackChannelId) {
    try {
      await deps.slack.update(alert.slackChannelId, alert.slackTs, render(alert), { cosmetic });
      await deps.alerts.markShown(alertId, alert.version);
      return;
    } catch (error) {
      if (!(error instanceof SlackMessageGone)) throw error;
      alert = await forgetCard(deps, alertId);
    }
  }
  await postCard(alert, deps, render);
  if (firstPost) deps.cardPosted?.(root.mention.createdAt);
}

/** The card's Slack message is gone: forget it, so the alert is posted anew. */
function forgetCard(deps: SlackDeliveryDeps, alertId: string): Promise<Alert> {
  return updateAlert(deps, alertId, () => ({
    slackTs: undefined,
    slackThreadTs: undefined,
    postAttemptedAt: undefined,
    slackShownVersion: undefined,
    slackPermalink: undefined,
  }));
}

async function postCard(
  alert: Alert,
  deps: SlackDeliveryDeps,
  render: (a: Alert) => ReturnType<typeof renderAlertCard>,
): Promise<void> {
  const alertId = alert.alertId;
  const channelId = alert.slackChannelId ?? (await deps.slack.channelId(alert.channel));
  // A folded alert's card is a reply in its storm card's thread; a listed one, in its summary's.
  let threadTs = alert.slackSummaryTs;
  if (!threadTs && alert.stormId && deps.storms) {
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
  // The version whose content the card shows (an earlier attempt's, when found: refreshed below).
  let shown = -1;
  if (!ts) {
    // An earlier attempt that may have posted keeps its mark, so later retries still look first.
    const uncertainBefore = alert.postAttemptedAt !== undefined;
    alert = await updateAlert(
      deps,
      alertId,
      () => ({ postAttemptedAt: deps.clock().toISOString(), slackChannelId: channelId }),
      alert,
    );
    ts = (
      await refusedMeansNotPosted(deps.slack.post(channelId, render(alert), threadTs), async () => {
        if (!uncertainBefore) await updateAlert(deps, alertId, () => ({ postAttemptedAt: undefined }));
      })
    ).ts;
    shown = alert.version;
  }
  const posted = ts;
  const permalink = await permalinkOf(deps, channelId, posted);
  alert = await updateAlert(
    deps,
    alertId,
    () => ({
      slackTs: posted,
      slackChannelId: channelId,
      ...(threadTs ? { slackThreadTs: threadTs } : {}),
      ...(shown >= 0 ? { slackShownVersion: shown } : {}),
      ...(permalink ? { slackPermalink: permalink } : {}),
    }),
    alert,
  );
  // State may have moved on between render and save (a click, a tick): show the latest.
  if (alert.version > shown + 1) {
    await deps.slack.update(channelId, posted, render(alert));
    await deps.alerts.markShown(alertId, alert.version);
  }
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
  // Read together (one round trip through the store's batching).
  const [alert, stored] = await Promise.all([
    deps.alerts.get(message.alertId),
    deps.mentions.get(message.platform, message.threadId, message.mentionId),
  ]);
  if (!alert || !(shownInSlack(alert) || alert.summaryPending) || !alert.slackChannelId)
    throw new NotReadyYet(`alert ${message.alertId} is not posted yet`);
  if (!stored) throw new Error(`mention ${message.platform}#${message.mentionId} not found`);
  if (stored.slackTs) return;
  // Over the channel's budget (or the alert itself is still waiting for its line), a follow-up is a
  // line of the next summary too, a priority alert's as well: the alert has its card, and follow-ups
  // posted one by one would keep the channel's budget from the summary listing everything else.
  // (Asked last: a post that is not listed has its budget spent by `listsNow`.)
  if (
    deps.burst &&
    !stored.slackAttemptedAt &&
    (!shownInSlack(alert) || listsNow(deps, deps.burst, alert.channel, alert.slackChannelId))
  )
    return holdFollowup(alert, stored, deps, deps.burst);
  const key = `${stored.mention.platform}#${stored.mention.id}`;
  let ts = stored.slackAttemptedAt
    ? await deps.slack
        .findByMetadata(
          alert.slackChannelId,
          'mention_key',
          key,
          new Date(stored.slackAttemptedAt),
          threadOf(alert),
        )
        .catch((error: unknown) => {
          // The card's thread is gone, and the reply with it: it goes under the new card.
          if (error instanceof SlackMessageGone) return undefined;
          throw error;
        })
    : undefined;
  if (!ts) {
    await deps.mentions.update(stored.mention, { slackAttemptedAt: deps.clock().toISOString() });
    ts = (
      await inCardThread(alert, deps, (a) =>
        deps.slack.post(a.slackChannelId ?? '', renderFollowup(stored.mention), threadOf(a)),
      )
    ).ts;
  }
  await deps.mentions.update(stored.mention, { slackTs: ts });
}

/**
 * A 429 is Slack refusing the call, so nothing was posted: forgetting the attempt spares the retry a
 * history read (Tier 3, the scarcest budget under a burst) looking for a message that cannot exist.
 */
async function refusedMeansNotPosted<T>(post: Promise<T>, forget: () => Promise<unknown>): Promise<T> {
  try {
    return await post;
  } catch (error) {
    if (error instanceof SlackRateLimited) await forget();
    throw error;
  }
}

/**
 * Posts into the alert card's thread; when the card's message is gone, posts the card anew first
 * and then posts into its new thread.
 */
async function inCardThread<T>(
  alert: Alert,
  deps: SlackDeliveryDeps,
  post: (a: Alert) => Promise<T>,
): Promise<T> {
  try {
    return await post(alert);
  } catch (error) {
    if (!(error instanceof SlackMessageGone) || alert.slackThreadTs) throw error;
    await deliverAlert(alert.alertId, deps);
    const reposted = await deps.alerts.get(alert.alertId);
    if (!reposted?.slackTs) throw error;
    return post(reposted);
  }
}

async function deliverNotice(
  message: Extract<SlackOutMessage, { kind: 'notice' }>,
  deps: SlackDeliveryDeps,
): Promise<void> {
  const alert = message.alertId ? await deps.alerts.get(message.alertId) : undefined;
  let threadTs: string | undefined;
  let channelId: string;
  if (message.inThread && message.alertId) {
    if (!alert || !shownInSlack(alert) || !alert.slackChannelId)
      throw new NotReadyYet(`alert ${message.alertId} is not posted yet`);
    threadTs = threadOf(alert);
    channelId = alert.slackChannelId;
  } else {
    channelId = await deps.slack.channelId(message.channel);
  }
  const since = new Date(deps.clock().getTime() - 15 * 60 * 1000);
  const notice = async (a: Alert | undefined) =>
    renderNotice(message.text, message.key, a ? await noticeSubject(a, deps) : undefined);
  // Only a notice attempted before can be in Slack already: a first attempt spends no look-up.
  const attempts = deps.noticeAttempts;
  const earlier = attempts ? await attempts.attempt(message.key, deps.clock()) : true;
  const forget = async () => {
    if (!earlier) await attempts?.forget(message.key);
  };
  if (alert && threadTs) {
    const found = earlier
      ? await deps.slack
          .findByMetadata(channelId, 'notice_key', message.key, since, threadTs)
          .catch((error: unknown) => {
            // The card's thread is gone: the notice is not there either; it goes under the new card.
            if (error instanceof SlackMessageGone) return undefined;
            throw error;
          })
      : undefined;
    if (found) return;
    // A reposted card has a new link: the notice is rendered for the card it goes under.
    await refusedMeansNotPosted(
      inCardThread(alert, deps, async (a) =>
        deps.slack.post(a.slackChannelId ?? channelId, await notice(a), threadOf(a)),
      ),
      forget,
    );
    return;
  }
  if (earlier && (await deps.slack.findByMetadata(channelId, 'notice_key', message.key, since, threadTs)))
    return;
  await refusedMeansNotPosted(deps.slack.post(channelId, await notice(alert), threadTs), forget);
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
  const nowMs = deps.nowMs ?? Date.now;
  const everyMs = (deps.stormSettings?.updateEverySeconds ?? STORM.updateEverySeconds) * 1000;
  let storm = await storms.get(stormId);
  if (!storm) throw new Error(`storm ${stormId} not found`);
  if (storm.slackTs && storm.slackChannelId) {
    // Every folded alert queues a refresh; the card shows the count at most once per interval, and
    // a refresh held back comes again later, so the last count always shows.
    if ((storm.shownCount ?? 0) >= storm.count) return;
    const wait = (storm.shownAtMs ?? 0) + everyMs - nowMs();
    if (wait > 0) throw new HeldUntil(wait);
    const shown = storm;
    await deps.slack.update(storm.slackChannelId, storm.slackTs, renderStormCard(shown));
    await save(() => ({ shownCount: shown.count, shownAtMs: nowMs() }));
    return;
  }
  let postedNow = false;
  const channelId = storm.slackChannelId ?? (await deps.slack.channelId(storm.channel));
  let ts = storm.postAttemptedAt
    ? await deps.slack.findByMetadata(channelId, 'storm_id', stormId, new Date(storm.postAttemptedAt))
    : undefined;
  if (!ts) {
    storm = await save(() => ({ postAttemptedAt: deps.clock().toISOString(), slackChannelId: channelId }));
    ts = (await deps.slack.post(channelId, renderStormCard(storm))).ts;
    postedNow = true;
  }
  const posted = ts;
  // Alerts that joined while it was being posted show with the next refresh (each queued one). A
  // card found from an earlier attempt shows an older count: the next refresh brings it up to date.
  const shown = postedNow ? { shownCount: storm.count, shownAtMs: nowMs() } : {};
  await save(() => ({ slackTs: posted, slackChannelId: channelId, ...shown }));
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
