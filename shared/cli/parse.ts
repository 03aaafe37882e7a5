/**
 * `npm run -s beacon -- parse --platform P FILE.json`: the mentions a payload yields, one JSON
 * object per line, without running the stack. P is a webhook route (meta, x, vk, generic) or a
 * polled platform reading its API response (x search, reddit listing, youtube commentThreads,
 * mastodon notifications, bluesky notifications or search). `-` reads stdin.
 */
import { readFile } from 'node:fs/promises';
import { parseBluesky } from '../platforms/bluesky/parse.ts';
import { parseMastodon } from '../platforms/mastodon/parse.ts';
import { parseRedditListing } from '../platforms/reddit/parse.ts';
import { WEBHOOK_ADAPTERS } from '../platforms/registry.ts';
import type { InboundRequest, ParsedMention } from '../platforms/types.ts';
import { WebhookRejected } from '../platforms/types.ts';
import { parseSearchResponse } from '../platforms/x/parse.ts';
import { parseYoutubeThreads } from '../platforms/youtube/parse.ts';

type Parser = (body: unknown, raw: Buffer) => ParsedMention[];

const webhook =
  (name: string): Parser =>
  (body, raw) => {
    const req: InboundRequest = {
      method: 'POST',
      path: `/webhooks/${name}`,
      headers: {},
      query: {},
      rawBody: raw,
    };
    return WEBHOOK_ADAPTERS[name]!.parse(body, req);
  };

/** X takes both its webhook payloads and its recent-search responses. */
const x: Parser = (body, raw) =>
  body && typeof body === 'object' && ('data' in body || 'meta' in body)
    ? parseSearchResponse(body)
    : webhook('x')(body, raw);

export const PARSERS: Record<string, Parser> = {
  generic: webhook('generic'),
  meta: webhook('meta'),
  vk: webhook('vk'),
  x,
  reddit: (body) => parseRedditListing(body),
  youtube: (body) => parseYoutubeThreads(body),
  mastodon: (body) => parseMastodon(body),
  bluesky: (body) => parseBluesky(body),
};

const USAGE = `usage: npm run -s beacon -- parse --platform <${Object.keys(PARSERS).join('|')}> <file.json|->`;

async function readInput(file: string): Promise<Buffer> {
  if (file !== '-') return readFile(file);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function run(args: string[]): Promise<number> {
  let platform: string | undefined;
  let file: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--platform' || arg === '-p') platform = args[++i];
    else if (arg.startsWith('--platform=')) platform = arg.slice('--platform='.length);
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      return 0;
    } else file = arg;
  }
  const parser = platform ? PARSERS[platform] : undefined;
  if (!parser || !file) {
    console.error(platform && !parser ? `unknown platform "${platform}"\n${USAGE}` : USAGE);
    return 2;
  }
  let raw: Buffer;
  let body: unknown;
  try {
    raw = await readInput(file);
    body = JSON.parse(raw.toString('utf8'));
  } catch (error) {
    console.error(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  let mentions: ParsedMention[];
  try {
    mentions = parser(body, raw);
  } catch (error) {
    const why =
      error instanceof WebhookRejected
        ? `${error.code}: ${error.message}`
        : error instanceof Error
          ? error.message
          : String(error);
    console.error(`not a ${platform} payload: ${why}`);
    return 1;
  }
  for (const m of mentions) console.log(JSON.stringify(m));
  return 0;
}
