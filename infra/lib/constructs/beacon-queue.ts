import { Duration } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { DeduplicationScope, FifoThroughputLimit, Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { dlqName, type QueueDefinition } from '../../../shared/queue/definitions.ts';
import { type StageConfig, stageName } from '../stage.ts';

/** A message older than this means the queue is not draining; alert windows are an hour or less. */
export const OLDEST_MESSAGE_ALARM_SECONDS = 5 * 60;

export interface BeaconQueueProps {
  definition: QueueDefinition;
  stage: StageConfig;
  alarmTopic: ITopic;
}

/**
 * A queue built from its shared definition, with its dead-letter queue and an alarm that fires as soon as
 * one message lands there (a dead letter is a post nobody was alerted about, or an alert never delivered).
 */
export class BeaconQueue extends Construct {
  readonly definition: QueueDefinition;
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;
  readonly deadLetterAlarm: Alarm;
  readonly oldestMessageAlarm: Alarm;

  constructor(scope: Construct, id: string, props: BeaconQueueProps) {
    super(scope, id);
    const { definition, stage } = props;
    this.definition = definition;
    const fifo = definition.fifo
      ? {
          fifo: true,
          // Senders may omit a deduplication id; identical bodies within 5 minutes are then one message.
          contentBasedDeduplication: true,
          // High-throughput FIFO: ordering (and the rate limit it protects) is per channel, not per queue.
          deduplicationScope: DeduplicationScope.MESSAGE_GROUP,
          fifoThroughputLimit: FifoThroughputLimit.PER_MESSAGE_GROUP_ID,
        }
      : {};

    this.deadLetterQueue = new Queue(this, 'DeadLetterQueue', {
      queueName: stageName(stage, dlqName(definition)),
      retentionPeriod: Duration.days(14),
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      removalPolicy: stage.removalPolicy,
      ...(definition.fifo ? { fifo: true } : {}),
    });

    this.queue = new Queue(this, 'Queue', {
      queueName: stageName(stage, definition.name),
      visibilityTimeout: Duration.seconds(definition.visibilitySeconds),
      retentionPeriod: Duration.days(4),
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      removalPolicy: stage.removalPolicy,
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: definition.maxReceiveCount },
      ...fifo,
    });

    this.deadLetterAlarm = new Alarm(this, 'DeadLetterAlarm', {
      alarmName: stageName(stage, `${dlqName(definition).replace(/\.fifo$/, '')}-not-empty`),
      alarmDescription: `Messages in ${dlqName(definition)}: they failed ${definition.maxReceiveCount} times. Inspect, fix, then redrive.`,
      metric: this.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(1) }),
      threshold: 0,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    this.deadLetterAlarm.addAlarmAction(new SnsAction(props.alarmTopic));

    // A backlog that stops moving (consumer failing, throttled or capped) shows here before the DLQ does.
    const baseName = definition.name.replace(/\.fifo$/, '');
    this.oldestMessageAlarm = new Alarm(this, 'OldestMessageAlarm', {
      alarmName: stageName(stage, `${baseName}-oldest-message`),
      alarmDescription: `The oldest message in ${definition.name} has waited over ${OLDEST_MESSAGE_ALARM_SECONDS / 60} minutes: check ${definition.consumer}'s errors and throttles.`,
      metric: this.queue.metricApproximateAgeOfOldestMessage({
        period: Duration.minutes(1),
        statistic: 'Maximum',
      }),
      threshold: OLDEST_MESSAGE_ALARM_SECONDS,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 3,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    this.oldestMessageAlarm.addAlarmAction(new SnsAction(props.alarmTopic));
  }
}
