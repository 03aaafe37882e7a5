/**
 * Creates the table and queues on a local server from the same definitions the CDK stack uses,
 * so the local stack and AWS cannot drift apart.
 */
import {
  CreateTableCommand,
  type CreateTableCommandInput,
  DescribeTableCommand,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { CreateQueueCommand, GetQueueAttributesCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { dlqName, QUEUES, type QueueDefinition } from '../queue/definitions.ts';
import { KEY_ATTRIBUTES, TABLE } from '../store/table-schema.ts';

export function tableInput(tableName: string): CreateTableCommandInput {
  const index = (def: { name: string; partitionKey: string; sortKey: string }) => ({
    IndexName: def.name,
    KeySchema: [
      { AttributeName: def.partitionKey, KeyType: 'HASH' as const },
      { AttributeName: def.sortKey, KeyType: 'RANGE' as const },
    ],
    Projection: { ProjectionType: 'ALL' as const },
  });
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: KEY_ATTRIBUTES.map((name) => ({
      AttributeName: name,
      AttributeType: 'S' as const,
    })),
    KeySchema: [
      { AttributeName: TABLE.partitionKey, KeyType: 'HASH' },
      { AttributeName: TABLE.sortKey, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: Object.values(TABLE.indexes).map(index),
  };
}

export async function ensureTable(ddb: DynamoDBClient, tableName: string): Promise<void> {
  try {
    await ddb.send(new DescribeTableCommand({ TableName: tableName }));
  } catch (error) {
    if (!(error instanceof Error) || error.name !== 'ResourceNotFoundException') throw error;
    await ddb.send(new CreateTableCommand(tableInput(tableName)));
  }
}

export type QueueUrls = Record<QueueDefinition['id'], string>;

async function createQueue(sqs: SQSClient, name: string, fifo: boolean, attributes: Record<string, string>) {
  const out = await sqs.send(
    new CreateQueueCommand({
      QueueName: name,
      Attributes: { ...attributes, ...(fifo ? { FifoQueue: 'true' } : {}) },
    }),
  );
  if (!out.QueueUrl) throw new Error(`queue ${name} was not created`);
  return out.QueueUrl;
}

/** Creates every queue with its DLQ and redrive policy; returns the queue URLs by id. */
export async function ensureQueues(sqs: SQSClient, prefix = ''): Promise<QueueUrls> {
  const urls: Partial<QueueUrls> = {};
  for (const def of Object.values(QUEUES)) {
    const dlqUrl = await createQueue(sqs, prefix + dlqName(def), def.fifo, {});
    const dlq = await sqs.send(
      new GetQueueAttributesCommand({ QueueUrl: dlqUrl, AttributeNames: ['QueueArn'] }),
    );
    urls[def.id] = await createQueue(sqs, prefix + def.name, def.fifo, {
      VisibilityTimeout: String(def.visibilitySeconds),
      RedrivePolicy: JSON.stringify({
        deadLetterTargetArn: dlq.Attributes?.QueueArn,
        maxReceiveCount: def.maxReceiveCount,
      }),
    });
  }
  return urls as QueueUrls;
}
