/**
 * Reply intents, one item per reply asked for in Slack:
 *   pk REPLY#<platform>#<mentionId>, sk INTENT#<idempotencyKey>
 * Created once (conditional put), then moved through its states with writes conditional on the
 * version, so two deliveries of the same reply message can never both claim an attempt.
 */
import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import {
  type ReplyIntent,
  type ReplyIntentKey,
  type ReplyIntentStore,
  VersionConflict,
} from '../usecases/ports.ts';
import { isConditionFailure } from './dynamo-client.ts';

const key = (k: ReplyIntentKey) => ({
  pk: `REPLY#${k.platform}#${k.mentionId}`,
  sk: `INTENT#${k.idempotencyKey}`,
});

export class DynamoReplyIntentStore implements ReplyIntentStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(k: ReplyIntentKey): Promise<ReplyIntent | undefined> {
    const out = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: key(k), ConsistentRead: true }),
    );
    return out.Item?.intent as ReplyIntent | undefined;
  }

  async create(intent: ReplyIntent): Promise<boolean> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...key(intent), version: intent.version, intent },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  async save(intent: ReplyIntent): Promise<void> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...key(intent), version: intent.version, intent },
          ConditionExpression: 'version = :previous',
          ExpressionAttributeValues: { ':previous': intent.version - 1 },
        }),
      );
    } catch (error) {
      if (isConditionFailure(error)) {
        throw new VersionConflict(
          `reply intent ${intent.idempotencyKey} changed since version ${intent.version - 1}`,
        );
      }
      throw error;
    }
  }
}
