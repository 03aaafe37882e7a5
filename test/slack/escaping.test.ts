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
import { buildReport } from '../../shared/domain/report.ts';
import type { Storm } from '../../shared/domain/storm.ts';
import { renderAlertCard, renderFollowup } from '../../shared/slack/alert-card.ts';
import {
  renderHelp,
  renderOpenList,
  renderReport,
  renderStats,
  statsByType,
} from '../../shared/slack/command-replies.ts';
import { renderDigest } from '../../shared/slack/digest-message.ts';
import { escapeMrkdwn, link, ownText, pageTokens, safeUrl } from '../../shared/slack/mrkdwn.ts';
import { movedNote, renderMovedCard, renderNotice } from '../../shared/slack/notices.ts';
import { renderReplyModal } from '../../shared/slack/reply-modal.ts';
import { suggestionDigestBlocks, suggestionDigestText } from '../../shared/slack/report-message.ts';
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
  // The report's numbered links to suggestions and the suggestion digest's links.
  '1',
  '2',
  'post',
  'card',
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
  '> quote',
  '&gt;quote',
  '>>>all of it',
  '```code block```',
  'maria_k',
  ':smile:',
  ':white_check_mark:',
  'a:tada:b',
  ':',
  '*',
  '_',
  '~',
  '`',
  '＊全角＊ ＿斜体＿ ｀コード｀ ＞引用',
  '\u200B*zw*\u200B',
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
  // Reports show handles, subjects, languages, excerpts and links of many alerts. A subject is never
  // empty (no subject is no group), so the report's shape does not depend on the text.
  const reportSubject = `s${o.subject}`;
  const report = buildReport(
    [
      { ...expired, subject: reportSubject, lang: o.cue },
      { ...open, alertId: 'al_2', subject: reportSubject },
      { ...brandReplied, alertId: 'al_3', type: 'suggestion', subject: reportSubject },
      { ...open, alertId: 'al_4', type: 'suggestion', slackPermalink: o.url },
      // Prefixed: a platform named "x" would share the other alerts' author and hide the advocate.
      { ...claimed, alertId: 'al_5', type: 'praise', platform: `n${o.name}` },
    ],
    { from: OPENED, to: at(24 * 60) },
  );
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
    { what: '/beacon report', message: renderReport(report, 'week') },
    {
      what: 'suggestion digest',
      message: { text: suggestionDigestText(report), blocks: suggestionDigestBlocks(report) },
    },
    { what: 'reply modal', message: renderReplyModal(open, mention, true) },
    { what: 'reply modal (unsupported)', message: renderReplyModal(open, mention, false) },
  ];
}

/** Keys Slack never shows as text: ids and values Beacon reads back. */
const HIDDEN = new Set(['metadata', 'value', 'block_id', 'action_id', 'private_metadata', 'callback_id']);

/**
 * How Slack reads a string: `plain` (a plain_text object with `emoji: false`: shown as typed),
 * `emoji` (plain_text that still turns :shortcodes: into emoji) or `mrkdwn` (every other text,
 * the top-level notification text included).
 */
type Kind = 'plain' | 'emoji' | 'mrkdwn';

/** Every string Slack reads as text in a message, with where it is and how Slack reads it. */
function shownStrings(node: unknown, path = '$'): Array<{ path: string; text: string; kind: Kind }> {
  if (typeof node === 'string') return [{ path, text: node, kind: 'mrkdwn' }];
  if (Array.isArray(node)) return node.flatMap((v, i) => shownStrings(v, `${path}[${i}]`));
  if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (o.type === 'plain_text' && typeof o.text === 'string')
      return [{ path: `${path}.text`, text: o.text, kind: o.emoji === false ? 'plain' : 'emoji' }];
    return Object.entries(o).flatMap(([k, v]) => (HIDDEN.has(k) ? [] : shownStrings(v, `${path}.${k}`)));
  }
  return [];
}

/** An emoji shortcode as Slack reads it: a name of letters, digits, `_`, `+`, `-` or `'` between colons. */
const SHORTCODE = /:[\p{L}\p{N}_+'-]+:/gu;
/** Characters that open or close bold, italic, strike or code, the full-width forms included. */
const DELIMITERS = /[*_~`＊＿｀]/g;
/** A block quote: `>` (raw or escaped, or its full-width form) first on a line. */
const QUOTE_LINE = /^[ \t]*(?:>|&gt;|＞)/gm;

/**
 * The formatting Slack could apply to a string, in order: shortcodes, bold/italic/strike/code
 * delimiters and quoted lines, outside control sequences (`<…>`, checked above). Outside text is
 * data, so a message built from any outside strings has exactly the formatting of the same message
 * built from harmless ones: every `*`, `_`, `~`, `` ` ``, line-start `>` and `:shortcode:` is Beacon's.
 * Counting every delimiter, not only those Slack would pair, keeps the check independent of
 * Slack's pairing rules.
 */
function formatting(text: string, kind: Kind): string[] {
  if (kind === 'plain') return [];
  if (kind === 'emoji') return text.match(SHORTCODE) ?? [];
  // A link's target and a date token's parts are not shown; their label is Beacon's.
  const shown = text.replace(/<[^<>]*>/g, ' ');
  const shortcodes = shown.match(SHORTCODE) ?? [];
  const rest = shown.replace(SHORTCODE, ' ');
  const quotes = (rest.match(QUOTE_LINE) ?? []).map(() => 'quote');
  return [...shortcodes, ...(rest.match(DELIMITERS) ?? []), ...quotes];
}

/** Harmless outside strings: what each message's own formatting is measured against. */
const HARMLESS: Outside = {
  text: 'fine',
  handle: 'fine',
  name: 'Fine',
  url: 'https://example.com/p/1',
  cue: 'fine',
  subject: 'fine',
  line: 'fine',
};

/** Each shown string's formatting, keyed by message and path. */
function formattingOf(o: Outside): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const { what, message } of everyMessage(o))
    for (const { path, text, kind } of shownStrings(message))
      out.set(`${what} ${path}`, formatting(text, kind));
  return out;
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
          for (const { path, text, kind } of shownStrings(message)) {
            const problems =
              kind === 'mrkdwn'
                ? foreignControls(text)
                : /[\u202A-\u202E\u2066-\u2069]/.test(text)
                  ? ['a direction override']
                  : [];
            if (problems.length > 0)
              throw new Error(`${what} ${path}: ${problems.join(', ')} in ${JSON.stringify(text)}`);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('asks Slack to take every mrkdwn text object verbatim: no URL, #channel or @name in it is turned into a link or mention', () => {
    /** Every text object of a message, with where it is. */
    const textObjects = (node: unknown, path = '$'): Array<{ path: string; o: Record<string, unknown> }> => {
      if (Array.isArray(node)) return node.flatMap((v, i) => textObjects(v, `${path}[${i}]`));
      if (!node || typeof node !== 'object') return [];
      const o = node as Record<string, unknown>;
      const here = o.type === 'mrkdwn' ? [{ path, o }] : [];
      return [...here, ...Object.entries(o).flatMap(([k, v]) => textObjects(v, `${path}.${k}`))];
    };
    const loose = everyMessage(HARMLESS).flatMap(({ what, message }) =>
      textObjects(message)
        .filter(({ o }) => o.verbatim !== true)
        .map(({ path }) => `${what} ${path}`),
    );
    expect(loose).toEqual([]);
  });

  it('formats nothing from outside text: no *bold*, _italic_, ~strike~, `code`, > quote or :emoji: of its own', () => {
    const own = formattingOf(HARMLESS);
    fc.assert(
      fc.property(outsideInput, (o) => {
        for (const [where, found] of formattingOf(o)) {
          const expected = own.get(where);
          if (JSON.stringify(found) !== JSON.stringify(expected))
            throw new Error(
              `${where}: formatting ${JSON.stringify(found)}, Beacon's own is ${JSON.stringify(expected)}`,
            );
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
  /** What Slack parses: every mrkdwn string of a message, the plain_text ones left out. */
  const mrkdwnOf = (message: unknown) =>
    shownStrings(message)
      .filter((s) => s.kind === 'mrkdwn')
      .map((s) => s.text)
      .join('\n');
  const postBlock = (message: { attachments?: Array<{ blocks?: unknown[] }> }) =>
    message.attachments?.[0]?.blocks?.[0] as { type: string; text: Record<string, unknown> };

  it('a handle of @<!channel> reaches the notification text escaped, beside the real pages', () => {
    const card = renderAlertCard({ alert, mention: hostile }, at(1));
    expect(card.text).toBe(
      '<!here> <!subteam^S0LEADS> <@U0DANA1234> Complaint on Webhook from @&lt;!channel&gt;: reply due 2026-03-02 11:00 UTC (59 min left)',
    );
    expect(mrkdwnOf(card)).not.toContain('<!channel>');
    expect(mrkdwnOf(card)).not.toContain('<@U0BOSS>');
  });

  it('a disguised link in a post shows as the characters typed, and a javascript: link is no link', () => {
    const message = renderAlertCard({ alert, mention: hostile }, at(1));
    // The post is plain text, which Slack does not parse: its <…> are characters, not a link.
    expect(postBlock(message).text).toEqual({
      type: 'plain_text',
      text: 'Ping <!channel> and <https://evil|click here> gnp.exe',
      emoji: false,
    });
    const card = mrkdwnOf(message);
    expect(card).not.toContain('<https://evil|click here>');
    expect(card).toContain('on Webhook from');
    expect(JSON.stringify(message)).not.toContain('javascript:');
  });

  it('removes direction overrides from what is displayed', () => {
    expect(escapeMrkdwn('a\u202Eb\u2066c\u2069d')).toBe('abcd');
    const followup = JSON.stringify(renderFollowup(hostile));
    expect(followup).toContain('gnp.exe');
    expect(followup).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/u);
  });

  it('the follow-up’s notification text is escaped too', () => {
    expect(renderFollowup(hostile).text).toBe(
      '@&lt;!channel&gt;: Ping &lt;!channel&gt; and &lt;https:\u200B//evil|click here&gt; gnp.exe',
    );
  });

  it('keeps a handle or name on one line, so it cannot fake a status line of the card', () => {
    const faker = aMention({
      author: { id: 'a2', handle: 'x\n:white_check_mark: *Replied*', name: 'Ann\r\n>Claimed by boss' },
    });
    const head = (renderAlertCard({ alert, mention: faker }, at(1)).blocks[0] as { text: { text: string } })
      .text.text;
    expect(head.split('\n')).toHaveLength(2); // the header and Beacon's own paging line
    expect(head).toContain(
      '@x :\u200Bwhite\u02CDcheck\u02CDmark: \u2217Replied\u2217 (Ann &gt;Claimed by boss)',
    );
  });

  it('links only http(s) URLs and escapes their & as Slack expects', () => {
    expect(link('https://a.example/?x=1&y=2', 'X')).toBe('<https://a.example/?x=1&amp;y=2|X>');
    expect(link('javascript:alert(1)', 'X')).toBe('X');
    expect(link('https://evil|click here', 'X')).toBe('X');
  });

  it('config mentions page for real; anything that is not a Slack mention token is shown, not sent', () => {
    expect(pageTokens(['<!here>', '<!subteam^S1>', '<@U0DANA>'])).toBe('<!here> <!subteam^S1> <@U0DANA>');
    expect(pageTokens(['<https://evil|x>'])).toBe('&lt;https:\u200B//evil|x&gt;');
  });

  it('shows *, _, ~ and ` from outside as look-alikes that cannot pair, so nothing turns bold, italic, struck or code', () => {
    expect(escapeMrkdwn('*bold* _it_ ~s~ `c` ```block```')).toBe(
      '\u2217bold\u2217 \u02CDit\u02CD \u223Cs\u223C \u02CBc\u02CB \u02CB\u02CB\u02CBblock\u02CB\u02CB\u02CB',
    );
    expect(escapeMrkdwn('＊太字＊ ＿斜体＿ ｀コード｀')).toBe(
      '\uFE61太字\uFE61 \u2E0F斜体\u2E0F \u02CBコード\u02CB',
    );
    // A zero-width space beside a delimiter is a word boundary to Slack, not an escape: replaced too.
    expect(escapeMrkdwn('\u200B*zw*\u200B')).toBe('\u200B\u2217zw\u2217\u200B');
  });

  it('keeps :shortcodes: from becoming emoji and pasted URLs from becoming links', () => {
    expect(escapeMrkdwn(':smile: a:tada:b')).toBe(':\u200Bsmile: a:\u200Btada:\u200Bb');
    expect(escapeMrkdwn('see https://evil.example')).toBe('see https:\u200B//evil.example');
    // A colon with nothing after it cannot open a shortcode, and times keep their look.
    expect(escapeMrkdwn('Note: at 10:30')).toBe('Note: at 10:\u200B30');
  });

  it('keeps a > that starts a line of outside text from quoting it', () => {
    expect(escapeMrkdwn('> fake quote\n  >>> all of it\na > b')).toBe(
      '\u00AD&gt; fake quote\n  \u00AD&gt;&gt;&gt; all of it\na &gt; b',
    );
    expect(escapeMrkdwn('＞引用')).toBe('\u00AD＞引用');
  });

  it('a handle like maria_k reads the same, in the card and in the notification, and formats nothing', () => {
    const maria = aMention({ author: { id: 'a3', handle: 'maria_k', name: '*Maria* ~K~' } });
    const card = renderAlertCard(
      { alert: openAlert(maria, 'complaint', aRoute(), OPENED, at(60)), mention: maria },
      at(1),
    );
    expect(card.text).toContain('from @maria\u02CDk:');
    expect(mrkdwnOf(card)).toContain('@maria\u02CDk (\u2217Maria\u2217 \u223CK\u223C)');
    expect(mrkdwnOf(card)).not.toMatch(/maria_k|\*Maria\*|~K~/);
  });

  it('puts the post, the follow-up and the post in the Reply modal in plain_text sections that show emoji codes as typed', () => {
    const post = aMention({ text: '*Refund* now :rage: <!here>\n> quoted _really_' });
    const open = openAlert(post, 'complaint', aRoute(), OPENED, at(60));
    const plain = {
      type: 'plain_text',
      text: '*Refund* now :rage: <!here>\n> quoted _really_',
      emoji: false,
    };
    expect(postBlock(renderAlertCard({ alert: open, mention: post }, at(1))).text).toEqual(plain);
    expect(renderFollowup(post).blocks?.[1]).toMatchObject({ type: 'section', text: plain });
    const modal = renderReplyModal(open, post, true) as { blocks: unknown[] };
    expect(modal.blocks[1]).toMatchObject({ type: 'section', text: plain });
  });
});

describe("Beacon's own names from the routing config", () => {
  it('keep their characters (#social_leads), and still cannot become a control sequence', () => {
    expect(movedNote('complaint', 'U0CLICKER', 'social_leads')).toContain('moved to #social_leads.');
    expect(ownText('ops_<!channel>')).toBe('ops_&lt;!channel&gt;');
  });
});
