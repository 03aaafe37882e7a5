import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { stageConfig } from '../../infra/lib/stage.ts';
import { beaconTemplates } from './support/beacon-templates.ts';

describe('stages', () => {
  const prod = beaconTemplates('prod');
  const dev = beaconTemplates('dev');

  it.each([
    { type: 'AWS::DynamoDB::GlobalTable', name: 'TableName', value: 'prod-beacon' },
    { type: 'AWS::SQS::Queue', name: 'QueueName', value: 'prod-beacon-mentions' },
    { type: 'AWS::SecretsManager::Secret', name: 'Name', value: 'beacon/prod/secrets' },
  ])('names the $type after the stage ($value)', ({ type, name, value }) => {
    prod.stateful.hasResourceProperties(type, { [name]: value });
  });

  it('names functions, schedules and the API after the stage', () => {
    prod.stateless.hasResourceProperties('AWS::Lambda::Function', { FunctionName: 'prod-beacon-webhook' });
    prod.stateless.hasResourceProperties('AWS::Events::Rule', { Name: 'prod-beacon-countdown' });
    prod.stateless.hasResourceProperties('AWS::ApiGatewayV2::Api', { Name: 'prod-beacon-api' });
  });

  it.each(['AWS::DynamoDB::GlobalTable', 'AWS::SQS::Queue', 'AWS::SecretsManager::Secret'])(
    'retains every %s in prod and deletes it in dev',
    (type) => {
      const policies = (t: typeof prod.stateful) =>
        Object.values(t.findResources(type)).map((r) => (r as { DeletionPolicy?: string }).DeletionPolicy);
      expect(new Set(policies(prod.stateful))).toEqual(new Set(['Retain']));
      expect(new Set(policies(dev.stateful))).toEqual(new Set(['Delete']));
    },
  );

  it('protects the prod table from deletion and keeps logs longer', () => {
    const protectedReplica = (enabled: boolean) => ({
      Replicas: [Match.objectLike({ DeletionProtectionEnabled: enabled })],
    });
    prod.stateful.hasResourceProperties('AWS::DynamoDB::GlobalTable', protectedReplica(true));
    dev.stateful.hasResourceProperties('AWS::DynamoDB::GlobalTable', protectedReplica(false));
    prod.stateless.hasResourceProperties('AWS::Lambda::Function', {
      FunctionName: 'prod-beacon-detect',
      LoggingConfig: { LogFormat: 'JSON', LogGroup: { Ref: Match.stringLikeRegexp('^DetectLogGroup') } },
    });
    prod.stateless.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 90 });
  });

  it.each(['Prod', 'prod_1', '1prod', '', 'a-very-long-stage-name'])(
    'rejects the stage name "%s"',
    (name) => {
      expect(() => stageConfig(name)).toThrow(/stage must match/);
    },
  );
});
