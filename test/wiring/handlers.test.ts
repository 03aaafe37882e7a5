import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { pollHandler } from '../../functions/poll.ts';
import { replyHandler } from '../../functions/reply.ts';
import type { Runtime } from '../../shared/runtime/compose.ts';
import type { PollRunDeps } from '../../shared/usecases/poll-source.ts';

const logger = { info() {}, warn() {}, error() {}, debug() {} };
const record = (messageId: string, body: string): SQSRecord =>
  ({ messageId, body, attributes: { ApproximateReceiveCount: '1' } }) as unknown as SQSRecord;

describe('pollHandler', () => {
  const runtime = () =>
    (async () =>
      ({
        logger,
        poll: {
          sources: () => [
            {
              id: 'masto',
              platform: 'mastodon',
              defaultSchedule: 'rate(1 minute)',
              poll: async () => ({ mentions: [], cursor: {}, done: true }),
            },
          ],
          cursors: {
            get: async () => undefined,
            save: async () => 1,
          },
          queue: { send: async () => {} },
          secrets: async () => ({}),
          fetch,
          clock: () => new Date('2026-03-02T10:00:00Z'),
          isBrandAuthor: () => false,
          budgetMs: 40_000,
        } satisfies PollRunDeps,
      }) as unknown as Runtime) as () => Promise<Runtime>;

  it.each([[{}], [{ source: '' }], ['masto'], [null]])('refuses the event %j', async (event) => {
    await expect(pollHandler(runtime())(event)).rejects.toThrow('{"source": "<id>"}');
  });

  it('runs the source named by the schedule input', async () => {
    expect(await pollHandler(runtime())({ source: 'masto' })).toMatchObject({
      source: 'masto',
      status: 'ran',
    });
  });
});

describe('replyHandler', () => {
  it('reports a malformed reply message as a batch item failure and handles the rest', async () => {
    const handled: string[] = [];
    const runtime = async () =>
      ({
        logger,
        reply: {
          // Only what the good record reaches first: its intent, which fails to show it got that far.
          alerts: {},
          clock: () => new Date('2026-03-02T10:00:00Z'),
          intents: {
            create: async () => {
              handled.push('good');
              throw new Error('stop here');
            },
          },
        },
      }) as unknown as Runtime;
    const good = JSON.stringify({
      type: 'reply',
      alertId: 'al_1',
      platform: 'x',
      threadId: 't',
      mentionId: 'm',
      text: 'hi',
      by: 'U1',
      idempotencyKey: 'k',
    });
    const event: SQSEvent = { Records: [record('bad', '{"type":"reply"}'), record('good', good)] };

    const out = await replyHandler(runtime)(event);

    expect(out.batchItemFailures.map((f) => f.itemIdentifier)).toEqual(['bad', 'good']);
    expect(handled).toEqual(['good']);
  });
});
