/**
 * Rule matching: the first rule whose conditions all hold decides; anything it leaves unset
 * comes from the per-type defaults, then the global defaults, then `windows`.
 */
import type { Detection, Label } from '../domain/detection.ts';
import type { Mention } from '../domain/mention.ts';
import type { EscalationStep, Route } from '../domain/route.ts';
import { isBusinessTime } from './business-hours.ts';
import { normaliseHandle } from './compile.ts';
import { MIN_WINDOW_SECONDS } from './constants.ts';
import { formatDuration } from './duration.ts';
import { keywordsIn, normaliseText, patternsIn } from './text-match.ts';
import type {
  Action,
  AnyAllNone,
  Bounds,
  Competitor,
  HistoryPeriod,
  Match,
  RoutingConfig,
  Rule,
} from './types.ts';

export interface AuthorStats {
  praise: number;
  complaint: number;
  question: number;
  suggestion: number;
  firstSeen?: string;
  last30d?: Partial<Record<Label, number>>;
  last90d?: Partial<Record<Label, number>>;
  last365d?: Partial<Record<Label, number>>;
}

export interface RouteInput {
  detection: Detection;
  mention: Mention;
  /** The author's earlier posts (not counting this one). */
  authorStats?: AuthorStats;
}

export type RuleOutcome =
  | { rule: Rule; matched: true; reasons: string[] }
  | { rule: Rule; matched: false; failed: string };

/** Facts about one post that every rule looks at, computed once. */
interface Facts {
  input: RouteInput;
  label: Label;
  lang: string;
  text: string;
  handle: string;
  competitors: Competitor[];
  /** Whether the post names the brand; only asked when an ignored competitor is named. */
  brandNamed: () => boolean;
  open?: boolean;
  config: RoutingConfig;
}

function facts(input: RouteInput, config: RoutingConfig, now: Date): Facts {
  const text = normaliseText(input.mention.text);
  const brandNamed = (): boolean => {
    const words = [config.brand.name, ...allWords(config.brand.keywords), ...allWords(config.brand.aliases)];
    const handles = Object.values(config.brand.accounts).flatMap((h) => h ?? []);
    return keywordsIn(text, words).length > 0 || handles.some((h) => text.includes(`@${h}`));
  };
  return {
    input,
    config,
    label: input.detection.label,
    lang: input.detection.lang !== 'und' ? input.detection.lang : (input.mention.lang ?? 'und'),
    text,
    handle: normaliseHandle(input.mention.author.handle),
    competitors: config.brand.competitors.filter((c) => keywordsIn(text, c.keywords).length > 0),
    brandNamed,
    ...(config.businessHours && { open: isBusinessTime(now, config.businessHours) }),
  };
}

const allWords = (byLang: Record<string, string[]>): string[] => Object.values(byLang).flat();

const inBounds = (value: number, b: Bounds): boolean =>
  (b.min === undefined || value >= b.min) && (b.max === undefined || value <= b.max);

const showBounds = (b: Bounds): string =>
  b.min !== undefined && b.max !== undefined
    ? `between ${b.min} and ${b.max}`
    : b.min !== undefined
      ? `≥ ${b.min}`
      : `≤ ${b.max}`;

const showList = (values: readonly string[]): string => values.join(', ');

/** Checks any/all/none; returns a reason for success or a failure. */
function anyAllNone(spec: AnyAllNone, found: (candidates: string[]) => string[], what: string) {
  const reasons: string[] = [];
  if (spec.any) {
    const hits = found(spec.any);
    if (hits.length === 0) return { failed: `no ${what} of ${showList(spec.any)}` };
    reasons.push(`${what} ${showList(hits)}`);
  }
  if (spec.all) {
    const hits = found(spec.all);
    if (hits.length < spec.all.length) {
      return { failed: `missing ${what} ${showList(spec.all.filter((k) => !hits.includes(k)))}` };
    }
    reasons.push(`all ${what}s ${showList(hits)}`);
  }
  if (spec.none) {
    const hits = found(spec.none);
    if (hits.length > 0) return { failed: `has excluded ${what} ${showList(hits)}` };
    reasons.push(`none of ${showList(spec.none)}`);
  }
  return { reasons };
}

const historyCount = (
  stats: AuthorStats | undefined,
  type: Exclude<Label, 'none'>,
  period: HistoryPeriod,
): number => {
  if (!stats) return 0;
  if (period === 'all') return stats[type];
  const window = period === '30d' ? stats.last30d : period === '90d' ? stats.last90d : stats.last365d;
  return window?.[type] ?? 0;
};

/** " in 90 days" for a windowed period, nothing for all time. */
export const periodSpan = (period: HistoryPeriod): string =>
  period === 'all' ? '' : ` in ${period.replace('d', ' days')}`;

/** Whether `vip.advocate` holds for an author's earlier moments: the rules and the card agree on it. */
export function isAdvocate(config: RoutingConfig, earlier: AuthorStats | undefined): boolean {
  const { praise, complaints, period } = config.vip.advocate;
  return (
    historyCount(earlier, 'praise', period) >= praise &&
    historyCount(earlier, 'complaint', period) <= complaints
  );
}

/** "5 praise, 1 complaint in 90 days": what the advocate rule weighed. */
function advocateFigures(config: RoutingConfig, stats: AuthorStats | undefined): string {
  const { period } = config.vip.advocate;
  const complaints = historyCount(stats, 'complaint', period);
  return `${historyCount(stats, 'praise', period)} praise${complaints > 0 ? `, ${complaints} complaint${complaints === 1 ? '' : 's'}` : ''}${periodSpan(period)}`;
}

function vipListsOf(f: Facts): string[] {
  const { platform, author } = f.input.mention;
  return Object.entries(f.config.vip.lists)
    .filter(([, perPlatform]) => {
      const handles = perPlatform[platform] ?? [];
      return handles.includes(f.handle) || handles.includes(author.id);
    })
    .map(([name]) => name);
}

/** Why `when` holds for this post, or the first condition that does not. */
export function matchRule(when: Match, f: Facts): { reasons: string[] } | { failed: string } {
  const reasons: string[] = [];
  const { mention, detection, authorStats } = f.input;
  if (when.types) {
    if (!when.types.includes(f.label)) return { failed: `type is ${f.label}, not ${showList(when.types)}` };
    reasons.push(`type is ${f.label}`);
  }
  if (when.platforms) {
    if (!when.platforms.includes(mention.platform)) {
      return { failed: `platform is ${mention.platform}, not ${showList(when.platforms)}` };
    }
    reasons.push(`platform is ${mention.platform}`);
  }
  if (when.langs) {
    if (!when.langs.includes(f.lang)) return { failed: `language is ${f.lang}, not ${showList(when.langs)}` };
    reasons.push(`language is ${f.lang}`);
  }
  if (when.kinds) {
    if (!when.kinds.includes(mention.kind))
      return { failed: `kind is ${mention.kind}, not ${showList(when.kinds)}` };
    reasons.push(`kind is ${mention.kind}`);
  }
  if (when.keywords) {
    const r = anyAllNone(when.keywords, (c) => keywordsIn(f.text, c), 'keyword');
    if ('failed' in r) return { failed: r.failed! };
    reasons.push(...r.reasons);
  }
  if (when.patterns) {
    const r = anyAllNone(when.patterns, (c) => patternsIn(mention.text, c), 'pattern');
    if ('failed' in r) return { failed: r.failed! };
    reasons.push(...r.reasons);
  }
  if (when.competitor !== undefined) {
    const named = f.competitors.map((c) => c.name);
    if (when.competitor === true && named.length === 0) return { failed: 'names no competitor' };
    if (when.competitor === false && named.length > 0)
      return { failed: `names competitor ${showList(named)}` };
    if (Array.isArray(when.competitor)) {
      const hits = named.filter((n) => (when.competitor as string[]).includes(n));
      if (hits.length === 0) return { failed: `names none of ${showList(when.competitor)}` };
    }
    reasons.push(named.length > 0 ? `names competitor ${showList(named)}` : 'names no competitor');
  }
  if (when.confidence) {
    if (!inBounds(detection.confidence, when.confidence)) {
      return {
        failed: `confidence ${detection.confidence.toFixed(2)} is not ${showBounds(when.confidence)}`,
      };
    }
    reasons.push(`confidence ${detection.confidence.toFixed(2)} ${showBounds(when.confidence)}`);
  }
  if (when.businessHours !== undefined) {
    if (f.open !== when.businessHours) {
      return { failed: f.open ? 'inside business hours' : 'outside business hours' };
    }
    reasons.push(f.open ? 'inside business hours' : 'outside business hours');
  }
  const a = when.author;
  if (a) {
    const followers = mention.author.followers;
    if (a.followers) {
      if (followers === undefined) return { failed: 'follower count unknown' };
      if (!inBounds(followers, a.followers))
        return { failed: `${followers} followers, not ${showBounds(a.followers)}` };
      reasons.push(`${followers} followers ${showBounds(a.followers)}`);
    }
    if (a.influencer !== undefined) {
      const threshold = f.config.vip.influencerFollowers ?? Number.POSITIVE_INFINITY;
      const is = followers !== undefined && followers >= threshold;
      if (is !== a.influencer)
        return { failed: is ? 'author is an influencer' : 'author is not an influencer' };
      reasons.push(is ? `influencer (${followers} ≥ ${threshold} followers)` : 'not an influencer');
    }
    if (a.verified !== undefined) {
      const is = mention.author.verified === true;
      if (is !== a.verified) return { failed: is ? 'author is verified' : 'author is not verified' };
      reasons.push(is ? 'verified author' : 'unverified author');
    }
    if (a.vip !== undefined) {
      const lists = vipListsOf(f);
      const wanted = Array.isArray(a.vip) ? lists.filter((l) => (a.vip as string[]).includes(l)) : lists;
      const is = wanted.length > 0;
      const expect = a.vip !== false;
      if (is !== expect)
        return { failed: is ? `author is a VIP (${showList(wanted)})` : 'author is not on a VIP list' };
      reasons.push(is ? `VIP (${showList(wanted)})` : 'not a VIP');
    }
    if (a.handles) {
      if (!a.handles.includes(f.handle))
        return { failed: `author @${f.handle} is not ${showList(a.handles)}` };
      reasons.push(`author is @${f.handle}`);
    }
    if (a.repeatComplainer !== undefined) {
      const { complaints, period } = f.config.vip.repeatComplainer;
      const n = historyCount(authorStats, 'complaint', period);
      const is = n >= complaints;
      if (is !== a.repeatComplainer) {
        return { failed: is ? `repeat complainer (${n} earlier)` : `not a repeat complainer (${n} earlier)` };
      }
      reasons.push(is ? `repeat complainer (${n} earlier complaints)` : 'not a repeat complainer');
    }
    if (a.advocate !== undefined) {
      const figures = advocateFigures(f.config, authorStats);
      const is = isAdvocate(f.config, authorStats);
      if (is !== a.advocate) return { failed: is ? `advocate (${figures})` : `not an advocate (${figures})` };
      reasons.push(is ? `advocate (${figures})` : 'not an advocate');
    }
    if (a.history) {
      for (const [type, b] of Object.entries(a.history.counts) as Array<[Exclude<Label, 'none'>, Bounds]>) {
        const n = historyCount(authorStats, type, a.history.period);
        const span = periodSpan(a.history.period);
        if (!inBounds(n, b)) return { failed: `${n} earlier ${type}${span}, not ${showBounds(b)}` };
        reasons.push(`${n} earlier ${type}${span}`);
      }
    }
  }
  if (reasons.length === 0) reasons.push('matches everything');
  return { reasons };
}

/** Every rule in order with whether it matched and why: the first match is the one that counts. */
export function evaluateRules(input: RouteInput, config: RoutingConfig, now: Date): RuleOutcome[] {
  const f = facts(input, config, now);
  return config.rules.map((rule) => outcome(rule, f));
}

function outcome(rule: Rule, f: Facts): RuleOutcome {
  // Types dropped by default only reach rules that name them.
  if (f.config.defaults.dropTypes.includes(f.label) && !rule.when.types) {
    return { rule, matched: false, failed: `type ${f.label} is dropped unless a rule names it` };
  }
  const r = matchRule(rule.when, f);
  return 'failed' in r
    ? { rule, matched: false, failed: r.failed }
    : { rule, matched: true, reasons: r.reasons };
}

export function decideRoute(input: RouteInput, config: RoutingConfig, now: Date): Route {
  const f = facts(input, config, now);
  const { label } = f;
  const { platform } = input.mention;

  const ignoredNamed = f.competitors.filter((c) => c.mode === 'ignore');
  const ignored = ignoredNamed.length > 0 && !f.brandNamed() ? ignoredNamed : [];
  let matched: { rule: Rule; reasons: string[] } | undefined;
  if (ignored.length === 0) {
    for (const rule of config.rules) {
      const o = outcome(rule, f);
      if (o.matched) {
        matched = { rule, reasons: o.reasons };
        break;
      }
    }
  }

  const typeDefaults: Action = config.defaults.types[label] ?? {};
  const then: Action = matched?.rule.action ?? {};
  const pick = <K extends keyof Action>(key: K): Action[K] =>
    then[key] ?? typeDefaults[key] ?? config.defaults.action[key];
  const slack = (name: string): string => config.channels[name] ?? name;
  const people = (names: string[] | undefined): string[] => [
    ...new Set((names ?? []).flatMap((n) => config.people[n] ?? [])),
  ];

  const reasons = matched ? [...matched.reasons] : [];
  const baseWindow =
    then.windowSeconds ??
    typeDefaults.windowSeconds ??
    config.windows.byPlatform[platform]?.[label] ??
    config.windows.byType[label];
  const scale = then.windowScale ?? typeDefaults.windowScale ?? 1;
  let windowSeconds = Math.round(baseWindow * scale);
  if (windowSeconds < MIN_WINDOW_SECONDS) {
    reasons.push(`window ${formatDuration(windowSeconds)} raised to the minimum ${MIN_WINDOW_SECONDS}s`);
    windowSeconds = MIN_WINDOW_SECONDS;
  }

  const channel = slack(pick('channel') ?? config.defaults.action.channel);
  const watched = f.competitors.filter((c) => c.mode === 'watch' && c.channel !== undefined);
  const copyTo = [
    ...new Set([...(pick('copyTo') ?? []).map(slack), ...watched.map((c) => slack(c.channel!))]),
  ].filter((c) => c !== channel);

  let drop: boolean;
  if (ignored.length > 0) {
    drop = true;
    reasons.push(`names ignored competitor ${showList(ignored.map((c) => c.name))} and not the brand`);
  } else if (matched) {
    drop = then.drop === true;
  } else {
    drop = config.defaults.dropTypes.includes(label);
    reasons.push(
      drop ? `no rule matched; ${label} is dropped by default` : 'no rule matched; defaults apply',
    );
  }
  // A watched competitor is worth seeing even when the post itself would be dropped by default.
  const rescue = drop && !matched && ignored.length === 0 && watched.length > 0;
  if (rescue) {
    drop = false;
    reasons.push(`kept: names watched competitor ${showList(watched.map((c) => c.name))}`);
  }

  const escalations: EscalationStep[] = rescue
    ? []
    : (pick('escalate') ?? []).map((s) => ({
        atFraction: s.atFraction,
        mention: people(s.mention),
        ...(s.channel !== undefined && { channel: slack(s.channel) }),
      }));
  const escalationChannel = pick('escalationChannel');
  const digest = pick('digest');

  return {
    rule: ignored.length > 0 ? `competitor:${ignored[0]!.name}` : (matched?.rule.name ?? 'default'),
    reasons,
    label,
    drop,
    channel: rescue ? slack(watched[0]!.channel!) : channel,
    copyTo: rescue ? copyTo.filter((c) => c !== slack(watched[0]!.channel!)) : copyTo,
    windowSeconds,
    mentions: rescue ? [] : people(pick('mention')),
    escalations,
    ...(escalationChannel !== undefined && { escalationChannel: slack(escalationChannel) }),
    ...(digest !== undefined && digest !== 'off' && { digest }),
    ...(then.advocateMoment === true && label === 'praise' && !drop && { advocateMoment: true }),
    ...(!rescue && (then.mention?.length ?? 0) > 0 && { pagesByRule: true }),
  };
}
