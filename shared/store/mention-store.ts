/** Mentions live in their thread's item collection, deduplicated by a marker keyed on the platform id. */
import { type DynamoDBDocumentClient, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Detection } from '../domain/detection.ts';
import type { Mention } from '../domain/mention.ts';
import type { MentionStore, StoredMention } from '../usecases/ports.ts';
import { type BatchReader, batchReader } from './batch-reader.ts';
import { isConditionFailure } from './dynamo-client.ts';
import { queryAll } from './query-all.ts';

/** Raw posts are personal data: they expire after this long (the TTL attribute). */
const MENTION_RETENTION_SECONDS = 90 * 24 * 3600;

export const threadPk = (platform: string, threadId: string): string => `THREAD#${platform}#${threadId}`;
const mentionSk = (mentionId: string): string => `MENTION#${mentionId}`;
const seenKey = (platform: string, mentionId: string) => ({
  pk: `SEEN#${platform}#${mentionId}`,
  sk: 'SEEN',
});

const toStored = (item: Record<string, unknown>): StoredMention => {
  const { pk: _pk, sk: _sk, gsi2pk: _g, gsi2sk: _s, expiresAt: _e, ...rest } = item;
  return rest as unknown as StoredMention;
};

export class DynamoMentionStore implements MentionStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {
    this.reader = batchReader(db, tableName);
  }

  private readonly reader: BatchReader;

  /**
   * Stores the mention once per platform id, whatever thread it arrives under: a marker item keyed
   * by (platform, id) is put conditionally first, and it remembers the thread the mention lives in.
   * A reply whose parent is already known joins the parent's thread, so a post seen by two ingest
   * paths that name its thread differently (a webhook's parent id, a search's conversation id) is
   * still one mention in one thread. The detection, when given, is stored with it in the same write.
   */
  async putOnce(
    incoming: Mention,
    detection?: Detection,
  ): Promise<{ stored: StoredMention; created: boolean }> {
    const parentThread = incoming.parentId
      ? await this.threadOf(incoming.platform, incoming.parentId)
      : undefined;
    const mention =
      parentThread && parentThread !== incoming.threadId ? { ...incoming, threadId: parentThread } : incoming;
    const expiresAt = Math.floor(Date.parse(mention.receivedAt) / 1000) + MENTION_RETENTION_SECONDS;
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...seenKey(mention.platform, mention.id), threadId: mention.threadId, expiresAt },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const thread = (await this.threadOf(mention.platform, mention.id)) ?? mention.threadId;
      const existing = await this.get(mention.platform, thread, mention.id);
      if (existing) return { stored: existing, created: false };
      // The marker exists but the mention does not: an earlier attempt stopped in between.
      return this.putItem({ ...mention, threadId: thread }, expiresAt, detection);
    }
    return this.putItem(mention, expiresAt, detection);
  }

  private async putItem(
    mention: Mention,
    expiresAt: number,
    detection: Detection | undefined,
  ): Promise<{ stored: StoredMention; created: boolean }> {
    const stored: StoredMention = { mention, status: 'received', ...(detection ? { detection } : {}) };
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            pk: threadPk(mention.platform, mention.threadId),
            sk: mentionSk(mention.id),
            gsi2pk: `AUTHOR#${mention.platform}#${mention.author.id}`,
            gsi2sk: `${mention.createdAt}#${mention.id}`,
            expiresAt,
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

  /** The thread a stored mention lives in, if it is stored. */
  async threadOf(platform: string, mentionId: string): Promise<string | undefined> {
    const item = await this.reader.load(seenKey(platform, mentionId));
    return typeof item?.threadId === 'string' ? item.threadId : undefined;
  }

  async get(platform: string, threadId: string, mentionId: string): Promise<StoredMention | undefined> {
    const item = await this.reader.load({ pk: threadPk(platform, threadId), sk: mentionSk(mentionId) });
    return item ? toStored(item) : undefined;
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
    const items = (
      await queryAll(this.db, {
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': threadPk(platform, threadId), ':prefix': 'MENTION#' },
      })
    ).map(toStored);
    // Sorted on read: a thread is small, and keying by id (not time) is what makes the put idempotent.
    return items.sort((a, b) =>
      a.mention.createdAt === b.mention.createdAt
        ? a.mention.id.localeCompare(b.mention.id)
        : a.mention.createdAt.localeCompare(b.mention.createdAt),
    );
  }
}
