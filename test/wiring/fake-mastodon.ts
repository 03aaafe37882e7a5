/**
 * A Mastodon server on 127.0.0.1 speaking just enough of the API for polls and replies:
 * GET /api/v1/notifications (newest first, paged with max_id and a Link header), GET and POST
 * /api/v1/statuses. Tests add mention notifications and read what Beacon sent.
 */
import { type FakeAnswer, type FakeServer, fakeApi, type Recorded } from '../platforms/support.ts';

export interface FakeMastodon {
  server: FakeServer;
  /** Secrets that point Beacon at this server. */
  secrets: Record<string, string>;
  /** Adds a mention notification n (its status id grows with n) by `acct`, created at `at`. */
  mention(n: number, text: string, at: Date, acct?: string, inReplyTo?: string): string;
  /** The next GET of notifications answers 429 with this Retry-After (seconds). */
  rateLimitNext(retryAfterSeconds: number): void;
  /** Requests for notifications so far. */
  polls(): Recorded[];
  /** Status posts so far. */
  posts(): Recorded[];
}

const statusId = (n: number) => String(111000000000000000n + BigInt(n));

export async function startFakeMastodon(pageSize = 2): Promise<FakeMastodon> {
  const notifications: Array<Record<string, unknown> & { id: string }> = [];
  const statuses = new Map<string, Record<string, unknown>>();
  const replies = new Map<string, Record<string, unknown>>();
  let limited: number | undefined;
  let server: FakeServer | undefined;

  const handle = (req: Recorded): FakeAnswer => {
    if (req.method === 'GET' && req.path === '/api/v1/notifications') {
      if (limited !== undefined) {
        const retryAfter = String(limited);
        limited = undefined;
        return { status: 429, headers: { 'retry-after': retryAfter }, json: { error: 'Too many requests' } };
      }
      const maxId = req.query.get('max_id');
      const older = notifications.filter((n) => !maxId || BigInt(n.id) < BigInt(maxId));
      const page = older.slice(0, pageSize);
      const last = page.at(-1);
      return {
        headers: last ? { link: `<${server?.url}/api/v1/notifications?max_id=${last.id}>; rel="next"` } : {},
        json: page,
      };
    }
    const statusPath = /^\/api\/v1\/statuses\/(.+)$/.exec(req.path);
    if (req.method === 'GET' && statusPath?.[1]) {
      const status = statuses.get(decodeURIComponent(statusPath[1]));
      return status ? { json: status } : { status: 404, json: { error: 'Record not found' } };
    }
    if (req.method === 'POST' && req.path === '/api/v1/statuses') {
      // Like Mastodon: a repeated Idempotency-Key answers with the first status.
      const key = String(req.headers['idempotency-key'] ?? '');
      const known = key ? replies.get(key) : undefined;
      if (known) return { json: known };
      const id = String(900000 + replies.size + 1);
      const status = { id, url: `https://social.example/@acme/${id}`, visibility: 'public' };
      if (key) replies.set(key, status);
      return { json: status };
    }
    return { status: 404, json: { error: 'not found' } };
  };

  const api = await fakeApi(handle);
  server = api;
  return {
    server: api,
    secrets: { MASTODON_BASE_URL: api.url, MASTODON_ACCESS_TOKEN: 'masto-token' },
    mention(n, text, at, acct = `user${n}@social.example`, inReplyTo) {
      const id = statusId(n);
      const status = {
        id,
        url: `https://social.example/@${acct}/${id}`,
        created_at: at.toISOString(),
        in_reply_to_id: inReplyTo ?? null,
        visibility: 'public',
        content: `<p>${text}</p>`,
        account: { id: `a-${acct}`, acct, followers_count: 10 },
      };
      statuses.set(id, status);
      notifications.unshift({
        id: String(34975800 + n),
        type: 'mention',
        created_at: at.toISOString(),
        account: status.account,
        status,
      });
      notifications.sort((a, b) => (BigInt(b.id) > BigInt(a.id) ? 1 : -1));
      return id;
    },
    rateLimitNext(seconds) {
      limited = seconds;
    },
    polls: () => api.to('/api/v1/notifications'),
    posts: () => api.requests.filter((r) => r.method === 'POST' && r.path === '/api/v1/statuses'),
  };
}
