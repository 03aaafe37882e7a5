/**
 * `npm run -s beacon -- dlq list|redrive`: look at what a stage's dead-letter queues hold and send it
 * back to its queue once the cause is fixed. Redrive is receive → send → delete, so a message is
 * deleted from the DLQ only after its copy is queued (nothing lost), and a message seen twice in one
 * run is sent once. It needs no StartMessageMoveTask, so it works on SQS-compatible servers.
 */
import {
  ChangeMessageVisibilityBatchCommand,
  DeleteMessageCommand,
  GetQueueAttributesCommand,
  GetQueueUrlCommand,
  type Message,
  ReceiveMessageCommand,
  SendMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { dlqName, QUEUES, type QueueDefinition } from '../queue/definitions.ts';

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

const USAGE = `usage: npm run -s beacon -- dlq list    [--queue Q] [--stage S | --prefix P] [--endpoint URL] [--max N]
       npm run -s beacon -- dlq redrive --queue Q [--stage S | --prefix P] [--endpoint URL]

  Q is mentions, slack-out or replies (list: all when omitted). Queue names are <stage>-<name>
  (stage dev by default); --prefix replaces "<stage>-" (e.g. --prefix "" for a local server).
  --endpoint (or AWS_ENDPOINT_URL_SQS) points at an SQS-compatible server.`;

class UsageError extends Error {}

/** The queue's short name as operators type it: the name without `beacon-` and `.fifo`. */
export const queueKey = (q: QueueDefinition): string => q.name.replace(/^beacon-/, '').replace(/\.fifo$/, '');

interface Options {
  queues: QueueDefinition[];
  prefix: string;
  endpoint?: string;
  max: number;
}

function parse(args: string[], command: string): Options {
  const values: Record<string, string> = {};
  for (let i = 0; i < args.length; i += 2) {
    const name = args[i] ?? '';
    const value = args[i + 1];
    if (!['--queue', '--stage', '--prefix', '--endpoint', '--max'].includes(name) || value === undefined) {
      throw new UsageError(`unknown or incomplete option "${name}"`);
    }
    values[name.slice(2)] = value;
  }
  const all = Object.values(QUEUES);
  const queues = values.queue === undefined ? all : all.filter((q) => queueKey(q) === values.queue);
  if (queues.length === 0) {
    throw new UsageError(`unknown queue "${values.queue}" (one of ${all.map(queueKey).join(', ')})`);
  }
  if (command === 'redrive' && values.queue === undefined) throw new UsageError('redrive needs --queue');
  if (values.stage !== undefined && values.prefix !== undefined) {
    throw new UsageError('give --stage or --prefix, not both');
  }
  const max = Number(values.max ?? 100);
  if (!Number.isInteger(max) || max < 1) throw new UsageError('--max must be a positive integer');
  const endpoint = values.endpoint ?? process.env.AWS_ENDPOINT_URL_SQS;
  return {
    queues,
    prefix: values.prefix ?? `${values.stage ?? 'dev'}-`,
    max,
    ...(endpoint ? { endpoint } : {}),
  };
}

function clientFor(endpoint: string | undefined): SQSClient {
  if (!endpoint) return new SQSClient({});
  // An explicit endpoint: the SDK would otherwise send to the queue URL's host, which need not resolve.
  const local = !process.env.AWS_ACCESS_KEY_ID;
  return new SQSClient({
    endpoint,
    region: process.env.AWS_REGION ?? 'us-east-1',
    ...(local ? { credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
  });
}

const urlOf = async (sqs: SQSClient, name: string): Promise<string> => {
  const out = await sqs.send(new GetQueueUrlCommand({ QueueName: name }));
  if (!out.QueueUrl) throw new Error(`queue ${name} not found`);
  return out.QueueUrl;
};

const receive = (sqs: SQSClient, url: string, visibilitySeconds: number) =>
  sqs.send(
    new ReceiveMessageCommand({
      QueueUrl: url,
      MaxNumberOfMessages: 10,
      VisibilityTimeout: visibilitySeconds,
      WaitTimeSeconds: 0,
      MessageSystemAttributeNames: ['All'],
      MessageAttributeNames: ['All'],
    }),
  );

/** Prints up to `max` messages of each DLQ, then makes them visible again: listing moves nothing. */
async function list(sqs: SQSClient, options: Options, io: Io): Promise<void> {
  for (const definition of options.queues) {
    const url = await urlOf(sqs, options.prefix + dlqName(definition));
    const depth = await sqs.send(
      new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['ApproximateNumberOfMessages'] }),
    );
    const seen = new Map<string, Message>();
    // FIFO queues hand out one message group at a time; keep receiving until nothing new comes.
    while (seen.size < options.max) {
      const out = await receive(sqs, url, 30);
      const fresh = (out.Messages ?? []).filter((m) => m.MessageId && !seen.has(m.MessageId));
      if (fresh.length === 0) break;
      for (const m of fresh) seen.set(m.MessageId as string, m);
    }
    const messages = [...seen.values()];
    for (let i = 0; i < messages.length; i += 10) {
      const batch = messages.slice(i, i + 10);
      await sqs.send(
        new ChangeMessageVisibilityBatchCommand({
          QueueUrl: url,
          Entries: batch.map((m, n) => ({
            Id: String(n),
            ReceiptHandle: m.ReceiptHandle,
            VisibilityTimeout: 0,
          })),
        }),
      );
    }
    io.out(
      JSON.stringify({
        queue: queueKey(definition),
        dlq: options.prefix + dlqName(definition),
        approximateCount: Number(depth.Attributes?.ApproximateNumberOfMessages ?? 0),
        listed: messages.length,
      }),
    );
    for (const m of messages.slice(0, options.max)) {
      io.out(
        JSON.stringify({
          messageId: m.MessageId,
          sentAt: m.Attributes?.SentTimestamp
            ? new Date(Number(m.Attributes.SentTimestamp)).toISOString()
            : undefined,
          receiveCount: Number(m.Attributes?.ApproximateReceiveCount ?? 0),
          ...(m.Attributes?.MessageGroupId ? { group: m.Attributes.MessageGroupId } : {}),
          body: m.Body,
        }),
      );
    }
  }
}

async function redrive(sqs: SQSClient, options: Options, io: Io): Promise<void> {
  for (const definition of options.queues) {
    const dlqUrl = await urlOf(sqs, options.prefix + dlqName(definition));
    const targetUrl = await urlOf(sqs, options.prefix + definition.name);
    const sent = new Set<string>();
    const runId = Date.now().toString(36);
    for (;;) {
      const out = await receive(sqs, dlqUrl, 60);
      const messages = out.Messages ?? [];
      if (messages.length === 0) break;
      for (const m of messages) {
        const id = m.MessageId as string;
        if (!sent.has(id)) {
          await sqs.send(
            new SendMessageCommand({
              QueueUrl: targetUrl,
              MessageBody: m.Body ?? '',
              ...(m.MessageAttributes && Object.keys(m.MessageAttributes).length > 0
                ? { MessageAttributes: m.MessageAttributes }
                : {}),
              ...(definition.fifo
                ? {
                    MessageGroupId: m.Attributes?.MessageGroupId ?? 'redrive',
                    // Never the original id: SQS would drop the copy as a duplicate for 5 minutes.
                    MessageDeduplicationId: `redrive-${runId}-${id}`.slice(0, 128),
                  }
                : {}),
            }),
          );
          sent.add(id);
        }
        // Only after the copy is queued: a crash before this line leaves the message in the DLQ.
        await sqs.send(new DeleteMessageCommand({ QueueUrl: dlqUrl, ReceiptHandle: m.ReceiptHandle }));
      }
    }
    io.out(
      JSON.stringify({
        queue: queueKey(definition),
        redriven: sent.size,
        to: options.prefix + definition.name,
      }),
    );
  }
}

const defaultIo: Io = { out: (t) => console.log(t), err: (t) => console.error(t) };

export async function runDlq(args: string[], io: Io = defaultIo): Promise<number> {
  const [command, ...rest] = args;
  if (command !== 'list' && command !== 'redrive') {
    io.err(USAGE);
    return 2;
  }
  let options: Options;
  try {
    options = parse(rest, command);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  const sqs = clientFor(options.endpoint);
  try {
    await (command === 'list' ? list(sqs, options, io) : redrive(sqs, options, io));
    return 0;
  } catch (error) {
    io.err(`dlq ${command}: ${(error as Error).message}`);
    return 1;
  } finally {
    sqs.destroy();
  }
}

export const run = (args: string[]): Promise<number> => runDlq(args);
