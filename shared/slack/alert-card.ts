/**
 * The alert card: everything a support person needs to act before the window closes. A pure
 * function of the alert, the post that opened it and the time, so it can be rendered again at
 * every countdown tick.
 */
import { type Alert, isActive } from '../domain/alert.ts';
import { formatDuration, formatTimeLeft, secondsLeft, type Urgency, urgency } from '../domain/countdown.ts';
import type { Detection, MomentType } from '../domain/detection.ts';
import type { Mention } from '../domain/mention.ts';
import type { AuthorStats, SlackMessage } from '../usecases/ports.ts';
import { escapeMrkdwn, quote, safeUrl, slackDate, truncate } from './mrkdwn.ts';

export interface AlertCardView {
  alert: Alert;
  mention: Mention;
  detection?: Detection;
  author?: AuthorStats;
}

export const TYPE_STYLE: Record<MomentType, { emoji: string; title: string }> = {
  complaint: { emoji: ':rotating_light:', title: 'Complaint' },
  question: { emoji: ':question:', title: 'Question' },
  suggestion: { emoji: ':bulb:', title: 'Suggestion' },
  praise: { emoji: ':star2:', title: 'Praise' },
};

export const URGENCY_STYLE: Record<Urgency, { emoji: string; word: string }> = {
  calm: { emoji: ':large_green_circle:', word: 'on track' },
  soon: { emoji: ':large_yellow_circle:', word: 'half the window used' },
  urgent: { emoji: ':red_circle:', word: 'closing soon' },
  missed: { emoji: ':black_circle:', word: 'missed' },
};

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

/** Slack allows 3000 characters in a section; keep the post well within it. */
const MAX_POST_CHARS = 2500;

function statusLine(alert: Alert, now: Date): string {
  const left = secondsLeft(alert, now);
  switch (alert.state) {
    case 'replied': {
      const took = formatDuration(
        Math.round((Date.parse(alert.resolvedAt ?? alert.openedAt) - Date.parse(alert.openedAt)) / 1000),
      );
      const via = alert.history.at(-1)?.detail?.replace(/^on /, '') ?? 'slack';
      const where =
        via === 'platform' ? `on ${PLATFORM_NAMES[alert.platform] ?? alert.platform}` : 'from Slack';
      return `:white_check_mark: *Replied ${where} after ${took}*${alert.resolvedBy && via !== 'platform' ? ` by <@${alert.resolvedBy}>` : ''}`;
    }
    case 'dismissed':
      return `:heavy_multiplication_x: *Dismissed*${alert.resolvedBy ? ` by <@${alert.resolvedBy}>` : ''}`;
    case 'expired':
      return `:black_circle: *Missed*: the window closed ${slackDate(alert.deadline)} without a reply`;
    default: {
      const u = URGENCY_STYLE[urgency(alert, now)];
      const who = alert.claimedBy ? ` · claimed by <@${alert.claimedBy}>` : '';
      return `${u.emoji} *Reply due ${slackDate(alert.deadline)}* (${formatTimeLeft(left)})${who}`;
    }
  }
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

export function renderAlertCard(view: AlertCardView, now: Date): SlackMessage {
  const { alert, mention, detection } = view;
  const style = TYPE_STYLE[alert.type];
  const platform = PLATFORM_NAMES[alert.platform] ?? alert.platform;
  const url = safeUrl(mention.url);
  const handle = escapeMrkdwn(truncate(mention.author.handle, 80));
  const name = mention.author.name ? `${escapeMrkdwn(truncate(mention.author.name, 80))} ` : '';
  const followers =
    mention.author.followers !== undefined
      ? ` · ${mention.author.followers.toLocaleString('en-US')} followers`
      : '';
  const where = url ? `<${url}|${platform}>` : platform;
  const text = escapeMrkdwn(truncate(mention.text.trim() || '(no text)', MAX_POST_CHARS));
  const why = (detection?.cues ?? [])
    .filter((c) => c.label === alert.type)
    .slice(0, 5)
    .map((c) => `“${escapeMrkdwn(truncate(c.text, 40))}”`)
    .join(', ');

  const blocks: unknown[] = [
    {
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: `${style.emoji} *${style.title}* on ${where} from ${name}@${handle}${followers}`,
      },
    },
    { type: 'section', text: { type: 'mrkdwn', text: quote(text) } },
    {
      type: 'section',
      // Lets a client that renders the card (the local Slack page) run the countdown live.
      ...(isActive(alert.state)
        ? { block_id: `countdown-${Math.floor(Date.parse(alert.deadline) / 1000)}` }
        : {}),
      text: { type: 'mrkdwn', text: statusLine(alert, now) },
    },
  ];
  if (why) {
    blocks.push({
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: `Why: ${why}${detection ? ` · confidence ${Math.round(detection.confidence * 100)}%` : ''}${detection?.lang && detection.lang !== 'und' ? ` · ${detection.lang}` : ''}`,
        },
      ],
    });
  }
  return {
    text: `${style.title} on ${platform} from @${truncate(mention.author.handle, 80)}: ${plainStatus(alert, now)}`,
    blocks,
    metadata: { event_type: 'beacon_alert', event_payload: { alert_id: alert.alertId } },
  };
}

/** A later message of the same platform thread, posted into the alert's Slack thread. */
export function renderFollowup(mention: Mention): SlackMessage {
  const who = mention.author.isBrand ? ':speech_balloon: Brand reply' : ':speech_balloon: Customer';
  const url = safeUrl(mention.url);
  const link = url ? ` · <${url}|view>` : '';
  return {
    text: `@${truncate(mention.author.handle, 80)}: ${truncate(mention.text, 200)}`,
    blocks: [
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: `${who} @${escapeMrkdwn(truncate(mention.author.handle, 80))}${link}\n${quote(escapeMrkdwn(truncate(mention.text.trim() || '(no text)', MAX_POST_CHARS)))}`,
        },
      },
    ],
    metadata: {
      event_type: 'beacon_followup',
      event_payload: { mention_key: `${mention.platform}#${mention.id}` },
    },
  };
}
