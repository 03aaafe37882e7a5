/**
 * Alerts, one item each. Every save is conditional on the version the caller read, so two people
 * clicking at once, or a click racing the countdown, can never overwrite each other.
 * Active alerts carry the sparse GSI1 keys, ordered by their next countdown step, and the sparse
 * GSI3 keys of their channel, ordered by deadline; every alert carries the GSI2 keys of the day it
 * opened. GSI1 and GSI2 keys are sharded (table-schema.ts), so readers read every shard.
 */
import { type DynamoDBDocumentClient, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { type Alert, isActive } from '../domain/alert.ts';
import { mapBounded } from '../usecases/bounded.ts';
import { type AlertStore, VersionConflict } from '../usecases/ports.ts';
import { DynamoAuthorStore } from './author-store.ts';
import { type BatchReader, batchReader } from './batch-reader.ts';
import { isConditionFailure } from './dynamo-client.ts';
import { queryAll } from './query-all.ts';
import { LEGACY_UNSHARDED, SHARDS, shardOf, TABLE } from './table-schema.ts';

const key = (alertId: string) => ({ pk: `ALERT#${alertId}`, sk: 'ALERT' });

const duePk = (shard: number) => `DUE#${shard}`;
/** Alerts by the UTC day they opened, on the author index (its keys are free on alert items). */
const openedPk = (day: string, shard: number) => `OPENED#${day}#${shard}`;
/** Active alerts of a channel: its Slack id once posted (what `/beacon open` is asked from), else its name. */
const openPk = (channel: string) => `OPEN#${channel}`;

/** Every key of a sharded index, with the unsharded one written before sharding while it is read. */
const allShards = (count: number, pk: (shard: number) => string, legacy: string): string[] => [
  ...Array.from({ length: count }, (_, i) => pk(i)),
  ...(LEGACY_UNSHARDED ? [legacy] : []),
];

const toItem = (alert: Alert): Record<string, unknown> => ({
  ...key(alert.alertId),
  // Due: active alerts, and a closed one whose card still owes its last state (run-countdown.ts).
  ...(isActive(alert.state) || alert.cardOwed
    ? {
        gsi1pk: duePk(shardOf(alert.alertId, SHARDS.due)),
        gsi1sk: `${alert.nextStepAt}#${alert.alertId}`,
      }
    : {}),
  ...(isActive(alert.state)
    ? {
        gsi3pk: openPk(alert.slackChannelId ?? alert.channel),
        gsi3sk: `${alert.deadline}#${alert.alertId}`,
      }
    : {}),
  gsi2pk: openedPk(alert.openedAt.slice(0, 10), shardOf(alert.alertId, SHARDS.opened)),
  gsi2sk: `${alert.openedAt}#${alert.alertId}`,
  version: alert.version,
  alert,
});

export interface AlertStoreOptions {
  /** Items per query page (DynamoDB's own 1 MB limit applies anyway); small in tests of paging. */
  pageSize?: number;
}

/** Queries in flight at once when a read spans many keys (a month of days times their shards). */
const QUERIES_IN_FLIGHT = 16;

export class DynamoAlertStore implements AlertStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly options: AlertStoreOptions = {},
  ) {
    this.reader = batchReader(db, tableName);
    this.authors = new DynamoAuthorStore(db, tableName);
  }

  private readonly reader: BatchReader;
  private readonly authors: DynamoAuthorStore;

  async get(alertId: string): Promise<Alert | undefined> {
    return (await this.reader.load(key(alertId)))?.alert as Alert | undefined;
  }

  /** One consistent BatchGetItem per 100 alerts (the reads coalesce in the shared reader). */
  async getMany(alertIds: readonly string[]): Promise<Alert[]> {
    const found = await Promise.all([...new Set(alertIds)].map((id) => this.get(id)));
    return found.filter((a): a is Alert => a !== undefined);
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
    let before: Alert | undefined;
    try {
      const out = await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: toItem(alert),
          ConditionExpression: 'version = :previous',
          ExpressionAttributeValues: { ':previous': alert.version - 1 },
          // Only a save that closes the alert needs what it was before (to record how it ended).
          ...(isActive(alert.state) ? {} : { ReturnValues: 'ALL_OLD' as const }),
        }),
      );
      before = out.Attributes?.alert as Alert | undefined;
    } catch (error) {
      if (isConditionFailure(error)) {
        throw new VersionConflict(`alert ${alert.alertId} changed since version ${alert.version - 1}`);
      }
      throw error;
    }
    if (before && isActive(before.state) && !isActive(alert.state)) await this.closed(alert);
  }

  /**
   * An alert closed (replied, missed, dismissed), whatever closed it: its author's profile keeps the
   * outcome and the time to reply. The alert is saved already and stays the record; a profile that
   * cannot be written now only misses this summary, so the save is not failed for it.
   */
  private async closed(alert: Alert): Promise<void> {
    const authorId = alert.post?.authorId;
    if (!authorId || !alert.resolvedAt) return;
    const outcome =
      alert.state === 'replied' ? 'replied' : alert.state === 'expired' ? 'expired' : 'dismissed';
    const replySeconds = Math.max(
      0,
      Math.round((Date.parse(alert.resolvedAt) - Date.parse(alert.openedAt)) / 1000),
    );
    await this.authors
      .recordOutcome(alert.platform, authorId, {
        alertId: alert.alertId,
        outcome,
        at: alert.resolvedAt,
        ...(outcome === 'replied' ? { replySeconds } : {}),
      })
      .catch(() => undefined);
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

  /**
   * Every shard of the due index, each read to its last page (a short page is not the end: only a
   * missing LastEvaluatedKey is). The index is eventually consistent, so what it returns may be a
   * step behind: callers confirm with a consistent read (getMany) or a conditional save.
   */
  async listDue(now: Date): Promise<Alert[]> {
    // '~' sorts after every id character, so alerts due exactly now are included.
    const until = `${now.toISOString()}~`;
    const pages = await Promise.all(
      allShards(SHARDS.due, duePk, 'DUE').map((pk) =>
        queryAll(this.db, {
          TableName: this.tableName,
          IndexName: TABLE.indexes.due.name,
          KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk <= :until',
          ExpressionAttributeValues: { ':pk': pk, ':until': until },
          ...this.limit(),
        }),
      ),
    );
    return pages
      .flat()
      .map((item) => item.alert as Alert)
      .sort((a, b) => a.nextStepAt.localeCompare(b.nextStepAt));
  }

  /**
   * Active alerts of the given channels (Slack ids or config names) from the channel index, by
   * deadline; with no channel, every active alert (the due index, every shard).
   */
  async listActive(channels?: string | readonly string[]): Promise<Alert[]> {
    const wanted = typeof channels === 'string' ? [channels] : channels;
    const items = wanted
      ? await Promise.all(
          [...new Set(wanted)].map((channel) =>
            queryAll(this.db, {
              TableName: this.tableName,
              IndexName: TABLE.indexes.openByChannel.name,
              KeyConditionExpression: 'gsi3pk = :pk',
              ExpressionAttributeValues: { ':pk': openPk(channel) },
              ...this.limit(),
            }),
          ),
        )
      : await Promise.all(
          allShards(SHARDS.due, duePk, 'DUE').map((pk) =>
            queryAll(this.db, {
              TableName: this.tableName,
              IndexName: TABLE.indexes.due.name,
              KeyConditionExpression: 'gsi1pk = :pk',
              ExpressionAttributeValues: { ':pk': pk },
              ...this.limit(),
            }),
          ),
        );
    const byId = new Map<string, Alert>();
    for (const item of items.flat()) {
      const alert = item.alert as Alert;
      if (isActive(alert.state)) byId.set(alert.alertId, alert);
    }
    return [...byId.values()].sort((a, b) => a.deadline.localeCompare(b.deadline));
  }

  /** Alerts opened from `from` to `to`: every shard of every UTC day in the range, oldest first. */
  async listOpened(from: Date, to: Date): Promise<Alert[]> {
    const keys: string[] = [];
    for (
      let day = new Date(from.toISOString().slice(0, 10));
      day < to;
      day = new Date(day.getTime() + 86_400_000)
    ) {
      const d = day.toISOString().slice(0, 10);
      keys.push(...allShards(SHARDS.opened, (shard) => openedPk(d, shard), `OPENED#${d}`));
    }
    const pages = await mapBounded(keys, QUERIES_IN_FLIGHT, (pk) =>
      queryAll(this.db, {
        TableName: this.tableName,
        IndexName: TABLE.indexes.author.name,
        KeyConditionExpression: 'gsi2pk = :pk AND gsi2sk BETWEEN :from AND :to',
        ExpressionAttributeValues: {
          ':pk': pk,
          ':from': from.toISOString(),
          ':to': `${to.toISOString()}~`,
        },
        ...this.limit(),
      }),
    );
    return pages
      .flat()
      .map((item) => item.alert as Alert)
      .sort((a, b) => a.openedAt.localeCompare(b.openedAt) || a.alertId.localeCompare(b.alertId));
  }

  private limit(): { Limit?: number } {
    return this.options.pageSize ? { Limit: this.options.pageSize } : {};
  }
}
