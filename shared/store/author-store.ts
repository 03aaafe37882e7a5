/** Per-author counters, the basis of "3rd complaint in 30 days" and "advocate". */
import { type DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Label } from '../domain/detection.ts';
import type { AuthorStats, AuthorStore } from '../usecases/ports.ts';
import { queryAll } from './query-all.ts';
import { TABLE } from './table-schema.ts';

const key = (platform: string, authorId: string) => ({ pk: `AUTHOR#${platform}#${authorId}`, sk: 'PROFILE' });

const toStats = (item: Record<string, unknown> | undefined): AuthorStats => ({
  praise: Number(item?.praise ?? 0),
  complaint: Number(item?.complaint ?? 0),
  question: Number(item?.question ?? 0),
  suggestion: Number(item?.suggestion ?? 0),
  none: Number(item?.none ?? 0),
  ...(typeof item?.firstSeen === 'string' ? { firstSeen: item.firstSeen } : {}),
  ...(typeof item?.lastSeen === 'string' ? { lastSeen: item.lastSeen } : {}),
});

export class DynamoAuthorStore implements AuthorStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(platform: string, authorId: string): Promise<AuthorStats | undefined> {
    const out = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: key(platform, authorId), ConsistentRead: true }),
    );
    return out.Item ? toStats(out.Item) : undefined;
  }

  async record(platform: string, authorId: string, label: Label, at: string): Promise<AuthorStats> {
    const out = await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: key(platform, authorId),
        UpdateExpression: 'ADD #label :one SET firstSeen = if_not_exists(firstSeen, :at), lastSeen = :at',
        ExpressionAttributeNames: { '#label': label },
        ExpressionAttributeValues: { ':one': 1, ':at': at },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return toStats(out.Attributes);
  }

  /** Labels of the author's posts created since `since`, read from the author index of mentions. */
  async recent(platform: string, authorId: string, since: Date): Promise<Partial<Record<Label, number>>> {
    const counts: Partial<Record<Label, number>> = {};
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      IndexName: TABLE.indexes.author.name,
      KeyConditionExpression: 'gsi2pk = :author AND gsi2sk >= :since',
      ExpressionAttributeValues: {
        ':author': `AUTHOR#${platform}#${authorId}`,
        ':since': since.toISOString(),
      },
    });
    for (const item of items) {
      const label = (item.detection as { label?: Label } | undefined)?.label;
      if (label) counts[label] = (counts[label] ?? 0) + 1;
    }
    return counts;
  }
}
