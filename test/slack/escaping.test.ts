/**
 * Outside text is data, never markup: whatever a stranger puts in a post, a handle, a name, a link
 * or a storm subject, no message Beacon sends to Slack carries a control sequence that came from it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Alert } from '../../shared/domain/alert.ts';
import { applyTransition, openAlert } from '../../shared/domain/alert-lifecycle.ts';
import type { Detection } from '../../shared/domain/detection.ts';
import type { Mention } from '../../shared/domain/mention.ts';
import type { Storm } from '../../shared/domain/storm.ts';
import { renderAlertCard, renderFollowup } from '../../shared/slack/alert-card.ts';
import { renderHelp, renderOpenList, renderStats, statsByType } from '../../shared/slack/command-replies.ts';
import { renderDigest } from '../../shared/slack/digest-message.ts';
import { escapeMrkdwn, link, pageTokens, safeUrl } from '../../shared/slack/mrkdwn.ts';
import { movedNote, renderMovedCard, renderNotice } from '../../shared/slack/notices.ts';
import { renderReplyModal } from '../../shared/slack/reply-modal.ts';
import { renderStormCard } from '../../shared/slack/storm-card.ts';
import { aMention, aRoute } from '../helpers/factories.ts';

const OPENED = new Date('2026-03-02T10:00:00.000Z');
const at = (minutes: number) => new Date(OPENED.getTime() + minutes * 60_000);

/** Trusted parts: the routing config's people to page, a clicker's Slack id, Slack's own permalink. */
const PAGED = ['<!here>', '<!subteam^S0LEADS>', '<@U0DANA1234>'];
const CLICKER = 'U0ALICE';
const PERMALINK = 'https://acme.slack.com/archives/C0CARDS/p1700000000000100';
const TRUSTED_TOKENS = new Set([...PAGED, `<@${CLICKER}>`]);
/** Labels Beacon puts on the links it builds; a label made of outside text would be a disguise. */
const LINK_LABELS = new Set([
  'X',
  'Webhook',
  'view',
  'Open the card',
  'Complaint',
  'Question',
  'Praise',
  'Suggestion',
]);

const ATTACKS = [
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '<@U0ATTACKER>',
  '<!subteam^S0EVIL>',
  '<#C0SECRET>',
  '<https://evil.example|click here>',
  '<https://evil.example>',
  '&lt;!channel&gt;',
  '&amp;lt;!here&amp;gt;',
  '&#60;!channel&#62;',
  '<!date^1^{date}|x>',
  '\u202Eevil\u202C',
  '\u2066\u2067\u2068\u2069',
  '\u202A\u202B\u202D',
  '|',
  '<',
  '>',
  '&',
  '*bold* _it_ ~s~ `c`',
  '\n>quote',
  '😀👩‍👩‍👧',
  'javascript:alert(1)',
];

/** Strings a stranger controls: attack pieces mixed with arbitrary text. */
const outsideText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...ATTACKS),
      fc.string({ maxLength: 12 }),
      fc.string({ unit: 'binary', maxLength: 8 }),
    ),
    {
      minLength: 1,
      maxLength: 8,
    },
  )
  .map((parts) => parts.join(''));

/** Links a stranger controls: good ones, disguised ones, other schemes. */
const outsideUrl = fc.oneof(
  outsideText.map((s) => `https://example.com/p/${s}`),
  outsideText.map((s) => `http://example.com/?q=${s}&x=1`),
  fc.constantFrom(
    'javascript:alert(1)',
    'data:text/html,<script>',
    'https://evil.example|click here',
    'https://ok.example/<!channel>',
    'https://ok.example/\u202Etxt.exe',
    'ftp://files.example/x',
    'slack://channel?id=C1',
  ),
  outsideText,
);

interface Outside {
  text: string;
  handle: string;
  name: string;
  url: string;
  cue: string;
  subject: string;
  line: string;
}
const outsideInput = fc.record<Outside>({
  text: outsideText,
  handle: outsideText,
  name: outsideText,
  url: outsideUrl,
  cue: outsideText,
  subject: outsideText,
  line: outsideText,
});

/** Every message type Beacon sends, built from one set of outside strings. */
function everyMessage(o: Outside): Array<{ what: string; message: unknown }> {
  const mention: Mention = aMention({
    platform: 'x',
    url: o.url,
    text: o.text,
    author: { id: 'a1', handle: o.handle, name: o.name, followers: 120 },
  });
  const route = aRoute({
    rule: 'press',
    reasons: [`VIP (${o.subject})`, 'influencer (60000 ≥ 50000 followers)'],
    mentions: PAGED,
    escalations: [{ atFraction: 0.5, mention: PAGED }],
  });
  const detection: Detection = {
    label: 'complaint',
    confidence: 0.9,
    lang: 'en',
    scores: { complaint: 0.9, question: 0, praise: 0, suggestion: 0, none: 0.1 },
    cues: [{ label: 'complaint', kind: 'phrase', text: o.cue, weight: 1 }],
  };
  const open = {
    ...openAlert(mention, 'complaint', route, OPENED, at(60)),
    slackChannelId: 'C0CARDS',
    slackTs: '1700000000.000100',
    slackPermalink: PERMALINK,
  };
  const claimed = applyTransition(open, { kind: 'claim', by: CLICKER, at: at(1).toISOString() });
  const snoozed = applyTransition(claimed, {
    kind: 'snooze',
    by: CLICKER,
    at: at(2).toISOString(),
    seconds: 7200,
  });
  const brandReplied = applyTransition(open, {
    kind: 'replied',
    by: o.handle,
    at: at(5).toISOString(),
    via: 'platform',
  });
  const relabelled = applyTransition(open, {
    kind: 'relabel',
    by: CLICKER,
    at: at(3).toISOString(),
    to: 'question',
  });
  const expired = applyTransition(open, { kind: 'expire', at: at(61).toISOString() });
  const cards = [open, claimed, snoozed, brandReplied, relabelled, expired].map((alert: Alert) => ({
    what: `card (${alert.state})`,
    message: renderAlertCard(
      {
        alert,
        mention,
        detection,
        author: {
          complaint: 3,
          question: 0,
          praise: 4,
          suggestion: 0,
          none: 0,
          firstSeen: OPENED.toISOString(),
        },
      },
      at(10),
    ),
  }));
  const storm: Storm = {
    stormId: 'st_1',
    key: 'k',
    channel: 'complaints',
    type: 'complaint',
    subject: o.subject,
    count: 5,
    alertIds: ['a', 'b'],
    lines: [o.line, `@${o.handle}: ${o.text}`],
    startedAt: OPENED.toISOString(),
    lastAt: at(4).toISOString(),
    version: 2,
  };
  const subject = { alert: open, author: o.handle, text: o.text, permalink: PERMALINK };
  return [
    ...cards,
    { what: 'follow-up', message: renderFollowup(mention) },
    {
      what: 'brand follow-up',
      message: renderFollowup({ ...mention, author: { ...mention.author, isBrand: true } }),
    },
    { what: 'storm card', message: renderStormCard(storm) },
    {
      what: 'digest',
      message: renderDigest('praise', '2026-03-02', [
        {
          mentionKey: 'x#1',
          type: 'praise',
          platform: 'x',
          handle: o.handle,
          text: o.text,
          url: o.url,
          createdAt: OPENED.toISOString(),
        },
      ]),
    },
    {
      what: 'escalation notice',
      message: renderNotice(
        `:rotating_light: ${pageTokens(PAGED)} 50% of the window is gone`,
        'esc:1',
        subject,
      ),
    },
    {
      what: 'missed notice',
      message: renderNotice(':black_circle: Missed', 'missed:1', { ...subject, permalink: o.url }),
    },
    { what: 'moved card', message: renderMovedCard(movedNote('question', CLICKER, 'questions')) },
    {
      what: '/beacon open',
      message: renderOpenList(
        [open, claimed, { ...snoozed, slackPermalink: o.url }],
        at(10),
        'in this channel',
      ),
    },
    { what: '/beacon stats', message: renderStats(statsByType([open, expired]), '2026-03-02, UTC') },
    { what: '/beacon help', message: renderHelp() },
    { what: 'reply modal', message: renderReplyModal(open, mention, true) },
    { what: 'reply modal (unsupported)', message: renderReplyModal(open, mention, false) },
  ];
}

/** Keys Slack never shows as text: ids and values Beacon reads back. */
const HIDDEN = new Set(['metadata', 'value', 'block_id', 'action_id', 'private_metadata', 'callback_id']);

/** Every string Slack reads as text in a message, with where it is. */
function shownStrings(node: unknown, path = '$'): Array<{ path: string; text: string }> {
  if (typeof node === 'string') return [{ path, text: node }];
  if (Array.isArray(node)) return node.flatMap((v, i) => shownStrings(v, `${path}[${i}]`));
  if (node && typeof node === 'object')
    return Object.entries(node).flatMap(([k, v]) => (HIDDEN.has(k) ? [] : shownStrings(v, `${path}.${k}`)));
  return [];
}

const DATE_TOKEN = /^<!date\^\d+\^\{[a-z_]+\}(?: at \{time\})?\|\d{4}-\d\d-\d\d \d\d:\d\d UTC>$/;

/** The control sequences of a mrkdwn string that did not come from Beacon's trusted parts. */
function foreignControls(text: string): string[] {
  const problems: string[] = [];
  for (const [seq] of text.matchAll(/<[^<>]*>/g)) {
    if (TRUSTED_TOKENS.has(seq) || DATE_TOKEN.test(seq)) continue;
    const asLink = /^<(https?:\/\/[^|<>\s]+)\|([^|<>]*)>$/.exec(seq);
    const url = asLink?.[1]?.replace(/&amp;/g, '&');
    if (asLink && url && safeUrl(url) === url && LINK_LABELS.has(asLink[2] ?? '')) continue;
    problems.push(`control sequence ${JSON.stringify(seq)}`);
  }
  // Beacon's block quotes start lines with '>'; outside text cannot, its '>' is escaped.
  const rest = text.replace(/<[^<>]*>/g, '').replace(/^>/gm, '');
  if (/[<>]/.test(rest)) problems.push('a bare < or >');
  // Slack decodes only &amp; &lt; &gt;; any other & is text, but one left unescaped could pair with
  // what follows into one of those three (the `&lt;!channel&gt;` trick).
  if (/&(?!amp;|lt;|gt;)/.test(text)) problems.push('an unescaped &');
  if (/[\u202A-\u202E\u2066-\u2069]/.test(text)) problems.push('a direction override');
  return problems;
}

describe('every message Beacon sends', () => {
  it('carries no control sequence, entity trick or direction override from outside text', () => {
    fc.assert(
      fc.property(outsideInput, (o) => {
        for (const { what, message } of everyMessage(o)) {
          for (const { path, text } of shownStrings(message)) {
            const problems = foreignControls(text);
            if (problems.length > 0)
              throw new Error(`${what} ${path}: ${problems.join(', ')} in ${JSON.stringify(text)}`);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('examples', () => {
  const hostile = aMention({
    platform: 'generic',
    url: 'javascript:alert(1)',
    text: 'Ping <!channel> and <https://evil|click here> \u202Egnp.exe',
    author: { id: 'a1', handle: '<!channel>', name: '<@U0BOSS>' },
  });
  const alert = openAlert(hostile, 'complaint', aRoute({ mentions: PAGED }), OPENED, at(60));

  it('a handle of @<!channel> reaches the notification text escaped, beside the real pages', () => {
    const card = renderAlertCard({ alert, mention: hostile }, at(1));
    expect(card.text).toBe(
      '<!here> <!subteam^S0LEADS> <@U0DANA1234> Complaint on Webhook from @&lt;!channel&gt;: reply due 2026-03-02 11:00 UTC (59 min left)',
    );
    expect(JSON.stringify(card)).not.toContain('<!channel>');
    expect(JSON.stringify(card)).not.toContain('<@U0BOSS>');
  });

  it('a disguised link in a post shows as the characters typed, and a javascript: link is no link', () => {
    const card = JSON.stringify(renderAlertCard({ alert, mention: hostile }, at(1)));
    expect(card).toContain('&lt;https://evil|click here&gt;');
    expect(card).not.toContain('<https://evil|click here>');
    expect(card).toContain('on Webhook from');
    expect(card).not.toContain('javascript:');
  });

  it('removes direction overrides from what is displayed', () => {
    expect(escapeMrkdwn('a\u202Eb\u2066c\u2069d')).toBe('abcd');
    const followup = JSON.stringify(renderFollowup(hostile));
    expect(followup).toContain('gnp.exe');
    expect(followup).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/u);
  });

  it('the follow-up’s notification text is escaped too', () => {
    expect(renderFollowup(hostile).text).toBe(
      '@&lt;!channel&gt;: Ping &lt;!channel&gt; and &lt;https://evil|click here&gt; gnp.exe',
    );
  });

  it('keeps a handle or name on one line, so it cannot fake a status line of the card', () => {
    const faker = aMention({
      author: { id: 'a2', handle: 'x\n:white_check_mark: *Replied*', name: 'Ann\r\n>Claimed by boss' },
    });
    const head = (renderAlertCard({ alert, mention: faker }, at(1)).blocks[0] as { text: { text: string } })
      .text.text;
    expect(head.split('\n')).toHaveLength(2); // the header and Beacon's own paging line
    expect(head).toContain('@x :white_check_mark: *Replied* (Ann &gt;Claimed by boss)');
  });

  it('links only http(s) URLs and escapes their & as Slack expects', () => {
    expect(link('https://a.example/?x=1&y=2', 'X')).toBe('<https://a.example/?x=1&amp;y=2|X>');
    expect(link('javascript:alert(1)', 'X')).toBe('X');
    expect(link('https://evil|click here', 'X')).toBe('X');
  });

  it('config mentions page for real; anything that is not a Slack mention token is shown, not sent', () => {
    expect(pageTokens(['<!here>', '<!subteam^S1>', '<@U0DANA>'])).toBe('<!here> <!subteam^S1> <@U0DANA>');
    expect(pageTokens(['<https://evil|x>'])).toBe('&lt;https://evil|x&gt;');
  });
});
