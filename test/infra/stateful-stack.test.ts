import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { OPERATOR_SECRET_KEYS } from '../../infra/lib/secrets.ts';
import { dlqName, QUEUES } from '../../shared/queue/definitions.ts';
import { TABLE } from '../../shared/store/table-schema.ts';
import { beaconTemplates } from './support/beacon-templates.ts';

describe('StatefulStack', () => {
  let template: Template;
  beforeAll(() => {
    template = beaconTemplates('dev').stateful;
  });

  describe('table', () => {
    it('is built from the shared schema: string pk/sk, on-demand, TTL on the expiry attribute', () => {
      template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
        TableName: `dev-${TABLE.localName}`,
        BillingMode: 'PAY_PER_REQUEST',
        KeySchema: [
          { AttributeName: TABLE.partitionKey, KeyType: 'HASH' },
          { AttributeName: TABLE.sortKey, KeyType: 'RANGE' },
        ],
        TimeToLiveSpecification: { AttributeName: TABLE.ttlAttribute, Enabled: true },
      });
    });

    it.each(Object.values(TABLE.indexes))('has the $name index on $partitionKey/$sortKey', (index) => {
      template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
        GlobalSecondaryIndexes: Match.arrayWith([
          Match.objectLike({
            IndexName: index.name,
            KeySchema: [
              { AttributeName: index.partitionKey, KeyType: 'HASH' },
              { AttributeName: index.sortKey, KeyType: 'RANGE' },
            ],
            Projection: { ProjectionType: 'ALL' },
          }),
        ]),
      });
    });

    it('has point-in-time recovery', () => {
      template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
        Replicas: [
          Match.objectLike({ PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } }),
        ],
      });
    });
  });

  describe.each(Object.values(QUEUES))('queue $name', (definition) => {
    it('redrives to its dead-letter queue after maxReceiveCount receives', () => {
      const dlqs = template.findResources('AWS::SQS::Queue', {
        Properties: { QueueName: `dev-${dlqName(definition)}` },
      });
      const [dlqId] = Object.keys(dlqs);
      expect(dlqId).toBeDefined();
      template.hasResourceProperties('AWS::SQS::Queue', {
        QueueName: `dev-${definition.name}`,
        VisibilityTimeout: definition.visibilitySeconds,
        RedrivePolicy: {
          deadLetterTargetArn: { 'Fn::GetAtt': [dlqId, 'Arn'] },
          maxReceiveCount: definition.maxReceiveCount,
        },
      });
    });

    it(`is ${definition.fifo ? 'FIFO with per-channel throughput' : 'a standard queue'}, like its dead-letter queue`, () => {
      const fifo = definition.fifo
        ? { FifoQueue: true, DeduplicationScope: 'messageGroup', FifoThroughputLimit: 'perMessageGroupId' }
        : { FifoQueue: Match.absent() };
      template.hasResourceProperties('AWS::SQS::Queue', { QueueName: `dev-${definition.name}`, ...fifo });
      template.hasResourceProperties('AWS::SQS::Queue', {
        QueueName: `dev-${dlqName(definition)}`,
        FifoQueue: definition.fifo ? true : Match.absent(),
      });
    });

    it('encrypts both queues at rest and refuses plain HTTP', () => {
      for (const name of [definition.name, dlqName(definition)]) {
        template.hasResourceProperties('AWS::SQS::Queue', {
          QueueName: `dev-${name}`,
          SqsManagedSseEnabled: true,
        });
      }
      const policies = JSON.stringify(template.findResources('AWS::SQS::QueuePolicy'));
      expect(policies.match(/"aws:SecureTransport":"false"/g)?.length).toBe(Object.keys(QUEUES).length * 2);
    });

    it('raises an alarm to the alarm topic as soon as one message is dead-lettered', () => {
      const dlqId = Object.keys(
        template.findResources('AWS::SQS::Queue', {
          Properties: { QueueName: `dev-${dlqName(definition)}` },
        }),
      )[0];
      template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        AlarmName: `dev-${dlqName(definition).replace(/\.fifo$/, '')}-not-empty`,
        MetricName: 'ApproximateNumberOfMessagesVisible',
        Namespace: 'AWS/SQS',
        Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [dlqId, 'QueueName'] } }],
        Threshold: 0,
        ComparisonOperator: 'GreaterThanThreshold',
        TreatMissingData: 'notBreaching',
        AlarmActions: [{ Ref: Match.stringLikeRegexp('^AlarmTopic') }],
      });
    });
  });

  describe('secret', () => {
    it('is created without a value, so no deploy can regenerate it over what an operator stored', () => {
      const secrets = Object.values(template.findResources('AWS::SecretsManager::Secret')) as Array<{
        Properties: Record<string, unknown>;
      }>;
      expect(secrets).toHaveLength(1);
      // Neither a value nor a generator: CloudFormation creates an empty secret and never writes it again.
      expect(Object.keys(secrets[0]?.Properties ?? {}).sort()).toEqual(['Description', 'Name', 'Tags']);
      template.hasResourceProperties('AWS::SecretsManager::Secret', { Name: 'beacon/dev/secrets' });
    });

    it('names no key, so adding a key to the documented list changes nothing in the template', () => {
      const secret = JSON.stringify(template.findResources('AWS::SecretsManager::Secret'));
      for (const key of OPERATOR_SECRET_KEYS) expect(secret).not.toContain(key);
      expect(OPERATOR_SECRET_KEYS).toEqual(
        expect.arrayContaining(['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'BEACON_GENERIC_SECRET']),
      );
    });
  });

  describe('outputs', () => {
    it('exports the secret name to fill and the alarm topic to subscribe to', () => {
      template.hasOutput('SecretName', { Value: 'beacon/dev/secrets' });
      template.hasOutput('AlarmTopicArn', { Value: { Ref: Match.stringLikeRegexp('^AlarmTopic') } });
    });
  });

  describe('alarm topic', () => {
    it('is encrypted with a rotating key that CloudWatch may use to publish', () => {
      template.hasResourceProperties('AWS::SNS::Topic', {
        TopicName: 'dev-beacon-alarms',
        KmsMasterKeyId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^AlarmTopicKey'), 'Arn'] },
      });
      template.hasResourceProperties('AWS::KMS::Key', {
        EnableKeyRotation: true,
        KeyPolicy: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Principal: { Service: 'cloudwatch.amazonaws.com' },
              Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
            }),
          ]),
        },
      });
    });
  });
});
