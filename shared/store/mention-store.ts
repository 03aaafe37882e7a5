/** Mentions live in their thread's item collection; a conditional put on (thread, mention id) dedupes. */
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { Mention } from '../domain/mention.ts';
import type { MentionStore, StoredMention } from '../usecases/ports.ts';
import { isConditionFailure } from './dynamo-client.ts';

/** Raw posts are personal data: they expire after this long (the TTL attribute). */
const MENTION_RETENTION_SECONDS = 90 * 24 * 3600;

export const threadPk = (platform: string, threadId: string): string => `THREAD#${platform}#${threadId}`;
const mentionSk = (mentionId: string): string => `MENTION#${mentionId}`;

const toStored = (item: Record<string, unknown>): StoredMention => {
  const { pk: _pk, sk: _sk, gsi2pk: _g, gsi2sk: _s, expiresAt: _e, ...rest } = item;
  return rest as unknown as StoredMention;
};

export class DynamoMentionStore implements MentionStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async putOnce(mention: Mention): Promise<{ stored: StoredMention; created: boolean }> {
    const stored: StoredMention = { mention, status: 'received' };
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            pk: threadPk(mention.platform, mention.threadId),
            sk: mentionSk(mention.id),
            gsi2pk: `AUTHOR#${mention.platform}#${mention.author.id}`,
            gsi2sk: `${mention.createdAt}#${mention.id}`,
            expiresAt: Math.floor(Date.parse(mention.receivedAt) / 1000) + MENTION_RETENTION_SECONDS,
            ...stored,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return { stored, created: true };
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const existing = await this.get(mention.platform, mention.threadId, mention.id);
      if (!existing) throw error;
      return { stored: existing, created: false };
    }
  }

  async get(platform: string, threadId: string, mentionId: string): Promise<StoredMention | undefined> {
    const out = await this.db.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { pk: threadPk(platform, threadId), sk: mentionSk(mentionId) },
        ConsistentRead: true,
      }),
    );
    return out.Item ? toStored(out.Item) : undefined;
  }

  async update(
    mention: Pick<Mention, 'platform' | 'threadId' | 'id'>,
    changes: Partial<Omit<StoredMention, 'mention'>>,
  ): Promise<void> {
    const entries = Object.entries(changes).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return;
    await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { pk: threadPk(mention.platform, mention.threadId), sk: mentionSk(mention.id) },
        UpdateExpression: `SET ${entries.map((_, i) => `#k${i} = :v${i}`).join(', ')}`,
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeNames: Object.fromEntries(entries.map(([k], i) => [`#k${i}`, k])),
        ExpressionAttributeValues: Object.fromEntries(entries.map(([, v], i) => [`:v${i}`, v])),
      }),
    );
  }

  async listThread(platform: string, threadId: string): Promise<StoredMention[]> {
    const items: StoredMention[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const out = await this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': threadPk(platform, threadId), ':prefix': 'MENTION#' },
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of out.Items ?? []) items.push(toStored(item));
      startKey = out.LastEvaluatedKey;
    } while (startKey);
    // Sorted on read: a thread is small, and keying by id (not time) is what makes the put idempotent.
    return items.sort((a, b) =>
      a.mention.createdAt === b.mention.createdAt
        ? a.mention.id.localeCompare(b.mention.id)
        : a.mention.createdAt.localeCompare(b.mention.createdAt),
    );
  }
}
