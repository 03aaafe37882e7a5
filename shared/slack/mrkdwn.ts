/**
 * The one path from outside text to Slack. Outside text (posts, handles, names, links, subjects)
 * goes through `escapeMrkdwn`, `outside` and `link` into mrkdwn, or `plainOutside` into plain_text,
 * so it can never ping, link, format or reorder anything;
 * Beacon's own control sequences (people to page from the routing config, dates, links to its
 * cards) are built by the functions below and nowhere else.
 */

/** Unicode direction overrides and isolates: they reorder what a reader sees (U+202A–E, U+2066–9). */
const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** Outside text as displayed: direction overrides removed, so no one can disguise what they wrote. */
export const displayable = (text: string): string => text.replace(DIRECTION_CONTROLS, '');

/**
 * Characters that open or close Slack formatting, and what outside text shows instead: the same
 * look, but characters Slack's parser does not know (Slack has no escape for them). Full-width forms
 * are included because Slack formats with them too.
 */
const FORMATTING_LOOKALIKES: Record<string, string> = {
  '*': '\u2217', // ∗ asterisk operator
  '＊': '\uFE61', // ﹡ small asterisk
  _: '\u02CD', // ˍ modifier letter low macron: `maria_k` still reads maria_k
  '＿': '\u2E0F', // ⸏ paragraphos
  '~': '\u223C', // ∼ tilde operator
  '`': '\u02CB', // ˋ modifier letter grave accent
  '｀': '\u02CB',
};
// Regular expressions are written with \u escapes for characters outside ASCII (their readable form in
// the comment above each): esbuild bundles a regular expression as written, and a single such
// character makes Node decode the whole bundle into a two-byte string at every cold start.
// /[*＊_＿~`｀]/g
const FORMATTING_CHARS = /[*\uff0a_\uff3f~`\uff40]/g;

/**
 * Outside text as mrkdwn that shows exactly what was typed and can neither ping, link nor format:
 * - `&`, `<`, `>` are escaped, so `<!channel>`, `<@U…>`, `<#C…>`, `<url|label>` and even a
 *   pre-escaped `&lt;!channel&gt;` show as the characters typed;
 * - `*`, `_`, `~`, `` ` `` become look-alike characters, so no two of them can pair into bold,
 *   italics, strike or code. Invisible separators next to them are no defence: Slack treats a
 *   zero-width space as a word boundary (the usual way to force bold inside a word), so even
 *   `*\u200Bx\u200B*` turns bold;
 * - a zero-width space after every `:` that has text after it, so `:smile:` or `:white_check_mark:`
 *   is no emoji (a shortcode name is letters, digits, `_`, `+`, `-` between two colons) and a pasted
 *   `https://…` is not turned into a link;
 * - a soft hyphen before a `>` that starts a line, which Slack would show as a quote.
 */
export const escapeMrkdwn = (text: string): string =>
  displayable(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(FORMATTING_CHARS, (c) => FORMATTING_LOOKALIKES[c] ?? c)
    .replace(/:(?=\S)/g, ':\u200B')
    // /^([ \t]*)(&gt;|＞)/gm
    .replace(/^([ \t]*)(&gt;|\uff1e)/gm, '$1\u00AD$2');

/**
 * Beacon's own words from the routing config (channel names, labels) inside mrkdwn: trusted, so they
 * keep their characters (`#social_leads`, not look-alikes), but `&`, `<`, `>` are still escaped so a
 * name can never be read as a control sequence.
 */
export const ownText = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Outside text for a `plain_text` object (with `emoji: false`): Slack parses nothing there, so it
 * shows the characters typed, unescaped; only direction overrides go, and it is cut to `max`.
 */
export const plainOutside = (text: string, max: number): string => truncate(displayable(text), max);

/** Plain outside text that must stay on one line (a storm's latest posts, one per line). */
export const plainOutsideLine = (text: string, max: number): string =>
  plainOutside(text.replace(/\s+/g, ' ').trim(), max);

/** Outside text cut to `max` characters, then escaped (cutting first never splits an escape). */
export const outside = (text: string, max: number): string => escapeMrkdwn(truncate(displayable(text), max));

/**
 * Outside text that must stay on one line (a handle, a name, a subject): a line break in a display
 * name could otherwise start a line that looks like Beacon's own ("Replied by …").
 */
export const outsideLine = (text: string, max: number): string =>
  outside(text.replace(/\s+/g, ' ').trim(), max);

/** Trims to `max` characters without splitting a surrogate pair or an escape sequence, adding '…'. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  // Do not leave half of an escape (&amp;) or half of a surrogate pair behind.
  cut = cut.replace(/&[a-z]{0,4}$/, '');
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** The first words of a post on one line, escaped: for notices, lists and storm lines. */
export const firstWords = (text: string, max = 100): string => outsideLine(text || '(no text)', max);

/**
 * A URL safe to put inside <url|label>: only http(s), and none of the characters that end the link
 * or hide what it says. Anything else is no link at all.
 */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\/[^/]/i.test(url)) return undefined;
  if (/[<>|\s\p{Cc}\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF]/u.test(url)) return undefined;
  return url.length <= 3000 ? url : undefined;
}

/**
 * `<url|label>` when the URL is a safe http(s) link, else just the label. `label` is mrkdwn Beacon
 * wrote (a platform name, "view card"); the URL's `&` is escaped as Slack expects.
 */
export function link(url: string | undefined, label: string): string {
  const safe = safeUrl(url);
  return safe ? `<${safe.replace(/&/g, '&amp;')}|${label}>` : label;
}

/** Slack's own mention tokens that Beacon may send; anything else from a config is shown, not sent. */
const MENTION_TOKEN = /^<(?:!here|!channel|!everyone|!subteam\^[A-Z0-9]+|@[UW][A-Z0-9]+)>$/;

/**
 * People to page, from the routing config (`mention:`, `escalate`): real Slack mentions that
 * notify. Only well-formed tokens pass; outside text never reaches this function.
 */
export const pageTokens = (tokens: readonly string[]): string =>
  tokens.map((t) => (MENTION_TOKEN.test(t) ? t : escapeMrkdwn(t))).join(' ');

/** A Slack user id (from a signed Slack request) as a mention; anything else is shown escaped. */
export const userRef = (who: string): string =>
  /^[UW][A-Z0-9]{2,}$/.test(who) ? `<@${who}>` : escapeMrkdwn(who);

/** A Slack date token that every reader sees in their own time zone, with a UTC fallback. */
export function slackDate(iso: string, format = '{date_short_pretty} at {time}'): string {
  const epoch = Math.floor(Date.parse(iso) / 1000);
  const fallback = `${iso.slice(0, 16).replace('T', ' ')} UTC`;
  return `<!date^${epoch}^${format}|${fallback}>`;
}
