/**
 * The alert card: everything a support person needs to act before the window closes. A pure
 * function of the alert, the post that opened it and the time, so it can be rendered again at
 * every countdown tick.
 *
 * Layout: one top-level section names the type, platform and author; the rest sits in an
 * attachment whose colour bar follows the countdown (the type's colour while calm, then amber,
 * red, black when missed, grey once closed), which Block Kit alone cannot colour.
 */
import { type Alert, type HistoryEntry, isActive } from '../domain/alert.ts';
import { formatDuration, formatTimeLeft, secondsLeft, type Urgency, urgency } from '../domain/countdown.ts';
import { type Detection, MOMENT_TYPES, type MomentType } from '../domain/detection.ts';
import type { Mention } from '../domain/mention.ts';
import type { AuthorStats, SlackMessage } from '../usecases/ports.ts';
import { ACTIONS, optionValue, SNOOZE_CHOICES } from './actions.ts';
import {
  actions,
  type Block,
  button,
  context,
  fitBlocks,
  plainSection,
  section,
  staticSelect,
} from './blocks.ts';
import {
  escapeMrkdwn,
  link,
  outside,
  outsideLine,
  pageTokens,
  plainOutside,
  slackDate,
  userRef,
} from './mrkdwn.ts';

export interface AlertCardView {
  alert: Alert;
  mention: Mention;
  detection?: Detection;
  /** The author's counts, this post included. */
  author?: AuthorStats;
  /** Below this detection confidence the card says it is unsure (`detection.unsure_below`). */
  unsureBelow?: number;
}

export const TYPE_STYLE: Record<MomentType, { emoji: string; title: string; color: string }> = {
  complaint: { emoji: ':rotating_light:', title: 'Complaint', color: '#7c3aed' },
  question: { emoji: ':question:', title: 'Question', color: '#1d9bd1' },
  suggestion: { emoji: ':bulb:', title: 'Suggestion', color: '#0f8b8d' },
  praise: { emoji: ':star2:', title: 'Praise', color: '#2eb67d' },
};

export const URGENCY_STYLE: Record<Urgency, { emoji: string; word: string; color?: string }> = {
  calm: { emoji: ':large_green_circle:', word: 'on track' },
  soon: { emoji: ':large_yellow_circle:', word: 'half the window used', color: '#ecb22e' },
  urgent: { emoji: ':red_circle:', word: 'closing soon', color: '#e01e5a' },
  missed: { emoji: ':black_circle:', word: 'missed', color: '#1d1c1d' },
};

const CLOSED_COLOR = '#9e9e9e';

/** Praise from an advocate that the config routes as an alert of its own kind. */
export const ADVOCATE_MOMENT_STYLE = { emoji: ':handshake:', title: 'Advocate moment', color: '#e8912d' };

export const isAdvocateMoment = (alert: Alert): boolean =>
  alert.advocateMoment === true && alert.type === 'praise';

/** The card's header style: its type's, or the advocate moment's. */
export const alertStyle = (alert: Alert) =>
  isAdvocateMoment(alert) ? ADVOCATE_MOMENT_STYLE : TYPE_STYLE[alert.type];

const OUTCOME_WORDS = {
  replied: 'replied',
  expired: 'missed',
  dismissed: 'dismissed as not relevant',
} as const;

/**
 * "Praised us 4 times in 90 days, 6 in 365 · first seen 2025-11-02 · on X · last alert: replied":
 * the advocate's history from their profile, this praise included. Every stored value is escaped.
 */
export function advocateHistory(stats: AuthorStats | undefined): string | undefined {
  if (!stats) return undefined;
  const parts = [
    `Praised us ${stats.last90d?.praise ?? 0} times in 90 days, ${stats.last365d?.praise ?? 0} in 365`,
  ];
  if (stats.firstSeen) parts.push(`first seen ${escapeMrkdwn(stats.firstSeen.slice(0, 10))}`);
  if (stats.platforms?.length)
    parts.push(`on ${stats.platforms.map((p) => outsideLine(platformName(p), 40)).join(', ')}`);
  if (stats.lastOutcome)
    parts.push(
      `last alert: ${OUTCOME_WORDS[stats.lastOutcome.outcome] ?? 'closed'} ${slackDate(stats.lastOutcome.at, '{date_short}')}`,
    );
  return parts.join(' · ');
}

export const PLATFORM_NAMES: Record<string, string> = {
  generic: 'Webhook',
  facebook: 'Facebook',
  instagram: 'Instagram',
  x: 'X',
  vk: 'VK',
  reddit: 'Reddit',
  youtube: 'YouTube',
  mastodon: 'Mastodon',
  bluesky: 'Bluesky',
};

export const platformName = (platform: string): string => PLATFORM_NAMES[platform] ?? platform;

/** Slack allows 3000 characters in a section; the post keeps well within it. */
export const MAX_POST_CHARS = 2500;
/** Earlier praise that makes an author an advocate (the routing config's default). */
const ADVOCATE_PRAISE = 3;

/** The colour of the card's bar at `now`. */
export function cardColor(alert: Alert, now: Date): string {
  if (alert.state === 'expired') return URGENCY_STYLE.missed.color ?? CLOSED_COLOR;
  if (!isActive(alert.state)) return CLOSED_COLOR;
  return URGENCY_STYLE[urgency(alert, now)].color ?? alertStyle(alert).color;
}

const ordinal = (n: number): string => {
  const tens = n % 100;
  return `${n}${tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;
};

/** "3rd complaint in 30 days", "praised us 5 times: advocate", "first post seen from them". */
export function authorHistory(stats: AuthorStats | undefined, type: MomentType): string | undefined {
  if (!stats) return undefined;
  const total = MOMENT_TYPES.reduce((n, t) => n + stats[t], 0) + stats.none;
  const parts: string[] = [];
  const recent = stats.last30d?.[type] ?? 0;
  if (type !== 'praise' && recent >= 2) parts.push(`${ordinal(recent)} ${type} in 30 days`);
  else if (type !== 'praise' && stats[type] >= 2) parts.push(`${ordinal(stats[type])} ${type} overall`);
  if (stats.advocate ?? stats.praise >= ADVOCATE_PRAISE)
    parts.push(`praised us ${stats.praise} times: advocate`);
  else if (type === 'praise' && stats.praise >= 2) parts.push(`praised us ${stats.praise} times`);
  if (parts.length === 0 && total <= 1) parts.push('first post seen from them');
  if (parts.length === 0 && stats.firstSeen)
    parts.push(`${total} posts since ${stats.firstSeen.slice(0, 10)}`);
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

function responseLine(alert: Alert): string {
  const took = formatDuration(
    Math.round((Date.parse(alert.resolvedAt ?? alert.openedAt) - Date.parse(alert.openedAt)) / 1000),
  );
  const last = [...alert.history].reverse().find((h) => h.action === 'replied');
  if (last?.detail === 'on platform') {
    return `:white_check_mark: *Replied on ${platformName(alert.platform)} after ${took}*`;
  }
  return `:white_check_mark: *Replied after ${took}*${alert.resolvedBy ? ` (marked by ${userRef(alert.resolvedBy)})` : ''}`;
}

function statusLine(alert: Alert, now: Date): string {
  switch (alert.state) {
    case 'replied':
      return responseLine(alert);
    case 'dismissed':
      return `:heavy_multiplication_x: *Not relevant*${alert.resolvedBy ? `, dismissed by ${userRef(alert.resolvedBy)}` : ''}`;
    case 'expired':
      return `:black_circle: *Missed*: the window closed ${slackDate(alert.deadline)} without a reply`;
    default: {
      const u = URGENCY_STYLE[urgency(alert, now)];
      const claimed = alert.claimedBy ? `\n:raising_hand: Claimed by ${userRef(alert.claimedBy)}` : '';
      // Date tokens: each reader's client shows the deadline in their own time and keeps "opened …
      // ago" current, so the card needs no update while the time runs (docs/slack.md, Write budget).
      return `${u.emoji} *Reply due ${slackDate(alert.deadline)}* · opened ${slackDate(alert.openedAt, '{ago}')}${claimed}${snoozeLine(alert, now)}`;
    }
  }
}

/**
 * A snooze pauses escalation, never the deadline; one that reaches past the deadline means no
 * further escalation fires before the window closes, and the card says so.
 */
function snoozeLine(alert: Alert, now: Date): string {
  if (!alert.snoozedUntil || Date.parse(alert.snoozedUntil) <= now.getTime()) return '';
  const until = `\n:zzz: Escalation snoozed until ${slackDate(alert.snoozedUntil, '{time}')}`;
  const pending = alert.escalations.length > alert.escalationsDone;
  if (Date.parse(alert.snoozedUntil) < Date.parse(alert.deadline)) return until;
  return `${until}\n:warning: *Snoozed past the deadline*: ${pending ? 'no further escalation will fire before the window closes' : 'the window closes first'} ${slackDate(alert.deadline, '{time}')}`;
}

/** The notification text: plain words, no tokens, for phones and screen readers. */
function plainStatus(alert: Alert, now: Date): string {
  const due = `${alert.deadline.slice(0, 16).replace('T', ' ')} UTC`;
  switch (alert.state) {
    case 'replied':
      return 'replied';
    case 'dismissed':
      return 'dismissed';
    case 'expired':
      return `missed (was due ${due})`;
    default:
      return `reply due ${due} (${formatTimeLeft(secondsLeft(alert, now))})`;
  }
}

const HISTORY_SHOWN = 3;

function historyLine(h: HistoryEntry): string {
  const detail = h.detail ? ` (${outsideLine(h.detail, 80)})` : '';
  // A reply seen on the platform is by a platform handle, which must not become a Slack mention.
  const by = h.detail === 'on platform' ? `@${outsideLine(h.by, 80)}` : userRef(h.by);
  return `${slackDate(h.at, '{time}')} ${escapeMrkdwn(h.action)}${detail} by ${by}`;
}

function actionBlock(alert: Alert): Block {
  const id = alert.alertId;
  const elements: Block[] = [];
  if (!alert.claimedBy) elements.push(button(ACTIONS.claim, 'Claim', id, 'primary'));
  elements.push(button(ACTIONS.replied, 'Replied', id, alert.claimedBy ? 'primary' : undefined));
  elements.push(button(ACTIONS.reply, isAdvocateMoment(alert) ? 'Thank them…' : 'Reply…', id));
  elements.push(
    staticSelect(
      ACTIONS.snooze,
      'Snooze escalation',
      SNOOZE_CHOICES.map((c) => ({ text: c.text, value: optionValue(id, c.seconds) })),
    ),
  );
  elements.push(
    staticSelect(
      ACTIONS.relabel,
      'Relabel',
      MOMENT_TYPES.filter((t) => t !== alert.type).map((t) => ({
        text: `It is a ${t}`,
        value: optionValue(id, t),
      })),
    ),
  );
  elements.push(
    button(ACTIONS.dismiss, 'Not relevant', id, 'danger', {
      title: 'Not relevant?',
      text: 'The alert is closed and the detector learns from it.',
      confirm: 'Dismiss',
      deny: 'Keep it',
    }),
  );
  // The version in the block id makes every update a new block, so Slack never shows a stale selection.
  return actions(`actions-${id}-v${alert.version}`, elements);
}

export function renderAlertCard(view: AlertCardView, now: Date): SlackMessage {
  const { alert, mention, detection } = view;
  const style = alertStyle(alert);
  const platform = platformName(alert.platform);
  const handle = outsideLine(mention.author.handle, 80);
  const name = mention.author.name ? ` (${outsideLine(mention.author.name, 80)})` : '';
  const followers =
    mention.author.followers !== undefined
      ? ` · ${mention.author.followers.toLocaleString('en-US')} followers`
      : '';
  const why = (detection?.cues ?? [])
    .filter((c) => c.label === alert.type)
    .slice(0, 5)
    .map((c) => `“${outsideLine(c.text, 40)}”`)
    .join(', ');
  const advocate = isAdvocateMoment(alert);
  const history = advocate ? advocateHistory(view.author) : authorHistory(view.author, alert.type);
  const unsure =
    detection && view.unsureBelow !== undefined && detection.confidence < view.unsureBelow
      ? `:grey_question: Unsure: ${alert.type} at ${Math.round(detection.confidence * 100)}%. If that is wrong, Relabel it so the detector learns.`
      : '';
  // The people the rule pages when the alert opens: real mentions, in the card itself, so the
  // notification arrives with the card (Slack does not notify again when the card is updated).
  const paged = isActive(alert.state) && alert.mentions?.length ? pageTokens(alert.mentions) : '';

  // The post as plain text: shown exactly as written, with nothing in it parsed as Slack markup.
  const body: Block[] = [plainSection(postText(mention), `post-${alert.alertId}`)];
  const facts = [
    ...(alert.priority?.length
      ? [`:star: Prioritised: ${alert.priority.map((p) => outsideLine(p, 80)).join(' · ')}`]
      : []),
    ...(history ? [`:bust_in_silhouette: ${history}`] : []),
    ...(unsure ? [unsure] : []),
    ...(why
      ? [
          `Why: ${why}${detection ? ` · confidence ${Math.round(detection.confidence * 100)}%` : ''}${detection?.lang && detection.lang !== 'und' ? ` · ${escapeMrkdwn(detection.lang)}` : ''}`,
        ]
      : []),
  ];
  if (facts.length > 0) body.push(context(facts));
  if (advocate && isActive(alert.state))
    body.push(
      section(
        ':bulb: A chance to thank them, or to invite them to a beta: *Thank them…* opens the reply box with a thank-you to edit; nothing is sent until you press Send.',
      ),
    );
  body.push(
    section(
      statusLine(alert, now),
      // Lets a client that renders the card (the local Slack page) run the countdown live.
      isActive(alert.state)
        ? `countdown-${Math.floor(Date.parse(alert.deadline) / 1000)}`
        : `status-${alert.alertId}-v${alert.version}`,
    ),
  );
  if (isActive(alert.state)) body.push(actionBlock(alert));
  const changes = alert.history.filter((h) => h.action !== 'opened').slice(-HISTORY_SHOWN);
  if (changes.length > 0) body.push(context(changes.map(historyLine)));

  return {
    text: `${paged ? `${paged} ` : ''}${style.title}${advocate ? ': praise' : ''} on ${platform} from @${handle}: ${plainStatus(alert, now)}`,
    blocks: [
      section(
        `${style.emoji} *${style.title}*${advocate ? ': praise' : ''} on ${link(mention.url, platform)} from @${handle}${name}${followers}${paged ? `\n:mega: ${paged}` : ''}`,
        `head-${alert.alertId}`,
      ),
    ],
    attachments: [{ color: cardColor(alert, now), blocks: fitBlocks(body, 49) }],
    metadata: { event_type: 'beacon_alert', event_payload: { alert_id: alert.alertId } },
  };
}

/** The post's text for a plain_text section. */
export const postText = (mention: Mention): string =>
  plainOutside(mention.text.trim() || '(no text)', MAX_POST_CHARS);

/** A later message of the same platform thread, posted into the alert's Slack thread. */
export function renderFollowup(mention: Mention): SlackMessage {
  const who = mention.author.isBrand ? ':speech_balloon: Brand reply' : ':speech_balloon: Customer';
  const handle = outsideLine(mention.author.handle, 80);
  const url = link(mention.url, 'view');
  return {
    text: `@${handle}: ${outside(mention.text, 200)}`,
    blocks: [
      section(`${who} @${handle}${url === 'view' ? '' : ` · ${url}`}`),
      plainSection(postText(mention)),
    ],
    metadata: {
      event_type: 'beacon_followup',
      event_payload: { mention_key: `${mention.platform}#${mention.id}` },
    },
  };
}
