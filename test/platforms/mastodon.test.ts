import { describe, expect, it } from 'vitest';
import { parseMastodon } from '../../shared/platforms/mastodon/parse.ts';
import { mastodonMentionsSource, nextMaxId } from '../../shared/platforms/mastodon/poll.ts';
import { mastodonReply } from '../../shared/platforms/mastodon/reply.ts';
import { htmlToText } from '../../shared/platforms/text.ts';
import { fakeApis, fixture, type Recorded } from './support.ts';

const now = new Date('2026-01-01T13:00:00Z');
const deps = (url: string) => ({
  fetch,
  now,
  secrets: { MASTODON_BASE_URL: url, MASTODON_ACCESS_TOKEN: 'masto-token' },
});

const notification = (n: number) => ({
  id: String(34975800 + n),
  type: 'mention',
  created_at: new Date(Date.UTC(2026, 0, 1, 12, n)).toISOString(),
  account: { id: `a${n}`, acct: `user${n}@social.example` },
  status: {
    id: String(111000000000000000n + BigInt(n)),
    url: `https://social.example/@user${n}/${n}`,
    created_at: new Date(Date.UTC(2026, 0, 1, 12, n)).toISOString(),
    in_reply_to_id: null,
    visibility: 'public',
    content: `<p>@acme note ${n}</p>`,
    account: { id: `a${n}`, acct: `user${n}@social.example`, followers_count: n },
  },
});

/** Mention notifications 1..count, newest first, paged with max_id and a Link header like Mastodon's. */
function mastodonApi(base: () => string, count: number, size: number) {
  return (req: Recorded) => {
    const maxId = req.query.get('max_id');
    const all = Array.from({ length: count }, (_, i) => notification(count - i)).filter(
      (n) => !maxId || Number(n.id) < Number(maxId),
    );
    const page = all.slice(0, size);
    const last = page[page.length - 1];
    return {
      headers: {
        'x-ratelimit-limit': '300',
        'x-ratelimit-remaining': '299',
        'x-ratelimit-reset': '2026-01-01T13:05:00.000Z',
        ...(last
          ? {
              link: `<${base()}/api/v1/notifications?max_id=${last.id}>; rel="next", <${base()}/api/v1/notifications?min_id=1>; rel="prev"`,
            }
          : {}),
      },
      json: page,
    };
  };
}

describe('mastodon notifications', () => {
  it('turns mention notifications into mentions with plain text and followers, skipping other types', () => {
    expect(parseMastodon(fixture('mastodon', 'notifications.json'))).toEqual([
      {
        platform: 'mastodon',
        id: '111000000000000002',
        threadId: '111000000000000002',
        url: 'https://social.example/@quinn/222',
        text: '@acme the export button does nothing & I lost my draft\n\nAny fix?',
        createdAt: '2026-01-01T11:59:58.000Z',
        kind: 'post',
        lang: 'en',
        author: { id: '971724', handle: 'quinn@social.example', name: 'Quinn', followers: 310 },
      },
    ]);
  });

  it.each([
    ['<p>a<br>b</p>', 'a\nb'],
    ['&lt;tag&gt; &#39;q&#39; &#x1F600;', "<tag> 'q' 😀"],
  ])('reads HTML %s as %s', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it('reads the next page from the Link header', () => {
    expect(
      nextMaxId(
        '<https://m.example/api/v1/notifications?max_id=7>; rel="next", <https://m.example/x?min_id=9>; rel="prev"',
      ),
    ).toBe('7');
    expect(nextMaxId(null)).toBeUndefined();
  });
});

describe('mastodon poll', () => {
  const serve = fakeApis();

  it('asks for mentions only, pages down with max_id and stops at the mark (ids compared as strings)', async () => {
    let url = '';
    const api = await serve(mastodonApi(() => url, 6, 2));
    url = api.url;
    const mark = { id: notification(2).id, at: notification(2).created_at };
    const result = await mastodonMentionsSource().poll({ mark }, deps(api.url));
    expect(result.mentions.map((m) => m.text)).toEqual([
      '@acme note 3',
      '@acme note 4',
      '@acme note 5',
      '@acme note 6',
    ]);
    expect(result).toMatchObject({ done: true, cursor: { mark: { id: notification(6).id } } });
    const first = api.requests[0]!;
    expect([
      first.path,
      first.query.getAll('types[]'),
      first.query.get('limit'),
      first.headers.authorization,
    ]).toEqual(['/api/v1/notifications', ['mention'], '80', 'Bearer masto-token']);
    expect(api.requests.map((r) => r.query.get('max_id'))).toEqual([
      null,
      notification(5).id,
      notification(3).id,
    ]);
  });

  it('backs off until X-RateLimit-Reset on 429', async () => {
    const api = await serve(() => ({
      status: 429,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '2026-01-01T13:04:00.000Z' },
      json: { error: 'Too many requests' },
    }));
    const result = await mastodonMentionsSource().poll(undefined, deps(api.url));
    expect(result).toMatchObject({ mentions: [], done: false, backoffUntil: '2026-01-01T13:04:00.000Z' });
  });

  it('backs off briefly on 5xx', async () => {
    const api = await serve(() => ({ status: 503, text: 'maintenance' }));
    expect((await mastodonMentionsSource().poll(undefined, deps(api.url))).backoffUntil).toBe(
      '2026-01-01T13:01:00.000Z',
    );
  });
});

describe('mastodon replies', () => {
  const serve = fakeApis();

  it('posts once with Idempotency-Key, keeping the visibility and addressing the author', async () => {
    const api = await serve((req) =>
      req.method === 'GET'
        ? {
            json: {
              id: '111000000000000002',
              visibility: 'direct',
              account: { acct: 'quinn@social.example' },
            },
          }
        : { json: { id: '111000000000000099', url: 'https://mastodon.example/@acme/99' } },
    );
    const result = await mastodonReply.reply(
      { mentionId: '111000000000000002', threadId: '111000000000000002' },
      'Sorry Quinn, a fix ships today.',
      'intent-7',
      deps(api.url),
    );
    expect(result).toEqual({ id: '111000000000000099', url: 'https://mastodon.example/@acme/99' });
    const post = api.to('/api/v1/statuses')[0]!;
    expect(post.headers['idempotency-key']).toBe('intent-7');
    expect(post.headers.authorization).toBe('Bearer masto-token');
    expect(Object.fromEntries(post.form())).toEqual({
      status: '@quinn@social.example Sorry Quinn, a fix ships today.',
      in_reply_to_id: '111000000000000002',
      visibility: 'direct',
    });
  });
});
