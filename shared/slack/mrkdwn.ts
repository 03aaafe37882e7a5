/** Safe text for Slack mrkdwn: a post can never ping @channel, inject a link or break a block. */

/** Escapes the three characters Slack's formatting reserves. */
export const escapeMrkdwn = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Trims to `max` characters without splitting a surrogate pair or an escape sequence, adding '…'. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  // Do not leave half of an escape (&amp;) or half of a surrogate pair behind.
  cut = cut.replace(/&[a-z]{0,4}$/, '');
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** A URL safe to put inside <url|label>: only http(s), and none of the characters that end the link. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\//i.test(url)) return undefined;
  if (/[<>|\s]/.test(url)) return undefined;
  return url.length <= 3000 ? url : undefined;
}

/** A Slack date token that every reader sees in their own time zone, with a UTC fallback. */
export function slackDate(iso: string, format = '{date_short_pretty} at {time}'): string {
  const epoch = Math.floor(Date.parse(iso) / 1000);
  const fallback = `${iso.slice(0, 16).replace('T', ' ')} UTC`;
  return `<!date^${epoch}^${format}|${fallback}>`;
}

/** Quotes every line of the text as a Slack block quote. */
export const quote = (text: string): string =>
  text
    .split('\n')
    .map((line) => `>${line}`)
    .join('\n');
