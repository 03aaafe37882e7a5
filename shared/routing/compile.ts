/**
 * Turns a file that has the right shape into a RoutingConfig, checking what the schema cannot:
 * names that must be defined elsewhere in the file, ladders in order, regular expressions that
 * compile, time zones that exist, rules that can be reached.
 */
import type { Label } from '../domain/detection.ts';
import type { Platform } from '../domain/mention.ts';
import { createPollSources } from '../platforms/poll-sources.ts';
import { WEEKDAYS } from './constants.ts';
import { parseDuration } from './duration.ts';
import type { PathSegment } from './errors.ts';
import type { ActionSpec, MatchSpec, RoutingFile } from './schema.ts';
import { closest } from './suggest.ts';
import { compilePattern } from './text-match.ts';
import type {
  Action,
  AnyAllNone,
  AuthorMatch,
  Bounds,
  BusinessHours,
  Match,
  RoutingConfig,
} from './types.ts';

export interface CompileIssue {
  path: PathSegment[];
  message: string;
  suggestion?: string;
  /** Point at the key of the field rather than at its value. */
  atKey?: boolean;
}

/** Mentions every Slack workspace understands without a definition. */
const BUILT_IN_PEOPLE: Record<string, string[]> = { here: ['<!here>'], channel: ['<!channel>'] };

const list = <T>(value: T | T[] | undefined): T[] | undefined =>
  value === undefined ? undefined : Array.isArray(value) ? value : [value];

const bounds = (value: number | Bounds | undefined): Bounds | undefined =>
  value === undefined ? undefined : typeof value === 'number' ? { min: value } : value;

export const normaliseHandle = (handle: string): string => handle.trim().replace(/^@/, '').toLowerCase();

const minutes = (clock: string): number => {
  const [h, m] = clock.split(':').map(Number);
  return h! * 60 + m!;
};

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const isRealDate = (iso: string): boolean => {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
};

export function compileRouting(
  file: RoutingFile,
  source: string,
): { config: RoutingConfig; issues: CompileIssue[] } {
  const issues: CompileIssue[] = [];
  const channelNames = Object.keys(file.channels);
  const people: Record<string, string[]> = { ...BUILT_IN_PEOPLE };

  const refChannel = (value: string | undefined, path: PathSegment[]): void => {
    if (value === undefined || value in file.channels) return;
    const suggestion = closest(value, channelNames);
    issues.push({
      path,
      message: `unknown channel "${value}"; channels are defined under \`channels\` (${channelNames.join(', ') || 'none yet'})`,
      ...(suggestion !== undefined && { suggestion }),
    });
  };

  // People: groups, users, then on-call sets built from them.
  const definePerson = (name: string, tokens: string[], path: PathSegment[]): void => {
    if (name in people) {
      issues.push({ path, atKey: true, message: `"${name}" is already defined in \`people\`` });
      return;
    }
    people[name] = tokens;
  };
  for (const [name, id] of Object.entries(file.people?.groups ?? {})) {
    definePerson(name, [`<!subteam^${id}>`], ['people', 'groups', name]);
  }
  for (const [name, id] of Object.entries(file.people?.users ?? {})) {
    definePerson(name, [`<@${id}>`], ['people', 'users', name]);
  }
  const singles = { ...people };
  for (const [name, members] of Object.entries(file.people?.on_call ?? {})) {
    const tokens: string[] = [];
    members.forEach((member, i) => {
      const found = singles[member];
      if (found) tokens.push(...found);
      else {
        const suggestion = closest(member, Object.keys(singles));
        issues.push({
          path: ['people', 'on_call', name, i],
          message: `unknown person "${member}"; on-call sets list names from people.groups or people.users`,
          ...(suggestion !== undefined && { suggestion }),
        });
      }
    });
    definePerson(name, tokens, ['people', 'on_call', name]);
  }
  const refPeople = (names: string[] | undefined, path: PathSegment[], single: boolean): void => {
    names?.forEach((name, i) => {
      if (name in people) return;
      const suggestion = closest(name, Object.keys(people));
      issues.push({
        path: single ? path : [...path, i],
        message: `unknown person or group "${name}"; define it under \`people\` (groups, users or on_call), or use here / channel`,
        ...(suggestion !== undefined && { suggestion }),
      });
    });
  };

  // Business hours.
  let businessHours: BusinessHours | undefined;
  if (file.business_hours) {
    const bh = file.business_hours;
    if (!isValidTimeZone(bh.time_zone)) {
      const zones = Intl.supportedValuesOf('timeZone');
      const suggestion = closest(bh.time_zone, zones);
      issues.push({
        path: ['business_hours', 'time_zone'],
        message: `unknown time zone "${bh.time_zone}"; expected an IANA name such as Europe/Berlin`,
        ...(suggestion !== undefined && { suggestion }),
      });
    }
    const days = Object.fromEntries(
      WEEKDAYS.map((d) => [d, [] as Array<[number, number]>]),
    ) as BusinessHours['days'];
    for (const day of WEEKDAYS) {
      const spec = bh.days[day];
      if (spec === undefined || spec === 'closed') continue;
      const ranges = (list(spec) ?? []).map((r) => r.split('-').map(minutes) as [number, number]);
      ranges.sort((a, b) => a[0] - b[0]);
      ranges.forEach(([start, end], i) => {
        if (end <= start) {
          issues.push({
            path: ['business_hours', 'days', day, ...(Array.isArray(spec) ? [i] : [])],
            message: 'opening hours must end after they start (write 00:00-24:00 for a whole day)',
          });
        }
        const prev = ranges[i - 1];
        if (prev && start < prev[1]) {
          issues.push({ path: ['business_hours', 'days', day], message: 'opening hours of one day overlap' });
        }
      });
      days[day] = ranges;
    }
    if (WEEKDAYS.every((d) => days[d].length === 0)) {
      issues.push({ path: ['business_hours', 'days'], message: 'business hours need at least one open day' });
    }
    (bh.holidays ?? []).forEach((h, i) => {
      if (!isRealDate(h))
        issues.push({ path: ['business_hours', 'holidays', i], message: `${h} is not a date` });
    });
    businessHours = {
      timeZone: bh.time_zone,
      days,
      holidays: [...new Set(bh.holidays ?? [])].sort(),
      clock: bh.window_clock ?? 'wall',
    };
  }

  // VIP lists.
  const vipLists = Object.fromEntries(
    Object.entries(file.vip?.lists ?? {}).map(([name, perPlatform]) => [
      name,
      Object.fromEntries(
        Object.entries(perPlatform).map(([p, handles]) => [p, (handles ?? []).map(normaliseHandle)]),
      ),
    ]),
  );

  const competitorNames = (file.brand.competitors ?? []).map((c) => c.name);
  (file.brand.competitors ?? []).forEach((c, i) => {
    refChannel(c.channel, ['brand', 'competitors', i, 'channel']);
    if (c.channel !== undefined && c.mode === 'ignore') {
      issues.push({
        path: ['brand', 'competitors', i, 'channel'],
        message: 'a channel only applies to competitors you watch (mode: watch)',
      });
    }
  });

  if (file.review) refChannel(file.review.channel, ['review', 'channel']);
  refChannel(file.reports?.suggestions_channel, ['reports', 'suggestions_channel']);

  const compileAction = (spec: ActionSpec, path: PathSegment[]): Action => {
    refChannel(spec.channel, [...path, 'channel']);
    refChannel(spec.escalation_channel, [...path, 'escalation_channel']);
    const copyTo = list(spec.copy_to);
    copyTo?.forEach((c, i) => {
      refChannel(c, Array.isArray(spec.copy_to) ? [...path, 'copy_to', i] : [...path, 'copy_to']);
    });
    const mention = list(spec.mention);
    refPeople(mention, [...path, 'mention'], !Array.isArray(spec.mention));
    if (spec.window !== undefined && spec.window_scale !== undefined) {
      issues.push({
        path: [...path, 'window_scale'],
        atKey: true,
        message: 'set the window or scale it, not both',
      });
    }
    let previous: number | undefined;
    const escalate = spec.escalate?.map((step, i) => {
      const stepPath = [...path, 'escalate', i];
      const atFraction = Number.parseFloat(step.at) / 100;
      if (atFraction <= 0) {
        issues.push({
          path: [...stepPath, 'at'],
          message: 'an escalation step must come after the alert opens (> 0%)',
        });
      }
      if (previous !== undefined && atFraction <= previous) {
        issues.push({
          path: [...stepPath, 'at'],
          message: `escalation steps overlap: ${step.at} does not come after the step before it (${Math.round(previous * 1000) / 10}%); list steps in increasing order`,
        });
      }
      previous = atFraction;
      const stepMention = list(step.mention) ?? [];
      refPeople(stepMention, [...stepPath, 'mention'], !Array.isArray(step.mention));
      refChannel(step.channel, [...stepPath, 'channel']);
      if (stepMention.length === 0 && step.channel === undefined) {
        issues.push({ path: stepPath, message: 'an escalation step needs a mention or a channel' });
      }
      return {
        atFraction,
        mention: stepMention,
        ...(step.channel !== undefined && { channel: step.channel }),
      };
    });
    const action: Action = {};
    if (spec.channel !== undefined) action.channel = spec.channel;
    if (spec.window !== undefined) action.windowSeconds = parseDuration(spec.window)!;
    if (spec.window_scale !== undefined) action.windowScale = spec.window_scale;
    if (mention !== undefined) action.mention = mention;
    if (escalate !== undefined) action.escalate = escalate;
    if (spec.escalation_channel !== undefined) action.escalationChannel = spec.escalation_channel;
    if (spec.digest !== undefined) action.digest = spec.digest;
    if (copyTo !== undefined) action.copyTo = copyTo;
    if (spec.drop !== undefined) action.drop = spec.drop;
    if ('advocate_moment' in spec && spec.advocate_moment !== undefined)
      action.advocateMoment = spec.advocate_moment;
    return action;
  };

  const compileAnyAllNone = (
    value: string[] | AnyAllNone | undefined,
    path: PathSegment[],
    regex: boolean,
  ): AnyAllNone | undefined => {
    if (value === undefined) return undefined;
    const spec: AnyAllNone = Array.isArray(value) ? { any: value } : value;
    if (regex) {
      for (const key of ['any', 'all', 'none'] as const) {
        spec[key]?.forEach((source, i) => {
          try {
            compilePattern(source);
          } catch (err) {
            issues.push({
              path: Array.isArray(value) ? [...path, i] : [...path, key, i],
              message: `invalid regular expression ${source}: ${(err as Error).message.replace(/^Invalid regular expression: /, '')}`,
            });
          }
        });
      }
    }
    return spec;
  };

  const checkBounds = (b: Bounds | undefined, path: PathSegment[], lo?: number, hi?: number): void => {
    if (!b) return;
    if (b.min !== undefined && b.max !== undefined && b.min > b.max) {
      issues.push({ path, message: `min (${b.min}) is greater than max (${b.max})` });
    }
    for (const v of [b.min, b.max]) {
      if (v !== undefined && ((lo !== undefined && v < lo) || (hi !== undefined && v > hi))) {
        issues.push({ path, message: `expected a value between ${lo} and ${hi}, got ${v}` });
      }
    }
  };

  const compileMatch = (spec: MatchSpec, path: PathSegment[]): Match => {
    const match: Match = {};
    if (spec.type !== undefined) match.types = list(spec.type)!;
    if (spec.platform !== undefined) match.platforms = list(spec.platform)!;
    if (spec.lang !== undefined) match.langs = list(spec.lang)!;
    if (spec.kind !== undefined) match.kinds = list(spec.kind)!;
    const keywords = compileAnyAllNone(spec.keywords, [...path, 'keywords'], false);
    if (keywords) match.keywords = keywords;
    const patterns = compileAnyAllNone(spec.patterns, [...path, 'patterns'], true);
    if (patterns) match.patterns = patterns;
    if (spec.competitor !== undefined) {
      if (typeof spec.competitor === 'boolean') match.competitor = spec.competitor;
      else {
        const names = list(spec.competitor)!;
        names.forEach((n, i) => {
          if (competitorNames.includes(n)) return;
          const suggestion = closest(n, competitorNames);
          issues.push({
            path: Array.isArray(spec.competitor) ? [...path, 'competitor', i] : [...path, 'competitor'],
            message: `unknown competitor "${n}"; competitors are listed under brand.competitors`,
            ...(suggestion !== undefined && { suggestion }),
          });
        });
        match.competitor = names;
      }
    }
    if (spec.confidence !== undefined) {
      match.confidence = bounds(spec.confidence)!;
      checkBounds(match.confidence, [...path, 'confidence'], 0, 1);
    }
    if (spec.business_hours !== undefined) {
      match.businessHours = spec.business_hours;
      if (!file.business_hours) {
        issues.push({
          path: [...path, 'business_hours'],
          atKey: true,
          message: 'matching on business hours needs a `business_hours` section',
        });
      }
    }
    if (spec.author) {
      const a = spec.author;
      const author: AuthorMatch = {};
      if (a.followers !== undefined) {
        author.followers = bounds(a.followers)!;
        checkBounds(author.followers, [...path, 'author', 'followers'], 0);
      }
      if (a.verified !== undefined) author.verified = a.verified;
      if (a.vip !== undefined) {
        if (typeof a.vip === 'boolean') author.vip = a.vip;
        else {
          const names = list(a.vip)!;
          names.forEach((n, i) => {
            if (n in vipLists) return;
            const suggestion = closest(n, Object.keys(vipLists));
            issues.push({
              path: Array.isArray(a.vip) ? [...path, 'author', 'vip', i] : [...path, 'author', 'vip'],
              message: `unknown VIP list "${n}"; lists are defined under vip.lists`,
              ...(suggestion !== undefined && { suggestion }),
            });
          });
          author.vip = names;
        }
      }
      if (a.influencer !== undefined) {
        author.influencer = a.influencer;
        if (file.vip?.influencer_followers === undefined) {
          issues.push({
            path: [...path, 'author', 'influencer'],
            atKey: true,
            message: 'matching influencers needs vip.influencer_followers',
          });
        }
      }
      if (a.handle !== undefined) author.handles = list(a.handle)!.map(normaliseHandle);
      if (a.repeat_complainer !== undefined) author.repeatComplainer = a.repeat_complainer;
      if (a.advocate !== undefined) author.advocate = a.advocate;
      if (a.history) {
        const counts: NonNullable<AuthorMatch['history']>['counts'] = {};
        for (const t of ['praise', 'complaint', 'question', 'suggestion'] as const) {
          const b = bounds(a.history[t]);
          if (b) {
            counts[t] = b;
            checkBounds(b, [...path, 'author', 'history', t], 0);
          }
        }
        author.history = { counts, period: a.history.period ?? 'all' };
      }
      match.author = author;
    }
    return match;
  };

  // An advocate moment is an alert about praise from an advocate: the rule must only match those,
  // and must open an alert.
  const checkAdvocateMoment = (rule: RoutingFile['rules'][number], when: Match, path: PathSegment[]) => {
    const missing = [
      ...(when.types?.length === 1 && when.types[0] === 'praise' ? [] : ['`when.type: praise`']),
      ...(when.author?.advocate === true ? [] : ['`when.author: { advocate: true }`']),
    ];
    if (missing.length > 0)
      issues.push({
        path,
        atKey: true,
        message: `an advocate moment is praise from an advocate: the rule needs ${missing.join(' and ')}`,
      });
    if (rule.then.drop === true || (rule.then.digest !== undefined && rule.then.digest !== 'off'))
      issues.push({
        path,
        atKey: true,
        message: 'an advocate moment opens an alert: it cannot go with `drop: true` or a `digest`',
      });
  };

  const names = new Map<string, number>();
  let catchAll: string | undefined;
  const rules = file.rules.map((rule, i) => {
    const path: PathSegment[] = ['rules', i];
    const earlier = names.get(rule.name);
    if (earlier !== undefined) {
      issues.push({
        path: [...path, 'name'],
        message: `rule name "${rule.name}" is already used by rules[${earlier}]`,
      });
    } else names.set(rule.name, i);
    if (catchAll !== undefined) {
      issues.push({
        path: [...path, 'name'],
        message: `rule "${rule.name}" can never match: rule "${catchAll}" above it has no conditions and matches everything`,
      });
    }
    const when = compileMatch(rule.when ?? {}, [...path, 'when']);
    if (Object.keys(when).length === 0 && catchAll === undefined) catchAll = rule.name;
    if (rule.then.advocate_moment) checkAdvocateMoment(rule, when, [...path, 'then', 'advocate_moment']);
    return {
      name: rule.name,
      ...(rule.description !== undefined && { description: rule.description }),
      when,
      action: compileAction(rule.then, [...path, 'then']),
    };
  });

  const { drop_types, types, ...defaultAction } = file.defaults;
  const defaults: RoutingConfig['defaults'] = {
    action: compileAction(defaultAction, ['defaults']) as Action & { channel: string },
    types: Object.fromEntries(
      Object.entries(types ?? {}).map(([t, a]) => [t, compileAction(a ?? {}, ['defaults', 'types', t])]),
    ),
    dropTypes: drop_types ?? ['none'],
  };

  const windowsByType: Record<Label, number> = {
    praise: parseDuration(file.windows.praise)!,
    complaint: parseDuration(file.windows.complaint)!,
    question: parseDuration(file.windows.question)!,
    suggestion: parseDuration(file.windows.suggestion)!,
    none: parseDuration(file.windows.none ?? file.windows.suggestion)!,
  };
  const byPlatform: RoutingConfig['windows']['byPlatform'] = {};
  for (const [p, perType] of Object.entries(file.windows.platforms ?? {})) {
    byPlatform[p as Platform] = Object.fromEntries(
      Object.entries(perType ?? {}).map(([t, d]) => [t, parseDuration(d as string)!]),
    );
  }

  const accounts: RoutingConfig['brand']['accounts'] = {};
  for (const [p, handles] of Object.entries(file.brand.accounts)) {
    accounts[p as Platform] = (handles ?? []).map(normaliseHandle);
  }

  const config: RoutingConfig = {
    version: 1,
    source,
    brand: {
      name: file.brand.name,
      accounts,
      keywords: file.brand.keywords ?? {},
      aliases: file.brand.aliases ?? {},
      competitors: (file.brand.competitors ?? []).map((c) => ({
        name: c.name,
        keywords: c.keywords ?? [c.name],
        mode: c.mode,
        ...(c.channel !== undefined && { channel: c.channel }),
      })),
    },
    windows: { byType: windowsByType, byPlatform },
    channels: Object.fromEntries(Object.entries(file.channels).map(([k, v]) => [k, v.replace(/^#/, '')])),
    people,
    ...(businessHours && { businessHours }),
    vip: {
      ...(file.vip?.influencer_followers !== undefined && {
        influencerFollowers: file.vip.influencer_followers,
      }),
      lists: vipLists,
      repeatComplainer: {
        complaints: file.vip?.repeat_complainer?.complaints ?? 2,
        period: file.vip?.repeat_complainer?.period ?? '30d',
      },
      advocate: {
        praise: file.vip?.advocate?.praise ?? 3,
        period: file.vip?.advocate?.period ?? '90d',
        complaints: file.vip?.advocate?.complaints ?? 0,
      },
    },
    rules,
    defaults,
    ...(file.detection?.unsure_below !== undefined && {
      detection: { unsureBelow: file.detection.unsure_below },
    }),
    ...(file.review && {
      review: {
        channel: (file.channels[file.review.channel] ?? file.review.channel).replace(/^#/, ''),
        below: file.review.below,
      },
    }),
    reports: {
      weekly: file.reports?.weekly ?? true,
      ...(file.reports?.suggestions_channel && {
        suggestionsChannel: (
          file.channels[file.reports.suggestions_channel] ?? file.reports.suggestions_channel
        ).replace(/^#/, ''),
      }),
    },
    ...(file.sources && file.sources.length > 0 && { sources: file.sources }),
  };
  issues.push(...sourceIdIssues(file));
  return { config, issues };
}

/** Each poll source keys its cursor and its schedule by id, so two sources cannot share one. */
function sourceIdIssues(file: RoutingFile): CompileIssue[] {
  const issues: CompileIssue[] = [];
  const first = new Map<string, number>();
  (file.sources ?? []).forEach((spec, i) => {
    const id = createPollSources([spec])[0]?.id ?? '';
    const earlier = first.get(id);
    if (earlier === undefined) {
      first.set(id, i);
      return;
    }
    issues.push({
      path: ['sources', i],
      message: `source id "${id}" is already used by source ${earlier + 1}; give one of them its own \`id\``,
    });
  });
  return issues;
}
