/**
 * An author's history as moments: one marker item per thread the author spoke in
 * (pk AUTHOR#<platform>#<authorId>, sk THREAD#<threadId>), holding the label of their moment there.
 * Counts are read from the markers, so follow-ups in a thread, redeliveries, replays and
 * concurrent detections of one thread can never count twice: the only write is a conditional put.
 */
import { type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { LABELS, type Label } from '../domain/detection.ts';
import type { AuthorStats, AuthorStore } from '../usecases/ports.ts';
import { isConditionFailure } from './dynamo-client.ts';
import { queryAll } from './query-all.ts';

const authorPk = (platform: string, authorId: string): string => `AUTHOR#${platform}#${authorId}`;
const THREAD_PREFIX = 'THREAD#';

interface Moment {
  threadId: string;
  label: Label;
  at: string;
}

const isLabel = (v: unknown): v is Label =>
  typeof v === 'string' && (LABELS as readonly string[]).includes(v);

export class DynamoAuthorStore implements AuthorStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  private async moments(platform: string, authorId: string): Promise<Moment[]> {
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :thread)',
      ExpressionAttributeValues: { ':pk': authorPk(platform, authorId), ':thread': THREAD_PREFIX },
      ProjectionExpression: 'sk, #label, #at',
      ExpressionAttributeNames: { '#label': 'label', '#at': 'at' },
      ConsistentRead: true,
    });
    return items.flatMap((item) =>
      isLabel(item.label) && typeof item.at === 'string'
        ? [{ threadId: String(item.sk).slice(THREAD_PREFIX.length), label: item.label, at: item.at }]
        : [],
    );
  }

  async get(
    platform: string,
    authorId: string,
    options: { since?: Date; exceptThread?: string } = {},
  ): Promise<AuthorStats | undefined> {
    const moments = (await this.moments(platform, authorId)).filter(
      (m) => m.threadId !== options.exceptThread,
    );
    if (moments.length === 0) return undefined;
    const stats: AuthorStats = { praise: 0, complaint: 0, question: 0, suggestion: 0, none: 0 };
    const since = options.since?.toISOString();
    const last30d: Partial<Record<Label, number>> = {};
    for (const m of moments) {
      stats[m.label]++;
      if (!stats.firstSeen || m.at < stats.firstSeen) stats.firstSeen = m.at;
      if (!stats.lastSeen || m.at > stats.lastSeen) stats.lastSeen = m.at;
      if (since && m.at >= since) last30d[m.label] = (last30d[m.label] ?? 0) + 1;
    }
    return since ? { ...stats, last30d } : stats;
  }

  /**
   * The author's moment in this thread, unless one is counted already. A thread first seen as
   * chatter ('none') becomes the moment a later post in it shows; a moment is never relabelled.
   */
  async record(
    platform: string,
    authorId: string,
    threadId: string,
    label: Label,
    at: string,
  ): Promise<boolean> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { pk: authorPk(platform, authorId), sk: `${THREAD_PREFIX}${threadId}`, label, at },
          ConditionExpression:
            label === 'none' ? 'attribute_not_exists(pk)' : 'attribute_not_exists(pk) OR #label = :none',
          ...(label === 'none'
            ? {}
            : {
                ExpressionAttributeNames: { '#label': 'label' },
                ExpressionAttributeValues: { ':none': 'none' },
              }),
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  /** Labels of the author's moments since `since`. */
  async recent(platform: string, authorId: string, since: Date): Promise<Partial<Record<Label, number>>> {
    return (await this.get(platform, authorId, { since }))?.last30d ?? {};
  }
}
