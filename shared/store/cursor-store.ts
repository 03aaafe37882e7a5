/**
 * Poll cursors, one item per source (pk CURSOR#<source>, sk CURSOR). Every save is conditional on
 * the version the run read, so of two overlapping runs only one advances the cursor; the other
 * finds out, and its mentions (already queued) are deduplicated downstream.
 */
import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { PollCursor } from '../platforms/poll.ts';
import {
  type CursorStore,
  type SourceState,
  type StoredSourceState,
  VersionConflict,
} from '../usecases/ports.ts';
import { isConditionFailure } from './dynamo-client.ts';

const key = (source: string) => ({ pk: `CURSOR#${source}`, sk: 'CURSOR' });

export class DynamoCursorStore implements CursorStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(source: string): Promise<StoredSourceState | undefined> {
    const out = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: key(source), ConsistentRead: true }),
    );
    if (!out.Item) return undefined;
    return {
      cursor: (out.Item.cursor ?? {}) as PollCursor,
      ...(typeof out.Item.backoffUntil === 'string' ? { backoffUntil: out.Item.backoffUntil } : {}),
      version: Number(out.Item.version ?? 0),
    };
  }

  async save(source: string, state: SourceState, version: number): Promise<number> {
    const next = version + 1;
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...key(source),
            cursor: state.cursor,
            ...(state.backoffUntil ? { backoffUntil: state.backoffUntil } : {}),
            version: next,
          },
          ...(version === 0
            ? { ConditionExpression: 'attribute_not_exists(pk)' }
            : {
                ConditionExpression: 'version = :previous',
                ExpressionAttributeValues: { ':previous': version },
              }),
        }),
      );
      return next;
    } catch (error) {
      if (isConditionFailure(error)) {
        throw new VersionConflict(`cursor of ${source} changed since version ${version}`);
      }
      throw error;
    }
  }
}
