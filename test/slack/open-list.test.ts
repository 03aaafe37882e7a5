/**
 * `/beacon open` in a busy channel: the answer stays within Slack's limits (50 blocks, 3000
 * characters per section) and says how many alerts it leaves out and how to see them.
 */
import { describe, expect, it } from 'vitest';
import type { Alert } from '../../shared/domain/alert.ts';
import { openAlert } from '../../shared/domain/alert-lifecycle.ts';
import { LIMITS } from '../../shared/slack/blocks.ts';
import { OPEN_LIST_PAGE, renderOpenList } from '../../shared/slack/command-replies.ts';
import { aMention, aRoute, T0 } from '../helpers/factories.ts';

const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

/** `count` open alerts with the longest author and excerpt a row shows, deadlines one minute apart. */
function openAlerts(count: number): Alert[] {
  return Array.from({ length: count }, (_, i) => {
    const handle = `author_${String(i).padStart(3, '0')}_${'x'.repeat(40)}`;
    const mention = aMention({
      id: `p${i}`,
      threadId: `p${i}`,
      author: { id: `u${i}`, handle },
      text: `Order ${i} never arrived ${'and nobody answers '.repeat(10)}`,
    });
    return {
      ...openAlert(mention, 'complaint', aRoute(), T0, at(60 + i)),
      slackChannelId: 'C0CARDS',
      slackTs: `1700000000.${String(i).padStart(6, '0')}`,
      slackPermalink: `https://acme.slack.com/archives/C0CARDS/p1700000000${String(i).padStart(6, '0')}`,
    };
  });
}

const sectionTexts = (blocks: Array<Record<string, unknown>>): string[] =>
  blocks.flatMap((b) => {
    const text = b.text as { text?: string } | undefined;
    const elements = (b.elements as Array<{ text?: string }> | undefined) ?? [];
    return [text?.text ?? '', ...elements.map((e) => e.text ?? '')];
  });

const rowsShown = (texts: string[]): number[] =>
  [...texts.join('\n').matchAll(/@author\W?(\d{3})/gu)].map((m) => Number(m[1]));

describe('/beacon open with 200 open alerts', () => {
  const alerts = openAlerts(200);

  it('fits one message: at most 50 blocks and every section whole, under 3000 characters', () => {
    const reply = renderOpenList(alerts, T0, 'in this channel');
    expect(reply.blocks.length).toBeLessThanOrEqual(LIMITS.blocksPerMessage);
    for (const text of sectionTexts(reply.blocks)) expect(text.length).toBeLessThan(LIMITS.sectionText);
    // No row was cut by a section's limit: each shows its whole due time and link.
    const joined = sectionTexts(reply.blocks).join('\n');
    expect(joined.match(/ · due <!date\^/g)).toHaveLength(OPEN_LIST_PAGE);
  });

  it('shows the soonest deadlines first and says how many more there are and how to see them', () => {
    const reply = renderOpenList(alerts, T0, 'in this channel');
    const shown = rowsShown(sectionTexts(reply.blocks));
    expect(shown).toEqual(Array.from({ length: OPEN_LIST_PAGE }, (_, i) => i));
    const texts = sectionTexts(reply.blocks).join('\n');
    expect(texts).toContain('*200 open alerts in this channel*');
    expect(texts).toContain(
      `and ${200 - OPEN_LIST_PAGE} more: \`/beacon open 2\` shows the next ${OPEN_LIST_PAGE}`,
    );
  });

  it('pages through the rest: every alert is shown on exactly one page', () => {
    const seen: number[] = [];
    const pages = Math.ceil(200 / OPEN_LIST_PAGE);
    for (let page = 1; page <= pages; page++) {
      const reply = renderOpenList(alerts, T0, 'in any channel', { page, command: '/beacon open all' });
      expect(reply.blocks.length).toBeLessThanOrEqual(LIMITS.blocksPerMessage);
      seen.push(...rowsShown(sectionTexts(reply.blocks)));
      const texts = sectionTexts(reply.blocks).join('\n');
      if (page < pages) expect(texts).toContain(`\`/beacon open all ${page + 1}\``);
      else expect(texts).not.toContain('more:');
    }
    expect(seen).toEqual(Array.from({ length: 200 }, (_, i) => i));
  });

  it('a page past the end says so and points back to the first', () => {
    const reply = renderOpenList(alerts, T0, 'in this channel', { page: 99, command: '/beacon open' });
    expect(sectionTexts(reply.blocks).join('\n')).toContain(
      'No page 99: 200 open alerts in this channel fill 5 pages; `/beacon open` shows the first.',
    );
  });
});
