import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { processBatch } from '../../shared/queue/batch.ts';

const record = (id: string, group?: string): SQSRecord => ({
  messageId: id,
  receiptHandle: `rh-${id}`,
  body: id,
  attributes: {
    ApproximateReceiveCount: '1',
    SentTimestamp: '0',
    SenderId: 's',
    ApproximateFirstReceiveTimestamp: '0',
    ...(group ? { MessageGroupId: group } : {}),
  },
  messageAttributes: {},
  md5OfBody: '',
  eventSource: 'aws:sqs',
  eventSourceARN: 'arn:aws:sqs:us-east-1:0:q',
  awsRegion: 'us-east-1',
});
const logger = { error() {} };

describe('processBatch', () => {
  it('reports only the records that failed', async () => {
    const event: SQSEvent = { Records: [record('a'), record('b'), record('c')] };
    const handled: string[] = [];
    const result = await processBatch(event, logger, async (r) => {
      handled.push(r.messageId);
      if (r.messageId === 'b') throw new Error('boom');
    });
    expect(handled).toEqual(['a', 'b', 'c']);
    expect(result).toEqual({ batchItemFailures: [{ itemIdentifier: 'b' }] });
  });

  it('on a FIFO queue fails the rest of a group after a failure, to keep its order', async () => {
    const event: SQSEvent = {
      Records: [
        record('1', 'C1'),
        record('2', 'C2'),
        record('3', 'C1'),
        record('4', 'C2'),
        record('5', 'C1'),
      ],
    };
    const handled: string[] = [];
    const result = await processBatch(event, logger, async (r) => {
      handled.push(r.messageId);
      if (r.messageId === '3') throw new Error('slack said 429');
    });
    expect(handled).toEqual(['1', '2', '3', '4']);
    expect(result.batchItemFailures.map((f) => f.itemIdentifier)).toEqual(['3', '5']);
  });
});
