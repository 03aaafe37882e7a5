/**
 * Alerts, one item each. Every save is conditional on the version the caller read, so two people
 * clicking at once, or a click racing the countdown, can never overwrite each other.
 * Active alerts carry the sparse GSI1 keys, ordered by their next countdown step.
 */
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { type Alert, isActive } from '../domain/alert.ts';
import { type AlertStore, VersionConflict } from '../usecases/ports.ts';
import { isConditionFailure } from './dynamo-client.ts';
import { queryAll } from './query-all.ts';
import { TABLE } from './table-schema.ts';

const DUE = 'DUE';
const key = (alertId: string) => ({ pk: `ALERT#${alertId}`, sk: 'ALERT' });

/** Alerts by the UTC day they opened, on the author index (its keys are free on alert items). */
const openedPk = (day: string) => `OPENED#${day}`;

const toItem = (alert: Alert): Record<string, unknown> => ({
  ...key(alert.alertId),
  ...(isActive(alert.state) ? { gsi1pk: DUE, gsi1sk: `${alert.nextStepAt}#${alert.alertId}` } : {}),
  gsi2pk: openedPk(alert.openedAt.slice(0, 10)),
  gsi2sk: `${alert.openedAt}#${alert.alertId}`,
  version: alert.version,
  alert,
});

export class DynamoAlertStore implements AlertStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(alertId: string): Promise<Alert | undefined> {
    const out = await this.db.send(
      new GetCommand({ TableName: this.tableName, Key: key(alertId), ConsistentRead: true }),
    );
    return out.Item?.alert as Alert | undefined;
  }

  async create(alert: Alert): Promise<boolean> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: toItem(alert),
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  async save(alert: Alert): Promise<void> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: toItem(alert),
          ConditionExpression: 'version = :previous',
          ExpressionAttributeValues: { ':previous': alert.version - 1 },
        }),
      );
    } catch (error) {
      if (isConditionFailure(error)) {
        throw new VersionConflict(`alert ${alert.alertId} changed since version ${alert.version - 1}`);
      }
      throw error;
    }
  }

  async markShown(alertId: string, version: number): Promise<void> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: key(alertId),
          UpdateExpression: 'SET #alert.#shown = :v',
          ConditionExpression:
            'attribute_exists(pk) AND (attribute_not_exists(#alert.#shown) OR #alert.#shown < :v)',
          ExpressionAttributeNames: { '#alert': 'alert', '#shown': 'slackShownVersion' },
          ExpressionAttributeValues: { ':v': version },
        }),
      );
    } catch (error) {
      // Already marked with this version or a newer one: nothing to record.
      if (!isConditionFailure(error)) throw error;
    }
  }

  async listDue(now: Date, limit: number): Promise<Alert[]> {
    const out = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: TABLE.indexes.due.name,
        KeyConditionExpression: 'gsi1pk = :due AND gsi1sk <= :now',
        // '~' sorts after every id character, so alerts due exactly now are included.
        ExpressionAttributeValues: { ':due': DUE, ':now': `${now.toISOString()}~` },
        Limit: limit,
      }),
    );
    return (out.Items ?? []).map((item) => item.alert as Alert);
  }

  async listActive(channel?: string): Promise<Alert[]> {
    const alerts = (
      await queryAll(this.db, {
        TableName: this.tableName,
        IndexName: TABLE.indexes.due.name,
        KeyConditionExpression: 'gsi1pk = :due',
        ExpressionAttributeValues: { ':due': DUE },
      })
    ).map((item) => item.alert as Alert);
    return alerts
      .filter((a) => channel === undefined || a.channel === channel || a.slackChannelId === channel)
      .sort((a, b) => a.deadline.localeCompare(b.deadline));
  }

  async listOpened(from: Date, to: Date): Promise<Alert[]> {
    const alerts: Alert[] = [];
    for (
      let day = new Date(from.toISOString().slice(0, 10));
      day < to;
      day = new Date(day.getTime() + 86_400_000)
    ) {
      let startKey: Record<string, unknown> | undefined;
      do {
        const out = await this.db.send(
          new QueryCommand({
            TableName: this.tableName,
            IndexName: TABLE.indexes.author.name,
            KeyConditionExpression: 'gsi2pk = :day AND gsi2sk BETWEEN :from AND :to',
            ExpressionAttributeValues: {
              ':day': openedPk(day.toISOString().slice(0, 10)),
              ':from': from.toISOString(),
              ':to': `${to.toISOString()}~`,
            },
            ExclusiveStartKey: startKey,
          }),
        );
        for (const item of out.Items ?? []) alerts.push(item.alert as Alert);
        startKey = out.LastEvaluatedKey;
      } while (startKey);
    }
    return alerts;
  }
}
