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

  describe('with an order key inside a group', () => {
    // Body "key:n" is keyed by "key"; "*" is a barrier.
    const orderKey = (r: SQSRecord) => (r.body.startsWith('*') ? undefined : r.body.split(':')[0]);
    const keyed = (id: string, body: string): SQSRecord => ({ ...record(id, 'C1'), body });

    it('runs records with different keys side by side and the same key in order', async () => {
      const event: SQSEvent = {
        Records: [keyed('1', 'a:1'), keyed('2', 'b:1'), keyed('3', 'a:2'), keyed('4', 'b:2')],
      };
      // Record 1 finishes only once record 2 has started: possible only if they run side by side.
      let release: () => void = () => {};
      const bStarted = new Promise<void>((r) => {
        release = r;
      });
      const log: string[] = [];
      const result = await processBatch(
        event,
        logger,
        async (r) => {
          log.push(`start ${r.body}`);
          if (r.body === 'a:1') await bStarted;
          if (r.body === 'b:1') release();
          log.push(`end ${r.body}`);
        },
        { orderKey },
      );
      expect(result.batchItemFailures).toEqual([]);
      expect(log.indexOf('start b:1')).toBeLessThan(log.indexOf('end a:1'));
      expect(log.indexOf('end a:1')).toBeLessThan(log.indexOf('start a:2'));
      expect(log.indexOf('end b:1')).toBeLessThan(log.indexOf('start b:2'));
    });

    it('a barrier waits for every earlier record and holds every later one', async () => {
      const event: SQSEvent = {
        Records: [
          keyed('1', 'a:1'),
          keyed('2', 'b:1'),
          keyed('3', '*'),
          keyed('4', 'a:2'),
          keyed('5', 'c:1'),
        ],
      };
      const log: string[] = [];
      await processBatch(
        event,
        logger,
        async (r) => {
          log.push(`start ${r.body}`);
          await Promise.resolve();
          log.push(`end ${r.body}`);
        },
        { orderKey },
      );
      const at = (line: string) => log.indexOf(line);
      expect(at('start *')).toBeGreaterThan(Math.max(at('end a:1'), at('end b:1')));
      expect(Math.min(at('start a:2'), at('start c:1'))).toBeGreaterThan(at('end *'));
    });

    it('a failure fails the later records of its key and of later barriers, not other keys', async () => {
      const event: SQSEvent = {
        Records: [
          keyed('1', 'a:1'),
          keyed('2', 'b:1'),
          keyed('3', 'a:2'),
          keyed('4', 'b:2'),
          keyed('5', '*'),
          keyed('6', 'c:1'),
          { ...record('7', 'C2'), body: 'a:1' },
        ],
      };
      const handled: string[] = [];
      const result = await processBatch(
        event,
        logger,
        async (r) => {
          handled.push(r.messageId);
          if (r.messageId === '1') throw new Error('boom');
        },
        { orderKey },
      );
      expect(handled.sort()).toEqual(['1', '2', '4', '7']);
      expect(result.batchItemFailures.map((f) => f.itemIdentifier)).toEqual(['1', '3', '5', '6']);
    });
  });
});
