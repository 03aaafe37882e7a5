/**
 * The queues, defined once and used by the CDK stack and the local stack alike.
 * `visibilitySeconds` must exceed the consuming Lambda's timeout.
 */
export interface QueueDefinition {
  id: 'mentions' | 'slackOut' | 'replies';
  /** Queue name; FIFO names end in .fifo. */
  name: string;
  fifo: boolean;
  visibilitySeconds: number;
  maxReceiveCount: number;
  /** Name of the consuming handler in functions/. */
  consumer: 'detect' | 'notify' | 'reply';
  batchSize: number;
  /**
   * How many batches the consumer runs at once: the Lambda's maximum concurrency on AWS (infra), as
   * many queue runners locally. `notify` speaks to Slack, whose Web API limits a workspace per method;
   * `reply` to the platforms' rate limits; `detect` bounds the write burst on the table after a backlog.
   */
  concurrency: number;
}

export const QUEUES: Record<QueueDefinition['id'], QueueDefinition> = {
  mentions: {
    id: 'mentions',
    name: 'beacon-mentions',
    fifo: false,
    visibilitySeconds: 90,
    maxReceiveCount: 5,
    consumer: 'detect',
    batchSize: 10,
    concurrency: 10,
  },
  slackOut: {
    id: 'slackOut',
    name: 'beacon-slack-out.fifo',
    fifo: true,
    visibilitySeconds: 90,
    maxReceiveCount: 8,
    consumer: 'notify',
    batchSize: 10,
    concurrency: 4,
  },
  /** Replies written in Slack, posted on the platform by `reply` (see docs/slack.md for the shape). */
  replies: {
    id: 'replies',
    name: 'beacon-replies',
    fifo: false,
    visibilitySeconds: 90,
    maxReceiveCount: 5,
    consumer: 'reply',
    batchSize: 5,
    concurrency: 2,
  },
};

export const dlqName = (q: QueueDefinition): string =>
  q.fifo ? `${q.name.replace(/\.fifo$/, '')}-dlq.fifo` : `${q.name}-dlq`;

/** Environment variable through which a handler receives a queue's URL. */
export const queueUrlEnv = (q: QueueDefinition): string =>
  `${q.id.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}_QUEUE_URL`;
