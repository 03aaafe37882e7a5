/** The storm card: one message standing for many alerts of one type and subject, with a counter. */
import { formatDuration } from '../domain/countdown.ts';
import type { Storm } from '../domain/storm.ts';
import type { SlackMessage } from '../usecases/ports.ts';
import { TYPE_STYLE } from './alert-card.ts';
import { context, plainSection, section } from './blocks.ts';
import { outsideLine, plainOutsideLine, slackDate } from './mrkdwn.ts';

export function renderStormCard(storm: Storm): SlackMessage {
  const style = TYPE_STYLE[storm.type];
  const span = formatDuration(Math.round((Date.parse(storm.lastAt) - Date.parse(storm.startedAt)) / 1000));
  const plural = storm.count === 1 ? style.title.toLowerCase() : `${style.title.toLowerCase()}s`;
  const lines = storm.lines.map((l) => `› ${plainOutsideLine(l, 280)}`).join('\n');
  const subject = outsideLine(storm.subject, 60);
  return {
    text: `Storm: ${storm.count} ${plural} about “${subject}” in ${span}`,
    blocks: [
      section(
        `:thunder_cloud_and_rain: *Storm: ${storm.count} ${plural}* about “${subject}” since ${slackDate(storm.startedAt, '{time}')} (${span})`,
        `storm-${storm.stormId}-v${storm.version}`,
      ),
      plainSection(`Latest:\n${lines}`),
      context([
        `${style.emoji} Each further alert is in this thread with its own buttons · last one ${slackDate(storm.lastAt, '{time}')}`,
      ]),
    ],
    metadata: { event_type: 'beacon_storm', event_payload: { storm_id: storm.stormId } },
  };
}
