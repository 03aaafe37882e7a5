/**
 * The Lambda composition root: builds the runtime once per container, on first use (never at
 * import), from the environment the CDK stack sets and the secret it grants. A build that fails
 * (a throttled or slow first call) is not kept: the next invocation builds again.
 */
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { SQSClient } from '@aws-sdk/client-sqs';
import { STORM } from '../domain/storm.ts';
import { bakedRoutingConfig } from '../routing/baked.ts';
import { FAIL_FAST_CLIENT_OPTIONS } from '../slack/web-api-gateway.ts';
import { SLACK_WRITERS } from '../slack/write-budget.ts';
import { createDocumentClient } from '../store/dynamo-client.ts';
import { composeRuntime, type Runtime, type RuntimeParts } from './compose.ts';
import { functionLogger, functionTracer } from './instrumentation.ts';
import { cloudWatchMetrics } from './metrics.ts';
import { cachedSecrets, type ReadSecret, type SecretCache, secretsManagerReader } from './secrets.ts';
import { RotatingTokenWebClient } from './slack-client.ts';

export interface LambdaRuntimeOptions {
  /** How the secret is read; Secrets Manager at BEACON_SECRETS_ARN by default (the environment without it). */
  readSecret?: ReadSecret;
  /** Where the Slack Web API lives; Slack's own by default. */
  slackApiUrl?: string;
}

function secretSource(readSecret: ReadSecret | undefined): SecretCache {
  if (readSecret) return cachedSecrets(readSecret);
  const arn = process.env.BEACON_SECRETS_ARN;
  if (!arn) return { get: async () => process.env, refresh: async () => process.env };
  const client = functionTracer.captureAWSv3Client(new SecretsManagerClient({}));
  return cachedSecrets(secretsManagerReader(client, arn));
}

function buildRuntime(
  parts: Pick<RuntimeParts, 'detector' | 'renderChart'>,
  options: LambdaRuntimeOptions,
): Runtime {
  const secrets = secretSource(options.readSecret);
  const config = bakedRoutingConfig();
  return composeRuntime({
    ...parts,
    db: functionTracer.captureAWSv3Client(createDocumentClient()),
    // Each function is granted (and told of) only the resources it uses: the webhook has no table.
    tableName: process.env.TABLE_NAME ?? '',
    // AWS's standard endpoint variable, passed explicitly: the SDK would otherwise send to the
    // host of the queue URL, which an SQS-compatible server need not serve.
    sqs: functionTracer.captureAWSv3Client(
      new SQSClient(process.env.AWS_ENDPOINT_URL_SQS ? { endpoint: process.env.AWS_ENDPOINT_URL_SQS } : {}),
    ),
    mentionsQueueUrl: process.env.MENTIONS_QUEUE_URL ?? '',
    slackOutQueueUrl: process.env.SLACK_OUT_QUEUE_URL ?? '',
    repliesQueueUrl: process.env.REPLIES_QUEUE_URL ?? '',
    storms: STORM,
    slackShare: 1 / SLACK_WRITERS,
    // Fail fast and let SQS redeliver: a Lambda must not sit in Slack's default 30-minute retry
    // loop, nor wait out a 429 (notify hides the message for Retry-After instead). The token is
    // read from the secret on each call, so a rotated one needs no redeploy.
    slack: new RotatingTokenWebClient(
      {
        current: async () => (await secrets.get()).SLACK_BOT_TOKEN,
        refresh: async () => (await secrets.refresh()).SLACK_BOT_TOKEN,
      },
      { ...FAIL_FAST_CLIENT_OPTIONS, ...(options.slackApiUrl ? { slackApiUrl: options.slackApiUrl } : {}) },
    ),
    secrets: secrets.get,
    config: () => config,
    clock: () => new Date(),
    logger: functionLogger,
    metrics: cloudWatchMetrics(),
  });
}

/**
 * A getter for this container's runtime. `parts` adds what only some functions carry (the
 * detector). The build is retried on the next call when it failed.
 */
export function createLambdaRuntime(
  parts: Pick<RuntimeParts, 'detector' | 'renderChart'> = {},
  options: LambdaRuntimeOptions = {},
): () => Promise<Runtime> {
  let runtime: Promise<Runtime> | undefined;
  return () => {
    runtime ??= Promise.resolve()
      .then(() => buildRuntime(parts, options))
      .catch((error: unknown) => {
        runtime = undefined;
        throw error;
      });
    return runtime;
  };
}

let current: (() => Promise<Runtime>) | undefined;

/** The runtime of this function instance; `parts` adds what only some functions carry (the detector, the chart renderer). */
export function lambdaRuntime(parts: Pick<RuntimeParts, 'detector' | 'renderChart'> = {}): Promise<Runtime> {
  current ??= createLambdaRuntime(parts);
  return current();
}
