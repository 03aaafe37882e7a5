/**
 * `beacon dlq list|redrive` against the SQS-compatible server, with queues, DLQs and redrive policies
 * as the stack provisions them; messages reach the DLQs the real way, by failing maxReceiveCount times.
 */
import {
  DeleteMessageCommand,
  GetQueueAttributesCommand,
  GetQueueUrlCommand,
  ReceiveMessageCommand,
  SendMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDlq } from '../../shared/cli/dlq.ts';
import { type Emulator, startSqs } from '../../shared/local/emulators.ts';
import { ensureQueues, type QueueUrls } from '../../shared/local/provision.ts';
import { dlqName, QUEUES, type QueueDefinition } from '../../shared/queue/definitions.ts';

const PREFIX = 'ops-';
let server: Emulator;
let sqs: SQSClient;
let urls: QueueUrls;

beforeAll(async () => {
  server = await startSqs();
  sqs = new SQSClient({
    endpoint: server.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'l', secretAccessKey: 'l' },
  });
  urls = await ensureQueues(sqs, PREFIX);
});
afterAll(async () => {
  sqs.destroy();
  await server.stop();
});

const cli = async (...args: string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runDlq([...args, '--endpoint', server.endpoint, '--prefix', PREFIX], {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
  });
  return { code, lines: out.map((l) => JSON.parse(l) as Record<string, unknown>), err: err.join('\n') };
};

/** Receives without deleting until the redrive policy moves every message to the DLQ. */
async function failUntilDeadLettered(definition: QueueDefinition, expected: number) {
  const url = urls[definition.id];
  for (let i = 0; i < 50; i++) {
    const out = await sqs.send(
      new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: 10, VisibilityTimeout: 0 }),
    );
    if ((out.Messages ?? []).length === 0 && (await depth(dlqUrl(definition))) >= expected) return;
  }
  throw new Error('messages never reached the DLQ');
}

const dlqUrl = (definition: QueueDefinition) =>
  urls[definition.id].replace(definition.name, dlqName(definition));

async function depth(url: string): Promise<number> {
  const out = await sqs.send(
    new GetQueueAttributesCommand({
      QueueUrl: url,
      AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
    }),
  );
  return (
    Number(out.Attributes?.ApproximateNumberOfMessages ?? 0) +
    Number(out.Attributes?.ApproximateNumberOfMessagesNotVisible ?? 0)
  );
}

async function drain(url: string) {
  const bodies: Array<{ body: string; group?: string }> = [];
  for (;;) {
    const out = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: url,
        MaxNumberOfMessages: 10,
        VisibilityTimeout: 60,
        MessageSystemAttributeNames: ['MessageGroupId'],
      }),
    );
    const messages = out.Messages ?? [];
    if (messages.length === 0) return bodies;
    for (const m of messages) {
      await sqs.send(new DeleteMessageCommand({ QueueUrl: url, ReceiptHandle: m.ReceiptHandle }));
      bodies.push({
        body: m.Body ?? '',
        ...(m.Attributes?.MessageGroupId ? { group: m.Attributes.MessageGroupId } : {}),
      });
    }
  }
}

describe('dlq list', () => {
  it('shows what a DLQ holds and leaves it there', async () => {
    for (const n of [1, 2]) {
      await sqs.send(new SendMessageCommand({ QueueUrl: urls.mentions, MessageBody: `{"n":${n}}` }));
    }
    await failUntilDeadLettered(QUEUES.mentions, 2);

    const first = await cli('list', '--queue', 'mentions');
    expect(first.code).toBe(0);
    expect(first.lines[0]).toMatchObject({
      queue: 'mentions',
      dlq: `${PREFIX}beacon-mentions-dlq`,
      listed: 2,
    });
    expect(
      first.lines
        .slice(1)
        .map((l) => l.body)
        .sort(),
    ).toEqual(['{"n":1}', '{"n":2}']);
    expect(first.lines[1]?.receiveCount).toBeGreaterThan(0);

    // Listing again shows the same messages: list hides nothing and moves nothing.
    const again = await cli('list', '--queue', 'mentions');
    expect(
      again.lines
        .slice(1)
        .map((l) => l.body)
        .sort(),
    ).toEqual(['{"n":1}', '{"n":2}']);
    expect(await depth(dlqUrl(QUEUES.mentions))).toBe(2);
  });
});

describe('dlq redrive', () => {
  it('moves every message back to its queue once: none lost, none duplicated', async () => {
    const result = await cli('redrive', '--queue', 'mentions');
    expect(result).toMatchObject({ code: 0, lines: [{ queue: 'mentions', redriven: 2 }] });
    expect(await depth(dlqUrl(QUEUES.mentions))).toBe(0);
    expect((await drain(urls.mentions)).map((m) => m.body).sort()).toEqual(['{"n":1}', '{"n":2}']);

    // A second run finds nothing to move.
    expect((await cli('redrive', '--queue', 'mentions')).lines).toEqual([
      { queue: 'mentions', redriven: 0, to: `${PREFIX}beacon-mentions` },
    ]);
  });

  it('keeps the FIFO message group and order of slack-out messages', async () => {
    for (const n of [1, 2, 3]) {
      await sqs.send(
        new SendMessageCommand({
          QueueUrl: urls.slackOut,
          MessageBody: `{"n":${n}}`,
          MessageGroupId: 'C-ops',
          MessageDeduplicationId: `ops-${n}`,
        }),
      );
    }
    await failUntilDeadLettered(QUEUES.slackOut, 3);
    const result = await cli('redrive', '--queue', 'slack-out');
    expect(result.lines).toEqual([{ queue: 'slack-out', redriven: 3, to: `${PREFIX}beacon-slack-out.fifo` }]);
    expect(await depth(dlqUrl(QUEUES.slackOut))).toBe(0);
    expect(await drain(urls.slackOut)).toEqual(
      [1, 2, 3].map((n) => ({ body: `{"n":${n}}`, group: 'C-ops' })),
    );
  });

  it('refuses an unknown queue and a redrive without --queue, touching nothing', async () => {
    expect((await cli('redrive', '--queue', 'nope')).code).toBe(2);
    expect((await cli('redrive')).code).toBe(2);
    const url = (await sqs.send(new GetQueueUrlCommand({ QueueName: `${PREFIX}beacon-replies-dlq` })))
      .QueueUrl;
    expect(url).toBeDefined();
  });
});
