import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRoutingForSynth, PROJECT_ROUTING_FILE } from '../../infra/lib/routing.ts';
import { createPollSources } from '../../shared/platforms/poll-sources.ts';
import { QUEUES, queueUrlEnv } from '../../shared/queue/definitions.ts';
import { beaconTemplates, functionLogicalId } from './support/beacon-templates.ts';

const HANDLERS = ['webhook', 'detect', 'notify', 'countdown', 'report'];

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
      const fn = template.findResources('AWS::Lambda::Function')[functionLogicalId(template, handler)] as {
        Properties: { LoggingConfig: { LogGroup: { Ref: string } } };
      };
      const logGroup =
        template.findResources('AWS::Logs::LogGroup')[fn.Properties.LoggingConfig.LogGroup.Ref];
      expect(logGroup).toMatchObject({ Properties: { RetentionInDays: 14 } });
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
        FunctionName: 'dev-beacon-notify',
        Environment: {
          Variables: Match.objectLike({
            [queueUrlEnv(QUEUES.slackOut)]: { 'Fn::ImportValue': Match.stringLikeRegexp('SlackOutQueue') },
          }),
        },
      });
      template.hasResourceProperties('AWS::Lambda::Function', {
        FunctionName: 'dev-beacon-slack-interactions',
        Environment: {
          Variables: Match.objectLike({
            [queueUrlEnv(QUEUES.replies)]: { 'Fn::ImportValue': Match.stringLikeRegexp('RepliesQueue') },
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
    const CONSUMERS = [
      { handler: 'detect', definition: QUEUES.mentions, queue: 'MentionsQueue' },
      { handler: 'notify', definition: QUEUES.slackOut, queue: 'SlackOutQueue' },
      { handler: 'reply', definition: QUEUES.replies, queue: 'RepliesQueue' },
    ];

    it('has a consumer for every queue definition', () => {
      expect(CONSUMERS.map((c) => c.definition)).toEqual(Object.values(QUEUES));
      expect(CONSUMERS.every((c) => c.definition.consumer === c.handler)).toBe(true);
    });

    it.each(CONSUMERS)('$handler consumes $definition.name in batches, reporting partial failures', (c) => {
      template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
        FunctionName: { Ref: functionLogicalId(template, c.handler) },
        EventSourceArn: { 'Fn::ImportValue': Match.stringLikeRegexp(c.queue) },
        BatchSize: c.definition.batchSize,
        FunctionResponseTypes: ['ReportBatchItemFailures'],
      });
    });

    it.each(CONSUMERS)('$handler times out well before its queue makes a record visible again', (c) => {
      const fn = template.findResources('AWS::Lambda::Function')[functionLogicalId(template, c.handler)] as {
        Properties: { Timeout: number };
      };
      expect(fn.Properties.Timeout * 6).toBeLessThanOrEqual(c.definition.visibilitySeconds);
    });

    it('has no other event source mapping', () => {
      template.resourceCountIs('AWS::Lambda::EventSourceMapping', CONSUMERS.length);
    });
  });

  describe('HTTP API', () => {
    const ROUTES = [
      { routeKey: 'GET /webhooks/{platform}', handler: 'webhook' },
      { routeKey: 'POST /webhooks/{platform}', handler: 'webhook' },
      { routeKey: 'POST /slack/interactions', handler: 'slack-interactions' },
      { routeKey: 'POST /slack/commands', handler: 'slack-interactions' },
    ];

    it.each(ROUTES)('routes $routeKey to $handler', ({ routeKey, handler }) => {
      const integrations = template.findResources('AWS::ApiGatewayV2::Integration', {
        Properties: { IntegrationUri: { 'Fn::GetAtt': [functionLogicalId(template, handler), 'Arn'] } },
      });
      const [integrationId] = Object.keys(integrations);
      template.hasResourceProperties('AWS::ApiGatewayV2::Route', {
        RouteKey: routeKey,
        Target: { 'Fn::Join': ['', ['integrations/', { Ref: integrationId }]] },
      });
    });

    it('has no other route', () => {
      template.resourceCountIs('AWS::ApiGatewayV2::Route', ROUTES.length);
    });

    it('deploys automatically to the default stage with access logs and throttling', () => {
      template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
        StageName: '$default',
        AutoDeploy: true,
        AccessLogSettings: Match.objectLike({ DestinationArn: Match.anyValue() }),
        DefaultRouteSettings: { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 },
      });
    });

    it.each([
      { output: 'ApiUrl', path: '' },
      { output: 'SlackInteractivityUrl', path: 'slack/interactions' },
      { output: 'SlackCommandsUrl', path: 'slack/commands' },
    ])('exports $output: the stage URL followed by "$path"', ({ output, path }) => {
      const value = JSON.stringify(template.findOutputs(output)[output]?.Value);
      expect(value).toContain('execute-api');
      expect(value.endsWith(`"/${path}"]]}`)).toBe(true);
    });
  });

  describe('schedules', () => {
    const SCHEDULES = [
      { handler: 'countdown', expression: 'rate(1 minute)' },
      { handler: 'digest', expression: 'rate(15 minutes)' },
      { handler: 'report', expression: 'cron(0 8 ? * MON *)' },
    ];

    it('runs one countdown at a time', () => {
      template.hasResourceProperties('AWS::Lambda::Function', {
        FunctionName: 'dev-beacon-countdown',
        ReservedConcurrentExecutions: 1,
      });
    });

    it.each(SCHEDULES)('invokes $handler at $expression', ({ handler, expression }) => {
      template.hasResourceProperties('AWS::Events::Rule', {
        Name: `dev-beacon-${handler}`,
        ScheduleExpression: expression,
        State: 'ENABLED',
        Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [functionLogicalId(template, handler), 'Arn'] } })],
      });
    });

    it.each(SCHEDULES)(
      'does not retry a failed $handler tick: the next one does the same work',
      ({ handler }) => {
        template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
          FunctionName: { Ref: functionLogicalId(template, handler) },
          MaximumRetryAttempts: 0,
        });
      },
    );
  });

  describe('poll schedules', () => {
    const dir = mkdtempSync(join(tmpdir(), 'beacon-poll-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const SOURCES = `
sources:
  - { type: x-search, query: 'acme OR @acme' }
  - { type: reddit-comments, subreddit: acme, schedule: 'rate(5 minutes)' }
`;

    it('has none while the routing config names no source', () => {
      expect(loadRoutingForSynth().sources ?? []).toEqual([]);
      template.resourcePropertiesCountIs('AWS::Events::Rule', { Name: Match.stringLikeRegexp('-poll-') }, 0);
    });

    it("runs poll once per configured source, at the source's schedule, naming the source", () => {
      const file = join(dir, 'routing.yaml');
      writeFileSync(file, readFileSync(PROJECT_ROUTING_FILE, 'utf8') + SOURCES);
      const withSources = beaconTemplates('dev', { routingFile: file }).stateless;
      const config = loadRoutingForSynth(file);
      const sources = createPollSources(config.sources ?? [], config.brand.accounts);
      expect(sources.map((s) => s.defaultSchedule)).toContain('rate(5 minutes)');
      for (const source of sources) {
        withSources.hasResourceProperties('AWS::Events::Rule', {
          Name: `dev-beacon-poll-${source.id}`,
          ScheduleExpression: source.defaultSchedule,
          Targets: [
            Match.objectLike({
              Arn: { 'Fn::GetAtt': [functionLogicalId(withSources, 'poll'), 'Arn'] },
              Input: JSON.stringify({ source: source.id }),
            }),
          ],
        });
      }
      withSources.resourcePropertiesCountIs(
        'AWS::Events::Rule',
        { Name: Match.stringLikeRegexp('-poll-') },
        sources.length,
      );
    });
  });
});
