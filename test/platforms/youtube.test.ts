import { describe, expect, it } from 'vitest';
import { parseYoutubeThreads } from '../../shared/platforms/youtube/parse.ts';
import { youtubeCommentsSource } from '../../shared/platforms/youtube/poll.ts';
import { YoutubeAuth, youtubeReply } from '../../shared/platforms/youtube/reply.ts';
import { fakeApis, fixture, type Recorded } from './support.ts';

const now = new Date('2026-01-02T00:00:00Z');
const deps = (url: string, extra: Record<string, string> = {}) => ({
  fetch,
  now,
  secrets: {
    YOUTUBE_BASE_URL: `${url}/youtube/v3`,
    YOUTUBE_API_KEY: 'key-1',
    YOUTUBE_CHANNEL_ID: 'UCbrand',
    ...extra,
  },
});

const thread = (n: number) => ({
  id: `T${n}`,
  snippet: {
    videoId: 'vid42',
    topLevelComment: {
      id: `T${n}`,
      snippet: {
        videoId: 'vid42',
        textOriginal: `comment ${n}`,
        authorDisplayName: `@viewer${n}`,
        authorChannelId: { value: `UCv${n}` },
        publishedAt: new Date(Date.UTC(2026, 0, 1, n)).toISOString(),
      },
    },
  },
});

function youtubeApi(count: number, size: number) {
  return (req: Recorded) => {
    const all = Array.from({ length: count }, (_, i) => thread(count - i));
    const start = Number(req.query.get('pageToken') ?? 0);
    return {
      json: {
        items: all.slice(start, start + size),
        ...(start + size < all.length ? { nextPageToken: String(start + size) } : {}),
      },
    };
  };
}

describe('youtube comment threads', () => {
  it('yields the top-level comment and its replies, brand replies marked, brand comments skipped', () => {
    const mentions = parseYoutubeThreads(fixture('youtube', 'comment-threads.json'), 'UCbrand');
    expect(
      mentions.map((m) => [m.id, m.threadId, m.parentId, m.kind, m.author.handle, !!m.author.isBrand]),
    ).toEqual([
      ['UgzThread1', 'UgzThread1', undefined, 'comment', 'pat_tech', false],
      ['UgzThread1.reply1', 'UgzThread1', 'UgzThread1', 'reply', 'acme', true],
    ]);
    expect(mentions[0]).toMatchObject({
      url: 'https://www.youtube.com/watch?v=vid42&lc=UgzThread1',
      createdAt: '2026-01-01T10:00:00.000Z',
      author: { id: 'UCpat', name: '@pat_tech' },
    });
  });
});

describe('youtube poll', () => {
  const serve = fakeApis();

  it('lists the channel threads newest first with the API key, paging to the mark', async () => {
    const api = await serve(youtubeApi(5, 2));
    const result = await youtubeCommentsSource().poll(
      { mark: { id: 'T2', at: new Date(Date.UTC(2026, 0, 1, 2)).toISOString() } },
      deps(api.url),
    );
    expect(result.mentions.map((m) => m.id)).toEqual(['T3', 'T4', 'T5']);
    expect(result).toMatchObject({ done: true, cursor: { mark: { id: 'T5' } } });
    const q = api.requests[0]!.query;
    expect(api.requests[0]!.path).toBe('/youtube/v3/commentThreads');
    expect([
      q.get('allThreadsRelatedToChannelId'),
      q.get('order'),
      q.get('maxResults'),
      q.get('key'),
      q.get('part'),
    ]).toEqual(['UCbrand', 'time', '100', 'key-1', 'snippet,replies']);
    expect(api.requests.map((r) => r.query.get('pageToken'))).toEqual([null, '2']);
  });

  it('backs off for an hour when the daily quota is spent', async () => {
    const api = await serve(() => ({
      status: 403,
      json: {
        error: {
          code: 403,
          message: 'quota',
          errors: [{ reason: 'quotaExceeded', domain: 'youtube.quota' }],
        },
      },
    }));
    const result = await youtubeCommentsSource().poll(undefined, deps(api.url));
    expect(result).toMatchObject({ mentions: [], done: false, backoffUntil: '2026-01-02T01:00:00.000Z' });
  });

  it('backs off for Retry-After on 429 and briefly on 5xx', async () => {
    const limited = await serve(() => ({
      status: 429,
      headers: { 'retry-after': '120' },
      json: { error: { code: 429 } },
    }));
    expect((await youtubeCommentsSource().poll(undefined, deps(limited.url))).backoffUntil).toBe(
      '2026-01-02T00:02:00.000Z',
    );
    const down = await serve(() => ({ status: 500, json: { error: { code: 500 } } }));
    expect((await youtubeCommentsSource().poll(undefined, deps(down.url))).backoffUntil).toBe(
      '2026-01-02T00:01:00.000Z',
    );
  });

  it('fails loudly on a bad API key rather than backing off', async () => {
    const api = await serve(() => ({
      status: 400,
      json: { error: { code: 400, errors: [{ reason: 'keyInvalid' }] } },
    }));
    await expect(youtubeCommentsSource().poll(undefined, deps(api.url))).rejects.toMatchObject({
      code: 'keyInvalid',
    });
  });
});

describe('youtube replies', () => {
  const serve = fakeApis();

  it('refreshes an OAuth token once and replies under the thread with comments.insert', async () => {
    const api = await serve((req) =>
      req.path === '/token'
        ? { json: { access_token: 'ya29.token', expires_in: 3599, token_type: 'Bearer' } }
        : { json: { id: 'UgzThread1.reply2', snippet: { videoId: 'vid42', parentId: 'UgzThread1' } } },
    );
    const extra = {
      YOUTUBE_TOKEN_URL: `${api.url}/token`,
      YOUTUBE_CLIENT_ID: 'client',
      YOUTUBE_CLIENT_SECRET: 'secret',
      YOUTUBE_REFRESH_TOKEN: 'refresh',
    };
    const adapter = youtubeReply(new YoutubeAuth());
    const target = { mentionId: 'UgzThread1', threadId: 'UgzThread1' };
    const result = await adapter.reply(
      target,
      'Hold the button for five seconds.',
      'intent-1',
      deps(api.url, extra),
    );
    await adapter.reply(target, 'Second answer', 'intent-2', deps(api.url, extra));
    expect(result).toEqual({
      id: 'UgzThread1.reply2',
      url: 'https://www.youtube.com/watch?v=vid42&lc=UgzThread1.reply2',
    });
    expect(api.to('/token')).toHaveLength(1);
    expect(Object.fromEntries(api.to('/token')[0]!.form())).toEqual({
      grant_type: 'refresh_token',
      client_id: 'client',
      client_secret: 'secret',
      refresh_token: 'refresh',
    });
    const insert = api.to('/youtube/v3/comments')[0]!;
    expect([insert.method, insert.query.get('part'), insert.headers.authorization]).toEqual([
      'POST',
      'snippet',
      'Bearer ya29.token',
    ]);
    expect(insert.json()).toEqual({
      snippet: { parentId: 'UgzThread1', textOriginal: 'Hold the button for five seconds.' },
    });
  });

  it('replies to a reply under its top-level comment', async () => {
    const api = await serve(() => ({ json: { id: 'r3' } }));
    await youtubeReply(new YoutubeAuth()).reply(
      { mentionId: 'UgzThread1.reply1', threadId: 'UgzThread1', parentId: 'UgzThread1', kind: 'reply' },
      'hi',
      'k',
      deps(api.url, { YOUTUBE_ACCESS_TOKEN: 'fixed' }),
    );
    expect(api.requests[0]!.json()).toMatchObject({ snippet: { parentId: 'UgzThread1' } });
  });
});
