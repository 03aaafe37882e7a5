import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { handlerExists } from '../../infra/lib/constructs/beacon-function.ts';
import { QUEUES, queueUrlEnv } from '../../shared/queue/definitions.ts';
import { beaconTemplates, functionLogicalId } from './support/beacon-templates.ts';

const HANDLERS = ['webhook', 'detect', 'notify', 'countdown'];

describe('StatelessStack', () => {
  let template: Template;
  beforeAll(() => {
    template = beaconTemplates('dev').stateless;
  });

  describe('functions', () => {
    it.each(HANDLERS)('%s runs on the newest Node.js runtime on arm64 with active tracing', (handler) => {
      template.hasResourceProperties('AWS::Lambda::Function', {
        FunctionName: `dev-beacon-${handler}`,
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        Handler: 'index.handler',
        TracingConfig: { Mode: 'Active' },
        LoggingConfig: Match.objectLike({ LogFormat: 'JSON' }),
      });
    });

    it.each(HANDLERS)(
      '%s knows its stage and service and silences the SDK Node version warning',
      (handler) => {
        template.hasResourceProperties('AWS::Lambda::Function', {
          FunctionName: `dev-beacon-${handler}`,
          Environment: {
            Variables: Match.objectLike({
              BEACON_STAGE: 'dev',
              POWERTOOLS_SERVICE_NAME: 'beacon',
              AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
            }),
          },
        });
      },
    );

    it.each(HANDLERS)('%s logs to its own log group with a retention', (handler) => {
      template.hasResourceProperties('AWS::Logs::LogGroup', {
        LogGroupName: `/aws/lambda/dev-beacon-${handler}`,
        RetentionInDays: 14,
      });
    });

    it.each(HANDLERS)('%s raises an alarm on any error', (handler) => {
      template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        MetricName: 'Errors',
        Namespace: 'AWS/Lambda',
        Dimensions: [{ Name: 'FunctionName', Value: { Ref: functionLogicalId(template, handler) } }],
        Threshold: 0,
        ComparisonOperator: 'GreaterThanThreshold',
        AlarmActions: [{ 'Fn::ImportValue': Match.stringLikeRegexp('AlarmTopic') }],
      });
    });

    it('gets queue URLs under the names the shared definitions give', () => {
      template.hasResourceProperties('AWS::Lambda::Function', {
        FunctionName: 'dev-beacon-webhook',
        Environment: {
          Variables: Match.objectLike({
            [queueUrlEnv(QUEUES.mentions)]: { 'Fn::ImportValue': Match.stringLikeRegexp('MentionsQueue') },
            BEACON_SECRETS_ARN: { 'Fn::ImportValue': Match.stringLikeRegexp('Secrets') },
          }),
        },
      });
      template.hasResourceProperties('AWS::Lambda::Function', {
        FunctionName: 'dev-beacon-detect',
        Environment: {
          Variables: Match.objectLike({
            TABLE_NAME: { 'Fn::ImportValue': Match.stringLikeRegexp('BeaconTable') },
            [queueUrlEnv(QUEUES.slackOut)]: { 'Fn::ImportValue': Match.stringLikeRegexp('SlackOutQueue') },
          }),
        },
      });
    });
  });

  describe('queue consumers', () => {
    it.each([
      { handler: 'detect', definition: QUEUES.mentions, queue: 'MentionsQueue' },
      { handler: 'notify', definition: QUEUES.slackOut, queue: 'SlackOutQueue' },
    ])('$handler consumes $definition.name in batches, reporting partial failures', (c) => {
      template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
        FunctionName: { Ref: functionLogicalId(template, c.handler) },
        EventSourceArn: { 'Fn::ImportValue': Match.stringLikeRegexp(c.queue) },
        BatchSize: c.definition.batchSize,
        FunctionResponseTypes: ['ReportBatchItemFailures'],
      });
    });

    it.each([
      { handler: 'detect', definition: QUEUES.mentions },
      { handler: 'notify', definition: QUEUES.slackOut },
    ])('$handler times out well before its queue makes a record visible again', (c) => {
      const fn = template.findResources('AWS::Lambda::Function')[functionLogicalId(template, c.handler)] as {
        Properties: { Timeout: number };
      };
      expect(fn.Properties.Timeout * 6).toBeLessThanOrEqual(c.definition.visibilitySeconds);
    });

    it('subscribes one consumer per queue whose consumer exists in functions/', () => {
      const consumed = Object.values(QUEUES).filter((q) => handlerExists(q.consumer));
      template.resourceCountIs('AWS::Lambda::EventSourceMapping', consumed.length);
    });
  });

  describe('HTTP API', () => {
    it.each(['GET /webhooks/{platform}', 'POST /webhooks/{platform}'])('routes %s to webhook', (routeKey) => {
      const integrations = template.findResources('AWS::ApiGatewayV2::Integration', {
        Properties: { IntegrationUri: { 'Fn::GetAtt': [functionLogicalId(template, 'webhook'), 'Arn'] } },
      });
      const [integrationId] = Object.keys(integrations);
      template.hasResourceProperties('AWS::ApiGatewayV2::Route', {
        RouteKey: routeKey,
        Target: { 'Fn::Join': ['', ['integrations/', { Ref: integrationId }]] },
      });
    });

    it('deploys automatically to the default stage with access logs and throttling', () => {
      template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
        StageName: '$default',
        AutoDeploy: true,
        AccessLogSettings: Match.objectLike({ DestinationArn: Match.anyValue() }),
        DefaultRouteSettings: { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 },
      });
    });

    it('exports its URL', () => {
      template.hasOutput('ApiUrl', { Value: Match.anyValue() });
    });
  });

  describe('schedules', () => {
    it('invokes countdown every minute', () => {
      template.hasResourceProperties('AWS::Events::Rule', {
        ScheduleExpression: 'rate(1 minute)',
        State: 'ENABLED',
        Targets: [
          Match.objectLike({ Arn: { 'Fn::GetAtt': [functionLogicalId(template, 'countdown'), 'Arn'] } }),
        ],
      });
    });
  });
});
