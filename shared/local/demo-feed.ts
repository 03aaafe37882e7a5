/**
 * A sample feed of made-up multilingual posts about the fictional brand "Acme". `npm start` serves
 * them as mentions from its demo Mastodon server (demo-mastodon.ts), where Beacon polls them and
 * posts its replies, so a newcomer sees alerts within seconds and can answer them from Slack.
 */

export interface DemoPost {
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
