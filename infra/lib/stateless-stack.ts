import { createRequire } from 'node:module';
import { Annotations, CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import {
  type CfnStage,
  HttpApi,
  HttpMethod,
  type HttpRoute,
  type HttpStage,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Rule, RuleTargetInput, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { createPollSources } from '../../shared/platforms/poll-sources.ts';
import { QUEUES } from '../../shared/queue/definitions.ts';
import { CHART_ASSETS } from '../../shared/report/chart-assets.ts';
import type { RoutingConfig } from '../../shared/routing/index.ts';
import { WEEKLY_REPORT_SCHEDULE } from '../../shared/usecases/post-reports.ts';
import { bindQueue, bindSecrets, bindTable, consumeQueue } from './bindings.ts';
import { BeaconFunction, type FunctionDefaults } from './constructs/beacon-function.ts';
import type { BeaconQueue } from './constructs/beacon-queue.ts';
import { Operations } from './operations.ts';
import { type StageConfig, stageName } from './stage.ts';
import type { BeaconData } from './stateful-stack.ts';

/**
 * How many batches each queue consumer may run at once (docs/deploy.md, "Concurrency"). `notify`
 * speaks to Slack, whose Web API limits a workspace per method (chat.update, conversations.history:
 * about 50 a minute); `reply` to the platforms' rate limits; `detect` bounds the write burst on the
 * table after a backlog. The FIFO queue already keeps one channel's messages in order, one at a time.
 */
const require = createRequire(import.meta.url);

export const CONSUMER_CONCURRENCY: Readonly<Record<string, number>> = Object.fromEntries(
  Object.values(QUEUES).map((q) => [q.consumer, q.concurrency]),
);

/**
 * Requests per second (and burst) each route of the HTTP API accepts (docs/deploy.md, "Limits at
 * 100×"). Platform webhooks take 500 mentions a second, a request carrying one mention or more;
 * their GET is only the platforms' verification handshake. Slack's interactions and commands are
 * people clicking: their own, lower ceilings keep a flood there from eating the webhooks' share, and
 * the webhooks' from starving Slack's 3-second answers. Routes without an entry get the stage default.
 */
export const ROUTE_THROTTLES: Readonly<Record<string, { rateLimit: number; burstLimit: number }>> = {
  'POST /webhooks/{platform}': { rateLimit: 500, burstLimit: 1000 },
  'GET /webhooks/{platform}': { rateLimit: 10, burstLimit: 20 },
  'POST /slack/interactions': { rateLimit: 50, burstLimit: 100 },
  'POST /slack/commands': { rateLimit: 20, burstLimit: 40 },
};

export interface StatelessStackProps extends StackProps {
  stage: StageConfig;
  data: BeaconData;
  /** The validated routing config, baked into every bundle. */
  routing: RoutingConfig;
}

/** The functions, the HTTP API in front of them and their schedules; everything here can be redeployed freely. */
export class StatelessStack extends Stack {
  readonly api: HttpApi;
  readonly apiStage: HttpStage;
  readonly functions = new Map<string, BeaconFunction>();
  readonly operations: Operations;
  private readonly defaults: FunctionDefaults;
  private readonly queues: BeaconData['queues'];
  private readonly scheduled = new Set<BeaconFunction>();
  private readonly integrations = new Map<BeaconFunction, HttpLambdaIntegration>();
  private readonly routes: HttpRoute[] = [];

  constructor(scope: Construct, id: string, props: StatelessStackProps) {
    super(scope, id, props);
    const { stage, data } = props;
    const { table, secret, queues } = data;
    this.defaults = { stage, routing: props.routing, alarmTopic: data.alarmTopic };
    this.queues = queues;
    ({ api: this.api, apiStage: this.apiStage } = this.createApi(stage));

    const webhook = this.addFunction('webhook', 'Verify a platform webhook, normalise it, enqueue mentions');
    bindQueue(webhook, queues.mentions);
    bindSecrets(webhook, secret);
    this.route(webhook, '/webhooks/{platform}', [HttpMethod.GET, HttpMethod.POST]);

    const detect = this.addFunction('detect', 'Dedupe, store, classify and route mentions');
    bindTable(detect, table);
    bindQueue(detect, queues.slackOut);

    const notify = this.addFunction('notify', 'Post, update and thread-reply alerts in Slack');
    bindTable(notify, table);
    bindSecrets(notify, secret);

    const countdown = this.addFunction('countdown', 'Refresh, escalate or expire alerts that are due', {
      timeout: Duration.seconds(50),
    });
    bindTable(countdown, table);
    bindQueue(countdown, queues.slackOut);
    // One tick at a time (the table lease does the same locally): a slow tick never overlaps the next.
    (countdown.node.defaultChild as CfnFunction).reservedConcurrentExecutions = 1;
    this.schedule(countdown, 'countdown', Schedule.rate(Duration.minutes(1)));

    // More memory buys CPU for a fast cold start: Slack gives up after 3 seconds.
    const slack = this.addFunction(
      'slack-interactions',
      'Verify and act on Slack buttons, modals and commands',
      {
        memorySize: 1024,
      },
    );
    bindTable(slack, table);
    bindQueue(slack, queues.slackOut);
    bindQueue(slack, queues.replies);
    bindSecrets(slack, secret);
    this.route(slack, '/slack/interactions', [HttpMethod.POST]);
    this.route(slack, '/slack/commands', [HttpMethod.POST]);

    const digest = this.addFunction('digest', 'Hand every digest whose period has closed to notify');
    bindTable(digest, table);
    bindQueue(digest, queues.slackOut);
    this.schedule(digest, 'digest', Schedule.rate(Duration.minutes(15)));

    const reply = this.addFunction('reply', 'Post replies written in Slack on their platform, once');
    bindTable(reply, table);
    bindQueue(reply, queues.slackOut);
    bindSecrets(reply, secret);

    // The poll run keeps 15 s of its timeout for the last send and cursor save.
    const poll = this.addFunction('poll', 'Read one poll source from its cursor and queue what is new', {
      timeout: Duration.seconds(60),
    });
    bindTable(poll, table);
    bindQueue(poll, queues.mentions);
    bindSecrets(poll, secret);
    for (const source of createPollSources(props.routing.sources ?? [], props.routing.brand.accounts)) {
      this.schedule(poll, `poll-${source.id}`, Schedule.expression(source.defaultSchedule), {
        source: source.id,
      });
    }

    // The weekly reports render a chart: the only function with the chart libraries, their
    // WebAssembly and font beside its bundle, and the memory (CPU) to render in a few seconds.
    const report = this.addFunction('report', 'Post each channel its weekly response report and chart', {
      timeout: Duration.seconds(120),
      memorySize: 1024,
      assets: Object.values(CHART_ASSETS).map((a) => require.resolve(a.module)),
    });
    bindTable(report, table);
    bindSecrets(report, secret);
    this.schedule(report, 'report', Schedule.expression(WEEKLY_REPORT_SCHEDULE));

    this.throttleRoutes();
    this.warnAboutQueuesWithoutConsumer();
    this.operations = new Operations(this, 'Operations', {
      stage,
      api: this.api,
      functions: [...this.functions.values()],
      alarmTopic: data.alarmTopic,
    });
    new CfnOutput(this, 'ApiUrl', {
      description: 'Base URL of the HTTP API (webhooks at <url>webhooks/<platform>)',
      value: this.apiStage.url,
    });
    new CfnOutput(this, 'SlackInteractivityUrl', {
      description: 'Slack app: Interactivity & Shortcuts > Request URL',
      value: `${this.apiStage.url}slack/interactions`,
    });
    new CfnOutput(this, 'SlackCommandsUrl', {
      description: 'Slack app: Slash Commands > Request URL of /beacon',
      value: `${this.apiStage.url}slack/commands`,
    });
  }

  /**
   * A function with the stage defaults; bind what it needs afterwards. A handler that a queue definition
   * names as its consumer is subscribed to that queue here, with a timeout of a sixth of the queue's
   * visibility timeout, as AWS advises.
   */
  private addFunction(
    handlerName: string,
    description: string,
    options: { timeout?: Duration; memorySize?: number; assets?: readonly string[] } = {},
  ): BeaconFunction {
    const id = handlerName.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());
    const queue = this.queueConsumedBy(handlerName);
    const timeout = queue ? Duration.seconds(Math.floor(queue.definition.visibilitySeconds / 6)) : undefined;
    const fn = new BeaconFunction(this, id, {
      ...this.defaults,
      handlerName,
      description,
      ...(timeout ? { timeout } : {}),
      ...options,
    });
    if (queue) consumeQueue(fn, queue, CONSUMER_CONCURRENCY[handlerName]);
    this.functions.set(handlerName, fn);
    return fn;
  }

  private queueConsumedBy(handlerName: string): BeaconQueue | undefined {
    return Object.values(this.queues).find((q) => q.definition.consumer === handlerName);
  }

  private warnAboutQueuesWithoutConsumer(): void {
    for (const queue of Object.values(this.queues)) {
      if (!this.functions.has(queue.definition.consumer)) {
        Annotations.of(this).addWarningV2(
          'beacon:queueWithoutConsumer',
          `${queue.definition.name} names ${queue.definition.consumer} as its consumer, but no such function is wired`,
        );
      }
    }
  }

  /** Route to a function; all routes of one function share one integration. */
  private route(fn: BeaconFunction, path: string, methods: HttpMethod[]): void {
    let integration = this.integrations.get(fn);
    if (!integration) {
      integration = new HttpLambdaIntegration(`${fn.node.id}Integration`, fn);
      this.integrations.set(fn, integration);
    }
    this.routes.push(...this.api.addRoutes({ path, methods, integration }));
  }

  /** Each route's own throttle (ROUTE_THROTTLES), set on the stage once every route exists. */
  private throttleRoutes(): void {
    const stage = this.apiStage.node.defaultChild as CfnStage;
    stage.routeSettings = Object.fromEntries(
      Object.entries(ROUTE_THROTTLES).map(([routeKey, t]) => [
        routeKey,
        // Free-form JSON in CloudFormation: written with its own (capitalised) keys.
        { ThrottlingRateLimit: t.rateLimit, ThrottlingBurstLimit: t.burstLimit },
      ]),
    );
    // API Gateway refuses settings for a route it does not know yet.
    for (const route of this.routes) this.apiStage.node.addDependency(route);
  }

  /**
   * Invoke a function on a schedule. A failed or late tick is not retried: the next tick comes soon and
   * does the same work, whereas a retry would overlap it.
   */
  private schedule(fn: BeaconFunction, ruleName: string, schedule: Schedule, input?: object): Rule {
    if (!this.scheduled.has(fn)) {
      fn.configureAsyncInvoke({ retryAttempts: 0 });
      this.scheduled.add(fn);
    }
    const name = stageName(this.defaults.stage, `beacon-${ruleName}`);
    // Rule names are stage-free ids (poll-<source id>), unique by construction, used as construct ids as is.
    return new Rule(this, `Schedule-${ruleName}`, {
      // EventBridge caps names at 64 characters; a longer one is left for CloudFormation to generate.
      ...(name.length <= 64 ? { ruleName: name } : {}),
      schedule,
      targets: [
        new LambdaFunction(fn, {
          retryAttempts: 0,
          ...(input ? { event: RuleTargetInput.fromObject(input) } : {}),
        }),
      ],
    });
  }

  private createApi(stage: StageConfig): { api: HttpApi; apiStage: HttpStage } {
    const api = new HttpApi(this, 'HttpApi', {
      apiName: stageName(stage, 'beacon-api'),
      description: 'Beacon: platform webhooks and Slack requests',
      createDefaultStage: false,
    });
    const accessLogs = new LogGroup(this, 'HttpApiAccessLogs', {
      retention: stage.logRetention,
      removalPolicy: stage.removalPolicy,
    });
    const apiStage = api.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      accessLogSettings: { destination: new LogGroupLogDestination(accessLogs) },
      // Platforms resend on errors; a ceiling keeps a misbehaving sender from running up the bill.
      // Every route has its own (ROUTE_THROTTLES); this default covers any route added without one.
      throttle: { rateLimit: 50, burstLimit: 100 },
    });
    return { api, apiStage };
  }
}
