/**
 * The alarms that watch the service as a whole and the dashboard an operator opens first. Queue and
 * function alarms live with their constructs; this adds the API's 5xx, missed alert windows, and
 * one dashboard with everything. Queue metrics are addressed by their stage names, not by reference
 * to the stateful stack, so the dashboard adds no cross-stack export.
 */
import { Duration } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  Alarm,
  AlarmStatusWidget,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  type IMetric,
  Metric,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { dlqName, QUEUES } from '../../shared/queue/definitions.ts';
import { METRICS_NAMESPACE, METRICS_SERVICE } from '../../shared/runtime/metrics.ts';
import type { BeaconFunction } from './constructs/beacon-function.ts';
import { type StageConfig, stageName } from './stage.ts';

export interface OperationsProps {
  stage: StageConfig;
  api: HttpApi;
  functions: BeaconFunction[];
  alarmTopic: ITopic;
}

const FIVE_MINUTES = Duration.minutes(5);

export class Operations extends Construct {
  readonly dashboard: Dashboard;
  readonly apiServerErrorAlarm: Alarm;
  readonly missedAlarm: Alarm;

  constructor(scope: Construct, id: string, props: OperationsProps) {
    super(scope, id);
    const { stage, api, functions } = props;
    const beacon = (metricName: string, statistic: string, dimensions: Record<string, string> = {}) =>
      new Metric({
        namespace: METRICS_NAMESPACE,
        metricName,
        statistic,
        period: FIVE_MINUTES,
        dimensionsMap: { service: METRICS_SERVICE, stage: stage.name, ...dimensions },
      });
    const missed = beacon('Alerts', 'Sum', { event: 'missed' });
    const escalated = beacon('Alerts', 'Sum', { event: 'escalated' }).with({ label: 'escalated' });
    const latency = (p: string) => beacon('AlertLatency', p).with({ label: `latency ${p}` });
    const api5xx = api.metricServerError({ period: FIVE_MINUTES, statistic: 'Sum' });

    this.apiServerErrorAlarm = this.alarm('ApiServerErrorAlarm', props.alarmTopic, {
      alarmName: stageName(stage, 'beacon-api-5xx'),
      alarmDescription:
        'The HTTP API answered 5xx: platforms and Slack retry, but read the webhook and slack-interactions logs.',
      metric: api5xx,
    });
    this.missedAlarm = this.alarm('MissedAlarm', props.alarmTopic, {
      alarmName: stageName(stage, 'beacon-alerts-missed'),
      alarmDescription:
        'An alert window closed without a reply (Alerts/missed): a moment of truth nobody answered.',
      metric: missed,
    });
    // Labels only on graphs: a labelled metric makes an alarm a metric-math one.

    const queueMetric = (metricName: string, queueName: string, statistic: string) =>
      new Metric({
        namespace: 'AWS/SQS',
        metricName,
        statistic,
        period: Duration.minutes(1),
        dimensionsMap: { QueueName: stageName(stage, queueName) },
        label: queueName,
      });
    const byFunction = (metric: (fn: BeaconFunction) => IMetric) => functions.map(metric);

    this.dashboard = new Dashboard(this, 'Dashboard', {
      dashboardName: stageName(stage, 'beacon'),
      defaultInterval: Duration.hours(3),
    });
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'Alert latency, mention created → card posted (ms)',
        left: [latency('p50'), latency('p99')],
        width: 12,
      }),
      new GraphWidget({
        title: 'Alerts missed and escalated',
        left: [missed.with({ label: 'missed' }), escalated],
        width: 12,
      }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'Age of the oldest message (s)',
        left: Object.values(QUEUES).map((q) =>
          queueMetric('ApproximateAgeOfOldestMessage', q.name, 'Maximum'),
        ),
        width: 12,
      }),
      new GraphWidget({
        title: 'Dead-lettered messages',
        left: Object.values(QUEUES).map((q) =>
          queueMetric('ApproximateNumberOfMessagesVisible', dlqName(q), 'Maximum'),
        ),
        width: 12,
      }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'Function errors',
        left: byFunction((fn) => fn.metricErrors({ period: FIVE_MINUTES, label: fn.handlerName })),
        width: 8,
      }),
      new GraphWidget({
        title: 'Function throttles',
        left: byFunction((fn) => fn.metricThrottles({ period: FIVE_MINUTES, label: fn.handlerName })),
        width: 8,
      }),
      new GraphWidget({
        title: 'HTTP API responses',
        left: [
          api.metricCount({ period: FIVE_MINUTES, label: 'requests' }),
          api.metricClientError({ period: FIVE_MINUTES, label: '4xx' }),
          api5xx.with({ label: '5xx' }),
        ],
        width: 8,
      }),
    );
    this.dashboard.addWidgets(
      new AlarmStatusWidget({
        title: 'Alarms of this stack',
        alarms: [
          this.apiServerErrorAlarm,
          this.missedAlarm,
          ...functions.flatMap((fn) => [fn.errorAlarm, fn.throttleAlarm]),
        ],
        width: 24,
      }),
    );
  }

  private alarm(
    id: string,
    topic: ITopic,
    props: { alarmName: string; alarmDescription: string; metric: IMetric },
  ) {
    const alarm = new Alarm(this, id, {
      ...props,
      threshold: 0,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(new SnsAction(topic));
    return alarm;
  }
}
