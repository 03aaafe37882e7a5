/**
 * Each helper grants exactly one kind of access AND sets the environment variable the runtime reads for
 * it, in the same call, so a permission and its configuration can never drift apart.
 */
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import { queueUrlEnv } from '../../shared/queue/definitions.ts';
import { TABLE } from '../../shared/store/table-schema.ts';
import type { BeaconFunction } from './constructs/beacon-function.ts';
import type { BeaconQueue } from './constructs/beacon-queue.ts';

export const TABLE_NAME_ENV = 'TABLE_NAME';
export const SECRETS_ARN_ENV = 'BEACON_SECRETS_ARN';

/** Item reads and writes; no Scan, no table administration. Transactions use these same actions. */
export const TABLE_ITEM_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:ConditionCheckItem',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
  'dynamodb:DescribeTable',
];

/** Read and write items of the table and of each named index (no `index/*` wildcard). */
export function bindTable(fn: BeaconFunction, table: ITableV2): void {
  fn.addToRolePolicy(
    new PolicyStatement({
      actions: TABLE_ITEM_ACTIONS,
      resources: [
        table.tableArn,
        ...Object.values(TABLE.indexes).map((index) => `${table.tableArn}/index/${index.name}`),
      ],
    }),
  );
  fn.addEnvironment(TABLE_NAME_ENV, table.tableName);
}

/** Send messages to a queue (never receive or delete). */
export function bindQueue(fn: BeaconFunction, queue: BeaconQueue): void {
  queue.queue.grantSendMessages(fn);
  fn.addEnvironment(queueUrlEnv(queue.definition), queue.queue.queueUrl);
}

/** Read the stage's secret (never write it). */
export function bindSecrets(fn: BeaconFunction, secret: ISecret): void {
  secret.grantRead(fn);
  fn.addEnvironment(SECRETS_ARN_ENV, secret.secretArn);
}

/**
 * Make the function the consumer of a queue: batch size from the shared definition, partial batch
 * failures reported, so one bad record is retried (and dead-lettered) alone. Receive, delete and change
 * visibility only; sending needs bindQueue.
 */
export function consumeQueue(fn: BeaconFunction, queue: BeaconQueue, maxConcurrency?: number): void {
  const visibility = queue.definition.visibilitySeconds;
  const timeout = fn.timeout?.toSeconds() ?? 3;
  // A record must not become visible again while its first attempt is still running.
  if (timeout >= visibility) {
    throw new Error(
      `${fn.handlerName}: timeout ${timeout}s must stay below the visibility timeout ${visibility}s of ${queue.definition.name}`,
    );
  }
  fn.addEventSource(
    new SqsEventSource(queue.queue, {
      batchSize: queue.definition.batchSize,
      reportBatchItemFailures: true,
      // A cap on the event source, not reserved concurrency: throttled batches stay in the queue.
      ...(maxConcurrency ? { maxConcurrency } : {}),
    }),
  );
  // The consumer may postpone a record (ChangeMessageVisibility, granted above) and needs the URL for it.
  fn.addEnvironment(queueUrlEnv(queue.definition), queue.queue.queueUrl);
}
