/**
 * Leases, one item each (pk LEASE#<name>, sk LEASE): a scheduled job takes its lease with a
 * conditional write before it runs, so two runs never overlap; a run that dies holds it only until
 * it expires.
 */
import { DeleteCommand, type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { LeaseStore } from '../usecases/ports.ts';
import { isConditionFailure } from './dynamo-client.ts';
import { TABLE } from './table-schema.ts';

const key = (name: string) => ({ pk: `LEASE#${name}`, sk: 'LEASE' });

export class DynamoLeaseStore implements LeaseStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async acquire(name: string, holder: string, now: Date, seconds: number): Promise<boolean> {
    const until = new Date(now.getTime() + seconds * 1000);
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...key(name),
            holder,
            until: until.toISOString(),
            // Cleaned up by the table's TTL a day after it lapsed.
            [TABLE.ttlAttribute]: Math.floor(until.getTime() / 1000) + 86_400,
          },
          ConditionExpression: 'attribute_not_exists(pk) OR #until <= :now',
          ExpressionAttributeNames: { '#until': 'until' },
          ExpressionAttributeValues: { ':now': now.toISOString() },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  async release(name: string, holder: string): Promise<void> {
    try {
      await this.db.send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: key(name),
          ConditionExpression: 'holder = :holder',
          ExpressionAttributeValues: { ':holder': holder },
        }),
      );
    } catch (error) {
      // Lapsed and taken by another run: it is theirs now.
      if (!isConditionFailure(error)) throw error;
    }
  }
}
