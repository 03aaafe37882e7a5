/**
 * A storm's first join writes two items (the storm, and the pointer from its id). A process killed
 * between the two must not leave a storm that cannot be found by its id: its card could then never
 * be posted, and every alert folded into it would wait for it until the DLQ.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startDynamo } from '../../shared/local/emulators.ts';
import { type FaultProxy, startFaultProxy } from '../../shared/local/fault-proxy.ts';
import { ensureTable } from '../../shared/local/provision.ts';
import { DynamoStormStore } from '../../shared/store/slack-store.ts';

let dynamo: Emulator;
let proxy: FaultProxy;
let puts = 0;

beforeAll(async () => {
  dynamo = await startDynamo();
  const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
  await ensureTable(
    new DynamoDBClient({ endpoint: dynamo.endpoint, region: 'us-east-1', credentials }),
    'beacon',
  );
  // Every write after the first one fails, as if the process had died right after that write.
  proxy = await startFaultProxy({
    target: dynamo.endpoint,
    rate: 1,
    faults: ['throttled'],
    seed: 1,
    eligible: ({ body }) => body.toString().includes('"Item"') && ++puts > 1,
  });
});
afterAll(async () => {
  await proxy.stop();
  await dynamo.stop();
});

describe('a storm join cut off after its first write', () => {
  it('leaves a storm that a repeated join makes findable by its id', async () => {
    const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
    const client = new DynamoDBClient({
      endpoint: proxy.url,
      region: 'us-east-1',
      credentials,
      maxAttempts: 1,
    });
    const storms = new DynamoStormStore(DynamoDBDocumentClient.from(client), 'beacon');
    const entry = {
      alertId: 'al_crash1',
      channel: 'complaints',
      type: 'complaint' as const,
      subject: 'outage',
      line: '@someone: down again',
      author: 'u-1',
    };
    const now = new Date('2026-03-02T10:00:00.000Z');

    await expect(storms.join('complaints#complaint#outage', entry, now, 600)).rejects.toThrow();
    proxy.setRate(0);
    // The mention is delivered again: it joins the storm again.
    const storm = await storms.join(
      'complaints#complaint#outage',
      entry,
      new Date(now.getTime() + 5_000),
      600,
    );

    expect(await storms.get(storm.stormId)).toMatchObject({
      stormId: storm.stormId,
      alertIds: ['al_crash1'],
    });
  });
});
