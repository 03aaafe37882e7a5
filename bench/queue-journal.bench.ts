/**
 * What the queue journal adds to taking in one message: fauxqs's enqueue of a webhook-sized
 * message in memory, and the same with its journal line written (one `write` to the page cache).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FauxStore, QueueJournal } from '../shared/local/queue-journal.ts';
import type { Bench } from './harness.ts';

const { SqsStore } = (await import(new URL('./sqs/sqsStore.js', import.meta.resolve('fauxqs')).href)) as {
  SqsStore: (new () => FauxStore) & {
    createMessage(body: string): { messageId: string; body: string };
  };
};

const body = JSON.stringify({
  type: 'mention',
  mention: {
    platform: 'generic',
    id: 'post-1234567890',
    text: 'My order from Acme is two weeks late and nobody answers my emails. Terrible.'.repeat(3),
    author: { id: 'u-42', handle: 'customer42' },
  },
});

function queueIn(store: FauxStore) {
  const queue = store.createQueue(
    'bench',
    'http://local/000000000000/bench',
    'arn:aws:sqs:::bench',
  ) as unknown as {
    enqueue(m: unknown): void;
    purge(): void;
  };
  return (i: number) => {
    queue.enqueue(SqsStore.createMessage(body));
    // Emptied now and then so the bench measures taking in, not a growing queue.
    if (i % 1000 === 999) queue.purge();
  };
}

const inMemory = queueIn(new SqsStore());
const journal = new QueueJournal(join(mkdtempSync(join(tmpdir(), 'beacon-journal-bench-')), 'queues.jsonl'));
const journaled = queueIn(journal.attach(new SqsStore()));

export default [
  { name: 'enqueue a webhook message, in memory', fn: inMemory },
  { name: 'enqueue a webhook message, journaled', fn: journaled, budgetUs: 100 },
] satisfies Bench[];
