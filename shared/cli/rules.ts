/**
 * `npm run -s beacon -- rules <check|test|explain> …`: the managers' tools for config/routing.yaml.
 *
 *   rules check [FILE]                      validate; print every error and exit 1, or exit 0
 *   rules test [--config FILE] --platform P --text "…" [--followers N] [--author HANDLE]
 *              [--history praise=N,complaint=N,…] [--lang L] [--at ISO-TIME] [--json]
 *                                           detect and route one post; show the rule and why
 *   rules explain [--config FILE]           the rules, windows and defaults as tables
 */

import { detect } from '../detect/index.ts';
import type { Mention, Platform } from '../domain/mention.ts';
import { PLATFORMS } from '../domain/mention.ts';
import { dropBeforeRouting, dropByRoute, needsReview } from '../domain/triage.ts';
import { describeAction, describeMatch, table } from '../routing/describe.ts';
import {
  brandContext,
  ConfigError,
  DEFAULT_ROUTING_FILE,
  deadlineFor,
  decideRoute,
  evaluateRules,
  formatDuration,
  loadRoutingConfigFile,
  type RoutingConfig,
} from '../routing/index.ts';
import { closest } from '../routing/suggest.ts';
import type { AuthorStats } from '../usecases/ports.ts';

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

const USAGE = `usage: npm run -s beacon -- rules check [FILE]
       npm run -s beacon -- rules test [--config FILE] --platform P --text "…" [--followers N]
                                       [--author HANDLE] [--history praise=4,complaint=0]
                                       [--lang L] [--at ISO-TIME] [--json]
       npm run -s beacon -- rules explain [--config FILE]`;

class UsageError extends Error {}

/** `--name value` options and positional arguments; flags listed in `booleans` take no value. */
function parseOptions(args: string[], known: string[], booleans: string[] = []) {
  const options: Record<string, string | true> = {};
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (!known.includes(name) && !booleans.includes(name)) {
      const hint = closest(name, [...known, ...booleans]);
      throw new UsageError(`unknown option --${name}${hint ? ` (did you mean --${hint}?)` : ''}`);
    }
    if (booleans.includes(name)) options[name] = true;
    else {
      const value = inline ?? args[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      options[name] = value;
    }
  }
  return { options, positional };
}

/** Loads the config, printing its errors; undefined when it is invalid. */
function load(file: string, io: Io): RoutingConfig | undefined {
  try {
    return loadRoutingConfigFile(file);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    io.err(err.format());
    return undefined;
  }
}

function check(args: string[], io: Io): number {
  const { positional } = parseOptions(args, []);
  if (positional.length > 1) throw new UsageError('rules check takes at most one FILE');
  const file = positional[0] ?? DEFAULT_ROUTING_FILE;
  const config = load(file, io);
  if (!config) return 1;
  const channels = Object.keys(config.channels).length;
  io.out(`${file}: OK (${config.rules.length} rules, ${channels} channels)`);
  return 0;
}

function explain(args: string[], io: Io): number {
  const { options, positional } = parseOptions(args, ['config']);
  if (positional.length > 0) throw new UsageError(`unexpected argument ${positional[0]}`);
  const config = load(typeof options.config === 'string' ? options.config : DEFAULT_ROUTING_FILE, io);
  if (!config) return 1;

  const sections: string[] = [];
  sections.push(
    `Rules in ${config.source} (top to bottom; the first that matches decides)\n\n${table(
      ['#', 'rule', 'when', 'then'],
      config.rules.map((r, i) => [
        [String(i + 1)],
        [r.name, ...(r.description ? wrapWords(`(${r.description})`, Math.max(28, r.name.length)) : [])],
        describeMatch(r.when),
        describeAction(r.action, config),
      ]),
    )}`,
  );

  const { action, types, dropTypes } = config.defaults;
  sections.push(
    `Defaults (for anything a rule leaves unset)\n\n${table(
      ['type', 'then'],
      [
        ...Object.entries(types).map(([t, a]) => [[t], describeAction(a, config)]),
        [['(any)'], describeAction(action, config)],
        [
          ['dropped'],
          [dropTypes.length > 0 ? `${dropTypes.join(', ')} (unless a rule names the type)` : 'nothing'],
        ],
      ],
    )}`,
  );

  const platforms = PLATFORMS.filter((p) => config.windows.byPlatform[p]);
  sections.push(
    `Engagement windows\n\n${table(
      ['type', 'default', ...platforms],
      (['complaint', 'question', 'praise', 'suggestion', 'none'] as const).map((t) => [
        [t],
        [formatDuration(config.windows.byType[t])],
        ...platforms.map((p) => {
          const s = config.windows.byPlatform[p]?.[t];
          return [s === undefined ? '·' : formatDuration(s)];
        }),
      ]),
    )}`,
  );

  const bh = config.businessHours;
  if (bh) {
    const days = Object.entries(bh.days)
      .filter(([, ranges]) => ranges.length > 0)
      .map(([d, ranges]) => `${d} ${ranges.map(([a, b]) => `${clock(a)}-${clock(b)}`).join(', ')}`);
    sections.push(
      `Business hours (${bh.timeZone}; windows run on ${bh.clock === 'business' ? 'business' : 'wall'} time)\n  ${days.join('; ')}${bh.holidays.length > 0 ? `\n  holidays: ${bh.holidays.join(', ')}` : ''}`,
    );
  }
  io.out(sections.join('\n\n'));
  return 0;
}

function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/)) {
    if (current !== '' && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else current = current === '' ? word : `${current} ${word}`;
  }
  if (current !== '') lines.push(current);
  return lines;
}

const clock = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const HISTORY_TYPES = ['praise', 'complaint', 'question', 'suggestion'] as const;

/**
 * `--history praise=4,complaint=1`: the author's earlier moments, taken as recent (inside every
 * period a rule or `vip` names), so advocate and repeat-complainer rules can be tried.
 */
function parseHistory(text: string): AuthorStats {
  const counts: Record<(typeof HISTORY_TYPES)[number], number> = {
    praise: 0,
    complaint: 0,
    question: 0,
    suggestion: 0,
  };
  for (const part of text.split(',').filter((p) => p.trim() !== '')) {
    const [type, value, ...rest] = part.trim().split('=');
    const n = Number(value);
    if (
      !(HISTORY_TYPES as readonly string[]).includes(type ?? '') ||
      rest.length > 0 ||
      !Number.isInteger(n) ||
      n < 0
    )
      throw new UsageError(
        `--history takes type=count pairs such as praise=4,complaint=0 (types: ${HISTORY_TYPES.join(', ')}); got "${part}"`,
      );
    counts[type as (typeof HISTORY_TYPES)[number]] = n;
  }
  return { ...counts, none: 0, last30d: counts, last90d: counts, last365d: counts };
}

function test(args: string[], io: Io): number {
  const { options, positional } = parseOptions(
    args,
    ['config', 'platform', 'text', 'followers', 'author', 'history', 'lang', 'at'],
    ['json'],
  );
  if (positional.length > 0) throw new UsageError(`unexpected argument ${positional[0]}`);
  const str = (name: string): string | undefined =>
    typeof options[name] === 'string' ? options[name] : undefined;
  const platform = str('platform');
  const text = str('text');
  if (platform === undefined) throw new UsageError('--platform is required');
  if (text === undefined) throw new UsageError('--text is required');
  if (!(PLATFORMS as readonly string[]).includes(platform)) {
    const hint = closest(platform, PLATFORMS);
    throw new UsageError(
      `unknown platform ${platform}${hint ? ` (did you mean ${hint}?)` : ''}; one of ${PLATFORMS.join(', ')}`,
    );
  }
  const followersText = str('followers');
  const followers = followersText === undefined ? undefined : Number(followersText);
  if (followers !== undefined && (!Number.isInteger(followers) || followers < 0)) {
    throw new UsageError('--followers needs a whole number');
  }
  const historyText = str('history');
  const authorStats = historyText === undefined ? undefined : parseHistory(historyText);
  const at = str('at') === undefined ? new Date() : new Date(str('at')!);
  if (Number.isNaN(at.getTime())) throw new UsageError('--at needs an ISO time such as 2026-03-02T10:00:00Z');

  const config = load(str('config') ?? DEFAULT_ROUTING_FILE, io);
  if (!config) return 1;

  const handle = (str('author') ?? 'someone').replace(/^@/, '');
  const lang = str('lang');
  const mention: Mention = {
    platform: platform as Platform,
    id: 'rules-test',
    threadId: 'rules-test',
    text,
    createdAt: at.toISOString(),
    receivedAt: at.toISOString(),
    kind: 'post',
    author: { id: handle, handle, ...(followers !== undefined && { followers }) },
    ...(lang !== undefined && { lang }),
  };
  const detection = detect(
    { text, ...(lang !== undefined && { lang }), author: { handle } },
    brandContext(config),
  );
  // The pipeline's own order: posts it cannot judge never reach the rules.
  const early = dropBeforeRouting(text, detection, config.review);
  const routed = decideRoute({ detection, mention, ...(authorStats ? { authorStats } : {}) }, config, at);
  const dropped = early ?? dropByRoute(routed);
  const route = early ? { ...routed, drop: true } : routed;
  const review = early && config.review && needsReview(early) ? config.review.channel : null;
  const deadline = route.drop ? null : deadlineFor(at, route.windowSeconds, config).toISOString();
  const escalations = route.escalations.map((s) => ({
    ...s,
    at: deadlineFor(at, route.windowSeconds * s.atFraction, config).toISOString(),
  }));
  const paging = pagingPlan(route, at.toISOString(), deadline, escalations);

  if (options.json === true) {
    io.out(
      JSON.stringify({
        type: detection.label,
        confidence: Math.round(detection.confidence * 1000) / 1000,
        rule: route.rule,
        channel: route.channel,
        windowSeconds: route.windowSeconds,
        deadline,
        mentions: route.mentions,
        escalations,
        digest: route.digest ?? null,
        advocateMoment: route.advocateMoment === true,
        drop: route.drop,
        paging,
        dropped: dropped ?? null,
        review,
      }),
    );
    return 0;
  }

  const names = mentionNames(config);
  const who = (tokens: string[]): string => tokens.map((t) => names.get(t) ?? t).join(', ') || '—';
  const paged = (tokens: string[]): string =>
    tokens.map((t) => (names.has(t) ? `${names.get(t)} (${t})` : t)).join(', ');
  const lines: Array<[string, string]> = [
    [
      'type',
      `${detection.label} (confidence ${detection.confidence.toFixed(2)}, language ${detection.lang})`,
    ],
    [
      'cues',
      detection.cues
        .slice(0, 6)
        .map((c) => `"${c.text}" → ${c.label}`)
        .join('; ') || '—',
    ],
    ['rule', route.rule],
    ['why', route.reasons.join('; ') || '—'],
  ];
  if (early) {
    lines.push([
      'decision',
      `dropped (${early.reason}): ${early.detail}${review ? `; posted to #${review} for review` : ''}`,
    ]);
  } else if (route.drop) lines.push(['decision', 'dropped: no alert']);
  else {
    lines.push(
      [
        'channel',
        `#${route.channel}${route.copyTo.length > 0 ? ` (copy to ${route.copyTo.map((c) => `#${c}`).join(', ')})` : ''}`,
      ],
      ...(route.advocateMoment
        ? [
            [
              'kind',
              'advocate moment: praise from an advocate, a chance to thank them or invite them to a beta',
            ] as [string, string],
          ]
        : []),
      ['window', `${formatDuration(route.windowSeconds)} → deadline ${deadline}`],
      ['mentions', who(route.mentions)],
      [
        'escalations',
        escalations
          .map(
            (s) =>
              `${Math.round(s.atFraction * 100)}% (${s.at}): ${who(s.mention)}${s.channel ? `, #${s.channel}` : ''}`,
          )
          .join('\n') || '—',
      ],
      ['digest', route.digest ?? 'no (live alert)'],
      [
        'paged',
        paging
          .map((p) => {
            if (p.when === 'missed')
              return `if missed (${p.at}): #${p.channel} is told, with a link to the card`;
            if (p.when === 'open')
              return `on open (${p.at}): card in #${p.channel}, ${p.mention.length > 0 ? `paging ${paged(p.mention)} in it` : 'no one paged'}`;
            return `at ${p.when} (${p.at}): pages ${paged(p.mention) || 'no one'} in the card's thread${p.channel ? ` and in #${p.channel}` : ''}, if still open and not snoozed`;
          })
          .join('\n') || `no one: the post goes to the ${route.digest} digest of #${route.channel}`,
      ],
    );
  }
  // A type dropped by default skips every rule that does not name it; `why` already says so.
  const skipped = evaluateRules({ detection, mention }, config, at).filter(
    (o) => !o.matched && !(config.defaults.dropTypes.includes(detection.label) && !o.rule.when.types),
  );
  const before = config.rules.findIndex((r) => r.name === route.rule);
  const passed = skipped.filter((o) => before < 0 || config.rules.indexOf(o.rule) < before);
  if (passed.length > 0) {
    lines.push(['not matched', passed.map((o) => `${o.rule.name}: ${o.matched ? '' : o.failed}`).join('\n')]);
  }
  const width = Math.max(...lines.map(([k]) => k.length));
  io.out(
    lines
      .map(([k, v]) =>
        v
          .split('\n')
          .map((line, i) => `${(i === 0 ? k : '').padEnd(width)}  ${line}`)
          .join('\n'),
      )
      .join('\n'),
  );
  return 0;
}

interface Page {
  /** 'open', a share of the window such as '50%', or 'missed'. */
  when: string;
  at: string;
  /** Slack mention tokens, exactly as Beacon sends them. */
  mention: string[];
  channel?: string;
}

/**
 * What Beacon will do for this post, in order: who is paged when the alert opens (in the card),
 * at each escalation step (in the card's thread, and a channel if set), and who is told if it is
 * missed. Nothing for a dropped or digested post: neither opens an alert.
 */
function pagingPlan(
  route: ReturnType<typeof decideRoute>,
  openedAt: string,
  deadline: string | null,
  escalations: Array<{ atFraction: number; mention: string[]; channel?: string; at: string }>,
): Page[] {
  if (route.drop || route.digest || deadline === null) return [];
  return [
    { when: 'open', at: openedAt, mention: route.mentions, channel: route.channel },
    ...escalations.map((s) => ({
      when: `${Math.round(s.atFraction * 100)}%`,
      at: s.at,
      mention: s.mention,
      // The countdown tells a step's channel only when it is not the card's own.
      ...(s.channel && s.channel !== route.channel ? { channel: s.channel } : {}),
    })),
    ...(route.escalationChannel && route.escalationChannel !== route.channel
      ? [{ when: 'missed', at: deadline, mention: [], channel: route.escalationChannel }]
      : []),
  ];
}

/** Mention tokens back to the names managers wrote, for display. */
function mentionNames(config: RoutingConfig): Map<string, string> {
  const names = new Map<string, string>();
  for (const [name, tokens] of Object.entries(config.people)) {
    if (tokens.length === 1 && !names.has(tokens[0]!)) names.set(tokens[0]!, name);
  }
  return names;
}

const SUBCOMMANDS: Record<string, (args: string[], io: Io) => number> = { check, test, explain };

export async function runRules(args: string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === undefined || sub === '--help' || sub === '-h') {
    io.out(USAGE);
    return sub === undefined ? 2 : 0;
  }
  const command = SUBCOMMANDS[sub];
  if (!command) {
    const hint = closest(sub, Object.keys(SUBCOMMANDS));
    io.err(`unknown rules command "${sub}"${hint ? ` (did you mean ${hint}?)` : ''}\n${USAGE}`);
    return 2;
  }
  try {
    return command(rest, io);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.err(`${err.message}\n${USAGE}`);
    return 2;
  }
}

export const run = (args: string[]): Promise<number> =>
  runRules(args, { out: (t) => console.log(t), err: (t) => console.error(t) });
