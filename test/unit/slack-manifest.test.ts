import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  apiUrlFromOutputs,
  botScopes,
  documentedScopes,
  METHOD_SCOPES,
  renderManifest,
  runSlackManifest,
  SCOPE_DOC_FILES,
  scopeListMarkdown,
} from '../../shared/cli/slack-manifest.ts';

/** Every Slack Web API method the deployed code calls through a WebClient (`client.<ns>.<method>(`). */
function slackMethodsCalled(): Set<string> {
  const methods = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      // The local stack and its fake Slack run only on a laptop; they need no scope.
      if (path === join('shared', 'local')) continue;
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith('.ts')) {
        const text = readFileSync(path, 'utf8');
        for (const m of text.matchAll(
          /\bclient\.(chat|conversations|views|users|reactions|files|pins|team|auth)\.(\w+)\(/g,
        )) {
          methods.add(`${m[1]}.${m[2]}`);
        }
        for (const m of text.matchAll(/apiCall\(\s*'([a-z]+\.[\w.]+)'/g)) methods.add(m[1] as string);
      }
    }
  };
  walk('shared');
  walk('functions');
  return methods;
}

const manifest = (apiUrl = 'https://abc.execute-api.eu-west-1.amazonaws.com/') =>
  parse(renderManifest(apiUrl)) as {
    features: { slash_commands: Array<{ command: string; url: string }> };
    settings: { interactivity: { is_enabled: boolean; request_url: string } };
    oauth_config: { scopes: { bot: string[] } };
  };

describe('the Slack app manifest', () => {
  it('asks for exactly the scopes of the Slack methods the code calls, plus commands for /beacon', () => {
    const called = slackMethodsCalled();
    expect(called.size).toBeGreaterThan(3);
    const unknown = [...called].filter((method) => !(method in METHOD_SCOPES));
    expect(unknown, 'add these methods and their scopes to METHOD_SCOPES and the manifest').toEqual([]);
    const needed = new Set([...called].flatMap((method) => METHOD_SCOPES[method] ?? []));
    needed.add('commands');
    expect([...botScopes()].sort()).toEqual([...needed].sort());
  });

  it('points interactivity and the slash command at the routes the API serves', () => {
    const m = manifest('https://abc.execute-api.eu-west-1.amazonaws.com');
    expect(m.settings.interactivity).toMatchObject({
      is_enabled: true,
      request_url: 'https://abc.execute-api.eu-west-1.amazonaws.com/slack/interactions',
    });
    expect(m.features.slash_commands).toEqual([
      expect.objectContaining({
        command: '/beacon',
        url: 'https://abc.execute-api.eu-west-1.amazonaws.com/slack/commands',
      }),
    ]);
    expect(renderManifest('https://x.example/')).not.toContain('{{');
  });

  it('leaves out the template comments, which speak of the placeholder', () => {
    const filled = renderManifest('https://x.example/');
    expect(filled.split('\n').filter((line) => line.startsWith('#'))).toEqual([]);
    expect(filled.match(/https:\/\/x\.example\//g)?.length).toBe(2);
  });

  it('refuses a request URL Slack would refuse', () => {
    expect(() => renderManifest('http://abc.example/')).toThrow(/https/);
    expect(() => renderManifest('not a url')).toThrow(/not a URL/);
  });
});

describe('the scope list in the docs', () => {
  it.each(SCOPE_DOC_FILES)('%s shows the manifest’s scopes', (file) => {
    expect(documentedScopes(readFileSync(file, 'utf8'))).toBe(scopeListMarkdown(botScopes()));
  });
});

describe('npm run beacon -- slack-manifest', () => {
  const dir = mkdtempSync(join(tmpdir(), 'beacon-manifest-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const outputs = {
    'Beacon-prod-Stateful': { SecretName: 'beacon/prod/secrets' },
    'Beacon-prod-Stateless': { ApiUrl: 'https://prod.execute-api.eu-west-1.amazonaws.com/' },
    'Beacon-dev-Stateless': { ApiUrl: 'https://dev.execute-api.eu-west-1.amazonaws.com/' },
  };
  const run = async (...args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runSlackManifest(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };

  it('fills the URLs from a cdk deploy outputs file, picking the stage', async () => {
    const file = join(dir, 'outputs.json');
    writeFileSync(file, JSON.stringify(outputs));
    const r = await run('--outputs-file', file, '--stage', 'prod');
    expect(r.code).toBe(0);
    expect(parse(r.out).settings.interactivity.request_url).toBe(
      'https://prod.execute-api.eu-west-1.amazonaws.com/slack/interactions',
    );
  });

  it('asks for --stage when the file holds several stages', async () => {
    expect(() => apiUrlFromOutputs(outputs)).toThrow(/--stage/);
    expect(apiUrlFromOutputs({ 'Beacon-dev-Stateless': outputs['Beacon-dev-Stateless'] })).toBe(
      'https://dev.execute-api.eu-west-1.amazonaws.com/',
    );
    const file = join(dir, 'two.json');
    writeFileSync(file, JSON.stringify(outputs));
    expect(await run('--outputs-file', file)).toMatchObject({
      code: 1,
      err: expect.stringContaining('--stage'),
    });
  });

  it('takes --api-url instead, and needs one of the two', async () => {
    const r = await run('--api-url', 'https://abc.execute-api.eu-west-1.amazonaws.com/');
    expect(parse(r.out).features.slash_commands[0].url).toBe(
      'https://abc.execute-api.eu-west-1.amazonaws.com/slack/commands',
    );
    expect((await run()).code).toBe(2);
  });
});
