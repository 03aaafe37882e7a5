/**
 * The one DynamoDB table, defined once and used by the CDK stack and the local stack alike.
 *
 * Item collection per thread:   pk THREAD#<platform>#<threadId>
 *   sk MENTION#<mentionId>       one per mention, read together and sorted by time
 * Mention markers:               pk SEEN#<platform>#<mentionId>, sk SEEN: conditional put dedupes
 *                                redeliveries and remembers the mention's thread
 * Alerts:                        pk ALERT#<alertId>, sk ALERT
 * Author moments:                pk AUTHOR#<platform>#<authorId>, sk THREAD#<threadId>: one per
 *                                thread the author spoke in (conditional put): the dedupe of moments
 * Author profile:                pk AUTHOR#<platform>#<authorId>, sk PROFILE#v2: the author's counts
 *                                per type in day buckets (365 days), kept on write
 * Poll cursors:                  pk CURSOR#<source>, sk CURSOR
 * Reply intents:                 pk REPLY#<platform>#<mentionId>, sk INTENT#<idempotencyKey>
 *
 * GSI1 (sparse, active alerts by next countdown step): gsi1pk DUE#<shard>, gsi1sk <nextStepAt>#<alertId>
 * GSI2 (author history of mentions; alerts by the UTC day they opened):
 *      gsi2pk AUTHOR#<platform>#<authorId>, gsi2sk <createdAt>#<mentionId>
 *      gsi2pk OPENED#<day>#<shard>,         gsi2sk <openedAt>#<alertId>
 * GSI3 (sparse, active alerts by channel, for `/beacon open`):
 *      gsi3pk OPEN#<Slack channel id, or the config's channel name until posted>, gsi3sk <deadline>#<alertId>
 *
 * Shards: every alert lands in one of SHARDS.due (SHARDS.opened) partitions of its index, chosen
 * by a hash of its id, so no single key takes every write at a brand's busiest hour. Readers read
 * every shard 0..count-1 (plus the unsharded keys written before sharding, see LEGACY_UNSHARDED).
 */
export const TABLE = {
  logicalName: 'BeaconTable',
  localName: 'beacon',
  partitionKey: 'pk',
  sortKey: 'sk',
  ttlAttribute: 'expiresAt',
  indexes: {
    due: { name: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    author: { name: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
    openByChannel: { name: 'gsi3', partitionKey: 'gsi3pk', sortKey: 'gsi3sk' },
  },
} as const;

/** Every key attribute is a string. */
export const KEY_ATTRIBUTES = [
  'pk',
  'sk',
  'gsi1pk',
  'gsi1sk',
  'gsi2pk',
  'gsi2sk',
  'gsi3pk',
  'gsi3sk',
] as const;

/**
 * Shard counts. 16 partitions each take ~1,000 writes/s on DynamoDB, far above 100× today's load.
 * To grow, raise a count and deploy: readers read every shard below the count, so alerts written
 * under the smaller count are still found; an alert moves to its new shard on its next save. Never
 * lower a count while alerts written under the larger one are active.
 */
export const SHARDS = { due: 16, opened: 16 } as const;

/**
 * Alerts written before sharding carry the unsharded keys `DUE` and `OPENED#<day>`; readers read
 * those keys too (one more small query each) until every such alert is closed and older than the
 * reports look back. Drop it then.
 */
export const LEGACY_UNSHARDED = true;

/** The shard (0..count-1) of an id: FNV-1a, stable across runtimes and releases. */
export function shardOf(id: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % count;
}
