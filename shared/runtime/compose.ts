/**
 * Wires the use cases to their adapters. One function for every runtime: the Lambda composition
 * root and the local stack both call it, with clients pointed at AWS or at local servers.
 */
import type { SQSClient } from '@aws-sdk/client-sqs';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { WebClient } from '@slack/web-api';
// Types only: the detector (lexicons and weights) is bundled only into the functions that classify.
import type { buildFeedbackModel, detect, FeedbackModel } from '../detect/index.ts';
import { LABELS, type Label, type MomentType } from '../domain/detection.ts';
import type { Mention, Platform } from '../domain/mention.ts';
import type { Report } from '../domain/report.ts';
import { type StormSettings, stormSubject } from '../domain/storm.ts';
import { reportSubject } from '../domain/subject.ts';
import { IDEMPOTENT_REPLY_PLATFORMS, REPLY_CREDENTIALS } from '../platforms/credentials.ts';
import type { Fetch } from '../platforms/http.ts';
import type { PollSource } from '../platforms/poll.ts';
import { createPollSources } from '../platforms/poll-sources.ts';
import { WEBHOOK_ADAPTERS } from '../platforms/registry.ts';
import { createReplyAdapters } from '../platforms/reply-adapters.ts';
import type { SecretBag } from '../platforms/types.ts';
import type { Requeue, SlackOutMessage } from '../queue/messages.ts';
import { delayMessages, SqsMentionQueue, SqsReplyQueue, SqsSlackOutQueue } from '../queue/sqs.ts';
// The routing modules that run on each post, not the YAML loader (the Lambdas get the config baked in).
import { brandContext, isBrandAuthor, stormVocabulary } from '../routing/brand.ts';
import { deadlineFor } from '../routing/business-hours.ts';
import { decideRoute, isAdvocate } from '../routing/decide.ts';
import type { RoutingConfig } from '../routing/types.ts';
import { WebApiSlackGateway } from '../slack/web-api-gateway.ts';
import { SLACK_LIMITS, SlackWriteBudget } from '../slack/write-budget.ts';
import { DynamoAlertStore } from '../store/alert-store.ts';
import { DynamoAuthorStore } from '../store/author-store.ts';
import { DynamoBurstStore } from '../store/burst-store.ts';
import { DynamoCursorStore } from '../store/cursor-store.ts';
import { DynamoLeaseStore } from '../store/lease-store.ts';
import { DynamoMentionStore } from '../store/mention-store.ts';
import { DynamoReplyIntentStore } from '../store/reply-intent-store.ts';
import { DynamoReportStore } from '../store/report-store.ts';
import {
  DynamoDigestStore,
  DynamoFeedbackStore,
  DynamoNoticeAttempts,
  DynamoRequestLedger,
  DynamoStormStore,
} from '../store/slack-store.ts';
import { POSTED_LINES_REMEMBERED } from '../usecases/burst-summary.ts';
import { ChannelWriter, RecentKeys } from '../usecases/channel-writer.ts';
import type { SlackDeliveryDeps } from '../usecases/deliver-to-slack.ts';
import type { CommandDeps } from '../usecases/handle-slack-command.ts';
import type { InteractionDeps } from '../usecases/handle-slack-interaction.ts';
import type { PollRunDeps } from '../usecases/poll-source.ts';
import type { Clock, FeedbackStore } from '../usecases/ports.ts';
import type { ReportPostDeps } from '../usecases/post-reports.ts';
import type { PipelineDeps } from '../usecases/process-mention.ts';
import type { WebhookDeps } from '../usecases/receive-webhook.ts';
import type { CountdownDeps } from '../usecases/run-countdown.ts';
import type { DigestDeps } from '../usecases/send-digests.ts';
import type { SendReplyDeps } from '../usecases/send-reply.ts';
import type { Logger } from './logger.ts';
import { type MetricsSink, silentMetrics } from './metrics.ts';

/** The detector, passed in by the runtimes that classify posts (the detect function, the local stack). */
export interface Detector {
  detect: typeof detect;
  buildFeedbackModel: typeof buildFeedbackModel;
}

export interface RuntimeParts {
  detector?: Detector;
  /**
   * Renders the report's chart (report/chart.ts), passed in by the runtimes that post reports: the
   * chart libraries are bundled into no other function.
   */
  renderChart?: (report: Report) => Promise<Uint8Array>;
  /** Where operational counts go; silent when absent. */
  metrics?: MetricsSink;
  db: DynamoDBDocumentClient;
  tableName: string;
  sqs: SQSClient;
  mentionsQueueUrl: string;
  slackOutQueueUrl: string;
  /** Fold bursts of alerts into storm cards; off when absent. */
  storms?: StormSettings;
  /** Queue of replies written in Slack; empty when replies are not wired. */
  repliesQueueUrl?: string;
  slack: WebClient;
  /**
   * Share of Slack's workspace-wide limits this process may use (write-budget.ts): 1 for one
   * process (the local stack), 1 / notify's maximum concurrency on Lambda.
   */
  slackShare?: number;
  /**
   * Pace Slack calls by Beacon's write budget (on by default). The local stack turns it off with the
   * local Slack's limits, so tests of other behaviour read Beacon's calls unpaced.
   */
  slackBudget?: boolean;
  secrets: () => Promise<SecretBag>;
  /** A getter, so the local stack can swap in a reloaded config without rebuilding anything. */
  config: () => RoutingConfig;
  clock: Clock;
  logger: Logger;
  /** How polls and replies reach platforms; the global fetch by default. */
  fetch?: Fetch;
  /** How long one poll run may keep reading a backlog (default 40 s). */
  pollBudgetMs?: number;
}

export interface Runtime {
  logger: Logger;
  metrics: MetricsSink;
  /** The table client every store shares (tests wrap it to count calls). */
  db: DynamoDBDocumentClient;
  webhook: WebhookDeps;
  pipeline: PipelineDeps;
  slackDelivery: SlackDeliveryDeps;
  /** Brings `slack-out` messages back after `seconds` (Slack did not answer). */
  delaySlackOut: (receiptHandles: string[], seconds: number) => Promise<void>;
  /** Sends `slack-out` messages again as new ones (a 429 that outlasts the invocation). */
  requeueSlackOut: (items: Array<{ message: SlackOutMessage; requeue: Requeue }>) => Promise<void>;
  countdown: CountdownDeps;
  interactions: InteractionDeps;
  commands: CommandDeps;
  digests: DigestDeps;
  reports: ReportPostDeps;
  poll: PollRunDeps;
  reply: SendReplyDeps;
}

/** A reply attempt counts as under way this long: beyond the reply Lambda's timeout. */
const REPLY_ATTEMPT_LEASE_SECONDS = 120;

/** The config's poll sources, rebuilt only when the config itself changes (they hold sessions). */
function pollSourcesOf(config: () => RoutingConfig): () => readonly PollSource[] {
  let built: { from: RoutingConfig; sources: PollSource[] } | undefined;
  return () => {
    const current = config();
    if (built?.from !== current) {
      built = { from: current, sources: createPollSources(current.sources ?? [], current.brand.accounts) };
    }
    return built.sources;
  };
}

/** Relabels are re-read at most this often; a relabel made through this runtime refreshes at once. */
const FEEDBACK_TTL_MS = 5 * 60 * 1000;
const FEEDBACK_LIMIT = 2000;

/**
 * The detector's per-brand feedback model, kept warm: `current()` is synchronous (classification
 * is), and reloads in the background when stale.
 */
function feedbackCache(
  store: FeedbackStore,
  clock: Clock,
  logger: Logger,
  build: Detector['buildFeedbackModel'] | undefined,
) {
  let model: FeedbackModel | undefined;
  let loadedAt = Number.NEGATIVE_INFINITY;
  let loading: Promise<void> | undefined;
  return {
    current(): FeedbackModel | undefined {
      if (!build) return undefined;
      if (!loading && clock().getTime() - loadedAt > FEEDBACK_TTL_MS) {
        loadedAt = clock().getTime();
        loading = store
          .list(FEEDBACK_LIMIT)
          .then((relabels) => {
            model = relabels.length > 0 ? build(relabels) : undefined;
          })
          .catch((error) => logger.warn('feedback not loaded', { error: String(error) }))
          .finally(() => {
            loading = undefined;
          });
      }
      return model;
    },
    invalidate(): void {
      loadedAt = Number.NEGATIVE_INFINITY;
    },
  };
}

const syntheticDetection = (label: Label) => ({
  label,
  confidence: 1,
  scores: Object.fromEntries(LABELS.map((l) => [l, l === label ? 1 : 0])) as Record<Label, number>,
  lang: 'und',
  cues: [],
});

export function composeRuntime(parts: RuntimeParts): Runtime {
  const mentions = new DynamoMentionStore(parts.db, parts.tableName);
  const alerts = new DynamoAlertStore(parts.db, parts.tableName);
  const authors = new DynamoAuthorStore(parts.db, parts.tableName);
  const mentionQueue = new SqsMentionQueue(parts.sqs, parts.mentionsQueueUrl);
  const slackOut = new SqsSlackOutQueue(parts.sqs, parts.slackOutQueueUrl);
  const slack = new WebApiSlackGateway(
    parts.slack,
    parts.slackBudget === false
      ? undefined
      : new SlackWriteBudget({ ...SLACK_LIMITS, share: parts.slackShare ?? 1 }),
  );
  const storms = new DynamoStormStore(parts.db, parts.tableName);
  const digestStore = new DynamoDigestStore(parts.db, parts.tableName);
  const ledger = new DynamoRequestLedger(parts.db, parts.tableName);
  const feedbackStore = new DynamoFeedbackStore(parts.db, parts.tableName);
  const reportStore = new DynamoReportStore(parts.db, parts.tableName);
  const { config, clock } = parts;
  const feedback = feedbackCache(feedbackStore, clock, parts.logger, parts.detector?.buildFeedbackModel);
  const replyQueue = new SqsReplyQueue(parts.sqs, parts.repliesQueueUrl ?? '');
  const replyPlatforms = new Set<Platform>(
    parts.repliesQueueUrl ? (Object.keys(createReplyAdapters()) as Platform[]) : [],
  );
  const signingSecret = async () => (await parts.secrets()).SLACK_SIGNING_SECRET;
  const channelFor = (mention: Mention, type: MomentType) =>
    decideRoute({ detection: syntheticDetection(type), mention }, config(), clock()).channel;

  return {
    logger: parts.logger,
    metrics: parts.metrics ?? silentMetrics,
    db: parts.db,
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
      classify: (mention) => {
        if (!parts.detector) throw new Error('this runtime was built without the detector');
        return parts.detector.detect(
          { text: mention.text, ...(mention.lang ? { lang: mention.lang } : {}), author: mention.author },
          brandContext(config()),
          feedback.current(),
        );
      },
      route: (input, now) => decideRoute(input, config(), now),
      deadline: (openedAt, windowSeconds) => deadlineFor(openedAt, windowSeconds, config()),
      digests: digestStore,
      review: () => config().review,
      reportSubject: (mention, type, detection) =>
        reportSubject(mention.text, type, detection.cues, stormVocabulary(config())),
      ...(parts.storms
        ? {
            storms,
            stormSettings: parts.storms,
            stormSubject: (mention: Mention) => stormSubject(mention.text, stormVocabulary(config())),
          }
        : {}),
    },
    slackDelivery: {
      alerts,
      mentions,
      authors,
      slack,
      clock,
      storms,
      ...(parts.storms ? { stormSettings: parts.storms } : {}),
      digests: digestStore,
      noticeAttempts: new DynamoNoticeAttempts(parts.db, parts.tableName),
      isAdvocate: (earlier) => isAdvocate(config(), earlier),
      unsureBelow: () => config().detection?.unsureBelow,
      burst: {
        bursts: new DynamoBurstStore(parts.db, parts.tableName),
        slackOut,
        waiting: new Set(),
        writer: new ChannelWriter(),
        posted: new RecentKeys(POSTED_LINES_REMEMBERED),
      },
    },
    delaySlackOut: (handles, seconds) => delayMessages(parts.sqs, parts.slackOutQueueUrl, handles, seconds),
    requeueSlackOut: (items) => slackOut.requeue(items),
    countdown: { alerts, slackOut, lease: new DynamoLeaseStore(parts.db, parts.tableName) },
    interactions: {
      alerts,
      mentions,
      slack,
      slackOut,
      replies: replyQueue,
      feedback: {
        record: async (relabel) => {
          await feedbackStore.record(relabel);
          feedback.invalidate();
        },
        list: (limit) => feedbackStore.list(limit),
      },
      ledger,
      clock,
      signingSecret,
      replyPlatforms,
      channelFor,
    },
    commands: {
      alerts,
      reports: reportStore,
      ledger,
      clock,
      signingSecret,
      timeZone: () => config().businessHours?.timeZone,
    },
    digests: { digests: digestStore, slackOut },
    reports: {
      alerts: reportStore,
      timeZone: () => config().businessHours?.timeZone,
      slack,
      ledger,
      clock,
      settings: () => config().reports ?? { weekly: true },
      ...(parts.renderChart ? { renderChart: parts.renderChart } : {}),
    },
    poll: {
      sources: pollSourcesOf(config),
      cursors: new DynamoCursorStore(parts.db, parts.tableName),
      queue: mentionQueue,
      secrets: parts.secrets,
      fetch: parts.fetch ?? fetch,
      clock,
      isBrandAuthor: (platform, author) => isBrandAuthor(config(), platform, author),
      budgetMs: parts.pollBudgetMs ?? 40_000,
    },
    reply: {
      alerts,
      mentions,
      intents: new DynamoReplyIntentStore(parts.db, parts.tableName),
      slackOut,
      adapters: createReplyAdapters(),
      credentials: REPLY_CREDENTIALS,
      idempotentPlatforms: IDEMPOTENT_REPLY_PLATFORMS,
      secrets: parts.secrets,
      fetch: parts.fetch ?? fetch,
      clock,
      attemptLeaseSeconds: REPLY_ATTEMPT_LEASE_SECONDS,
    },
  };
}
