/**
 * The one DynamoDB table, defined once and used by the CDK stack and the local stack alike.
 *
 * Item collection per thread:   pk THREAD#<platform>#<threadId>
 *   sk MENTION#<mentionId>       one per mention, read together and sorted by time
 * Mention markers:               pk SEEN#<platform>#<mentionId>, sk SEEN: conditional put dedupes
 *                                redeliveries and remembers the mention's thread
 * Alerts:                        pk ALERT#<alertId>, sk ALERT
 * Author moments:                pk AUTHOR#<platform>#<authorId>, sk THREAD#<threadId>: one per
 *                                thread the author spoke in (conditional put), the basis of history
 * Poll cursors:                  pk CURSOR#<source>, sk CURSOR
 * Reply intents:                 pk REPLY#<platform>#<mentionId>, sk INTENT#<idempotencyKey>
 *
 * GSI1 (sparse, open alerts by next countdown step): gsi1pk DUE, gsi1sk <nextStepAt>#<alertId>
 * GSI2 (author history): gsi2pk AUTHOR#<platform>#<authorId>, gsi2sk <createdAt>#<mentionId>
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
  },
} as const;

/** Every key attribute is a string. */
export const KEY_ATTRIBUTES = ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk'] as const;
