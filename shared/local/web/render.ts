/**
 * Slack's mrkdwn, read as Slack reads it, for the local Slack page. Parsing gives a tree whose text
 * leaves are plain strings (Slack's `&amp;`, `&lt;`, `&gt;` decoded), and `toDom` builds the page's
 * nodes from it with text nodes only: message text never reaches the page as HTML.
 *
 * The page loads this file as a module (served compiled at /slack/render.js); it imports nothing.
 */

/** Names the page shows for ids, as Slack shows a member's or a group's name. */
export interface Directory {
  users: Record<string, string>;
  groups: Record<string, string>;
  channels: Record<string, string>;
}

export type RenderNode =
  | string
  | { t: 'b' | 'i' | 's' | 'code' | 'blockquote'; c: RenderNode[] }
  | { t: 'br' }
  | { t: 'a'; href: string; c: RenderNode[] }
  | { t: 'mention'; text: string }
  | { t: 'date'; epoch: number; format: string; fallback: string }
  | { t: 'emoji'; name: string; char: string };

export const EMOJI: Record<string, string> = {
  rotating_light: '🚨',
  question: '❓',
  bulb: '💡',
  star2: '🌟',
  large_green_circle: '🟢',
  large_yellow_circle: '🟡',
  red_circle: '🔴',
  black_circle: '⚫',
  white_check_mark: '✅',
  heavy_multiplication_x: '✖️',
  speech_balloon: '💬',
  hourglass_flowing_sand: '⏳',
  bell: '🔔',
  zzz: '💤',
  label: '🏷️',
  memo: '📝',
  eyes: '👀',
  fire: '🔥',
  warning: '⚠️',
  tada: '🎉',
  raising_hand: '🙋',
  no_bell: '🔕',
  chart_with_upwards_trend: '📈',
  inbox_tray: '📥',
  bust_in_silhouette: '👤',
  thunder_cloud_and_rain: '⛈️',
  information_source: 'ℹ️',
  arrow_right: '➡️',
  link: '🔗',
  mag: '🔍',
  wave: '👋',
  thumbsup: '👍',
  '+1': '👍',
  heart: '❤️',
  x: '❌',
  mega: '📣',
  star: '⭐',
  busts_in_silhouette: '👥',
};

/** Slack escapes exactly these three in text it sends. */
export const decodeEntities = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

const MARK = String.fromCharCode(0);
const SAFE_LINK = /^(https?:\/\/|mailto:)/i;

/** `:name:` shortcodes in a run of text become emoji nodes; unknown names stay text, as in Slack. */
function withEmoji(text: string): RenderNode[] {
  const out: RenderNode[] = [];
  let last = 0;
  for (const m of text.matchAll(/:([a-z0-9_+-]+):/g)) {
    const char = EMOJI[m[1] ?? ''];
    if (!char) continue;
    if (m.index > last) out.push(decodeEntities(text.slice(last, m.index)));
    out.push({ t: 'emoji', name: m[1] ?? '', char });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(decodeEntities(text.slice(last)));
  return out;
}

/** One `<…>` token, as Slack shows it. */
export function token(raw: string, dir: Directory): RenderNode[] {
  const inner = raw.slice(1, -1);
  const bar = inner.indexOf('|');
  const target = bar >= 0 ? inner.slice(0, bar) : inner;
  const label = bar >= 0 ? inner.slice(bar + 1) : '';
  if (target.startsWith('!date^')) {
    const [, at, format] = target.split('^');
    const epoch = Number(at);
    if (Number.isFinite(epoch))
      return [{ t: 'date', epoch, format: decodeEntities(format ?? ''), fallback: decodeEntities(label) }];
  } else if (target.startsWith('!subteam^')) {
    const id = target.slice('!subteam^'.length);
    const name = dir.groups[id] ?? (label.replace(/^@/, '') || id);
    return [{ t: 'mention', text: `@${decodeEntities(name)}` }];
  } else if (/^!(here|channel|everyone)$/.test(target)) {
    return [{ t: 'mention', text: `@${target.slice(1)}` }];
  } else if (target.startsWith('@')) {
    const id = target.slice(1);
    return [{ t: 'mention', text: `@${decodeEntities(dir.users[id] ?? (label || id))}` }];
  } else if (target.startsWith('#')) {
    const id = target.slice(1);
    return [{ t: 'mention', text: `#${decodeEntities(dir.channels[id] ?? (label || id))}` }];
  } else if (SAFE_LINK.test(target)) {
    const href = decodeEntities(target);
    return [{ t: 'a', href, c: label ? inline(label, dir) : [href] }];
  }
  // Anything else Slack would not turn into a link or mention: shown as the text it is.
  return [decodeEntities(raw)];
}

const FORMATS: Array<{ t: 'b' | 'i' | 's' | 'code'; re: RegExp }> = [
  { t: 'code', re: /`([^`\n]+)`/ },
  { t: 'b', re: /(^|[\s(_~])\*([^*\n]+)\*(?=[\s.,:;!?)_~]|$)/ },
  { t: 'i', re: /(^|[\s(*~])_([^_\n]+)_(?=[\s.,:;!?)*~]|$)/ },
  { t: 's', re: /(^|[\s(*_])~([^~\n]+)~(?=[\s.,:;!?)*_]|$)/ },
];

/** Bold, italics, strike-through and code in one line; tokens were set aside as placeholders. */
function formatted(s: string, tokens: RenderNode[][]): RenderNode[] {
  let best: { t: (typeof FORMATS)[number]['t']; start: number; end: number; inner: string } | undefined;
  for (const f of FORMATS) {
    const m = f.re.exec(s);
    if (!m) continue;
    const lead = f.t === 'code' ? '' : (m[1] ?? '');
    const start = m.index + lead.length;
    if (!best || start < best.start)
      best = { t: f.t, start, end: m.index + m[0].length, inner: (f.t === 'code' ? m[1] : m[2]) ?? '' };
  }
  if (!best) return expand(s, tokens, true);
  const inner = best.t === 'code' ? expand(best.inner, tokens, false) : formatted(best.inner, tokens);
  return [
    ...expand(s.slice(0, best.start), tokens, true),
    { t: best.t, c: inner },
    ...formatted(s.slice(best.end), tokens),
  ];
}

/** Puts the set-aside tokens back into a run of text. */
function expand(s: string, tokens: RenderNode[][], emoji: boolean): RenderNode[] {
  const out: RenderNode[] = [];
  for (const [i, part] of s.split(MARK).entries()) {
    if (i % 2 === 1) out.push(...(tokens[Number(part)] ?? []));
    else if (part) out.push(...(emoji ? withEmoji(part) : [decodeEntities(part)]));
  }
  return out;
}

function inline(line: string, dir: Directory): RenderNode[] {
  const tokens: RenderNode[][] = [];
  // NUL cannot come from Slack text, so it marks where a token stood.
  const clean = line.split(MARK).join('');
  const marked = clean.replace(/<[^<>\n]*>/g, (raw) => {
    tokens.push(token(raw, dir));
    return `${MARK}${tokens.length - 1}${MARK}`;
  });
  return formatted(marked, tokens);
}

/** A mrkdwn text as Slack lays it out: lines, `>` quotes, tokens, formatting, emoji. */
export function parseMrkdwn(text: string, dir: Directory): RenderNode[] {
  const out: RenderNode[] = [];
  let quote: RenderNode[] | undefined;
  for (const line of String(text).split('\n')) {
    const quoted = /^(&gt;|>)/.exec(line);
    if (quoted) {
      const content = inline(line.slice(quoted[0].length).replace(/^ /, ''), dir);
      if (quote) quote.push({ t: 'br' }, ...content);
      else {
        quote = content;
        out.push({ t: 'blockquote', c: quote });
      }
      continue;
    }
    if (quote) quote = undefined;
    else if (out.length > 0) out.push({ t: 'br' });
    out.push(...inline(line, dir));
  }
  return out;
}

/** A plain_text object: no tokens or formatting, only emoji shortcodes when `emoji` is set. */
export const parsePlain = (text: string, emoji = true): RenderNode[] =>
  emoji ? withEmoji(text.replace(/&/g, '&amp;')) : [text];

/** The text a reader sees, for tests and for the page's accessible labels. */
export function textOf(nodes: RenderNode[], emojiAsText = false): string {
  return nodes
    .map((n) => {
      if (typeof n === 'string') return n;
      switch (n.t) {
        case 'br':
          return '\n';
        case 'mention':
          return n.text;
        case 'date':
          return n.fallback;
        case 'emoji':
          return emojiAsText ? `:${n.name}:` : n.char;
        default:
          return textOf(n.c, emojiAsText);
      }
    })
    .join('');
}

export interface DomOptions {
  /** Shows emoji as their `:shortcode:` when no emoji font can draw them. */
  emojiAsText: boolean;
  formatDate: (epoch: number, format: string) => string;
}

/** The page's nodes for a parsed text: elements and text nodes only, never HTML. */
export function toDom(nodes: RenderNode[], options: DomOptions): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const n of nodes) {
    if (typeof n === 'string') {
      fragment.append(document.createTextNode(n));
      continue;
    }
    switch (n.t) {
      case 'br':
        fragment.append(document.createElement('br'));
        break;
      case 'mention': {
        const el = document.createElement('span');
        el.className = 'mention';
        el.textContent = n.text;
        fragment.append(el);
        break;
      }
      case 'date': {
        const el = document.createElement('span');
        el.className = 'date';
        el.dataset.epoch = String(n.epoch);
        el.dataset.format = n.format;
        el.title = n.fallback;
        el.textContent = options.formatDate(n.epoch, n.format);
        fragment.append(el);
        break;
      }
      case 'emoji': {
        const el = document.createElement('span');
        el.className = 'emoji';
        el.title = `:${n.name}:`;
        el.textContent = options.emojiAsText ? `:${n.name}:` : n.char;
        fragment.append(el);
        break;
      }
      case 'a': {
        const el = document.createElement('a');
        el.href = n.href;
        el.target = '_blank';
        el.rel = 'noopener noreferrer';
        el.append(toDom(n.c, options));
        fragment.append(el);
        break;
      }
      default: {
        const el = document.createElement(n.t);
        if (n.t === 'blockquote') el.dir = 'auto';
        el.append(toDom(n.c, options));
        fragment.append(el);
      }
    }
  }
  return fragment;
}

const DAY_MS = 86_400_000;
const sameDay = (a: Date, b: Date): boolean => a.toDateString() === b.toDateString();

/** "3 minutes ago", "in 2 hours", "just now": Slack's `{ago}`. */
export function ago(epoch: number, nowMs: number): string {
  const seconds = Math.round(nowMs / 1000 - epoch);
  const abs = Math.abs(seconds);
  if (abs < 60) return 'just now';
  const [n, unit] =
    abs < 3600
      ? [Math.floor(abs / 60), 'minute']
      : abs < 86_400
        ? [Math.floor(abs / 3600), 'hour']
        : [Math.floor(abs / 86_400), 'day'];
  const span = `${n} ${unit}${n === 1 ? '' : 's'}`;
  return seconds >= 0 ? `${span} ago` : `in ${span}`;
}

/**
 * A `<!date^…^format|…>` token as a reader's Slack shows it: in the reader's own time zone and
 * locale (`locale` and `timeZone` default to the reader's), `{ago}` relative to `nowMs`.
 * Tokens: {date_num} {date} {date_short} {date_long} {date_pretty} {date_short_pretty}
 * {date_long_pretty} {time} {time_secs} {ago}; other text is kept as written.
 */
export function formatDateToken(
  epoch: number,
  format: string,
  nowMs: number,
  options: { locale?: string; timeZone?: string } = {},
): string {
  const d = new Date(epoch * 1000);
  const zone = options.timeZone ? { timeZone: options.timeZone } : {};
  const fmt = (o: Intl.DateTimeFormatOptions) => d.toLocaleString(options.locale, { ...o, ...zone });
  const inZone = (ms: number) => new Date(new Date(ms).toLocaleString('en-US', zone));
  const pretty = (fallback: string): string => {
    const day = inZone(epoch * 1000);
    if (sameDay(day, inZone(nowMs))) return 'today';
    if (sameDay(day, inZone(nowMs - DAY_MS))) return 'yesterday';
    if (sameDay(day, inZone(nowMs + DAY_MS))) return 'tomorrow';
    return fallback;
  };
  const date = () => fmt({ year: 'numeric', month: 'long', day: 'numeric' });
  const dateShort = () => fmt({ year: 'numeric', month: 'short', day: 'numeric' });
  const dateLong = () => fmt({ weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' });
  const tokens: Record<string, () => string> = {
    date_num: () => inZone(epoch * 1000).toLocaleDateString('sv-SE'),
    date,
    date_short: dateShort,
    date_long: dateLong,
    date_pretty: () => pretty(date()),
    date_short_pretty: () => pretty(dateShort()),
    date_long_pretty: () => pretty(dateLong()),
    time: () => fmt({ hour: 'numeric', minute: '2-digit' }),
    time_secs: () => fmt({ hour: 'numeric', minute: '2-digit', second: '2-digit' }),
    ago: () => ago(epoch, nowMs),
  };
  const text = (format || '{date_short_pretty} at {time}').replace(/\{([a-z_]+)\}/g, (whole, name: string) =>
    tokens[name] ? tokens[name]() : whole,
  );
  return text;
}
