import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import { AttributeType, Billing, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { type CfnSecret, Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Topic } from 'aws-cdk-lib/aws-sns';
import type { Construct } from 'constructs';
import { QUEUES, type QueueDefinition } from '../../shared/queue/definitions.ts';
import { TABLE } from '../../shared/store/table-schema.ts';
import { BeaconQueue } from './constructs/beacon-queue.ts';
import { secretName } from './secrets.ts';
import { type StageConfig, stageName } from './stage.ts';

export interface StatefulStackProps extends StackProps {
  stage: StageConfig;
}

/** What the stateless stack receives: everything that holds data or outlives a deployment of code. */
export interface BeaconData {
  table: TableV2;
  queues: Record<QueueDefinition['id'], BeaconQueue>;
  secret: Secret;
  alarmTopic: Topic;
}

/** The table, the queues with their dead-letter queues and alarms, the secret and the alarm topic. */
export class StatefulStack extends Stack {
  readonly data: BeaconData;

  constructor(scope: Construct, id: string, props: StatefulStackProps) {
    super(scope, id, props);
    const { stage } = props;

    // A customer-managed key: CloudWatch cannot publish to a topic encrypted with the AWS-managed SNS key.
    const alarmKey = new Key(this, 'AlarmTopicKey', {
      description: `Beacon ${stage.name}: encrypts the alarm topic`,
      enableKeyRotation: true,
      removalPolicy: stage.removalPolicy,
    });
    alarmKey.grant(new ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey*');
    const alarmTopic = new Topic(this, 'AlarmTopic', {
      topicName: stageName(stage, 'beacon-alarms'),
      displayName: `Beacon ${stage.name} alarms`,
      enforceSSL: true,
      masterKey: alarmKey,
    });

    const table = new TableV2(this, TABLE.logicalName, {
      tableName: stageName(stage, TABLE.localName),
      billing: Billing.onDemand(),
      partitionKey: { name: TABLE.partitionKey, type: AttributeType.STRING },
      sortKey: { name: TABLE.sortKey, type: AttributeType.STRING },
      timeToLiveAttribute: TABLE.ttlAttribute,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: stage.isProduction,
      removalPolicy: stage.removalPolicy,
      globalSecondaryIndexes: Object.values(TABLE.indexes).map((index) => ({
        indexName: index.name,
        partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
        sortKey: { name: index.sortKey, type: AttributeType.STRING },
      })),
    });

    const queues = Object.fromEntries(
      Object.values(QUEUES).map((definition) => [
        definition.id,
        new BeaconQueue(this, queueConstructId(definition), { definition, stage, alarmTopic }),
      ]),
    ) as BeaconData['queues'];

    // Created without a value: the template owns none, so no deploy can regenerate the secret and
    // overwrite what the operator stored (docs/deploy.md). The L2 construct would generate one.
    const secret = new Secret(this, 'Secrets', {
      secretName: secretName(stage.name),
      description: `Beacon ${stage.name}: Slack and platform credentials (JSON object; fill with put-secret-value)`,
      removalPolicy: stage.removalPolicy,
    });
    (secret.node.defaultChild as CfnSecret).addPropertyDeletionOverride('GenerateSecretString');

    this.data = { table, queues, secret, alarmTopic };
    new CfnOutput(this, 'SecretName', {
      description: 'Fill with put-secret-value',
      value: secretName(stage.name),
    });
    new CfnOutput(this, 'AlarmTopicArn', {
      description: 'Subscribe to receive alarms',
      value: alarmTopic.topicArn,
    });
  }
}

const queueConstructId = (definition: QueueDefinition): string =>
  `${definition.id.charAt(0).toUpperCase()}${definition.id.slice(1)}`;
