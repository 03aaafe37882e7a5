/**
 * What the Slack side keeps besides alerts: handled request signatures (replay guard), the
 * relabels people made (detector feedback), storm counters and digests. Items of the one table:
 *
 *   SLACKREQ#<sha256>            SEEN                         replay guard, expires after the window
 *   NOTICE#<sha256>              ATTEMPT                      a notice's post was attempted, expires after a day
 *   FEEDBACK                     <at>#<alertId>               one relabel
 *   STORM#<key>                  STORM                        the current storm of a key
 *   STORMID#<stormId>            STORM                        pointer to the key, for notify
 *   DIGEST#<channel>#<period>    ITEM#<createdAt>#<mention>   one post in a digest
 *   DIGESTS                      <closesAt>#<channel>#<period> a digest still to send
 */
import { createHash } from 'node:crypto';
import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
} from '@aws-sdk/lib-dynamodb';
import type { Relabel } from '../domain/detection.ts';
import { newStormId, STORM, type Storm } from '../domain/storm.ts';
import {
  type DigestEntry,
  type DigestStore,
  type FeedbackStore,
  type NoticeAttempts,
  type RequestLedger,
  type StormStore,
  VersionConflict,
} from '../usecases/ports.ts';
import { isConditionFailure } from './dynamo-client.ts';

const epoch = (d: Date) => Math.floor(d.getTime() / 1000);

export class DynamoRequestLedger implements RequestLedger {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async firstTime(key: string, now: Date, ttlSeconds: number): Promise<boolean> {
    const pk = `SLACKREQ#${createHash('sha256').update(key).digest('hex')}`;
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { pk, sk: 'SEEN', expiresAt: epoch(now) + ttlSeconds },
          // An expired item may linger until TTL removes it (and forever where TTL is not run).
          ConditionExpression: 'attribute_not_exists(pk) OR expiresAt < :now',
          ExpressionAttributeValues: { ':now': epoch(now) },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }
}

/** Long past any retry of a notice (notify gives up on a message within minutes). */
const NOTICE_ATTEMPT_TTL_SECONDS = 86_400;

export class DynamoNoticeAttempts implements NoticeAttempts {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  private key(notice: string) {
    return { pk: `NOTICE#${createHash('sha256').update(notice).digest('hex')}`, sk: 'ATTEMPT' };
  }

  async attempt(key: string, now: Date): Promise<boolean> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...this.key(key),
            at: now.toISOString(),
            expiresAt: epoch(now) + NOTICE_ATTEMPT_TTL_SECONDS,
          },
          ConditionExpression: 'attribute_not_exists(pk) OR expiresAt < :now',
          ExpressionAttributeValues: { ':now': epoch(now) },
        }),
      );
      return false;
    } catch (error) {
      if (isConditionFailure(error)) return true;
      throw error;
    }
  }

  async forget(key: string): Promise<void> {
    await this.db.send(new DeleteCommand({ TableName: this.tableName, Key: this.key(key) }));
  }
}

export class DynamoFeedbackStore implements FeedbackStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async record(relabel: Relabel & { alertId: string }): Promise<void> {
    await this.db.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { pk: 'FEEDBACK', sk: `${relabel.at}#${relabel.alertId}`, relabel },
      }),
    );
  }

  async list(limit: number): Promise<Relabel[]> {
    const out: Relabel[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': 'FEEDBACK' },
          ScanIndexForward: false,
          Limit: Math.min(1000, limit - out.length),
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of page.Items ?? []) {
        const { alertId: _a, ...relabel } = item.relabel as Relabel & { alertId: string };
        out.push(relabel);
      }
      startKey = page.LastEvaluatedKey;
    } while (startKey && out.length < limit);
    return out;
  }
}

const MAX_STORM_IDS = 200;

export class DynamoStormStore implements StormStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  private async current(key: string): Promise<Storm | undefined> {
    const out = await this.db.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { pk: `STORM#${key}`, sk: 'STORM' },
        ConsistentRead: true,
      }),
    );
    return out.Item?.storm as Storm | undefined;
  }

  async get(stormId: string): Promise<Storm | undefined> {
    const out = await this.db.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { pk: `STORMID#${stormId}`, sk: 'STORM' },
        ConsistentRead: true,
      }),
    );
    const key = out.Item?.key as string | undefined;
    const storm = key ? await this.current(key) : undefined;
    return storm?.stormId === stormId ? storm : undefined;
  }

  async join(
    key: string,
    entry: Parameters<StormStore['join']>[1],
    now: Date,
    windowSeconds: number,
  ): Promise<Storm> {
    for (let attempt = 0; ; attempt++) {
      const found = await this.current(key);
      if (found?.alertIds.includes(entry.alertId)) return found;
      const quiet = !found || now.getTime() - Date.parse(found.lastAt) > windowSeconds * 1000;
      const at = now.toISOString();
      const next: Storm = quiet
        ? {
            stormId: newStormId(key, at),
            key,
            channel: entry.channel,
            type: entry.type,
            subject: entry.subject,
            startedAt: at,
            lastAt: at,
            count: 1,
            authors: [entry.author],
            alertIds: [entry.alertId],
            lines: [entry.line],
            version: (found?.version ?? 0) + 1,
          }
        : {
            ...found,
            lastAt: at,
            count: found.count + 1,
            authors: (found.authors ?? []).includes(entry.author)
              ? found.authors
              : [...(found.authors ?? []), entry.author].slice(-MAX_STORM_IDS),
            alertIds: [...found.alertIds, entry.alertId].slice(-MAX_STORM_IDS),
            lines: [...found.lines, entry.line].slice(-STORM.linesShown),
            version: found.version + 1,
          };
      try {
        // The pointer from the id goes first: a process stopped between the two writes then leaves
        // only a pointer to nothing (ignored by get), never a storm that cannot be found by its id.
        if (quiet) {
          await this.db.send(
            new PutCommand({
              TableName: this.tableName,
              Item: { pk: `STORMID#${next.stormId}`, sk: 'STORM', key },
            }),
          );
        }
        await this.put(next, found?.version);
        return next;
      } catch (error) {
        if (!(error instanceof VersionConflict) || attempt >= 8) throw error;
      }
    }
  }

  async save(storm: Storm): Promise<void> {
    await this.put(storm, storm.version - 1);
  }

  private async put(storm: Storm, previous: number | undefined): Promise<void> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { pk: `STORM#${storm.key}`, sk: 'STORM', version: storm.version, storm },
          ...(previous === undefined
            ? { ConditionExpression: 'attribute_not_exists(pk)' }
            : {
                ConditionExpression: 'version = :previous',
                ExpressionAttributeValues: { ':previous': previous },
              }),
        }),
      );
    } catch (error) {
      if (isConditionFailure(error)) throw new VersionConflict(`storm ${storm.key} changed`);
      throw error;
    }
  }
}

export class DynamoDigestStore implements DigestStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async add(channel: string, period: string, closesAt: Date, entry: DigestEntry): Promise<void> {
    await this.db.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { pk: `DIGEST#${channel}#${period}`, sk: `ITEM#${entry.createdAt}#${entry.mentionKey}`, entry },
      }),
    );
    await this.db.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { pk: 'DIGESTS', sk: `${closesAt.toISOString()}#${channel}#${period}`, channel, period },
      }),
    );
  }

  async due(now: Date): Promise<Array<{ channel: string; period: string }>> {
    const out: Array<{ channel: string; period: string }> = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk AND sk <= :now',
          ExpressionAttributeValues: { ':pk': 'DIGESTS', ':now': `${now.toISOString()}~` },
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of page.Items ?? [])
        out.push({ channel: String(item.channel), period: String(item.period) });
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return out;
  }

  async markSent(channel: string, period: string): Promise<void> {
    const page = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk',
        FilterExpression: 'channel = :c AND period = :p',
        ExpressionAttributeValues: { ':pk': 'DIGESTS', ':c': channel, ':p': period },
      }),
    );
    for (const item of page.Items ?? []) {
      await this.db.send(new DeleteCommand({ TableName: this.tableName, Key: { pk: item.pk, sk: item.sk } }));
    }
  }

  async entries(channel: string, period: string): Promise<DigestEntry[]> {
    const out: DigestEntry[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :item)',
          ExpressionAttributeValues: { ':pk': `DIGEST#${channel}#${period}`, ':item': 'ITEM#' },
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of page.Items ?? []) out.push(item.entry as DigestEntry);
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return out;
  }
}
