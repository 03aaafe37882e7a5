/** Factories for routing specs: a small valid config, posts and detections. */
import type { Detection, Label } from '../../shared/domain/detection.ts';
import type { Mention } from '../../shared/domain/mention.ts';
import { parseRoutingConfig } from '../../shared/routing/index.ts';
import type { RoutingConfig } from '../../shared/routing/types.ts';

/** Everything but `rules`, `business_hours` and `defaults`, which specs supply. */
export const BASE_SECTIONS = `version: 1
brand:
  name: Acme
  accounts:
    x: [acme, "@AcmeSupport"]
    facebook: ["100200300"]
  keywords:
    any: [acme]
    es: [teléfono acme]
    ja: [アクメ]
  aliases:
    en: [acme corp]
  competitors:
    - name: Globex
      mode: watch
      channel: competitors
    - name: Initech
      keywords: [initech, initrode]
      mode: ignore
windows:
  complaint: 1h
  question: 4h
  praise: 1d
  suggestion: 3d
  platforms:
    x: { complaint: 30m }
channels:
  complaints: "#beacon-complaints"
  questions: "#beacon-questions"
  praise: "#beacon-praise"
  suggestions: "#beacon-suggestions"
  escalations: "#beacon-escalations"
  competitors: "#beacon-competitors"
people:
  groups:
    support: S0SUPPORT
    leads: S0LEADS1
  users:
    dana: U0DANA01
  on_call:
    night: [dana, support]
vip:
  influencer_followers: 50000
  lists:
    press:
      x: [techdaily]
    partners:
      facebook: ["987654321"]
`;

export const DEFAULTS_SECTION = `defaults:
  channel: questions
  escalation_channel: escalations
  types:
    complaint:
      channel: complaints
      mention: [support]
      escalate:
        - at: 50%
          mention: [support]
        - at: 80%
          mention: [night]
          channel: escalations
    praise:
      channel: praise
    suggestion:
      channel: suggestions
      digest: daily
`;

export const BUSINESS_HOURS_SECTION = `business_hours:
  time_zone: Europe/Berlin
  days:
    mon: 09:00-17:00
    tue: 09:00-17:00
    wed: 09:00-17:00
    thu: 09:00-17:00
    fri: 09:00-17:00
  holidays: ["2026-12-25"]
`;

/**
 * A full config file with these rules (YAML list items indented by two spaces); `extra` adds
 * top-level sections, and replaces the business hours when it has its own.
 */
export const configText = (rules: string, extra = ''): string => {
  const hours = extra.includes('business_hours:') ? '' : BUSINESS_HOURS_SECTION;
  return `${BASE_SECTIONS}${hours}${extra}rules:\n${rules.trim() === '' ? '  []\n' : rules}${DEFAULTS_SECTION}`;
};

export const configWith = (rules: string, extra = ''): RoutingConfig =>
  parseRoutingConfig(configText(rules, extra), 'routing.yaml');

export type MentionOverrides = Omit<Partial<Mention>, 'author'> & { author?: Partial<Mention['author']> };

export function mention(overrides: MentionOverrides = {}): Mention {
  const { author, ...rest } = overrides;
  return {
    platform: 'x',
    id: 'p1',
    threadId: 'p1',
    text: 'hello @acme',
    createdAt: '2026-03-02T10:00:00Z',
    receivedAt: '2026-03-02T10:00:00Z',
    kind: 'post',
    ...rest,
    author: { id: 'u1', handle: 'someone', followers: 120, ...author },
  };
}

export function detection(label: Label, overrides: Partial<Detection> = {}): Detection {
  return {
    label,
    confidence: 0.9,
    scores: { praise: 0, complaint: 0, question: 0, suggestion: 0, none: 0, [label]: 0.9 },
    lang: 'en',
    cues: [],
    ...overrides,
  };
}

/** Monday 2 March 2026, 11:00 in Berlin (CET): inside business hours. */
export const MONDAY_MORNING = new Date('2026-03-02T10:00:00Z');
/** Monday 2 March 2026, 22:00 in Berlin: outside business hours. */
export const MONDAY_NIGHT = new Date('2026-03-02T21:00:00Z');

/** 1-based line of the first line containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((l) => l.includes(needle));
  if (index < 0) throw new Error(`"${needle}" is not in the text`);
  return index + 1;
}
