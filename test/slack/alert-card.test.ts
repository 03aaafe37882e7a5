import { describe, expect, it } from 'vitest';
import type { Alert } from '../../shared/domain/alert.ts';
import { applyTransition, openAlert } from '../../shared/domain/alert-lifecycle.ts';
import type { Mention } from '../../shared/domain/mention.ts';
import { ACTIONS, parseAction } from '../../shared/slack/actions.ts';
import { authorHistory, cardColor, renderAlertCard, renderFollowup } from '../../shared/slack/alert-card.ts';
import { type Block, fitBlocks, LIMITS, section } from '../../shared/slack/blocks.ts';
import { renderDigest } from '../../shared/slack/digest-message.ts';
import { escapeMrkdwn, truncate } from '../../shared/slack/mrkdwn.ts';
import type { AuthorStats, DigestEntry } from '../../shared/usecases/ports.ts';
import { aMention, aRoute } from '../helpers/factories.ts';

const OPENED = new Date('2026-03-02T10:00:00.000Z');
const minutes = (m: number) => new Date(OPENED.getTime() + m * 60_000);

const mention = (text: string, extra: Partial<Mention> = {}): Mention =>
  aMention({
    url: 'https://x.com/maria/status/1',
    text,
    createdAt: OPENED.toISOString(),
    receivedAt: OPENED.toISOString(),
    author: { id: 'a1', handle: 'maria_k', name: 'Maria K.', followers: 12345 },
    ...extra,
  });

const route = aRoute({ escalations: [{ atFraction: 0.5, mention: ['<!subteam^S1>'] }] });

const alertFor = (m: Mention): Alert => openAlert(m, 'complaint', route, OPENED, minutes(60));

/** Every block of the message, the coloured attachment's included. */
const allBlocks = (msg: ReturnType<typeof renderAlertCard>) => [
  ...(msg.blocks as Block[]),
  ...(msg.attachments ?? []).flatMap((a) => a.blocks as Block[]),
];
const sectionTexts = (msg: ReturnType<typeof renderAlertCard>) =>
  allBlocks(msg)
    .filter((b) => b.type === 'section')
    .map((b) => (b.text as { text: string }).text);

describe('renderAlertCard', () => {
  it('names type, platform with a link, author with followers, the post, and the deadline and opening as date tokens', () => {
    const msg = renderAlertCard(
      { alert: alertFor(mention('My order is late')), mention: mention('My order is late') },
      minutes(10),
    );
    const text = JSON.stringify(msg);
    expect(text).toContain(
      ':rotating_light: *Complaint* on <https://x.com/maria/status/1|X> from @maria\u02CDk (Maria K.) · 12,345 followers',
    );
    expect(text).toContain('{"type":"plain_text","text":"My order is late","emoji":false}');
    expect(text).toContain(
      `<!date^${Math.floor(minutes(60).getTime() / 1000)}^{date_short_pretty} at {time}|2026-03-02 11:00 UTC>`,
    );
    // The time left is the reader's client's to render: "opened … ago", no "min left" frozen in.
    expect(text).toContain(`opened <!date^${Math.floor(OPENED.getTime() / 1000)}^{ago}|`);
    expect(JSON.stringify(msg.attachments)).not.toContain('min left');
    expect(msg.metadata).toEqual({
      event_type: 'beacon_alert',
      event_payload: { alert_id: alertFor(mention('x')).alertId },
    });
  });

  it('shows the post as plain text, so it cannot ping @channel, inject a link or format anything', () => {
    const evil = '<!channel> click <https://evil.example|your bank> & win <@U123> *now* :tada:';
    const post = allBlocks(
      renderAlertCard({ alert: alertFor(mention(evil)), mention: mention(evil) }, OPENED),
    ).find((b) => JSON.stringify(b).includes('click'));
    // Slack parses nothing in plain_text: no mention, link or bold, and emoji: false keeps :tada: as typed.
    expect(post?.text).toEqual({ type: 'plain_text', text: evil, emoji: false });
  });

  it('keeps a very long post within the 3000-character section limit without splitting a character', () => {
    const long = `${'&'.repeat(2000)}${'😀'.repeat(3000)}`;
    const texts = sectionTexts(
      renderAlertCard({ alert: alertFor(mention(long)), mention: mention(long) }, OPENED),
    );
    for (const t of texts) expect(t.length).toBeLessThanOrEqual(LIMITS.sectionText);
    const post = texts.find((t) => t.startsWith('&&&')) ?? '';
    expect(post.endsWith('…')).toBe(true);
    expect(post).not.toMatch(/[\uD800-\uDBFF]…$/);
  });

  it('offers Claim, Replied, Reply, Snooze, Relabel and Not relevant while open, carrying the alert id', () => {
    const alert = alertFor(mention('late'));
    const actions = allBlocks(renderAlertCard({ alert, mention: mention('late') }, OPENED)).find(
      (b) => b.type === 'actions',
    );
    const elements = (actions?.elements ?? []) as Array<{
      action_id: string;
      value?: string;
      options?: Array<{ value: string }>;
    }>;
    expect(elements.map((e) => e.action_id)).toEqual([
      ACTIONS.claim,
      ACTIONS.replied,
      ACTIONS.reply,
      ACTIONS.snooze,
      ACTIONS.relabel,
      ACTIONS.dismiss,
    ]);
    for (const e of elements) {
      const value = e.value ?? e.options?.[0]?.value ?? '';
      expect(parseAction(e.action_id, value)?.alertId).toBe(alert.alertId);
    }
  });

  it('shows who claimed it and drops the Claim button', () => {
    const claimed = applyTransition(alertFor(mention('late')), {
      kind: 'claim',
      by: 'U0ALICE',
      at: minutes(5).toISOString(),
    });
    const msg = renderAlertCard({ alert: claimed, mention: mention('late') }, minutes(6));
    expect(JSON.stringify(msg)).toContain('Claimed by <@U0ALICE>');
    expect(JSON.stringify(msg)).not.toContain(ACTIONS.claim);
  });

  it.each([
    { via: 'slack' as const, by: 'U0BOB', expected: 'Replied after 12 min* (marked by <@U0BOB>)' },
    { via: 'platform' as const, by: 'acmesupport', expected: 'Replied on X after 12 min*' },
  ])('after a reply via $via it shows the response time and no buttons', ({ via, by, expected }) => {
    const replied = applyTransition(alertFor(mention('late')), {
      kind: 'replied',
      by,
      at: minutes(12).toISOString(),
      via,
    });
    const msg = renderAlertCard({ alert: replied, mention: mention('late') }, minutes(13));
    expect(JSON.stringify(msg)).toContain(expected);
    expect(allBlocks(msg).some((b) => b.type === 'actions')).toBe(false);
  });

  it('says it is unsure below the configured confidence and invites a relabel', () => {
    const m = mention('My order is late');
    const detection = (confidence: number) => ({
      label: 'complaint' as const,
      confidence,
      scores: { praise: 0.1, complaint: confidence, question: 0.1, suggestion: 0.1, none: 0.2 },
      lang: 'en',
      cues: [{ label: 'complaint' as const, kind: 'word' as const, text: 'late', weight: 1 }],
    });
    const card = (confidence: number, unsureBelow?: number) =>
      JSON.stringify(
        renderAlertCard(
          {
            alert: alertFor(m),
            mention: m,
            detection: detection(confidence),
            ...(unsureBelow === undefined ? {} : { unsureBelow }),
          },
          minutes(10),
        ),
      );
    expect(card(0.42, 0.5)).toContain(
      ':grey_question: Unsure: complaint at 42%. If that is wrong, Relabel it so the detector learns.',
    );
    expect(card(0.42, 0.5)).toContain('Relabel');
    expect(card(0.5, 0.5)).not.toContain('Unsure');
    expect(card(0.42)).not.toContain('Unsure');
  });

  it('says missed once the deadline passed', () => {
    const expired = applyTransition(alertFor(mention('late')), {
      kind: 'expire',
      at: minutes(60).toISOString(),
    });
    expect(
      sectionTexts(renderAlertCard({ alert: expired, mention: mention('late') }, minutes(61))).join(),
    ).toContain(':black_circle: *Missed*');
  });
});

describe('cardColor', () => {
  const alert = alertFor(mention('late'));
  it.each([
    { at: 10, color: '#7c3aed', meaning: 'the type colour while calm' },
    { at: 35, color: '#ecb22e', meaning: 'amber past half the window' },
    { at: 50, color: '#e01e5a', meaning: 'red past 80%' },
    { at: 61, color: '#1d1c1d', meaning: 'black once the deadline passed' },
  ])('at +$at min: $meaning', ({ at, color }) => {
    expect(cardColor(alert, minutes(at))).toBe(color);
  });

  it('turns grey when the alert is closed', () => {
    const dismissed = applyTransition(alert, { kind: 'dismiss', by: 'U1', at: minutes(5).toISOString() });
    expect(cardColor(dismissed, minutes(6))).toBe('#9e9e9e');
  });
});

describe('authorHistory', () => {
  const stats = (s: Partial<AuthorStats>): AuthorStats => ({
    praise: 0,
    complaint: 0,
    question: 0,
    suggestion: 0,
    none: 0,
    ...s,
  });
  it.each([
    {
      s: stats({ complaint: 3, last30d: { complaint: 3 } }),
      type: 'complaint' as const,
      text: '3rd complaint in 30 days',
    },
    {
      s: stats({ complaint: 5, last30d: { complaint: 1 } }),
      type: 'complaint' as const,
      text: '5th complaint overall',
    },
    { s: stats({ praise: 5 }), type: 'praise' as const, text: 'praised us 5 times: advocate' },
    { s: stats({ praise: 2 }), type: 'praise' as const, text: 'praised us 2 times' },
    { s: stats({ question: 1 }), type: 'question' as const, text: 'first post seen from them' },
    {
      s: stats({ complaint: 12, last30d: { complaint: 11 } }),
      type: 'complaint' as const,
      text: '11th complaint in 30 days',
    },
    {
      s: stats({ complaint: 22, last30d: { complaint: 22 } }),
      type: 'complaint' as const,
      text: '22nd complaint in 30 days',
    },
  ])('$text', ({ s, type, text }) => {
    expect(authorHistory(s, type)).toContain(text);
  });
});

describe('fitBlocks', () => {
  const many = (n: number) => Array.from({ length: n }, (_, i) => section(`line ${i}`));
  it.each([10, 50])('leaves %i blocks as they are', (n) => {
    expect(fitBlocks(many(n))).toHaveLength(n);
  });
  it('cuts 120 blocks to 50, the last saying how many were left out', () => {
    const out = fitBlocks(many(120));
    expect(out).toHaveLength(LIMITS.blocksPerMessage);
    expect(JSON.stringify(out.at(-1))).toContain('… and 71 more not shown');
  });
});

describe('renderDigest', () => {
  const entry = (i: number): DigestEntry => ({
    mentionKey: `x#${i}`,
    type: 'suggestion',
    platform: 'x',
    handle: `user${i}`,
    text: `Idea ${i}: <!here> ${'long words '.repeat(40)}`,
    createdAt: new Date(OPENED.getTime() + i * 1000).toISOString(),
  });

  it('lists 1000 posts in at most 50 blocks of at most 3000 characters, escaped', () => {
    const msg = renderDigest(
      'suggestions',
      '2026-03-02',
      Array.from({ length: 1000 }, (_, i) => entry(i)),
    );
    const blocks = msg.blocks as Block[];
    expect(blocks.length).toBeLessThanOrEqual(LIMITS.blocksPerMessage);
    for (const b of blocks)
      if (b.type === 'section') expect((b.text as { text: string }).text.length).toBeLessThanOrEqual(3000);
    expect(JSON.stringify(msg)).toContain('1000 posts (1000 suggestion)');
    expect(JSON.stringify(msg)).not.toContain('<!here>');
  });
});

describe('mrkdwn helpers', () => {
  it.each([
    { input: 'a & b', out: 'a &amp; b' },
    { input: '<!everyone>', out: '&lt;!everyone&gt;' },
  ])('escapeMrkdwn($input)', ({ input, out }) => {
    expect(escapeMrkdwn(input)).toBe(out);
  });
  it('truncate adds an ellipsis within the limit', () => {
    expect(truncate('abcdef', 4)).toBe('abc…');
  });
});

describe('renderFollowup', () => {
  it('shows a customer message in the Slack thread as plain text, escaped in the notification, tagged with its mention key', () => {
    const msg = renderFollowup(mention('still <!channel> waiting', { id: 'p2' }));
    expect(msg.blocks?.[1]).toEqual({
      type: 'section',
      text: { type: 'plain_text', text: 'still <!channel> waiting', emoji: false },
    });
    expect(msg.text).toBe('@maria\u02CDk: still &lt;!channel&gt; waiting');
    expect(msg.metadata?.event_payload).toEqual({ mention_key: 'x#p2' });
  });
});
