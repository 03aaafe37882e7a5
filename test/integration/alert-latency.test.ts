/**
 * Alert latency (mention created → card posted), as the notify path emits it, through the whole
 * local stack: webhook, queues, detect, notify, local Slack.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../shared/local/stack.ts';
import { mentionBody, postGeneric, startTestStack, TestClock } from '../helpers/local-stack.ts';

const samples: Array<{ name: string; ms: number }> = [];
const metrics = {
  counts() {},
  durationMs(name: string, ms: number) {
    samples.push({ name, ms });
  },
};

let clock: TestClock;
let stack: LocalStack;

beforeAll(async () => {
  clock = new TestClock();
  stack = await startTestStack(clock, {
    configPath: resolve('test/fixtures/routing/pipeline.yaml'),
    metrics,
  });
});
afterAll(() => stack.stop());

describe('AlertLatency', () => {
  it('is emitted once per card, from the post’s creation to the card in Slack', async () => {
    const id = `latency-${Date.now()}`;
    const createdAt = new Date(clock.current.getTime() - 90_000).toISOString();
    const text = 'My Acme order is two weeks late and nobody answers. Terrible service!';
    expect((await postGeneric(stack, mentionBody({ id, text, createdAt }))).status).toBe(202);
    await stack.drain();
    expect(samples).toEqual([{ name: 'AlertLatency', ms: 90_000 }]);

    // A follow-up in the same thread is no new card: no second sample.
    const reply = { id: `${id}-2`, threadId: id, parentId: id, text: 'Still nothing. Terrible!', createdAt };
    expect((await postGeneric(stack, mentionBody(reply))).status).toBe(202);
    await stack.drain();
    expect(samples).toHaveLength(1);
  });
});
