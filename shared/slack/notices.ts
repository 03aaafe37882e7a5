/**
 * Short messages Beacon posts beside its cards: escalation and "missed" notices, copies to other
 * channels, the note a moved card leaves behind. The headline is Beacon's own mrkdwn (it may page
 * people from the routing config); everything about the post is outside text and escaped here.
 */
import type { Alert } from '../domain/alert.ts';
import type { SlackMessage } from '../usecases/ports.ts';
import { platformName, TYPE_STYLE } from './alert-card.ts';
import { type Block, context, section } from './blocks.ts';
import { firstWords, link, outsideLine, ownText, userRef } from './mrkdwn.ts';

/** What a notice says about the post behind it, so people can act without hunting for the card. */
export interface NoticeSubject {
  alert: Alert;
  author: string;
  text: string;
  /** Link to the card (from chat.getPermalink); absent while the card is not posted yet. */
  permalink?: string;
}

/** "Complaint on X by @someone: “first words…” · Open the card", escaped. */
export function aboutLine(subject: NoticeSubject): string {
  const { alert } = subject;
  const title = TYPE_STYLE[alert.type].title;
  const card = subject.permalink ? ` · ${link(subject.permalink, 'Open the card')}` : '';
  return `${title} on ${platformName(alert.platform)} by @${outsideLine(subject.author, 60)}: “${firstWords(subject.text, 120)}”${card}`;
}

export function renderNotice(headline: string, key: string, subject?: NoticeSubject): SlackMessage {
  const blocks: Block[] = [section(headline)];
  if (subject) blocks.push(context([aboutLine(subject)]));
  return {
    text: subject ? `${headline} ${aboutLine(subject)}` : headline,
    blocks,
    metadata: { event_type: 'beacon_notice', event_payload: { notice_key: key } },
  };
}

/** The note a relabel leaves where the card was: where the alert went, and no countdown or buttons. */
export const movedNote = (type: string, by: string, channel: string): string =>
  `:label: Relabelled as a ${outsideLine(type, 20)} by ${userRef(by)} and moved to #${ownText(channel)}. This card no longer acts on the alert; use the new card there.`;

export function renderMovedCard(note: string, alertId?: string): SlackMessage {
  return {
    text: note,
    blocks: [section(note)],
    // An empty list: Slack keeps a message's attachments on update unless told otherwise, and the
    // card's countdown and buttons live in its attachment.
    attachments: [],
    metadata: { event_type: 'beacon_moved', event_payload: alertId ? { moved_alert_id: alertId } : {} },
  };
}
