/**
 * What an operator relies on in the synthesized stacks: alarms on every queue, function and the API,
 * the dashboard, concurrency caps, and a stateless stack that can be destroyed and re-created in
 * every stage.
 */
import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { CONSUMER_CONCURRENCY } from '../../infra/lib/stateless-stack.ts';
import { dlqName, QUEUES } from '../../shared/queue/definitions.ts';
import { type BeaconTemplates, beaconTemplates, functionLogicalId } from './support/beacon-templates.ts';

const HANDLERS = [
  'webhook',
  'detect',
  'notify',
  'countdown',
  'slack-interactions',
  'digest',
  'reply',
  'poll',
];
const templates: Record<string, BeaconTemplates> = {
  dev: beaconTemplates('dev'),
  prod: beaconTemplates('prod'),
};
const { stateful, stateless } = templates.dev as BeaconTemplates;

type Resource = { Type: string; Properties?: Record<string, unknown>; DeletionPolicy?: string };

describe('alarms', () => {
  it.each(Object.values(QUEUES))(
    '$name alarms when its oldest message is over 5 minutes old',
    (definition) => {
      const queueId = Object.keys(
        stateful.findResources('AWS::SQS::Queue', { Properties: { QueueName: `dev-${definition.name}` } }),
      )[0];
      stateful.hasResourceProperties('AWS::CloudWatch::Alarm', {
        AlarmName: `dev-${definition.name.replace(/\.fifo$/, '')}-oldest-message`,
        MetricName: 'ApproximateAgeOfOldestMessage',
        Namespace: 'AWS/SQS',
        Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [queueId, 'QueueName'] } }],
        Statistic: 'Maximum',
        Threshold: 300,
        ComparisonOperator: 'GreaterThanThreshold',
        AlarmActions: [{ Ref: Match.stringLikeRegexp('^AlarmTopic') }],
      });
    },
  );

  it.each(HANDLERS)('%s alarms on any throttle', (handler) => {
    stateless.hasResourceProperties('AWS::CloudWatch::Alarm', {
      AlarmName: `dev-beacon-${handler}-throttles`,
      MetricName: 'Throttles',
      Namespace: 'AWS/Lambda',
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: functionLogicalId(stateless, handler) } }],
      Threshold: 0,
      ComparisonOperator: 'GreaterThanThreshold',
      AlarmActions: [{ 'Fn::ImportValue': Match.stringLikeRegexp('AlarmTopic') }],
    });
  });

  it('alarms on any 5xx of the HTTP API', () => {
    stateless.hasResourceProperties('AWS::CloudWatch::Alarm', {
      AlarmName: 'dev-beacon-api-5xx',
      MetricName: '5xx',
      Namespace: 'AWS/ApiGateway',
      Dimensions: [{ Name: 'ApiId', Value: { Ref: Match.stringLikeRegexp('^HttpApi') } }],
      Statistic: 'Sum',
      Threshold: 0,
    });
  });

  it('alarms on a missed alert window, with the dimensions the countdown emits', () => {
    stateless.hasResourceProperties('AWS::CloudWatch::Alarm', {
      AlarmName: 'dev-beacon-alerts-missed',
      Namespace: 'Beacon',
      MetricName: 'Alerts',
      Dimensions: Match.arrayEquals([
        { Name: 'event', Value: 'missed' },
        { Name: 'service', Value: 'beacon' },
        { Name: 'stage', Value: 'dev' },
      ]),
      Statistic: 'Sum',
      Threshold: 0,
    });
  });
});

describe('dashboard', () => {
  const body = () => {
    const dashboards = Object.values(stateless.findResources('AWS::CloudWatch::Dashboard')) as Resource[];
    expect(dashboards).toHaveLength(1);
    expect(dashboards[0]?.Properties?.DashboardName).toBe('dev-beacon');
    // The body is an Fn::Join of strings and tokens; the literal parts are enough to read it.
    return JSON.stringify(dashboards[0]?.Properties?.DashboardBody);
  };

  it('shows alert latency as p50 and p99 and the missed windows', () => {
    const text = body();
    expect(text).toMatch(
      /\\"Beacon\\",\\"AlertLatency\\",\\"service\\",\\"beacon\\",\\"stage\\",\\"dev\\",\{[^}]*\\"stat\\":\\"p50\\"/,
    );
    expect(text).toMatch(/\\"AlertLatency\\"[^\]]*\\"stat\\":\\"p99\\"/);
    expect(text).toContain('\\"Alerts\\",\\"event\\",\\"missed\\"');
  });

  it('shows the age of the oldest message of every queue, the dead letters, throttles and API 5xx', () => {
    const text = body();
    for (const q of Object.values(QUEUES)) {
      expect(text).toContain(`\\"ApproximateAgeOfOldestMessage\\",\\"QueueName\\",\\"dev-${q.name}\\"`);
      expect(text).toContain(
        `\\"ApproximateNumberOfMessagesVisible\\",\\"QueueName\\",\\"dev-${dlqName(q)}\\"`,
      );
    }
    expect(text).toContain('\\"Throttles\\"');
    expect(text).toContain('\\"5xx\\"');
  });
});

describe('concurrency caps', () => {
  it.each(Object.entries(CONSUMER_CONCURRENCY))('%s runs at most %i batches at once', (handler, cap) => {
    stateless.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: functionLogicalId(stateless, handler) },
      ScalingConfig: { MaximumConcurrency: cap },
    });
  });

  it('caps detect at 10, notify at 4 and reply at 2 batches (docs/deploy.md explains each figure)', () => {
    expect(CONSUMER_CONCURRENCY).toEqual({ detect: 10, notify: 4, reply: 2 });
  });

  it('caps every queue consumer', () => {
    expect(Object.keys(CONSUMER_CONCURRENCY).sort()).toEqual(
      Object.values(QUEUES)
        .map((q) => q.consumer)
        .sort(),
    );
  });
});

describe.each(['dev', 'prod'])('destroying and re-creating the %s stateless stack', (stage) => {
  const { stateful: data, stateless: code } = templates[stage] as BeaconTemplates;

  it('exports nothing, so no other stack can block its deletion', () => {
    const outputs = Object.values(code.toJSON().Outputs ?? {}) as Array<{ Export?: unknown }>;
    expect(outputs.filter((o) => o.Export)).toEqual([]);
    expect(JSON.stringify(data.toJSON())).not.toContain('Fn::ImportValue');
  });

  it('retains nothing under a fixed name that the re-created stack would collide with', () => {
    const resources = Object.entries(code.toJSON().Resources as Record<string, Resource>);
    const retained = resources.filter(
      ([, r]) => r.DeletionPolicy === 'Retain' || r.DeletionPolicy === 'RetainExceptOnCreate',
    );
    if (stage === 'prod') expect(retained.length).toBeGreaterThan(0);
    for (const [id, r] of retained) {
      const named = Object.keys(r.Properties ?? {}).filter((k) => /Name$/.test(k) && k !== 'DisplayName');
      expect({ id, named }).toEqual({ id, named: [] });
    }
  });
});
