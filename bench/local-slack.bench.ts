/**
 * The local Slack's lookups with a day's worth of cards in it: 10,000 cards in one channel, each
 * with a reply. Updating a card, reading a thread and getting a permalink find the message by
 * channel and ts, so their cost does not grow with the number of messages kept.
 */
import { LocalSlack } from '../shared/local/local-slack.ts';
import type { Bench } from './harness.ts';

const CARDS = 10_000;
const slack = new LocalSlack();
const cards: string[] = [];
for (let i = 0; i < CARDS; i++) {
  const ts = slack.call('chat.postMessage', { channel: 'alerts', text: `card ${i}` }, 'xoxb-bench').body
    .ts as string;
  slack.call('chat.postMessage', { channel: 'alerts', text: `reply ${i}`, thread_ts: ts }, 'xoxb-bench');
  cards.push(ts);
}
const card = (i: number) => cards[(i * 7919) % CARDS] ?? '';

const benches: Bench[] = [
  {
    name: `local Slack: chat.update among ${CARDS} cards`,
    fn: (i) =>
      slack.call('chat.update', { channel: 'alerts', ts: card(i), text: `update ${i}` }, 'xoxb-bench'),
    // A scan of every message took about 60 µs here; found by index it takes about 1.
    budgetUs: 10,
  },
  {
    name: `local Slack: conversations.replies among ${CARDS}`,
    fn: (i) => slack.call('conversations.replies', { channel: 'alerts', ts: card(i) }, 'xoxb-bench'),
    budgetUs: 20,
  },
  {
    name: `local Slack: chat.getPermalink among ${CARDS}`,
    fn: (i) => slack.call('chat.getPermalink', { channel: 'alerts', message_ts: card(i) }, 'xoxb-bench'),
    budgetUs: 10,
  },
];

export default benches;
