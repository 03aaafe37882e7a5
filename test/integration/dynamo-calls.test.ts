/**
 * What one new card costs in DynamoDB calls: a mention flows webhook → detect → card through the
 * local stack while the table client every store shares is wrapped to count its calls by command.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alertIdFor } from '../../shared/domain/alert.ts';
import type { LocalStack } from '../../shared/local/stack.ts';
import { mentionBody, postGeneric, startTestStack, TestClock } from '../helpers/local-stack.ts';

let clock: TestClock;
let stack: LocalStack;
const calls: string[] = [];
let counting = false;

beforeAll(async () => {
  clock = new TestClock();
  stack = await startTestStack(clock);
  const db = stack.runtime.db;
  const send = db.send.bind(db) as (command: object) => Promise<unknown>;
  (db as unknown as { send: typeof send }).send = (command) => {
    if (counting) calls.push(command.constructor.name);
    return send(command);
  };
});
afterAll(() => stack.stop());

const run = Date.now();
let n = 0;
async function mention(authorId: string, text: string) {
  const id = `calls-${run}-${++n}`;
  const res = await postGeneric(
    stack,
    mentionBody({
      id,
      text,
      author: { id: authorId, handle: authorId },
      createdAt: clock.now().toISOString(),
    }),
  );
  expect(res.status).toBe(202);
  return id;
}

const cardOf = (id: string) => {
  const slack = stack.slack!;
  const alertId = alertIdFor('generic', id);
  return slack
    .channels()
    .flatMap((c) => slack.messages(c.id))
    .find((m) => m.metadata?.event_payload?.alert_id === alertId);
};

/** Sends one mention with the counter on, drains the stack, and returns the calls made. */
async function countedCard(authorId: string, text: string): Promise<string[]> {
  calls.length = 0;
  counting = true;
  const id = await mention(authorId, text);
  await stack.drain();
  counting = false;
  expect(cardOf(id)).toBeDefined();
  return [...calls];
}

describe('DynamoDB calls per new card', () => {
  beforeAll(async () => {
    // Warm: the detector's feedback cache loads once every few minutes, not per card.
    await mention('warm-up', 'Acme, my parcel never came. Terrible.');
    await stack.drain();
  });

  it('is at most 10 for a customer with history (profile read with the alert, written once)', async () => {
    await mention('regular', 'Acme support was brilliant yesterday, thank you!');
    await stack.drain();
    const used = await countedCard(
      'regular',
      'My Acme order is two weeks late and nobody answers. Terrible!',
    );
    expect(used.toSorted()).toEqual(
      [
        // detect: the mention's dedupe marker and the mention (with its detection)
        'PutCommand',
        'PutCommand',
        // detect: the thread's alert, the author's profile and their moment in the thread, at once
        'BatchGetCommand',
        // detect: the profile with the moment counted, the thread's marker, the alert, the mention processed
        'PutCommand',
        'PutCommand',
        'PutCommand',
        'UpdateCommand',
        // notify: the alert, its mention and the author's profile, at once
        'BatchGetCommand',
        // notify: the post intent before posting, the card's ts after
        'PutCommand',
        'PutCommand',
      ].toSorted(),
    );
    expect(used.length).toBeLessThanOrEqual(10);
  });

  it('is at most 10 for a first-time author too', async () => {
    const used = await countedCard(`new-${run}`, 'Why does the Acme app log me out every day? So annoying.');
    expect(used.length).toBeLessThanOrEqual(10);
    expect(used.filter((c) => c === 'QueryCommand')).toEqual([]);
  });
});
