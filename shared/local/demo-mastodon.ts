/**
 * A small Mastodon server on loopback for the demo, speaking the documented API that Beacon uses:
 * GET /api/v1/notifications (mention notifications, newest first, paged by max_id/since_id/min_id
 * with a Link header), GET /api/v1/statuses/:id, GET /api/v1/statuses/:id/context and
 * POST /api/v1/statuses (with Idempotency-Key). The demo posts are mentions of the brand's
 * account with ids fixed per post, so a restart serves the same statuses and Beacon's store
 * drops them as already seen. Replies posted by Beacon are kept and shown under each status.
 *
 * No account, no network: `npm start` points the real Mastodon poller and reply adapter at it.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEMO_POSTS, type DemoPost } from './demo-feed.ts';

export const DEMO_BRAND_ACCT = 'acme';
/** The source id under which `npm start` polls the demo server. */
export const DEMO_SOURCE_ID = 'demo-mastodon';

export interface MastodonAccount {
  id: string;
  acct: string;
  username: string;
  display_name: string;
  followers_count: number;
  url: string;
}

export interface MastodonStatus {
  id: string;
  uri: string;
  url: string;
  created_at: string;
  in_reply_to_id: string | null;
  visibility: string;
  language: string | null;
  content: string;
  account: MastodonAccount;
}

export interface DemoMastodon {
  url: string;
  /** Secrets that point Beacon's Mastodon poller and reply adapter here. */
  secrets: { MASTODON_BASE_URL: string; MASTODON_ACCESS_TOKEN: string };
  /** The status id of demo post `index`: the same on every start. */
  statusId(index: number): string;
  /** Statuses posted through the API (Beacon's replies), oldest first. */
  posted(): MastodonStatus[];
  /** Adds a mention of the brand, as if someone had just posted it; returns its status id. */
  mention(post: DemoPost, at?: Date): string;
  stop(): Promise<void>;
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// Snowflake-like ids: demo posts take fixed ones; later mentions and replies count up from above.
const DEMO_BASE = 113_000_000_000_000_000n;
const demoStatusId = (index: number) => String(DEMO_BASE + BigInt(index + 1));

interface Notification {
  id: string;
  type: 'mention';
  created_at: string;
  account: MastodonAccount;
  status: MastodonStatus;
}

export async function startDemoMastodon(
  options: { posts?: DemoPost[]; now?: () => Date; port?: number } = {},
): Promise<DemoMastodon> {
  const now = options.now ?? (() => new Date());
  const token = randomBytes(18).toString('base64url');
  const statuses = new Map<string, MastodonStatus>();
  const notifications: Notification[] = [];
  const posted: MastodonStatus[] = [];
  const byKey = new Map<string, MastodonStatus>();
  let next = DEMO_BASE + 1_000_000n;
  let base = '';

  const account = (handle: string, name: string, followers: number): MastodonAccount => ({
    id: `demo-${handle}`,
    acct: handle,
    username: handle,
    display_name: name,
    followers_count: followers,
    url: `${base}/@${handle}`,
  });
  const brand = () => account(DEMO_BRAND_ACCT, 'Acme', 25_000);

  const addMention = (post: DemoPost, id: string, at: Date, inReplyTo: string | null) => {
    const author = account(post.handle, post.name, post.followers);
    const status: MastodonStatus = {
      id,
      uri: `${base}/users/${post.handle}/statuses/${id}`,
      url: `${base}/@${post.handle}/${id}`,
      created_at: at.toISOString(),
      in_reply_to_id: inReplyTo,
      visibility: 'public',
      language: post.lang,
      content: `<p><span class="h-card"><a href="${base}/@${DEMO_BRAND_ACCT}" class="u-url mention">@<span>${DEMO_BRAND_ACCT}</span></a></span> ${escapeHtml(post.text)}</p>`,
      account: author,
    };
    statuses.set(id, status);
    notifications.push({ id, type: 'mention', created_at: status.created_at, account: author, status });
    notifications.sort((a, b) => (BigInt(b.id) > BigInt(a.id) ? 1 : -1));
    return id;
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, { error: 'internal error' });
    });
  });

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', base);
    const body = await readBody(req);
    const status = /^\/@([^/]+)\/(\d+)$/.exec(url.pathname);
    if (req.method === 'GET' && status?.[2]) return sendStatusPage(res, status[2]);
    if (!url.pathname.startsWith('/api/')) return send(res, 404, { error: 'Record not found' });
    if (req.headers.authorization !== `Bearer ${token}`)
      return send(res, 401, { error: 'The access token is invalid' });

    if (req.method === 'GET' && url.pathname === '/api/v1/notifications') {
      const types = url.searchParams.getAll('types[]');
      const limit = Math.min(80, Math.max(1, Number(url.searchParams.get('limit') ?? 40) || 40));
      const maxId = url.searchParams.get('max_id');
      const sinceId = url.searchParams.get('since_id') ?? url.searchParams.get('min_id');
      const page = notifications
        .filter((n) => types.length === 0 || types.includes(n.type))
        .filter((n) => !maxId || BigInt(n.id) < BigInt(maxId))
        .filter((n) => !sinceId || BigInt(n.id) > BigInt(sinceId))
        .slice(0, limit);
      const links = [];
      const last = page.at(-1);
      const first = page[0];
      if (last) links.push(`<${base}/api/v1/notifications?max_id=${last.id}>; rel="next"`);
      if (first) links.push(`<${base}/api/v1/notifications?min_id=${first.id}>; rel="prev"`);
      return send(res, 200, page, links.length ? { link: links.join(', ') } : {});
    }
    const context = /^\/api\/v1\/statuses\/(\d+)\/context$/.exec(url.pathname);
    if (req.method === 'GET' && context?.[1]) {
      const found = statuses.get(context[1]);
      if (!found) return send(res, 404, { error: 'Record not found' });
      return send(res, 200, { ancestors: ancestors(found), descendants: descendants(found.id) });
    }
    const one = /^\/api\/v1\/statuses\/(\d+)$/.exec(url.pathname);
    if (req.method === 'GET' && one?.[1]) {
      const found = statuses.get(one[1]);
      return found ? send(res, 200, found) : send(res, 404, { error: 'Record not found' });
    }
    if (req.method === 'POST' && url.pathname === '/api/v1/statuses') {
      const key = String(req.headers['idempotency-key'] ?? '');
      const known = key ? byKey.get(key) : undefined;
      if (known) return send(res, 200, known);
      const params = parseForm(req.headers['content-type'], body);
      const text = params.status?.trim();
      if (!text) return send(res, 422, { error: "Validation failed: Text can't be blank" });
      const parent = params.in_reply_to_id;
      if (parent && !statuses.has(parent)) return send(res, 404, { error: 'Record not found' });
      next += 1n;
      const id = String(next);
      const reply: MastodonStatus = {
        id,
        uri: `${base}/users/${DEMO_BRAND_ACCT}/statuses/${id}`,
        url: `${base}/@${DEMO_BRAND_ACCT}/${id}`,
        created_at: now().toISOString(),
        in_reply_to_id: parent ?? null,
        visibility: params.visibility ?? 'public',
        language: null,
        content: `<p>${escapeHtml(text)}</p>`,
        account: brand(),
      };
      statuses.set(id, reply);
      posted.push(reply);
      if (key) byKey.set(key, reply);
      return send(res, 200, reply);
    }
    return send(res, 404, { error: 'Record not found' });
  };

  const ancestors = (s: MastodonStatus): MastodonStatus[] => {
    const parent = s.in_reply_to_id ? statuses.get(s.in_reply_to_id) : undefined;
    return parent ? [...ancestors(parent), parent] : [];
  };
  const descendants = (id: string): MastodonStatus[] =>
    [...statuses.values()].filter((s) => s.in_reply_to_id === id).flatMap((s) => [s, ...descendants(s.id)]);

  /** A plain page for a status and its replies, so the links on the cards lead somewhere. */
  const sendStatusPage = (res: ServerResponse, id: string) => {
    const found = statuses.get(id);
    if (!found) return send(res, 404, { error: 'Record not found' });
    const item = (s: MastodonStatus) =>
      `<article><b>${escapeHtml(s.account.display_name)}</b> @${escapeHtml(s.account.acct)} · ${escapeHtml(s.created_at)}<div dir="auto">${s.content}</div></article>`;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><meta charset="utf-8"><title>Demo Mastodon</title><style>body{font:15px sans-serif;max-width:640px;margin:24px auto}article{border-bottom:1px solid #ddd;padding:10px 0}</style><p>Demo Mastodon server (local, made-up posts)</p>${[...ancestors(found), found, ...descendants(found.id)].map(item).join('')}`,
    );
  };

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  // The demo posts, a few seconds apart and just posted; a reply continues its parent's thread.
  const posts = options.posts ?? DEMO_POSTS;
  const start = now().getTime();
  posts.forEach((post, i) => {
    const at = new Date(start - (posts.length - i) * 20_000);
    const parent = post.replyTo !== undefined ? demoStatusId(post.replyTo) : null;
    addMention(post, demoStatusId(i), at, parent);
  });

  return {
    url: base,
    secrets: { MASTODON_BASE_URL: base, MASTODON_ACCESS_TOKEN: token },
    statusId: demoStatusId,
    posted: () => [...posted],
    mention(post, at = now()) {
      next += 1n;
      return addMention(post, String(next), at, null);
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    // A status is at most a few kilobytes; a demo server need not read more.
    if (size > 1024 * 1024) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseForm(contentType: string | undefined, body: string): Record<string, string | undefined> {
  if (contentType?.includes('application/json')) {
    try {
      const parsed = JSON.parse(body) as Record<string, unknown>;
      return Object.fromEntries(
        Object.entries(parsed).map(([k, v]) => [k, typeof v === 'string' ? v : undefined]),
      );
    } catch {
      return {};
    }
  }
  return Object.fromEntries(new URLSearchParams(body).entries());
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}
