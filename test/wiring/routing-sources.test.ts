import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseRoutingConfig } from '../../shared/routing/index.ts';

const base = readFileSync('test/wiring/fixtures/routing.yaml', 'utf8').replace(/\nsources:[\s\S]*$/, '\n');
const withSources = (lines: string[]) => `${base}sources:\n${lines.map((l) => `  ${l}`).join('\n')}\n`;
const sourcesLine = base.split('\n').length;

function issuesOf(text: string) {
  try {
    parseRoutingConfig(text, 'routing.yaml');
  } catch (error) {
    if (error instanceof ConfigError) return error.issues.map((i) => ({ line: i.line, message: i.message }));
    throw error;
  }
  return [];
}

describe('sources in the routing config', () => {
  it('keeps each source as written, with its own schedule', () => {
    const config = parseRoutingConfig(
      withSources([
        '- { type: mastodon-mentions, schedule: "rate(1 minute)" }',
        '- { type: reddit-comments, subreddit: acme, schedule: "cron(0/10 * * * ? *)" }',
      ]),
      'routing.yaml',
    );
    expect(config.sources).toEqual([
      { type: 'mastodon-mentions', schedule: 'rate(1 minute)' },
      { type: 'reddit-comments', subreddit: 'acme', schedule: 'cron(0/10 * * * ? *)' },
    ]);
  });

  it('has no sources when the section is absent', () => {
    expect(parseRoutingConfig(base, 'routing.yaml').sources).toBeUndefined();
  });

  it.each([
    [
      'a schedule that is not an EventBridge expression',
      ['- { type: mastodon-mentions, schedule: "every 5 minutes" }'],
      1,
      /rate\(\) or cron\(\)/,
    ],
    ['an unknown type', ['- { type: x-serch, query: acme }'], 1, /x-search/],
    ['a missing field', ['- { type: reddit-comments }'], 1, /subreddit/],
    ['an unknown field', ['- { type: mastodon-mentions, every: 5m }'], 1, /every/],
    [
      'two sources with one id',
      ['- { type: bluesky-search, query: a }', '- { type: bluesky-search, query: b }'],
      2,
      /already used/,
    ],
  ])('refuses %s, naming the line', (_, lines, line, message) => {
    const issues = issuesOf(withSources(lines));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.line).toBe(sourcesLine + line);
    expect(issues[0]?.message).toMatch(message);
  });

  it('accepts every example of config/routing.yaml once uncommented', () => {
    const text = readFileSync('config/routing.yaml', 'utf8')
      .replace(/^# sources:/m, 'sources:')
      .replace(/^# {3}- /gm, '  - ');
    expect(parseRoutingConfig(text, 'routing.yaml').sources).toHaveLength(7);
  });
});
