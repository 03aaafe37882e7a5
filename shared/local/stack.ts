/**
 * The whole of Beacon on one machine: embedded DynamoDB- and SQS-compatible servers, the table and
 * queues from the CDK definitions, the HTTP routes of API Gateway, queue runners feeding the same
 * handler modules as Lambda, the countdown on a timer, and (without a Slack token) the local Slack.
 * `npm start` and the integration tests both start it through this one function.
 *
 * With a data folder nothing accepted is lost: the table is on disk, the queues are journaled there
 * (queue-journal.ts) and so is the local Slack. `stop()` first refuses new requests (503), lets the
 * ones in flight finish, then lets the consumers finish their batches, and only then closes down.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import slackWebApi from '@slack/web-api';
import { countdownHandler } from '../../functions/countdown.ts';
import { detectHandler } from '../../functions/detect.ts';
import { digestHandler } from '../../functions/digest.ts';
import { notifyHandler } from '../../functions/notify.ts';
import { pollHandler } from '../../functions/poll.ts';
import { replyHandler } from '../../functions/reply.ts';
import { slackInteractionsHandler } from '../../functions/slack-interactions.ts';
import { webhookHandler } from '../../functions/webhook.ts';
import { buildFeedbackModel, detect } from '../detect/index.ts';
import type { StormSettings } from '../domain/storm.ts';
import type { PollSourceSpec } from '../platforms/poll-sources.ts';
import type { SecretBag } from '../platforms/types.ts';
import { dlqName, QUEUES, type QueueDefinition } from '../queue/definitions.ts';
import { loadRoutingConfigFile, type RoutingConfig } from '../routing/index.ts';
import { composeRuntime, type Runtime } from '../runtime/compose.ts';
import type { Logger } from '../runtime/logger.ts';
import type { MetricsSink } from '../runtime/metrics.ts';
import { renderDigest } from '../slack/digest-message.ts';
import { FAIL_FAST_CLIENT_OPTIONS } from '../slack/web-api-gateway.ts';
import { createDocumentClient } from '../store/dynamo-client.ts';
import type { PollRunResult } from '../usecases/poll-source.ts';
import type { Clock } from '../usecases/ports.ts';
import {
  postWeeklyReports,
  type ReportPostResult,
  WEEKLY_REPORT_SCHEDULE,
} from '../usecases/post-reports.ts';
import { MAX_WEBHOOK_BYTES } from '../usecases/receive-webhook.ts';
import { demoHistory } from './demo-history.ts';
import { type Emulator, startDynamo, startSqs } from './emulators.ts';
import { writeEndpoints } from './endpoints.ts';
import { type Route, sendJson, sendResult, startHttpServer, toApiGatewayEvent } from './http-server.ts';
import { directoryFromPeople, LOCAL_APP_TOKEN, LocalSlack } from './local-slack.ts';
import { createPageGuard } from './page-guard.ts';
import { startPollTimers } from './poll-timers.ts';
import { ensureQueues, ensureTable, type QueueUrls } from './provision.ts';
import { QueueRunner, type QueueRunnerOptions } from './queue-runner.ts';
import { nextRun } from './schedule.ts';
import { localInteractionRoutes, slackPageRoutes } from './slack-page.ts';
import { SlackRateLimits, slackLimitsOn } from './slack-rate-limits.ts';

const { WebClient } = slackWebApi;

/** Local-only defaults, documented in the README; never used when deployed. */
export const LOCAL_SECRET_DEFAULTS: SecretBag = {
  BEACON_GENERIC_SECRET: 'beacon-local-secret',
  SLACK_SIGNING_SECRET: 'beacon-local-signing-secret',
};

export interface LocalStackOptions {
  /** HTTP port; 0 picks a free one. */
  port: number;
  /** Folder for persistent data (.beacon); in memory when absent. */
  dataDir?: string;
  /** Routing config file. */
  configPath: string;
  /** Environment to read secrets and SLACK_BOT_TOKEN from. */
  env?: Record<string, string | undefined>;
  clock?: Clock;
  logger: Logger;
  /** Where operational counts go; silent when absent. */
  metrics?: MetricsSink;
  /** Run queue consumers in the background (npm start); tests may drive them with `drain()`. */
  runQueues?: boolean;
  /** Countdown tick period; no timer when absent. */
  countdownEveryMs?: number;
  /** Poll each configured source whose credentials are set, at its schedule (npm start). */
  pollSources?: boolean;
  /** Fold bursts of alerts into storm cards (npm start turns this on); off when absent. */
  storms?: StormSettings;
  /** Poll sources beside the config's (`npm start` adds the demo Mastodon server's). */
  extraSources?: PollSourceSpec[];
  /** Extra HTTP routes, mounted before the built-in ones. */
  routes?: (stack: LocalStack) => Route[];
  /** Reach the local Slack API through another URL (e.g. a fault proxy in front of it). */
  slackApiVia?: (apiUrl: string) => Promise<string>;
  /** How long one Slack call may take before it counts as timed out, in ms. */
  slackTimeoutMs?: number;
  /**
   * Hold Beacon's calls to the local Slack to Slack's rate limits (429 + Retry-After). When absent:
   * on, unless `BEACON_LOCAL_SLACK_LIMITS=off` (in `env` or the process environment).
   */
  slackLimits?: boolean;
  /** Keep every local Slack call in `slack.calls` (tests); a long run keeps none. */
  slackCallLog?: boolean;
  /** Reach the table through another URL (e.g. a fault proxy that throttles). */
  dynamoVia?: (endpoint: string) => Promise<string>;
  /** Write a week of past demo alerts into the table, once (npm start with the demo). */
  demoHistory?: boolean;
  /** Post the weekly reports at start (once a day at most) and on their schedule (npm start). */
  reportTimer?: boolean;
}

export interface LocalStack {
  url: string;
  /** The local Slack, or undefined when a real Slack token is set. */
  slack: LocalSlack | undefined;
  runtime: Runtime;
  queueUrls: QueueUrls;
  sqs: SQSClient;
  config: () => RoutingConfig;
  setConfig(config: RoutingConfig): void;
  secrets: () => Promise<SecretBag>;
  /** Handles every visible message on every queue, repeatedly, until all are empty. */
  drain(): Promise<void>;
  /** Runs one countdown tick at `now`. */
  tick(now?: Date): Promise<{ processed: number }>;
  /** Runs one poll of a configured source, as its schedule would. */
  poll(source: string): Promise<PollRunResult>;
  /** Hands the digests whose period closed by `now` to notify. */
  digest(now?: Date): Promise<{ sent: number }>;
  /** Posts the weekly reports as their schedule would at `now`. */
  report(now?: Date): Promise<ReportPostResult>;
  /** Messages on the queues (visible, in flight or delayed), and in their DLQs. */
  queued(): Promise<{ queued: number; deadLettered: number }>;
  /** Refuses new requests, finishes what is in flight, then stops everything. */
  stop(): Promise<void>;
}

export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const env = options.env ?? process.env;
  const clock = options.clock ?? (() => new Date());
  const stops: Array<() => Promise<void> | void> = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop();
  };

  try {
    const withExtraSources = (c: RoutingConfig): RoutingConfig =>
      options.extraSources?.length ? { ...c, sources: [...(c.sources ?? []), ...options.extraSources] } : c;
    let config = withExtraSources(loadRoutingConfigFile(options.configPath));
    const dynamo: Emulator = await startDynamo(
      options.dataDir ? { path: join(options.dataDir, 'dynamodb') } : {},
    );
    stops.push(() => dynamo.stop());
    const sqsServer = await startSqs(
      options.dataDir ? { journal: join(options.dataDir, 'queues.jsonl') } : {},
    );
    stops.push(() => sqsServer.stop());

    const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
    const ddb = new DynamoDBClient({ endpoint: dynamo.endpoint, region: 'us-east-1', credentials });
    // An explicit endpoint: the local SQS server's queue URLs use a host name that does not resolve.
    const sqs = new SQSClient({ endpoint: sqsServer.endpoint, region: 'us-east-1', credentials });
    stops.push(() => {
      ddb.destroy();
      sqs.destroy();
    });
    await ensureTable(ddb, 'beacon');
    // Tools (`beacon explain`) reach the table through the running server: dynalite holds the
    // folder's LevelDB lock while the stack runs.
    if (options.dataDir) {
      const file = await writeEndpoints(options.dataDir, { dynamodb: dynamo.endpoint, table: 'beacon' });
      stops.push(() => rmSync(file, { force: true }));
    }
    const queueUrls = await ensureQueues(sqs);
    const queued = () => countQueued(sqs, queueUrls);

    const gate = requestGate();
    const slackToken = env.SLACK_BOT_TOKEN;
    const slackLimits = options.slackLimits ?? slackLimitsOn({ ...process.env, ...options.env });
    const localSlack = slackToken
      ? undefined
      : new LocalSlack(options.dataDir ? join(options.dataDir, 'slack.json') : undefined, undefined, {
          ...(slackLimits ? { limits: new SlackRateLimits() } : {}),
          recordCalls: options.slackCallLog ?? false,
        });
    if (localSlack) stops.push(() => localSlack.flush());
    const secretBag: SecretBag = { ...LOCAL_SECRET_DEFAULTS };
    for (const [k, v] of Object.entries(env)) if (v) secretBag[k] = v;
    const secrets = async () => secretBag;

    let runtime: Runtime | undefined;
    const getRuntime = async () => {
      if (!runtime) throw new Error('local stack is starting');
      return runtime;
    };
    const pageGuard = createPageGuard();
    const webhook = webhookHandler(getRuntime);
    const slackEndpoint = slackInteractionsHandler(getRuntime);

    const routes: Route[] = [
      {
        method: 'GET',
        path: '/health',
        handle: async (_req, res) =>
          sendJson(res, 200, { ok: true, slack: localSlack ? 'local' : 'slack.com', ...(await queued()) }),
      },
      {
        method: 'ANY',
        path: '/webhooks/:platform',
        maxBodyBytes: MAX_WEBHOOK_BYTES,
        handle: async (req, res) =>
          sendResult(res, await webhook(toApiGatewayEvent(req, `${req.method} /webhooks/{platform}`))),
      },
      {
        method: 'POST',
        path: '/slack/interactions',
        handle: async (req, res) =>
          sendResult(res, await slackEndpoint(toApiGatewayEvent(req, 'POST /slack/interactions'))),
      },
      {
        method: 'POST',
        path: '/slack/commands',
        handle: async (req, res) =>
          sendResult(res, await slackEndpoint(toApiGatewayEvent(req, 'POST /slack/commands'))),
      },
      ...(localSlack ? slackPageRoutes(localSlack, pageGuard) : []),
    ];
    // The server reads this array on every request, so routes added below take effect.
    const http = await startHttpServer(routes, {
      port: options.port,
      onError: (error) => options.logger.error('request failed', { error: String(error) }),
    });
    stops.push(() => http.stop());

    if (localSlack) {
      localSlack.publicUrl = http.url;
      for (const channel of Object.values(config.channels)) localSlack.ensureChannel(channel);
      localSlack.setDirectory(directoryFromPeople(config.people));
    }
    const slack = slackToken
      ? new WebClient(slackToken, FAIL_FAST_CLIENT_OPTIONS)
      : new WebClient(LOCAL_APP_TOKEN, {
          ...FAIL_FAST_CLIENT_OPTIONS,
          ...(options.slackTimeoutMs ? { timeout: options.slackTimeoutMs } : {}),
          slackApiUrl: options.slackApiVia
            ? await options.slackApiVia(`${http.url}/slack/api/`)
            : `${http.url}/slack/api/`,
        });
    if (localSlack)
      routes.unshift(
        ...localInteractionRoutes(localSlack, {
          url: http.url,
          secrets,
          clock,
          guard: pageGuard,
          previewDigests: async () => {
            const store = (await getRuntime()).digests.digests;
            // Every digest not handed over yet, whenever its period closes: a read, nothing is marked.
            const open = await store.due(new Date('9999-12-31T00:00:00.000Z'));
            return Promise.all(
              open.map(async (d) => ({
                channel: d.channel,
                message: renderDigest(d.channel, d.period, await store.entries(d.channel, d.period)),
              })),
            );
          },
        }),
      );

    runtime = composeRuntime({
      detector: { detect, buildFeedbackModel },
      ...(options.metrics ? { metrics: options.metrics } : {}),
      db: createDocumentClient({
        endpoint: options.dynamoVia ? await options.dynamoVia(dynamo.endpoint) : dynamo.endpoint,
        region: 'us-east-1',
      }),
      tableName: 'beacon',
      sqs,
      mentionsQueueUrl: queueUrls.mentions,
      slackOutQueueUrl: queueUrls.slackOut,
      repliesQueueUrl: queueUrls.replies,
      ...(options.storms ? { storms: options.storms } : {}),
      slack,
      // Beacon paces itself to the Slack it talks to: a real one always, the local one when it limits.
      slackBudget: slackToken !== undefined || slackLimits,
      secrets,
      config: () => config,
      clock,
      logger: options.logger,
      // Loaded on first use: the chart libraries are the slowest import of the stack.
      renderChart: async (report) => (await import('../report/chart.ts')).renderChartPng(report),
    });
    const readyRuntime = runtime;
    if (options.demoHistory) await seedDemoHistory(readyRuntime, config, clock());

    const onQueueError = (error: unknown) =>
      options.logger.error('queue runner failed', { error: String(error) });
    // As many batches of each queue at once as Lambda runs on AWS (QUEUES[…].concurrency): channels
    // wait on their own Slack budgets, and detection keeps the table busy while one batch waits on it.
    const runnersOf = (queueUrl: string, handler: QueueRunnerOptions['handler'], queue: QueueDefinition) =>
      Array.from(
        { length: queue.concurrency },
        () => new QueueRunner({ sqs, queueUrl, handler, batchSize: queue.batchSize, onError: onQueueError }),
      );
    const runners = [
      ...runnersOf(queueUrls.mentions, detectHandler(getRuntime), QUEUES.mentions),
      ...runnersOf(queueUrls.slackOut, notifyHandler(getRuntime), QUEUES.slackOut),
      ...runnersOf(queueUrls.replies, replyHandler(getRuntime), QUEUES.replies),
    ];
    if (options.runQueues) {
      for (const r of runners) r.start();
      stops.push(async () => {
        await Promise.all(runners.map((r) => r.stop()));
      });
    }

    const countdown = (now?: Date) => countdownHandler(getRuntime, () => now ?? clock())();
    const digest = (now?: Date) => digestHandler(getRuntime, () => now ?? clock())();
    if (options.countdownEveryMs) {
      let ticking: Promise<unknown> = Promise.resolve();
      const timer = setInterval(() => {
        ticking = Promise.all([
          countdown().catch((error) => options.logger.error('countdown failed', { error: String(error) })),
          digest().catch((error) => options.logger.error('digest failed', { error: String(error) })),
        ]);
      }, options.countdownEveryMs);
      stops.push(async () => {
        clearInterval(timer);
        await ticking;
      });
    }

    const report = (now?: Date) =>
      postWeeklyReports({ ...readyRuntime.reports, clock: () => now ?? clock() });
    if (options.reportTimer) {
      let timer: NodeJS.Timeout | undefined;
      let running: Promise<unknown> = Promise.resolve();
      const run = () => {
        running = report().catch((error) => options.logger.error('reports failed', { error: String(error) }));
      };
      const arm = () => {
        const wait = nextRun(WEEKLY_REPORT_SCHEDULE, clock()).getTime() - clock().getTime();
        timer = setTimeout(
          () => {
            run();
            arm();
          },
          Math.max(1000, wait),
        );
      };
      // At start only with the local Slack: a newcomer sees a report at once; a real workspace waits for Monday.
      if (localSlack) run();
      arm();
      stops.push(async () => {
        clearTimeout(timer);
        await running;
      });
    }

    const poll = (source: string) => pollHandler(getRuntime)({ source });
    const pollTimers = options.pollSources
      ? await startPollTimers({
          config: () => config,
          sources: readyRuntime.poll.sources,
          secrets,
          run: poll,
          logger: options.logger,
        })
      : undefined;
    if (pollTimers) stops.push(() => pollTimers.stop());

    const stack: LocalStack = {
      url: http.url,
      slack: localSlack,
      runtime: readyRuntime,
      queueUrls,
      sqs,
      config: () => config,
      setConfig: (next) => {
        config = withExtraSources(next);
        if (localSlack) {
          for (const channel of Object.values(next.channels)) localSlack.ensureChannel(channel);
          localSlack.setDirectory(directoryFromPeople(next.people));
        }
        pollTimers
          ?.reload()
          .catch((error) => options.logger.error('poll timers not reloaded', { error: String(error) }));
      },
      secrets,
      drain: async () => {
        for (;;) {
          let handled = 0;
          for (const r of runners) while ((await r.once(0)) > 0) handled++;
          if (handled === 0) return;
        }
      },
      tick: countdown,
      poll,
      digest,
      report,
      queued,
      stop: async () => {
        await gate.close();
        await stopAll();
      },
    };
    if (options.routes) routes.unshift(...options.routes(stack));
    routes.splice(0, routes.length, ...routes.map(gate.guard));
    return stack;
  } catch (error) {
    await stopAll();
    throw error;
  }
}

/** Writes the demo's week of past alerts (demo-history.ts); ids are fixed, so a restart adds none. */
async function seedDemoHistory(runtime: Runtime, config: RoutingConfig, now: Date): Promise<void> {
  const { pipeline } = runtime;
  const people = Object.values(config.people)
    .flat()
    .map((token) => /^<@([UW][A-Z0-9]+)>$/.exec(token)?.[1])
    .filter((id): id is string => id !== undefined);
  const alerts = demoHistory({
    now,
    channelOf: (type) => {
      const name = config.defaults.types[type]?.channel ?? config.defaults.action.channel;
      return config.channels[name] ?? name;
    },
    people: [...new Set(people)],
    subjectOf: (text, type, lang) => {
      const mention = {
        platform: 'mastodon' as const,
        id: 'demo-history',
        threadId: 'demo-history',
        text,
        lang,
        createdAt: now.toISOString(),
        receivedAt: now.toISOString(),
        kind: 'post' as const,
        author: { id: 'demo', handle: 'demo' },
      };
      return pipeline.reportSubject?.(mention, type, pipeline.classify(mention));
    },
  });
  for (const alert of alerts) await pipeline.alerts.create(alert);
}

/** Sums the messages of every queue and of every DLQ, as the queue attributes report them. */
async function countQueued(
  sqs: SQSClient,
  urls: QueueUrls,
): Promise<{ queued: number; deadLettered: number }> {
  const count = async (queueUrl: string) => {
    const out = await sqs.send(
      new GetQueueAttributesCommand({
        QueueUrl: queueUrl,
        AttributeNames: [
          'ApproximateNumberOfMessages',
          'ApproximateNumberOfMessagesNotVisible',
          'ApproximateNumberOfMessagesDelayed',
        ],
      }),
    );
    return Object.values(out.Attributes ?? {}).reduce((sum, n) => sum + Number(n), 0);
  };
  const dlqUrl = (url: string) => {
    const def = Object.values(QUEUES).find((q) => url.endsWith(`/${q.name}`));
    return def ? url.replace(/[^/]+$/, dlqName(def)) : url;
  };
  const main = Object.values(urls);
  const [queued, deadLettered] = await Promise.all([
    Promise.all(main.map(count)),
    Promise.all(main.map((url) => count(dlqUrl(url)))),
  ]);
  const sum = (ns: number[]) => ns.reduce((a, b) => a + b, 0);
  return { queued: sum(queued), deadLettered: sum(deadLettered) };
}

/**
 * Lets `stop()` refuse new requests (503) and wait for those in flight. The local Slack's Web API
 * and its page's event stream stay out of it: the consumers still post while they finish.
 */
function requestGate() {
  let closing = false;
  let inFlight = 0;
  let idle: (() => void) | undefined;
  const exempt = (path: string) =>
    path.startsWith('/slack/api/') || path.startsWith('/slack/files/upload/') || path === '/slack/events';
  return {
    guard: (route: Route): Route =>
      exempt(route.path)
        ? route
        : {
            ...route,
            handle: async (req, res) => {
              if (closing) {
                sendJson(res, 503, { error: 'shutting_down' }, { connection: 'close', 'retry-after': '5' });
                return;
              }
              inFlight++;
              try {
                await route.handle(req, res);
              } finally {
                inFlight--;
                if (inFlight === 0) idle?.();
              }
            },
          },
    close: async () => {
      closing = true;
      if (inFlight > 0) await new Promise<void>((resolve) => (idle = resolve));
    },
  };
}
