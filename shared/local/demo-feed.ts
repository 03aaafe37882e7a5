/**
 * A sample feed of made-up multilingual posts about the fictional brand "Acme", replayed through the
 * signed generic webhook when no platform is configured, so a newcomer sees alerts within seconds.
 */
import { hmacSha256 } from '../platforms/signature.ts';

interface DemoPost {
  text: string;
  handle: string;
  name: string;
  followers: number;
  lang: string;
  /** Index of the post this one replies to, for threads. */
  replyTo?: number;
}

export const DEMO_POSTS: DemoPost[] = [
  {
    text: 'My Acme order #4411 still has not arrived after two weeks and nobody answers my emails. Really disappointed.',
    handle: 'maria_k',
    name: 'Maria K.',
    followers: 312,
    lang: 'en',
  },
  {
    text: 'Does the Acme rocket skate work on gravel, or only on asphalt?',
    handle: 'trailrunner',
    name: 'Sam',
    followers: 89,
    lang: 'en',
  },
  {
    text: 'Just got my new Acme phone and it is fantastic, the battery lasts forever. Thank you!',
    handle: 'happy_dev',
    name: 'Priya',
    followers: 15400,
    lang: 'en',
  },
  {
    text: 'It would be great if the Acme app had a dark mode. Please add it!',
    handle: 'nightowl',
    name: 'Ola',
    followers: 41,
    lang: 'en',
  },
  {
    text: 'Mi pedido de Acme llegó roto y el soporte no responde. Muy mal servicio.',
    handle: 'lucia_m',
    name: 'Lucía',
    followers: 770,
    lang: 'es',
  },
  {
    text: 'Ich liebe meine neuen Acme Raketenschuhe, super Qualität!',
    handle: 'jonas_b',
    name: 'Jonas',
    followers: 205,
    lang: 'de',
  },
  {
    text: 'Приложение Acme не работает после обновления, верните деньги!',
    handle: 'ivan_p',
    name: 'Иван',
    followers: 58,
    lang: 'ru',
  },
  {
    text: 'Acme の新しいスマホはいつ日本で発売されますか？',
    handle: 'yuki_t',
    name: 'Yuki',
    followers: 1200,
    lang: 'ja',
  },
  {
    text: 'Acme shares close 2% higher after quarterly results',
    handle: 'marketwire',
    name: 'Market Wire',
    followers: 98000,
    lang: 'en',
  },
  {
    text: 'Still waiting. Day 15. Is anyone at Acme reading this?',
    handle: 'maria_k',
    name: 'Maria K.',
    followers: 312,
    lang: 'en',
    replyTo: 0,
  },
];

export interface DemoDelivery {
  body: string;
  signature: string;
}

/** The signed generic-webhook requests that replay the demo feed; ids are unique per run. */
export function demoDeliveries(secret: string, runId: string, now: Date): DemoDelivery[] {
  return DEMO_POSTS.map((post, i) => {
    const id = `demo-${runId}-${i}`;
    const threadId = post.replyTo !== undefined ? `demo-${runId}-${post.replyTo}` : id;
    const body = JSON.stringify({
      mentions: [
        {
          id,
          threadId,
          ...(post.replyTo !== undefined ? { parentId: threadId } : {}),
          url: `https://example.com/posts/${id}`,
          text: post.text,
          lang: post.lang,
          createdAt: new Date(now.getTime() - (DEMO_POSTS.length - i) * 20_000).toISOString(),
          author: { id: `u-${post.handle}`, handle: post.handle, name: post.name, followers: post.followers },
        },
      ],
    });
    return { body, signature: `sha256=${hmacSha256(secret, body, 'hex')}` };
  });
}

/** Sends the demo feed to a running stack's generic webhook, one post at a time. */
export async function replayDemoFeed(baseUrl: string, secret: string, now: Date): Promise<number> {
  let accepted = 0;
  for (const d of demoDeliveries(secret, String(now.getTime()), now)) {
    const res = await fetch(`${baseUrl}/webhooks/generic`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-beacon-signature': d.signature },
      body: d.body,
    });
    if (res.status === 202) accepted += ((await res.json()) as { accepted: number }).accepted;
  }
  return accepted;
}
