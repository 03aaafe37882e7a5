/**
 * `npm run -s beacon -- slack-manifest`: the Slack app manifest (slack/manifest.yaml) with the
 * deployed request URLs filled in, so the app is created in one step. The manifest's bot scopes are
 * the one source of the scope list; `--write-docs` copies it into README.md and docs/slack.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const MANIFEST_FILE = `${ROOT}slack/manifest.yaml`;
/** Files that show the scope list, between the two markers. */
export const SCOPE_DOC_FILES = ['README.md', 'docs/slack.md'] as const;
const START = '<!-- slack-scopes -->';
const END = '<!-- /slack-scopes -->';
const PLACEHOLDER = '{{ApiUrl}}';

/**
 * The bot scope each Slack Web API method Beacon calls needs (Slack's method reference). A method
 * missing here fails the manifest test, so a new call cannot ship without its scope.
 */
export const METHOD_SCOPES: Readonly<Record<string, readonly string[]>> = {
  'chat.postMessage': ['chat:write'],
  'chat.update': ['chat:write'],
  'chat.postEphemeral': ['chat:write'],
  'chat.getPermalink': [],
  'views.open': [],
  // Public and private channels: Beacon lists and reads both kinds.
  'conversations.list': ['channels:read', 'groups:read'],
  'conversations.history': ['channels:history', 'groups:history'],
  'conversations.replies': ['channels:history', 'groups:history'],
  // The report's chart, shared in the channel it reports on.
  'files.getUploadURLExternal': ['files:write'],
  'files.completeUploadExternal': ['files:write'],
};

export const manifestTemplate = (): string => readFileSync(MANIFEST_FILE, 'utf8');

export function botScopes(template = manifestTemplate()): string[] {
  const manifest = parse(template) as { oauth_config?: { scopes?: { bot?: unknown } } };
  const scopes = manifest.oauth_config?.scopes?.bot;
  if (!Array.isArray(scopes) || !scopes.every((s) => typeof s === 'string')) {
    throw new Error(`${MANIFEST_FILE}: oauth_config.scopes.bot must be a list of scopes`);
  }
  return scopes;
}

/** The manifest with the API's base URL filled in. */
export function renderManifest(apiUrl: string, template = manifestTemplate()): string {
  let url: URL;
  try {
    url = new URL(apiUrl);
  } catch {
    throw new Error(`not a URL: "${apiUrl}"`);
  }
  if (url.protocol !== 'https:') throw new Error(`Slack needs an https:// request URL, got "${apiUrl}"`);
  const base = url.href.endsWith('/') ? url.href : `${url.href}/`;
  // The template's comments explain the placeholder; the filled manifest is for pasting, so they go.
  const body = template
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .join('\n');
  return body.replaceAll(PLACEHOLDER, base);
}

/** The stateless stack's ApiUrl from `cdk deploy --outputs-file` JSON; `stage` picks among several. */
export function apiUrlFromOutputs(outputs: unknown, stage?: string): string {
  const stacks = Object.entries((outputs ?? {}) as Record<string, Record<string, unknown>>).filter(
    ([name, values]) =>
      /^Beacon-[a-z0-9-]+-Stateless$/.test(name) &&
      typeof values?.ApiUrl === 'string' &&
      (stage === undefined || name === `Beacon-${stage}-Stateless`),
  );
  if (stacks.length === 1) return stacks[0]?.[1].ApiUrl as string;
  if (stacks.length === 0) {
    throw new Error(
      `no Beacon-${stage ?? '<stage>'}-Stateless stack with an ApiUrl output in the outputs file`,
    );
  }
  throw new Error(
    `several stages in the outputs file (${stacks.map(([n]) => n).join(', ')}): pick one with --stage`,
  );
}

export const scopeListMarkdown = (scopes: readonly string[]): string =>
  scopes.map((s) => `\`${s}\``).join(', ');

/** The scope list between the markers of a doc, or undefined when the markers are missing. */
export function documentedScopes(text: string): string | undefined {
  const start = text.indexOf(START);
  const end = text.indexOf(END, start);
  if (start < 0 || end < 0) return undefined;
  return text.slice(start + START.length, end);
}

/** The doc files whose scope list differs from the manifest's; rewritten when `write`. */
export function syncScopeDocs(write: boolean, root = ROOT): string[] {
  const expected = scopeListMarkdown(botScopes());
  const stale: string[] = [];
  for (const file of SCOPE_DOC_FILES) {
    const path = `${root}${file}`;
    const text = readFileSync(path, 'utf8');
    const current = documentedScopes(text);
    if (current === expected) continue;
    stale.push(file);
    if (write && current !== undefined) {
      writeFileSync(path, text.replace(`${START}${current}${END}`, `${START}${expected}${END}`));
    }
  }
  return stale;
}

const USAGE = `usage: npm run -s beacon -- slack-manifest (--outputs-file FILE [--stage S] | --api-url URL) [--out FILE]
       npm run -s beacon -- slack-manifest --write-docs

  FILE is the JSON written by \`cdk deploy --outputs-file FILE\`; URL is the stack's ApiUrl output.
  --write-docs copies the manifest's bot scopes into README.md and docs/slack.md.`;

const defaultIo: Io = { out: (t) => console.log(t), err: (t) => console.error(t) };

export async function runSlackManifest(args: string[], io: Io = defaultIo): Promise<number> {
  const options: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const name = args[i] ?? '';
    if (name === '--write-docs') {
      options['write-docs'] = 'true';
      continue;
    }
    const value = args[i + 1];
    if (!['--outputs-file', '--api-url', '--stage', '--out'].includes(name) || value === undefined) {
      io.err(`unknown or incomplete option "${name}"\n\n${USAGE}`);
      return 2;
    }
    options[name.slice(2)] = value;
    i++;
  }
  try {
    if (options['write-docs']) {
      const changed = syncScopeDocs(true);
      io.out(changed.length ? `scope list updated in ${changed.join(', ')}` : 'scope lists are up to date');
      return 0;
    }
    const fromFile = options['outputs-file'];
    if ((fromFile === undefined) === (options['api-url'] === undefined)) {
      io.err(`give --outputs-file or --api-url\n\n${USAGE}`);
      return 2;
    }
    const apiUrl = fromFile
      ? apiUrlFromOutputs(JSON.parse(readFileSync(fromFile, 'utf8')), options.stage)
      : (options['api-url'] as string);
    const manifest = renderManifest(apiUrl);
    if (options.out) {
      writeFileSync(options.out, manifest);
      io.out(`wrote ${options.out}`);
    } else {
      io.out(manifest.trimEnd());
    }
    return 0;
  } catch (error) {
    io.err(`slack-manifest: ${(error as Error).message}`);
    return 1;
  }
}

export const run = (args: string[]): Promise<number> => runSlackManifest(args);
