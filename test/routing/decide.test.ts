import { describe, expect, it } from 'vitest';
import { isPriorityAlert } from '../../shared/domain/alert.ts';
import { openAlert } from '../../shared/domain/alert-lifecycle.ts';
import type { Label } from '../../shared/domain/detection.ts';
import { decideRoute, evaluateRules } from '../../shared/routing/index.ts';
import {
  configWith,
  detection,
  type MentionOverrides,
  MONDAY_MORNING,
  MONDAY_NIGHT,
  mention,
} from './support.ts';

type Case = {
  name: string;
  when: string;
  post?: MentionOverrides;
  label?: Label;
  confidence?: number;
  lang?: string;
  stats?: Parameters<typeof decideRoute>[0]['authorStats'];
  at?: Date;
};

/** One rule `hit` (routes to escalations) with the given `when` block; everything else goes to defaults. */
const oneRule = (when: string) =>
  configWith(`  - name: hit
    when:
${when
  .trim()
  .split('\n')
  .map((l) => `      ${l}`)
  .join('\n')}
    then:
      channel: escalations
`);

const route = (c: Case) =>
  decideRoute(
    {
      detection: detection(c.label ?? 'complaint', {
        ...(c.confidence !== undefined && { confidence: c.confidence }),
        ...(c.lang !== undefined && { lang: c.lang }),
      }),
      mention: mention(c.post ?? {}),
      ...(c.stats && { authorStats: c.stats }),
    },
    oneRule(c.when),
    c.at ?? MONDAY_MORNING,
  );

const stats = (over: Partial<NonNullable<Case['stats']>> = {}) => ({
  praise: 0,
  complaint: 0,
  question: 0,
  suggestion: 0,
  ...over,
});

describe('decideRoute: conditions', () => {
  const matching: Case[] = [
    { name: 'type', when: 'type: complaint' },
    { name: 'one of several types', when: 'type: [question, complaint]' },
    { name: 'platform', when: 'platform: x' },
    { name: 'language from the detector', when: 'lang: [es, pt]', lang: 'es' },
    {
      name: 'language hint when the detector cannot tell',
      when: 'lang: es',
      lang: 'und',
      post: { lang: 'es' },
    },
    { name: 'post kind', when: 'kind: direct_message', post: { kind: 'direct_message' } },
    {
      name: 'a keyword (list = any)',
      when: 'keywords: [refund, broken]',
      post: { text: 'It is BROKEN again' },
    },
    {
      name: 'a phrase across spaces',
      when: 'keywords: [money back]',
      post: { text: 'I want my money  back' },
    },
    {
      name: 'all keywords',
      when: 'keywords: { all: [refund, order] }',
      post: { text: 'order 42: refund please' },
    },
    { name: 'no excluded keyword', when: 'keywords: { none: [giveaway] }', post: { text: 'refund please' } },
    { name: 'keyword in an unspaced script', when: 'keywords: [返金]', post: { text: '返金してください' } },
    {
      name: 'a pattern (case-insensitive)',
      when: "patterns: ['order #?\\d{5}']",
      post: { text: 'ORDER #12345 lost' },
    },
    { name: 'a /pattern/ with its own flags', when: "patterns: ['/^Help/']", post: { text: 'Help me' } },
    { name: 'a named competitor', when: 'competitor: Globex', post: { text: 'acme vs globex' } },
    { name: 'any competitor', when: 'competitor: true', post: { text: 'acme vs globex' } },
    { name: 'no competitor', when: 'competitor: false' },
    { name: 'followers at least', when: 'author: { followers: 100 }' },
    { name: 'followers in a range', when: 'author: { followers: { min: 100, max: 200 } }' },
    { name: 'an influencer', when: 'author: { influencer: true }', post: { author: { followers: 50_000 } } },
    { name: 'verified', when: 'author: { verified: true }', post: { author: { verified: true } } },
    { name: 'on any VIP list', when: 'author: { vip: true }', post: { author: { handle: '@TechDaily' } } },
    {
      name: 'on a named VIP list, by account id',
      when: 'author: { vip: partners }',
      post: { platform: 'facebook', author: { id: '987654321', handle: 'Big Retailer' } },
    },
    { name: 'not a VIP', when: 'author: { vip: false }' },
    { name: 'a handle', when: 'author: { handle: "@SomeOne" }' },
    {
      name: 'a repeat complainer (2 complaints in 30 days by default)',
      when: 'author: { repeat_complainer: true }',
      stats: stats({ complaint: 9, last30d: { complaint: 2 } }),
    },
    {
      name: 'an advocate (3 praise and no complaint in 90 days by default)',
      when: 'author: { advocate: true }',
      stats: stats({ praise: 4, complaint: 2, last90d: { praise: 3 } }),
    },
    {
      name: 'history counts over 90 and 365 days',
      when: 'author: { history: { praise: 2, period: 90d } }\nlang: en',
      stats: stats({ praise: 2, last90d: { praise: 2 }, last365d: { praise: 2 } }),
    },
    {
      name: 'history counts over 30 days',
      when: 'author: { history: { question: { min: 1, max: 2 }, period: 30d } }',
      stats: stats({ question: 10, last30d: { question: 2 } }),
    },
    { name: 'confidence at least', when: 'confidence: 0.8', confidence: 0.8 },
    { name: 'confidence at most', when: 'confidence: { max: 0.5 }', confidence: 0.3 },
    { name: 'inside business hours', when: 'business_hours: true', at: MONDAY_MORNING },
    { name: 'outside business hours', when: 'business_hours: false', at: MONDAY_NIGHT },
    { name: 'every condition at once', when: 'type: complaint\nplatform: x\nlang: en\nconfidence: 0.5' },
  ];
  it.each(matching)('matches on $name', (c) => {
    const r = route(c);
    expect(r.rule).toBe('hit');
    expect(r.channel).toBe('beacon-escalations');
    expect(r.reasons.length).toBeGreaterThan(0);
  });

  const failing: Array<Case & { why: RegExp }> = [
    { name: 'another type', when: 'type: praise', why: /type is complaint, not praise/ },
    { name: 'another platform', when: 'platform: [reddit]', why: /platform is x/ },
    { name: 'another language', when: 'lang: de', lang: 'fr', why: /language is fr/ },
    {
      name: 'a keyword only inside a word',
      when: 'keywords: [fund]',
      post: { text: 'refund' },
      why: /no keyword/,
    },
    {
      name: 'a missing keyword of all',
      when: 'keywords: { all: [a1, b2] }',
      post: { text: 'a1' },
      why: /missing keyword b2/,
    },
    {
      name: 'an excluded keyword',
      when: 'keywords: { none: [giveaway] }',
      post: { text: 'Giveaway!' },
      why: /excluded/,
    },
    {
      name: 'a pattern that does not match',
      when: "patterns: { any: ['\\d{5}'] }",
      post: { text: '123' },
      why: /no pattern/,
    },
    {
      name: 'a flag-less /pattern/ is case-sensitive',
      when: "patterns: ['/^Help/']",
      post: { text: 'help' },
      why: /no pattern/,
    },
    { name: 'too few followers', when: 'author: { followers: 1000 }', why: /120 followers, not ≥ 1000/ },
    {
      name: 'unknown followers',
      when: 'author: { followers: 1 }',
      post: { author: { followers: undefined } },
      why: /unknown/,
    },
    {
      name: 'not an influencer',
      when: 'author: { influencer: true }',
      post: { author: { followers: 49_999 } },
      why: /not an influencer/,
    },
    { name: 'not verified', when: 'author: { verified: true }', why: /not verified/ },
    {
      name: 'a VIP on another platform',
      when: 'author: { vip: press }',
      post: { platform: 'reddit', author: { handle: 'techdaily' } },
      why: /not on a VIP list/,
    },
    {
      name: 'a VIP where none is wanted',
      when: 'author: { vip: false }',
      post: { author: { handle: 'techdaily' } },
      why: /is a VIP/,
    },
    {
      name: 'one complaint is not repeated',
      when: 'author: { repeat_complainer: true }',
      stats: stats({ last30d: { complaint: 1 } }),
      why: /not a repeat/,
    },
    { name: 'no history at all', when: 'author: { advocate: true }', why: /not an advocate \(0/ },
    {
      name: 'an advocate whose praise is older than 90 days',
      when: 'author: { advocate: true }',
      stats: stats({ praise: 9, last90d: { praise: 2 } }),
      why: /not an advocate \(2 praise in 90 days/,
    },
    {
      name: 'an advocate with a complaint in the last 90 days',
      when: 'author: { advocate: true }',
      stats: stats({ praise: 9, last90d: { praise: 5, complaint: 1 } }),
      why: /not an advocate \(5 praise, 1 complaint in 90 days/,
    },
    {
      name: 'a repeat complainer whose complaints are older than 30 days',
      when: 'author: { repeat_complainer: true }',
      stats: stats({ complaint: 5, last30d: { complaint: 1 }, last90d: { complaint: 5 } }),
      why: /not a repeat complainer \(1 earlier/,
    },
    {
      name: 'low confidence',
      when: 'confidence: 0.95',
      confidence: 0.9,
      why: /confidence 0.90 is not ≥ 0.95/,
    },
    {
      name: 'business hours at night',
      when: 'business_hours: true',
      at: MONDAY_NIGHT,
      why: /outside business hours/,
    },
    { name: 'no competitor named', when: 'competitor: Globex', why: /names none of Globex/ },
  ];
  it.each(failing)('does not match $name, and says why', (c) => {
    const r = route(c);
    expect(r.rule).toBe('default');
    const [outcome] = evaluateRules(
      {
        detection: detection(c.label ?? 'complaint', {
          ...(c.lang && { lang: c.lang }),
          ...(c.confidence !== undefined && { confidence: c.confidence }),
        }),
        mention: mention(c.post ?? {}),
        ...(c.stats && { authorStats: c.stats }),
      },
      oneRule(c.when),
      c.at ?? MONDAY_MORNING,
    );
    expect(outcome?.matched).toBe(false);
    expect(outcome && !outcome.matched && outcome.failed).toMatch(c.why);
  });
});

describe('decideRoute: order and defaults', () => {
  const config = configWith(`  - name: first
    when: { type: complaint, keywords: [refund] }
    then: { channel: escalations }
  - name: second
    when: { type: complaint }
    then: { channel: questions }
  - name: catch-all
    then: { channel: praise }
`);
  const decide = (label: Label, text: string) =>
    decideRoute({ detection: detection(label), mention: mention({ text }) }, config, MONDAY_MORNING);

  it('lets the first matching rule decide even when later ones match too', () => {
    expect(decide('complaint', 'refund now')).toMatchObject({ rule: 'first', channel: 'beacon-escalations' });
    expect(decide('complaint', 'broken')).toMatchObject({ rule: 'second', channel: 'beacon-questions' });
    expect(decide('question', 'how?')).toMatchObject({ rule: 'catch-all', channel: 'beacon-praise' });
  });

  it('reports every rule in order with whether it matched', () => {
    const outcomes = evaluateRules(
      { detection: detection('complaint'), mention: mention({ text: 'x' }) },
      config,
      MONDAY_MORNING,
    );
    expect(outcomes.map((o) => [o.rule.name, o.matched])).toEqual([
      ['first', false],
      ['second', true],
      ['catch-all', true],
    ]);
  });

  it('drops none by default, even past a catch-all rule', () => {
    expect(decide('none', 'lunch')).toMatchObject({ rule: 'default', drop: true });
  });

  it('routes none when a rule names it', () => {
    const c = configWith(`  - name: noise
    when: { type: none }
    then: { channel: questions, digest: hourly }
`);
    const r = decideRoute({ detection: detection('none'), mention: mention() }, c, MONDAY_MORNING);
    expect(r).toMatchObject({ rule: 'noise', drop: false, channel: 'beacon-questions', digest: 'hourly' });
  });

  it('fills what a rule leaves unset from the type defaults, then the global defaults', () => {
    const c = configWith(`  - name: only-window
    when: { type: complaint }
    then: { window: 10m }
`);
    const r = decideRoute({ detection: detection('complaint'), mention: mention() }, c, MONDAY_MORNING);
    expect(r).toMatchObject({
      rule: 'only-window',
      channel: 'beacon-complaints',
      windowSeconds: 600,
      mentions: ['<!subteam^S0SUPPORT>'],
      escalationChannel: 'beacon-escalations',
    });
    expect(r.escalations).toEqual([
      { atFraction: 0.5, mention: ['<!subteam^S0SUPPORT>'] },
      { atFraction: 0.8, mention: ['<@U0DANA01>', '<!subteam^S0SUPPORT>'], channel: 'beacon-escalations' },
    ]);
    const q = decideRoute({ detection: detection('question'), mention: mention() }, c, MONDAY_MORNING);
    expect(q).toMatchObject({ rule: 'default', channel: 'beacon-questions', mentions: [], escalations: [] });
  });

  it('says a rule pages by itself only when its own mention does, not a type default', () => {
    const c = configWith(`  - name: only-window
    when: { type: complaint, keywords: [window] }
    then: { window: 10m }
  - name: pages
    when: { type: complaint, keywords: [fire] }
    then: { mention: [dana] }
`);
    const at = (text: string) =>
      decideRoute({ detection: detection('complaint'), mention: mention({ text }) }, c, MONDAY_MORNING);
    const inherited = at('Acme, the window is broken');
    expect(inherited.mentions).toEqual(['<!subteam^S0SUPPORT>']);
    expect(inherited.pagesByRule).toBeUndefined();
    expect(at('Acme, my charger caught fire')).toMatchObject({ rule: 'pages', pagesByRule: true });
    expect(at('Acme is slow today').pagesByRule).toBeUndefined();
    const opened = (text: string) =>
      openAlert(mention({ text }), 'complaint', at(text), MONDAY_MORNING, MONDAY_NIGHT);
    expect(isPriorityAlert(opened('Acme, the window is broken'))).toBe(false);
    expect(isPriorityAlert(opened('Acme, my charger caught fire'))).toBe(true);
  });

  it('takes windows per type with per-platform overrides', () => {
    const c = configWith('');
    const w = (label: Label, platform: 'x' | 'reddit') =>
      decideRoute({ detection: detection(label), mention: mention({ platform }) }, c, MONDAY_MORNING)
        .windowSeconds;
    expect(w('complaint', 'x')).toBe(1800);
    expect(w('complaint', 'reddit')).toBe(3600);
    expect(w('question', 'x')).toBe(4 * 3600);
    expect(w('suggestion', 'x')).toBe(3 * 86_400);
  });
});

describe('decideRoute: actions', () => {
  const decide = (then: string, label: Label = 'complaint') =>
    decideRoute(
      { detection: detection(label), mention: mention() },
      configWith(`  - name: act
    when: { type: ${label} }
    then: ${then}
`),
      MONDAY_MORNING,
    );

  it('routes to a named channel as its Slack name without #', () => {
    expect(decide('{ channel: escalations }').channel).toBe('beacon-escalations');
  });
  it('sets the window', () => {
    expect(decide('{ window: 1h30m }').windowSeconds).toBe(5400);
  });
  it('scales the window of the type and platform', () => {
    expect(decide('{ window_scale: 0.5 }').windowSeconds).toBe(900);
  });
  it('never scales a window below 30 seconds', () => {
    const r = decide('{ window_scale: 0.001 }');
    expect(r.windowSeconds).toBe(30);
    expect(r.reasons.join(' ')).toMatch(/minimum 30s/);
  });
  it('mentions people, groups, on-call sets and @here once each', () => {
    expect(decide('{ mention: [night, dana, here] }').mentions).toEqual([
      '<@U0DANA01>',
      '<!subteam^S0SUPPORT>',
      '<!here>',
    ]);
  });
  it('replaces the escalation ladder, or turns it off with []', () => {
    expect(decide('{ escalate: [{ at: 90%, channel: escalations }] }').escalations).toEqual([
      { atFraction: 0.9, mention: [], channel: 'beacon-escalations' },
    ]);
    expect(decide('{ escalate: [] }').escalations).toEqual([]);
  });
  it('sends to a digest, or turns a default digest off', () => {
    expect(decide('{ digest: hourly }').digest).toBe('hourly');
    expect(decide('{ digest: off }', 'suggestion').digest).toBeUndefined();
    expect(decide('{ channel: suggestions }', 'suggestion').digest).toBe('daily');
  });
  it('drops', () => {
    expect(decide('{ drop: true }').drop).toBe(true);
  });
  it('copies to other channels, never to its own', () => {
    expect(decide('{ channel: complaints, copy_to: [escalations, complaints] }').copyTo).toEqual([
      'beacon-escalations',
    ]);
  });
  it('sets the escalation channel', () => {
    expect(decide('{ escalation_channel: questions }').escalationChannel).toBe('beacon-questions');
  });
});

describe('decideRoute: competitors', () => {
  const config = configWith('');
  const decide = (text: string, label: Label = 'complaint') =>
    decideRoute({ detection: detection(label), mention: mention({ text }) }, config, MONDAY_MORNING);

  it('drops a post that names an ignored competitor and not the brand', () => {
    expect(decide('Initrode support is slow')).toMatchObject({ rule: 'competitor:Initech', drop: true });
  });
  it('keeps a post that names both', () => {
    expect(decide('Acme is slower than Initech')).toMatchObject({ rule: 'default', drop: false });
  });
  it('copies a post naming a watched competitor to its channel', () => {
    expect(decide('acme or globex?').copyTo).toEqual(['beacon-competitors']);
  });
  it('keeps a watched competitor post that would be dropped, in the watch channel, without paging', () => {
    expect(decide('globex launched a phone', 'none')).toMatchObject({
      drop: false,
      channel: 'beacon-competitors',
      mentions: [],
      escalations: [],
    });
  });
});
