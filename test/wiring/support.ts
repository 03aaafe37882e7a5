/** A fresh table on the local DynamoDB-compatible server for a test file. */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll } from 'vitest';
import { startDynamo } from '../../shared/local/emulators.ts';
import { ensureTable } from '../../shared/local/provision.ts';
import { createDocumentClient } from '../../shared/store/dynamo-client.ts';

export const TABLE_NAME = 'beacon-wiring';

/** Starts the server before the file's tests and stops it after; `db()` is the document client. */
export function localTable(): { db: () => DynamoDBDocumentClient } {
  let stop: (() => Promise<void>) | undefined;
  let doc: DynamoDBDocumentClient | undefined;
  beforeAll(async () => {
    const dynamo = await startDynamo();
    const raw = new DynamoDBClient({
      endpoint: dynamo.endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    await ensureTable(raw, TABLE_NAME);
    raw.destroy();
    doc = createDocumentClient({ endpoint: dynamo.endpoint, region: 'us-east-1' });
    stop = async () => {
      doc?.destroy();
      await dynamo.stop();
    };
  });
  afterAll(async () => stop?.());
  return {
    db: () => {
      if (!doc) throw new Error('the local table is not started');
      return doc;
    },
  };
}

let n = 0;
/** A fresh id per test, so tests sharing a table never see each other's items. */
export const fresh = (prefix: string): string => `${prefix}-${++n}`;
