import { describe, expect, it } from 'vitest';
import { ConfigError, type ConfigIssue, parseRoutingConfig } from '../../shared/routing/index.ts';
import { configText, lineOf } from './support.ts';

const RULES = `  - name: vip
    when:
      type: complaint
      author: { vip: press }
    then:
      channel: escalations
      window: 15m
      mention: [leads]
      escalate:
        - at: 25%
          mention: [support]
        - at: 75%
          channel: escalations
  - name: refunds
    when:
      patterns: ['refunds?']
      business_hours: false
    then:
      digest: hourly
`;
const VALID = configText(RULES);

const issuesOf = (text: string): ConfigIssue[] => {
  try {
    parseRoutingConfig(text, 'config/routing.yaml');
  } catch (err) {
    if (err instanceof ConfigError) return err.issues;
    throw err;
  }
  throw new Error('expected the config to be rejected');
};

interface Mistake {
  name: string;
  from: string;
  to: string;
  /** Text on the line the error must point at (in the broken file). */
  line: string;
  column?: number;
  path?: string;
  message: RegExp;
  suggestion?: string;
}

const MISTAKES: Mistake[] = [
  {
    name: 'a tab used for indentation',
    from: '  complaint: 1h\n',
    to: '\tcomplaint: 1h\n',
    line: '\tcomplaint: 1h',
    column: 1,
    message: /tabs are not allowed/,
  },
  {
    name: 'a line indented too deep',
    from: '  question: 4h\n',
    to: '    question: 4h\n',
    line: '    question: 4h',
    column: 5,
    message: /wrong indentation: this line is indented deeper/,
  },
  {
    name: 'a line indented too shallow',
    from: '  question: 4h\n',
    to: ' question: 4h\n',
    line: ' question: 4h',
    column: 1,
    message: /wrong indentation/,
  },
  {
    name: 'a misspelt type',
    from: 'type: complaint',
    to: 'type: complant',
    line: 'type: complant',
    column: 13,
    path: 'rules[0].when.type',
    message: /expected one of praise, complaint, question, suggestion, none; got "complant"/,
    suggestion: 'complaint',
  },
  {
    name: 'an unknown channel',
    from: '      channel: escalations\n      window',
    to: '      channel: escalation\n      window',
    line: 'channel: escalation',
    column: 16,
    path: 'rules[0].then.channel',
    message: /unknown channel "escalation"/,
    suggestion: 'escalations',
  },
  {
    name: 'a negative window',
    from: 'complaint: 1h',
    to: 'complaint: -1h',
    line: 'complaint: -1h',
    path: 'windows.complaint',
    message: /cannot be negative; got "-1h"/,
  },
  {
    name: 'a window under 30 seconds',
    from: 'window: 15m',
    to: 'window: 20s',
    line: 'window: 20s',
    path: 'rules[0].then.window',
    message: /at least 30s; got "20s"/,
  },
  {
    name: 'a window without a unit',
    from: 'question: 4h',
    to: 'question: 240',
    line: 'question: 240',
    path: 'windows.question',
    message: /the number 240, which needs a unit/,
  },
  {
    name: 'overlapping escalation steps',
    from: '- at: 75%',
    to: '- at: 25%',
    line: '- at: 25%\n          channel',
    path: 'rules[0].then.escalate[1].at',
    message: /escalation steps overlap: 25% does not come after the step before it \(25%\)/,
  },
  {
    name: 'an escalation step at the deadline',
    from: '- at: 75%',
    to: '- at: 100%',
    line: '- at: 100%',
    path: 'rules[0].then.escalate[1].at',
    message: /between 1% and 99%/,
  },
  {
    name: 'an escalation step without %',
    from: '- at: 75%',
    to: '- at: 75',
    line: '- at: 75\n',
    path: 'rules[0].then.escalate[1].at',
    message: /got the number 75, which needs a %/,
  },
  {
    name: 'a misspelt key',
    from: '      digest: hourly',
    to: '      digests: hourly',
    line: 'digests: hourly',
    column: 7,
    path: 'rules[1].then.digests',
    message: /unknown key "digests" in rules\[1\]\.then/,
    suggestion: 'digest',
  },
  {
    name: 'an unknown person',
    from: 'mention: [leads]',
    to: 'mention: [lead]',
    line: 'mention: [lead]',
    path: 'rules[0].then.mention[0]',
    message: /unknown person or group "lead"/,
    suggestion: 'leads',
  },
  {
    name: 'a platform by its old name',
    from: 'x: { complaint: 30m }',
    to: 'twitter: { complaint: 30m }',
    line: 'twitter: { complaint: 30m }',
    column: 5,
    path: 'windows.platforms.twitter',
    message: /unknown key "twitter"/,
    suggestion: 'x',
  },
  {
    name: 'a misspelt time zone',
    from: 'Europe/Berlin',
    to: 'Europe/Berlim',
    line: 'Europe/Berlim',
    path: 'business_hours.time_zone',
    message: /unknown time zone "Europe\/Berlim"/,
    suggestion: 'Europe/Berlin',
  },
  {
    name: 'a key given twice',
    from: '  question: 4h\n',
    to: '  question: 4h\n  question: 2h\n',
    line: 'question: 2h',
    message: /appears twice/,
  },
  {
    name: 'an invalid regular expression',
    from: "['refunds?']",
    to: "['refunds?(']",
    line: "patterns: ['refunds?(']",
    path: 'rules[1].when.patterns[0]',
    message: /invalid regular expression/,
  },
  {
    name: 'an unknown VIP list',
    from: 'vip: press }',
    to: 'vip: pres }',
    line: 'vip: pres',
    path: 'rules[0].when.author.vip',
    message: /unknown VIP list "pres"/,
    suggestion: 'press',
  },
  {
    name: 'a rule after one that matches everything',
    from: '  - name: vip\n    when:\n      type: complaint\n      author: { vip: press }\n',
    to: '  - name: vip\n',
    line: '- name: refunds',
    path: 'rules[1].name',
    message: /rule "refunds" can never match: rule "vip" above it has no conditions/,
  },
  {
    name: 'two rules with one name',
    from: '- name: refunds',
    to: '- name: vip',
    line: '  - name: vip\n    when:\n      patterns',
    path: 'rules[1].name',
    message: /already used by rules\[0\]/,
  },
  {
    name: 'setting and scaling a window at once',
    from: 'window: 15m\n',
    to: 'window: 15m\n      window_scale: 2\n',
    line: 'window_scale: 2',
    path: 'rules[0].then.window_scale',
    message: /set the window or scale it, not both/,
  },
  {
    name: 'an advocate moment on a rule that does not match praise from an advocate',
    from: 'window: 15m\n',
    to: 'window: 15m\n      advocate_moment: true\n',
    line: 'advocate_moment: true',
    column: 7,
    path: 'rules[0].then.advocate_moment',
    message:
      /an advocate moment is praise from an advocate: the rule needs `when.type: praise` and `when.author: \{ advocate: true \}`/,
  },
  {
    name: 'an advocate moment that is digested',
    from: "      patterns: ['refunds?']\n      business_hours: false\n    then:\n",
    to: '      type: praise\n      author: { advocate: true }\n    then:\n      advocate_moment: true\n',
    line: 'advocate_moment: true',
    column: 7,
    path: 'rules[1].then.advocate_moment',
    message: /an advocate moment opens an alert: it cannot go with `drop: true` or a `digest`/,
  },
  {
    name: 'an advocate moment that is not true or false',
    from: 'window: 15m\n',
    to: 'window: 15m\n      advocate_moment: thanks\n',
    line: 'advocate_moment: thanks',
    path: 'rules[0].then.advocate_moment',
    message: /expected (a )?(boolean|true or false)/,
  },
  {
    name: 'a misspelt section at the top',
    from: 'rules:\n',
    to: 'rule:\n',
    line: 'rule:',
    path: 'rule',
    message: /unknown key "rule" at the top level/,
    suggestion: 'rules',
  },
];

describe('parseRoutingConfig: typical mistakes', () => {
  it('accepts the valid file the mistakes are made in', () => {
    expect(parseRoutingConfig(VALID, 'config/routing.yaml').rules).toHaveLength(2);
  });

  it.each(MISTAKES)('reports $name with line, column, field and hint', (m) => {
    expect(VALID).toContain(m.from);
    const broken = VALID.replace(m.from, m.to);
    const issues = issuesOf(broken);
    const issue = issues.find((i) => m.message.test(i.message));
    expect(issue, `issues were: ${JSON.stringify(issues, null, 1)}`).toBeDefined();
    const needle = m.line.split('\n');
    const start = broken.indexOf(m.line);
    const expectedLine = start >= 0 ? broken.slice(0, start).split('\n').length : lineOf(broken, needle[0]!);
    expect(issue!.line).toBe(expectedLine);
    expect(issue!.file).toBe('config/routing.yaml');
    if (m.column !== undefined) expect(issue!.column).toBe(m.column);
    if (m.path !== undefined) expect(issue!.path).toBe(m.path);
    expect(issue!.suggestion).toBe(m.suggestion);
  });

  it('reports every problem at once, in file order', () => {
    const broken = VALID.replace('type: complaint', 'type: complant')
      .replace('mention: [leads]', 'mention: [lead]')
      .replace('complaint: 1h', 'complaint: 5s');
    const issues = issuesOf(broken);
    expect(issues.map((i) => i.path)).toEqual(['windows.complaint', 'rules[0].when.type']);
    // Names are checked once the shape is right, so the person shows up after the first fix.
    expect(
      issuesOf(broken.replace('complaint: 5s', 'complaint: 1h').replace('complant', 'complaint')),
    ).toEqual([expect.objectContaining({ path: 'rules[0].then.mention[0]', suggestion: 'leads' })]);
  });

  it('names the missing field and where its section starts', () => {
    const broken = VALID.replace('  praise: 1d\n', '');
    const [issue] = issuesOf(broken);
    expect(issue).toMatchObject({ path: 'windows.praise', line: lineOf(broken, 'windows:') });
    expect(issue!.message).toMatch(/missing required field "praise"/);
  });

  it('rejects an empty file', () => {
    expect(issuesOf('# nothing yet\n')[0]!.message).toMatch(/empty/);
  });

  it('formats issues as file:line:column: path: message (did you mean …?)', () => {
    try {
      parseRoutingConfig(VALID.replace('type: complaint', 'type: complant'), 'config/routing.yaml');
      expect.unreachable();
    } catch (err) {
      const text = (err as ConfigError).format();
      const line = lineOf(VALID, 'type: complaint');
      expect(text).toContain(
        `config/routing.yaml:${line}:13: rules[0].when.type: expected one of praise, complaint, question, suggestion, none; got "complant" (did you mean \`complaint\`?)`,
      );
      expect((err as Error).message).toBe(text);
    }
  });
});

describe('parseRoutingConfig: helpful extras', () => {
  it('says when an action was written under `when` (or a condition under `then`)', () => {
    const broken = VALID.replace(
      '      type: complaint\n',
      '      type: complaint\n      channel: escalations\n',
    );
    const [issue] = issuesOf(broken);
    expect(issue).toMatchObject({
      path: 'rules[0].when.channel',
      line: lineOf(broken, 'channel: escalations'),
    });
    expect(issue!.message).toMatch(/"channel" belongs under `then`/);
  });

  it('lets managers reuse a ladder with YAML anchors', () => {
    const text = configText(`  - name: a
    when: { type: complaint }
    then:
      escalate: &ladder
        - at: 50%
          mention: [support]
  - name: b
    when: { type: question }
    then:
      escalate: *ladder
`);
    const config = parseRoutingConfig(text, 'routing.yaml');
    expect(config.rules[1]!.action.escalate).toEqual(config.rules[0]!.action.escalate);
  });

  it('accepts a file with no rules at all', () => {
    expect(parseRoutingConfig(configText(''), 'routing.yaml').rules).toEqual([]);
  });
});

describe('detection', () => {
  it('compiles unsure_below, the confidence under which a card says it is unsure', () => {
    const config = parseRoutingConfig(
      configText('', 'detection:\n  unsure_below: 0.55\n'),
      'config/routing.yaml',
    );
    expect(config.detection).toEqual({ unsureBelow: 0.55 });
    expect(parseRoutingConfig(configText(''), 'config/routing.yaml').detection).toBeUndefined();
  });

  it.each([
    {
      text: 'detection:\n  unsure_below: 1.2\n',
      line: '  unsure_below: 1.2',
      path: 'detection.unsure_below',
    },
    { text: 'detection:\n  unsure_blow: 0.5\n', line: '  unsure_blow: 0.5', path: 'detection.unsure_blow' },
  ])('reports $path with its line', ({ text, line, path }) => {
    const file = configText('', text);
    const issue = issuesOf(file).find((i) => i.path === path);
    expect(issue?.line).toBe(lineOf(file, line));
  });
});

describe('review', () => {
  it('is compiled with its channel and threshold', () => {
    const config = parseRoutingConfig(
      configText('', 'review:\n  channel: questions\n  below: 0.45\n'),
      'config/routing.yaml',
    );
    expect(config.review).toEqual({ channel: 'beacon-questions', below: 0.45 });
  });

  it.each([
    {
      text: 'review:\n  channel: reviews\n  below: 0.4\n',
      line: '  channel: reviews',
      path: 'review.channel',
      message: /unknown channel "reviews"/,
    },
    {
      text: 'review:\n  channel: questions\n  below: 1.5\n',
      line: '  below: 1.5',
      path: 'review.below',
      message: /1/,
    },
    {
      text: 'review:\n  channel: questions\n  belwo: 0.4\n',
      line: '  belwo: 0.4',
      path: 'review.belwo',
      message: /belwo/,
    },
  ])('reports $path with its line', ({ text, line, path, message }) => {
    const file = configText('', text);
    const issue = issuesOf(file).find((i) => i.path === path);
    expect(issue?.line).toBe(lineOf(file, line));
    expect(issue?.message).toMatch(message);
  });
});
