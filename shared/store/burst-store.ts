/**
 * Burst summaries: the posts a channel could not post one by one, waiting for their line.
 *
 *   BURST#<channel>   STATE                              summaries posted, flush queued, the one being posted
 *   BURST#<channel>   LINE#<createdAt>#<mentionKey>      one post waiting for its line (oldest first)
 *
 * Only notify writes these, as the single writer of the channel's FIFO message group (and one step at
 * a time inside a process), so plain puts suffice: nothing else can change them between a read and
 * a write.
 */
import {
  BatchWriteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
} from '@aws-sdk/lib-dynamodb';
import type { BurstState, BurstStore, PendingLine } from '../usecases/ports.ts';

const pk = (channel: string) => `BURST#${channel}`;
const lineSk = (line: Pick<PendingLine, 'createdAt' | 'mentionKey'>) =>
  `LINE#${line.createdAt}#${line.mentionKey}`;
/** BatchWriteItem takes at most 25 requests. */
const MAX_WRITES = 25;

export class DynamoBurstStore implements BurstStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async state(channel: string): Promise<BurstState> {
    const out = await this.db.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { pk: pk(channel), sk: 'STATE' },
        ConsistentRead: true,
      }),
    );
    return (out.Item?.state as BurstState | undefined) ?? { seq: 0, flushQueued: false };
  }

  async saveState(channel: string, state: BurstState): Promise<void> {
    await this.db.send(
      new PutCommand({ TableName: this.tableName, Item: { pk: pk(channel), sk: 'STATE', state } }),
    );
  }

  async add(channel: string, lines: readonly PendingLine[]): Promise<void> {
    await this.writeAll(
      lines.map((line) => ({ PutRequest: { Item: { pk: pk(channel), sk: lineSk(line), line } } })),
    );
  }

  async oldest(channel: string, limit: number): Promise<{ lines: PendingLine[]; more: boolean }> {
    const page = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :line)',
        ExpressionAttributeValues: { ':pk': pk(channel), ':line': 'LINE#' },
        ConsistentRead: true,
        // One more than asked: tells whether more wait without a second query.
        Limit: limit + 1,
      }),
    );
    const lines = (page.Items ?? []).map((item) => item.line as PendingLine);
    return { lines: lines.slice(0, limit), more: lines.length > limit };
  }

  async remove(channel: string, lines: readonly PendingLine[]): Promise<void> {
    await this.writeAll(
      lines.map((line) => ({ DeleteRequest: { Key: { pk: pk(channel), sk: lineSk(line) } } })),
    );
  }

  private async writeAll(writes: readonly unknown[]): Promise<void> {
    for (let i = 0; i < writes.length; i += MAX_WRITES) {
      let requests: Record<string, unknown[]> | undefined = {
        [this.tableName]: writes.slice(i, i + MAX_WRITES),
      };
      // DynamoDB may hand back part of a batch under load: those go again until none is left.
      for (let attempt = 0; requests && Object.keys(requests).length > 0; attempt++) {
        if (attempt > 0) await new Promise((r) => setTimeout(r, Math.min(1000, 50 * 2 ** attempt)));
        const out = await this.db.send(new BatchWriteCommand({ RequestItems: requests as never }));
        requests = out.UnprocessedItems as Record<string, unknown[]> | undefined;
      }
    }
  }
}
