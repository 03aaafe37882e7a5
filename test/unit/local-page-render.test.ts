/** The local Slack page reads mrkdwn as Slack does: tokens, names for ids, escapes shown as text. */
import { describe, expect, it } from 'vitest';
import {
  type Directory,
  formatDateToken,
  parseMrkdwn,
  type RenderNode,
  textOf,
} from '../../shared/local/web/render.ts';

const dir: Directory = {
  users: { U0ACMEDANA: 'dana', U0LOCALYOU: 'you' },
  groups: { S0ACMELEADS: 'social-leads' },
  channels: { C00000001: 'beacon-complaints' },
};
const read = (text: string) => textOf(parseMrkdwn(text, dir));

/** Every node of a tree, depth first. */
const all = (nodes: RenderNode[]): RenderNode[] =>
  nodes.flatMap((n) => (typeof n === 'object' && 'c' in n ? [n, ...all(n.c)] : [n]));

describe('the local page’s mrkdwn', () => {
  it('shows user and group ids as their names', () => {
    expect(read('Claimed by <@U0ACMEDANA>')).toBe('Claimed by @dana');
    expect(read('<!subteam^S0ACMELEADS> please look')).toBe('@social-leads please look');
    expect(read('<!subteam^S0OTHER|@night-shift>')).toBe('@night-shift');
    expect(read('<@U0UNKNOWN>')).toBe('@U0UNKNOWN');
  });

  it('renders here, channel, channel links, dates and labelled links as Slack does', () => {
    expect(read('<!here> new alert')).toBe('@here new alert');
    expect(read('in <#C00000001>')).toBe('in #beacon-complaints');
    expect(read('in <#C0NOTKNOWN|support>')).toBe('in #support');
    const date = parseMrkdwn('due <!date^1767225600^{date_short_pretty} at {time}|Jan 1 at 00:00 UTC>', dir);
    expect(date).toContainEqual({
      t: 'date',
      epoch: 1767225600,
      format: '{date_short_pretty} at {time}',
      fallback: 'Jan 1 at 00:00 UTC',
    });
    const link = parseMrkdwn('<https://example.com/p/1?a=1&amp;b=2|the *post*>', dir);
    expect(link).toEqual([
      { t: 'a', href: 'https://example.com/p/1?a=1&b=2', c: ['the ', { t: 'b', c: ['post'] }] },
    ]);
  });

  it('shows escaped text as the characters, never as a token or markup', () => {
    const nodes = parseMrkdwn('&lt;!channel&gt; &lt;b&gt;bold&lt;/b&gt; &amp;lt; <@U0ACMEDANA>', dir);
    expect(textOf(nodes)).toBe('<!channel> <b>bold</b> &lt; @dana');
    expect(all(nodes).filter((n) => typeof n === 'object' && n.t === 'mention')).toEqual([
      { t: 'mention', text: '@dana' },
    ]);
  });

  it('links only http(s) and mailto; other schemes stay text', () => {
    const nodes = parseMrkdwn('<javascript:alert(1)|click> <https://ok.example|ok>', dir);
    expect(all(nodes).filter((n) => typeof n === 'object' && n.t === 'a')).toHaveLength(1);
    expect(textOf(nodes)).toBe('<javascript:alert(1)|click> ok');
  });

  it('quotes lines starting with > and keeps formatting and emoji', () => {
    const nodes = parseMrkdwn(
      ':rotating_light: *Complaint* from @maria:\n&gt; المنتج لا يعمل\n&gt; second line',
      dir,
    );
    expect(nodes[0]).toEqual({ t: 'emoji', name: 'rotating_light', char: '🚨' });
    expect(nodes).toContainEqual({ t: 'b', c: ['Complaint'] });
    expect(nodes.at(-1)).toEqual({ t: 'blockquote', c: ['المنتج لا يعمل', { t: 'br' }, 'second line'] });
    expect(textOf(nodes, true)).toContain(':rotating_light: Complaint');
    expect(read(':not_an_emoji:')).toBe(':not_an_emoji:');
  });

  it('knows the emoji shortcodes Beacon’s own messages use', () => {
    const used = [':mega:', ':star:', ':busts_in_silhouette:', ':white_check_mark:', ':zzz:', ':inbox_tray:'];
    for (const code of used) expect(read(code), code).not.toBe(code);
  });
});

describe('date tokens on the local Slack page', () => {
  const epoch = Date.parse('2026-03-02T10:00:00Z') / 1000;
  const at = (iso: string) => Date.parse(iso);

  it('shows a deadline in the reader’s own time zone, today/tomorrow where apt', () => {
    const berlin = { locale: 'en-US', timeZone: 'Europe/Berlin' };
    const tokyo = { locale: 'en-US', timeZone: 'Asia/Tokyo' };
    const now = at('2026-03-02T09:00:00Z');
    expect(formatDateToken(epoch, '{date_short_pretty} at {time}', now, berlin)).toBe('today at 11:00 AM');
    expect(formatDateToken(epoch, '{date_short_pretty} at {time}', now, tokyo)).toBe('today at 7:00 PM');
    expect(formatDateToken(epoch, '{date_short_pretty}', at('2026-03-01T12:00:00Z'), berlin)).toBe(
      'tomorrow',
    );
    expect(formatDateToken(epoch, '{date_short_pretty}', at('2026-03-10T12:00:00Z'), berlin)).toBe(
      'Mar 2, 2026',
    );
    expect(formatDateToken(epoch, '{date_num}', now, tokyo)).toBe('2026-03-02');
  });

  it('keeps {ago} relative to the reader’s clock, as Slack does', () => {
    expect(formatDateToken(epoch, '{ago}', at('2026-03-02T10:00:20Z'))).toBe('just now');
    expect(formatDateToken(epoch, '{ago}', at('2026-03-02T10:12:30Z'))).toBe('12 minutes ago');
    expect(formatDateToken(epoch, '{ago}', at('2026-03-02T11:00:00Z'))).toBe('1 hour ago');
    expect(formatDateToken(epoch, 'opened {ago}', at('2026-03-02T09:30:00Z'))).toBe('opened in 30 minutes');
  });
});
