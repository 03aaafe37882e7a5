/**
 * A week of past alerts for the demo, so `npm start` can show a response report (with its chart)
 * at once: made-up posts of the demo feed's people about the fictional brand, each opened on one
 * of the last seven days and answered in window, late, missed or dismissed. They are written once
 * into the local table, as already resolved alerts (no countdown looks at them), and are marked
 * as demo data: their threads are `demo-history-<n>`, their links point at `demo.invalid` and
 * their first history entry says so.
 */
import type { Alert } from '../domain/alert.ts';
import { alertIdFor } from '../domain/alert.ts';
import type { MomentType } from '../domain/detection.ts';
import { DEMO_POSTS, type DemoPost } from './demo-feed.ts';

/** Posts of the history beside the live demo feed's: more suggestions, so the digest has groups. */
const HISTORY_POSTS: DemoPost[] = [
  {
    text: 'Please add a dark mode to the Acme app, my eyes hurt at night.',
    handle: 'nightowl',
    name: 'Ola',
    followers: 41,
    lang: 'en',
  },
  {
    text: 'The Acme phone should support wireless charging. Please consider it for the next model!',
    handle: 'gadget_gal',
    name: 'Gabi',
    followers: 2300,
    lang: 'en',
  },
  {
    text: 'Es wäre toll, wenn die Acme App ein Widget für den Startbildschirm hätte.',
    handle: 'jonas_b',
    name: 'Jonas',
    followers: 205,
    lang: 'de',
  },
];

interface Moment {
  post: DemoPost;
  type: MomentType;
}

/** The demo feed's posts that are moments, with the type the detector gives them. */
const MOMENTS: Moment[] = [
  { post: DEMO_POSTS[0], type: 'complaint' },
  { post: DEMO_POSTS[1], type: 'question' },
  { post: DEMO_POSTS[2], type: 'praise' },
  { post: DEMO_POSTS[3], type: 'suggestion' },
  { post: DEMO_POSTS[4], type: 'complaint' },
  { post: DEMO_POSTS[5], type: 'praise' },
  { post: DEMO_POSTS[6], type: 'complaint' },
  { post: DEMO_POSTS[7], type: 'question' },
  { post: HISTORY_POSTS[0], type: 'suggestion' },
  { post: HISTORY_POSTS[1], type: 'suggestion' },
  { post: HISTORY_POSTS[2], type: 'suggestion' },
].filter((m): m is Moment => m.post !== undefined);

const WINDOW_SECONDS: Record<MomentType, number> = {
  complaint: 3600,
  question: 7200,
  praise: 86_400,
  suggestion: 3 * 86_400,
};

/** How each alert of the history ends, in turn: mostly answered in time, some late, some missed. */
const OUTCOMES = ['inWindow', 'inWindow', 'late', 'inWindow', 'missed', 'inWindow', 'dismissed'] as const;

export interface DemoHistoryOptions {
  now: Date;
  /** The channel each type is routed to (from the routing config). */
  channelOf: (type: MomentType) => string;
  /** Slack ids of the people who claim and answer alerts. */
  people: string[];
  /** What a post is about, for the report (the pipeline's own subject extraction). */
  subjectOf?: (text: string, type: MomentType, lang: string) => string | undefined;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** The alerts of the last seven days; the same ids on every start, so a second start adds none. */
export function demoHistory(options: DemoHistoryOptions): Alert[] {
  const alerts: Alert[] = [];
  const today = Date.UTC(options.now.getUTCFullYear(), options.now.getUTCMonth(), options.now.getUTCDate());
  const people = options.people.length > 0 ? options.people : ['U0LOCALYOU'];
  let n = 0;
  for (let daysAgo = 6; daysAgo >= 1; daysAgo--) {
    // Three to six alerts a day, between 08:00 and 17:00 UTC.
    const perDay = 3 + ((daysAgo * 7) % 4);
    for (let i = 0; i < perDay; i++, n++) {
      const moment = MOMENTS[(n * 5 + daysAgo) % MOMENTS.length] as Moment;
      const openedMs =
        today - daysAgo * 86_400_000 + (8 + ((i * 3 + daysAgo) % 9)) * 3_600_000 + ((n * 17) % 60) * 60_000;
      const window = WINDOW_SECONDS[moment.type];
      const outcome = OUTCOMES[n % OUTCOMES.length] ?? 'inWindow';
      const who = people[n % people.length] as string;
      const threadId = `demo-history-${n}`;
      const opened = iso(openedMs);
      const deadline = iso(openedMs + window * 1000);
      const history: Alert['history'] = [
        { at: opened, by: 'beacon', action: 'opened', detail: `${moment.type}: demo history (npm start)` },
      ];
      let state: Alert['state'];
      let resolvedAt: string;
      let claimedBy: string | undefined;
      if (outcome === 'missed') {
        state = 'expired';
        resolvedAt = deadline;
        history.push({
          at: deadline,
          by: 'beacon',
          action: 'expired',
          detail: 'deadline passed without a reply',
        });
      } else if (outcome === 'dismissed') {
        state = 'dismissed';
        resolvedAt = iso(openedMs + 300_000);
        history.push({ at: resolvedAt, by: who, action: 'dismissed' });
      } else {
        // In window: 5% to 65% of the window; late: a quarter past the deadline (it was snoozed).
        const fraction = outcome === 'late' ? 1.25 : 0.05 + ((n * 13) % 60) / 100;
        claimedBy = who;
        state = 'replied';
        resolvedAt = iso(openedMs + Math.round(window * fraction) * 1000);
        history.push(
          { at: iso(openedMs + 60_000), by: who, action: 'claimed' },
          { at: resolvedAt, by: who, action: 'replied', detail: 'on slack' },
        );
      }
      const subject = options.subjectOf?.(moment.post.text, moment.type, moment.post.lang);
      alerts.push({
        alertId: alertIdFor('mastodon', threadId),
        platform: 'mastodon',
        threadId,
        mentionKey: `mastodon#${threadId}`,
        type: moment.type,
        channel: options.channelOf(moment.type),
        state,
        openedAt: opened,
        deadline,
        windowSeconds: window,
        escalations: [],
        escalationsDone: 0,
        nextStepAt: deadline,
        ...(claimedBy ? { claimedBy } : {}),
        resolvedAt,
        ...(state !== 'expired' ? { resolvedBy: who } : {}),
        post: {
          author: moment.post.handle,
          excerpt: moment.post.text,
          authorId: `demo-${moment.post.handle}`,
        },
        postUrl: `https://demo.invalid/@${moment.post.handle}/${threadId}`,
        lang: moment.post.lang,
        ...(subject ? { subject } : {}),
        history,
        version: history.length,
      });
    }
  }
  return alerts;
}
