/**
 * Redelivery after a crash inside the detect step: the mention was stored and its alert saved, but
 * the process died before the Slack messages were queued. SQS delivers the mention again; the
 * alert's card must still reach Slack, once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alertIdFor } from '../../shared/domain/alert.ts';
import type { LocalStack } from '../../shared/local/stack.ts';
import { processMention } from '../../shared/usecases/process-mention.ts';
import { aMention } from '../helpers/factories.ts';
import { startTestStack, TestClock } from '../helpers/local-stack.ts';
import { cardsByAlert } from '../helpers/stack-process.ts';

let clock: TestClock;
let stack: LocalStack;

beforeAll(async () => {
  clock = new TestClock();
  stack = await startTestStack(clock);
});
afterAll(() => stack.stop());

describe('a mention delivered again after a crash between saving its alert and queueing its card', () => {
  it('posts the card once', async () => {
    const mention = aMention({
      platform: 'generic',
      id: 'crash-1',
      threadId: 'crash-1',
      text: 'My order from Acme is two weeks late and nobody answers my emails. Terrible.',
      createdAt: clock.now().toISOString(),
      receivedAt: clock.now().toISOString(),
      author: { id: 'u-crash', handle: 'crasher' },
    });
    const pipeline = stack.runtime.pipeline;
    const crashing = {
      ...pipeline,
      slackOut: {
        send: async () => {
          throw new Error('process killed');
        },
      },
    };
    await expect(processMention(mention, crashing)).rejects.toThrow('process killed');
    expect(await pipeline.alerts.get(alertIdFor('generic', 'crash-1'))).toBeDefined();

    await processMention(mention, pipeline);
    await stack.drain();

    const slack = stack.slack;
    if (!slack) throw new Error('no local Slack');
    expect(cardsByAlert(slack).get(alertIdFor('generic', 'crash-1'))).toBe(1);
  });
});
