/**
 * Coalesces the item reads that start together into one BatchGetItem (consistent), so a use case
 * that asks for an alert, an author's profile and a marker at once pays one round trip. Stores that
 * share a client share its reader; a read made alone is a plain GetItem.
 */
import {
  BatchGetCommand,
  type BatchGetCommandOutput,
  type DynamoDBDocumentClient,
  GetCommand,
} from '@aws-sdk/lib-dynamodb';

export type ItemKey = { pk: string; sk: string };
type Item = Record<string, unknown>;

interface Pending {
  key: ItemKey;
  resolve: (item: Item | undefined) => void;
  reject: (error: unknown) => void;
}

/** BatchGetItem takes at most 100 keys. */
const MAX_KEYS = 100;
const id = (key: ItemKey) => `${key.pk}\u0000${key.sk}`;

export class BatchReader {
  private pending: Pending[] = [];

  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** The item under `key`, read consistently; undefined when there is none. */
  load(key: ItemKey): Promise<Item | undefined> {
    return new Promise((resolve, reject) => {
      if (this.pending.length === 0) setImmediate(() => this.flush());
      this.pending.push({ key, resolve, reject });
    });
  }

  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    try {
      const found = await this.read([...new Map(batch.map((p) => [id(p.key), p.key])).values()]);
      for (const p of batch) p.resolve(found.get(id(p.key)));
    } catch (error) {
      for (const p of batch) p.reject(error);
    }
  }

  private async read(keys: ItemKey[]): Promise<Map<string, Item>> {
    const found = new Map<string, Item>();
    if (keys.length === 1 && keys[0]) {
      const out = await this.db.send(
        new GetCommand({ TableName: this.tableName, Key: keys[0], ConsistentRead: true }),
      );
      if (out.Item) found.set(id(keys[0]), out.Item);
      return found;
    }
    for (let i = 0; i < keys.length; i += MAX_KEYS) {
      let todo: Item[] | undefined = keys.slice(i, i + MAX_KEYS);
      // DynamoDB may leave part of a batch unprocessed (throttling, size): ask again for those.
      for (let attempt = 0; todo && todo.length > 0; attempt++) {
        if (attempt > 0) await new Promise((r) => setTimeout(r, 20 * 2 ** Math.min(attempt, 6)));
        if (attempt > 10) throw new Error('BatchGetItem kept keys unprocessed');
        const out: BatchGetCommandOutput = await this.db.send(
          new BatchGetCommand({ RequestItems: { [this.tableName]: { Keys: todo, ConsistentRead: true } } }),
        );
        for (const item of out.Responses?.[this.tableName] ?? [])
          found.set(id({ pk: String(item.pk), sk: String(item.sk) }), item);
        todo = out.UnprocessedKeys?.[this.tableName]?.Keys;
      }
    }
    return found;
  }
}

const readers = new WeakMap<DynamoDBDocumentClient, Map<string, BatchReader>>();

/** The reader of the table through this client, shared by every store built on it. */
export function batchReader(db: DynamoDBDocumentClient, tableName: string): BatchReader {
  const byTable = readers.get(db) ?? new Map<string, BatchReader>();
  readers.set(db, byTable);
  const reader = byTable.get(tableName) ?? new BatchReader(db, tableName);
  byTable.set(tableName, reader);
  return reader;
}
