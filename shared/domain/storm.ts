/**
 * Storms: many people posting about one subject within minutes (an outage, a broken product, a
 * viral link or hashtag). The first alerts of a subject keep their own cards; once enough
 * different authors pile on, further alerts fold into one card with a counter, each alert in its
 * thread, so the channel is not flooded. A post whose only subject is the brand itself has no
 * subject and never folds; one author alone never makes a storm. Pure rules; the store keeps the
 * counter.
 */
import { createHash } from 'node:crypto';
import type { MomentType } from './detection.ts';

export interface StormSettings {
  /** A storm lasts while alerts keep coming at most this far apart. */
  windowSeconds: number;
  /** The first alerts get their own cards; from the next one on, they fold into the storm card. */
  foldAfter: number;
  /** A storm needs posts from at least this many different authors before anything folds. */
  minAuthors: number;
  /**
   * The storm card's count is brought up to date at most this often (chat.update is Tier 3, shared
   * by the whole workspace); the last count always shows, at most this much later.
   */
  updateEverySeconds?: number;
}

export const STORM = {
  windowSeconds: 10 * 60,
  foldAfter: 3,
  minAuthors: 3,
  updateEverySeconds: 30,
  /** Recent posts shown on the storm card. */
  linesShown: 5,
} as const;

export interface Storm {
  stormId: string;
  key: string;
  channel: string;
  type: MomentType;
  subject: string;
  startedAt: string;
  lastAt: string;
  count: number;
  /** Distinct authors (platform#id) in the storm, oldest first (capped); absent in storms stored before. */
  authors?: string[];
  /** Ids of the alerts in the storm, oldest first (capped). */
  alertIds: string[];
  /** "@handle: text" of the latest posts, newest last (raw; escaped when rendered). */
  lines: string[];
  slackChannelId?: string;
  slackTs?: string;
  postAttemptedAt?: string;
  /** The count the storm card shows, and when (epoch ms) it was last posted or updated. */
  shownCount?: number;
  shownAtMs?: number;
  version: number;
}

export const stormKey = (channel: string, type: MomentType, subject: string): string =>
  `${channel.replace(/^#/, '')}#${type}#${subject}`;

export const newStormId = (key: string, startedAt: string): string =>
  `st_${createHash('sha256').update(`${key}#${startedAt}`).digest('hex').slice(0, 24)}`;

/** Whether an alert that made the storm what it is now folds into the storm card. */
export const foldsInto = (
  storm: Pick<Storm, 'count' | 'authors'>,
  settings: StormSettings = STORM,
): boolean => storm.count > settings.foldAfter && (storm.authors?.length ?? 0) >= settings.minAuthors;

/** What the brand calls its products and features, and what is merely the brand's own name. */
export interface StormVocabulary {
  /** Brand keywords that name a product or feature ("acme app", "rocket skates"). */
  subjects: readonly string[];
  /** The brand's name, aliases and handles: never a subject by themselves. */
  brandNames: readonly string[];
}

/** Words that say a service is out, in the languages Beacon reads; all are one subject, "outage". */
const OUTAGE_TERMS = [
  "outage|is down|are down|went down|down again|not working|isn't working|doesn't work|does not work",
  "not loading|won't load|nothing loads|can't log in|cannot log in|crashing|crashes|crashed",
  'no funciona|caído|caída|se cayó|no carga|não funciona|fora do ar|non funziona',
  'funktioniert nicht|störung|ausfall|stürzt ab|en panne|ne marche pas|ne fonctionne pas',
  'не работает|сбой|не працює|障害|落ちて|つながらない|繋がらない|宕机|服务器崩溃|접속 장애',
].flatMap((line) => line.split('|'));

/** Scripts written without spaces: a term may sit inside a longer run of letters. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
const fold = (s: string): string => s.normalize('NFKC').toLowerCase();
const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const termCache = new Map<string, RegExp>();
function names(text: string, term: string): boolean {
  let re = termCache.get(term);
  if (!re) {
    const body = escapeRegex(fold(term)).replace(/\s+/g, '\\s+');
    re = UNSPACED.test(term)
      ? new RegExp(body, 'u')
      : new RegExp(`(?<![\\p{L}\\p{N}_])${body}(?![\\p{L}\\p{N}_])`, 'u');
    termCache.set(term, re);
  }
  return re.test(text);
}

const bare = (name: string): string => fold(name).replace(/^[@#]/, '');

/**
 * What a post is about, for grouping, or undefined when it names nothing but the brand: the most
 * specific product or feature keyword it names, else its first hashtag that is not the brand's,
 * else its first link (host and path), else "outage" when it says the service is out.
 */
export function stormSubject(text: string, vocabulary: StormVocabulary): string | undefined {
  // Regular expressions are written with \u escapes for characters outside ASCII (their readable form in
  // the comment above each): esbuild bundles a regular expression as written, and a single such
  // character makes Node decode the whole bundle into a two-byte string at every cold start.
  // /[’‘]/g
  const folded = fold(text).replace(/[\u2019\u2018]/g, "'");
  const brand = new Set(vocabulary.brandNames.map(bare));
  const product = vocabulary.subjects
    .filter((k) => k.trim().length > 1 && !brand.has(bare(k)) && names(folded, k))
    .map(fold)
    .sort((a, b) => b.length - a.length || a.localeCompare(b))[0];
  if (product) return product;
  const hashtag = [...folded.matchAll(/(?<![\p{L}\p{N}_&])#([\p{L}\p{N}_]{2,})/gu)].find(
    (m) => !brand.has(m[1]!),
  );
  if (hashtag) return `#${hashtag[1]}`;
  const link = /https?:\/\/(?:www\.)?([^\s/?#]+)([^\s?#]*)/iu.exec(text);
  if (link) return `${fold(link[1]!)}${link[2]!.replace(/[/.,;:!)]+$/, '')}`.slice(0, 120);
  return OUTAGE_TERMS.some((t) => names(folded, t)) ? 'outage' : undefined;
}
