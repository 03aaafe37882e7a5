/** One digest message: the posts a rule sends to a digest, listed for one period. */

import { MOMENT_TYPES } from '../domain/detection.ts';
import type { DigestEntry, SlackMessage } from '../usecases/ports.ts';
import { platformName, TYPE_STYLE } from './alert-card.ts';
import { type Block, context, fitBlocks, section } from './blocks.ts';
import { escapeMrkdwn, link, outsideLine } from './mrkdwn.ts';

/** Posts per section: keeps each section well under 3000 characters. */
const PER_SECTION = 8;

export function renderDigest(channel: string, period: string, entries: DigestEntry[]): SlackMessage {
  const sorted = [...entries].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const counts = MOMENT_TYPES.map((t) => [t, sorted.filter((e) => e.type === t).length] as const).filter(
    ([, n]) => n > 0,
  );
  const line = (e: DigestEntry) => {
    const style = e.type === 'none' ? undefined : TYPE_STYLE[e.type];
    const where = link(e.url, platformName(e.platform));
    return `${style?.emoji ?? '•'} *@${outsideLine(e.handle, 60)}* on ${where}: ${outsideLine(e.text, 280)}`;
  };
  const blocks: Block[] = [
    section(
      `:inbox_tray: *Digest for ${escapeMrkdwn(period)}*: ${sorted.length} post${sorted.length === 1 ? '' : 's'} (${counts.map(([t, n]) => `${n} ${t}`).join(', ')})`,
      `digest-${period}`,
    ),
  ];
  for (let i = 0; i < sorted.length; i += PER_SECTION) {
    blocks.push(
      section(
        sorted
          .slice(i, i + PER_SECTION)
          .map(line)
          .join('\n'),
      ),
    );
  }
  blocks.push(context(['These posts matched a rule that asks for a digest instead of live alerts.']));
  return {
    text: `Digest for ${escapeMrkdwn(period)}: ${sorted.length} posts`,
    blocks: fitBlocks(blocks),
    metadata: { event_type: 'beacon_digest', event_payload: { digest_key: `${channel}#${period}` } },
  };
}
