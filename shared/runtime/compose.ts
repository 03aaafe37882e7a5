/**
 * Wires the use cases to their adapters. One function for every runtime: the Lambda composition
 * root and the local stack both call it, with clients pointed at AWS or at local servers.
 */
import type { SQSClient } from '@aws-sdk/client-sqs';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { WebClient } from '@slack/web-api';
import { detect } from '../detect/index.ts';
import { WEBHOOK_ADAPTERS } from '../platforms/registry.ts';
import type { SecretBag } from '../platforms/types.ts';
import { SqsMentionQueue, SqsSlackOutQueue } from '../queue/sqs.ts';
import {
  brandContext,
  deadlineFor,
  decideRoute,
  isBrandAuthor,
  type RoutingConfig,
} from '../routing/index.ts';
import { WebApiSlackGateway } from '../slack/web-api-gateway.ts';
import { DynamoAlertStore } from '../store/alert-store.ts';
import { DynamoAuthorStore } from '../store/author-store.ts';
import { DynamoMentionStore } from '../store/mention-store.ts';
import type { SlackDeliveryDeps } from '../usecases/deliver-to-slack.ts';
import type { Clock } from '../usecases/ports.ts';
import type { PipelineDeps } from '../usecases/process-mention.ts';
import type { WebhookDeps } from '../usecases/receive-webhook.ts';
import type { CountdownDeps } from '../usecases/run-countdown.ts';
import type { Logger } from './logger.ts';

export interface RuntimeParts {
  db: DynamoDBDocumentClient;
  tableName: string;
  sqs: SQSClient;
  mentionsQueueUrl: string;
  slackOutQueueUrl: string;
  slack: WebClient;
  secrets: () => Promise<SecretBag>;
  /** A getter, so the local stack can swap in a reloaded config without rebuilding anything. */
  config: () => RoutingConfig;
  clock: Clock;
  logger: Logger;
}

export interface Runtime {
  logger: Logger;
  webhook: WebhookDeps;
  pipeline: PipelineDeps;
  slackDelivery: SlackDeliveryDeps;
  countdown: CountdownDeps;
}

export function composeRuntime(parts: RuntimeParts): Runtime {
  const mentions = new DynamoMentionStore(parts.db, parts.tableName);
  const alerts = new DynamoAlertStore(parts.db, parts.tableName);
  const authors = new DynamoAuthorStore(parts.db, parts.tableName);
  const mentionQueue = new SqsMentionQueue(parts.sqs, parts.mentionsQueueUrl);
  const slackOut = new SqsSlackOutQueue(parts.sqs, parts.slackOutQueueUrl);
  const slack = new WebApiSlackGateway(parts.slack);
  const { config, clock } = parts;

  return {
    logger: parts.logger,
    webhook: {
      adapters: WEBHOOK_ADAPTERS,
      secrets: parts.secrets,
      queue: mentionQueue,
      clock,
      isBrandAuthor: (platform, author) => isBrandAuthor(config(), platform, author),
    },
    pipeline: {
      mentions,
      alerts,
      authors,
      slackOut,
      clock,
      classify: (mention) =>
        detect(
          { text: mention.text, ...(mention.lang ? { lang: mention.lang } : {}), author: mention.author },
          brandContext(config()),
        ),
      route: (input, now) => decideRoute(input, config(), now),
      deadline: (openedAt, windowSeconds) => deadlineFor(openedAt, windowSeconds, config()),
    },
    slackDelivery: { alerts, mentions, authors, slack, clock },
    countdown: { alerts, slackOut },
  };
}
