import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CreateTableCommand,
  DynamoDBClient,
  PutItemCommand,
  QueryCommand,
  ScanCommand,
} from '@aws-sdk/client-dynamodb';
import { afterAll, describe, expect, it } from 'vitest';
import { startDynamo, type TableEmulator } from '../../shared/local/emulators.ts';

const dir = mkdtempSync(join(tmpdir(), 'beacon-table-emulator-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function queriesAgainst(table: TableEmulator): Promise<void> {
  const db = new DynamoDBClient({
    endpoint: table.endpoint,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  await db.send(
    new CreateTableCommand({
      TableName: 'iterators',
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [
        { AttributeName: 'pk', AttributeType: 'S' },
        { AttributeName: 'sk', AttributeType: 'S' },
      ],
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
    }),
  );
  for (let i = 0; i < 30; i++) {
    await db.send(
      new PutItemCommand({
        TableName: 'iterators',
        Item: { pk: { S: 'p' }, sk: { S: `s${String(i).padStart(2, '0')}` } },
      }),
    );
  }
  for (let i = 0; i < 20; i++) {
    const out = await db.send(
      new QueryCommand({
        TableName: 'iterators',
        KeyConditionExpression: 'pk = :p',
        ExpressionAttributeValues: { ':p': { S: 'p' } },
        // Some stop early at their limit, some read the partition to its end.
        ...(i % 2 ? { Limit: 5 } : {}),
      }),
    );
    expect(out.Items).toHaveLength(i % 2 ? 5 : 30);
  }
  const scan = await db.send(new ScanCommand({ TableName: 'iterators' }));
  expect(scan.Items).toHaveLength(30);
  db.destroy();
}

describe('the local table server', () => {
  // An open iterator holds its snapshot: on disk, LevelDB can then delete none of the table files
  // compaction replaces, and keeps them mapped in memory.
  it.each([
    ['on disk', () => startDynamo({ path: join(dir, 'data') })],
    ['in memory', () => startDynamo()],
  ])('closes every iterator its queries and scans open (%s)', async (_, start) => {
    const table = await start();
    try {
      await queriesAgainst(table);
      const { opened } = await table.iteratorsClosed();
      expect(opened).toBeGreaterThanOrEqual(21);
    } finally {
      await table.stop();
    }
  });
});
