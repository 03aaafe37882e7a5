/** Rules and decisions in words, for `rules explain`, `rules test` and anyone showing "why". */
import { formatDuration } from './duration.ts';
import type { Action, AnyAllNone, Bounds, Match, RoutingConfig } from './types.ts';

const bounds = (b: Bounds): string =>
  b.min !== undefined && b.max !== undefined
    ? `${b.min}–${b.max}`
    : b.min !== undefined
      ? `≥ ${b.min}`
      : `≤ ${b.max}`;

const words = (what: string, spec: AnyAllNone): string[] => [
  ...(spec.any ? [`${what} any of ${spec.any.join(', ')}`] : []),
  ...(spec.all ? [`${what} all of ${spec.all.join(', ')}`] : []),
  ...(spec.none ? [`${what} none of ${spec.none.join(', ')}`] : []),
];

const pct = (fraction: number): string => `${Math.round(fraction * 1000) / 10}%`;

/** One line per condition; a rule without conditions matches everything. */
export function describeMatch(m: Match): string[] {
  const out: string[] = [];
  if (m.types) out.push(`type ${m.types.join(' | ')}`);
  if (m.platforms) out.push(`platform ${m.platforms.join(' | ')}`);
  if (m.langs) out.push(`language ${m.langs.join(' | ')}`);
  if (m.kinds) out.push(`kind ${m.kinds.join(' | ')}`);
  if (m.keywords) out.push(...words('keywords', m.keywords));
  if (m.patterns) out.push(...words('patterns', m.patterns));
  if (m.competitor !== undefined) {
    out.push(
      m.competitor === true
        ? 'names a competitor'
        : m.competitor === false
          ? 'names no competitor'
          : `names ${m.competitor.join(' or ')}`,
    );
  }
  const a = m.author;
  if (a) {
    if (a.followers) out.push(`followers ${bounds(a.followers)}`);
    if (a.influencer !== undefined) out.push(a.influencer ? 'influencer' : 'not an influencer');
    if (a.verified !== undefined) out.push(a.verified ? 'verified author' : 'unverified author');
    if (a.vip !== undefined) {
      out.push(a.vip === true ? 'VIP' : a.vip === false ? 'not a VIP' : `VIP list ${a.vip.join(' | ')}`);
    }
    if (a.handles) out.push(`author ${a.handles.map((h) => `@${h}`).join(' | ')}`);
    if (a.repeatComplainer !== undefined)
      out.push(a.repeatComplainer ? 'repeat complainer' : 'not a repeat complainer');
    if (a.advocate !== undefined) out.push(a.advocate ? 'advocate' : 'not an advocate');
    if (a.history) {
      const span = a.history.period === 'all' ? '' : ` in ${a.history.period}`;
      for (const [type, b] of Object.entries(a.history.counts))
        out.push(`earlier ${type} ${bounds(b)}${span}`);
    }
  }
  if (m.confidence) out.push(`confidence ${bounds(m.confidence)}`);
  if (m.businessHours !== undefined)
    out.push(m.businessHours ? 'in business hours' : 'outside business hours');
  return out.length > 0 ? out : ['anything'];
}

/** One line per action, with channel names as Slack shows them. */
export function describeAction(a: Action, config: RoutingConfig): string[] {
  const channel = (name: string): string => {
    const slack = config.channels[name] ?? name;
    return /^[CGD][A-Z0-9]+$/.test(slack) ? slack : `#${slack}`;
  };
  const out: string[] = [];
  if (a.drop) return ['drop'];
  if (a.channel) out.push(`→ ${channel(a.channel)}`);
  if (a.copyTo?.length) out.push(`copy to ${a.copyTo.map(channel).join(', ')}`);
  if (a.windowSeconds !== undefined) out.push(`window ${formatDuration(a.windowSeconds)}`);
  if (a.windowScale !== undefined) out.push(`window × ${a.windowScale}`);
  if (a.mention?.length) out.push(`mention ${a.mention.join(', ')}`);
  if (a.escalate) {
    if (a.escalate.length === 0) out.push('no escalation');
    for (const s of a.escalate) {
      const who = [...s.mention, ...(s.channel ? [channel(s.channel)] : [])].join(', ');
      out.push(`at ${pct(s.atFraction)}: ${who}`);
    }
  }
  if (a.escalationChannel) out.push(`missed → ${channel(a.escalationChannel)}`);
  if (a.digest) out.push(a.digest === 'off' ? 'no digest' : `${a.digest} digest`);
  if (a.advocateMoment) out.push('advocate moment');
  return out.length > 0 ? out : ['(defaults)'];
}

/** Splits a long line after commas so table cells stay readable. */
function wrap(line: string, width: number): string[] {
  if (line.length <= width) return [line];
  const out: string[] = [];
  let current = '';
  for (const part of line.split(/(?<=, )/)) {
    if (current !== '' && current.length + part.length > width) {
      out.push(current.trimEnd());
      current = `  ${part}`;
    } else current += part;
  }
  if (current !== '') out.push(current.trimEnd());
  return out;
}

/** Plain-text table: columns padded to their widest cell, multi-line cells kept together. */
export function table(header: string[], cells: string[][][], maxCellWidth = 60): string {
  const rows = cells.map((row) => row.map((cell) => cell.flatMap((l) => wrap(l, maxCellWidth))));
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((r) => Math.max(0, ...(r[i] ?? []).map((l) => l.length)))),
  );
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  const out = [line(header), line(widths.map((w) => '─'.repeat(w)))];
  for (const row of rows) {
    const height = Math.max(1, ...row.map((c) => c.length));
    for (let k = 0; k < height; k++) out.push(line(header.map((_, i) => row[i]?.[k] ?? '')));
  }
  return out.join('\n');
}
