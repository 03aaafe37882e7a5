/**
 * The Lambda composition root: builds the runtime once per container, on first use (never at
 * import), from the environment the CDK stack sets and the secret it grants.
 */
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { SQSClient } from '@aws-sdk/client-sqs';
import slackWebApi from '@slack/web-api';
import { STORM } from '../domain/storm.ts';
import type { SecretBag } from '../platforms/types.ts';
import { bakedRoutingConfig } from '../routing/baked.ts';
import { FAIL_FAST_CLIENT_OPTIONS } from '../slack/web-api-gateway.ts';
import { createDocumentClient } from '../store/dynamo-client.ts';
import { composeRuntime, type Runtime, type RuntimeParts } from './compose.ts';
import { createLogger } from './logger.ts';
import { cloudWatchMetrics } from './metrics.ts';

const { WebClient } = slackWebApi;

/** Secrets are re-read at most this often, so a rotated value is picked up without a deploy. */
const SECRET_TTL_MS = 5 * 60 * 1000;

function secretsFrom(arn: string | undefined): () => Promise<SecretBag> {
  if (!arn) return async () => process.env;
  const client = new SecretsManagerClient({});
  let cache: { at: number; bag: SecretBag } | undefined;
  return async () => {
    if (cache && Date.now() - cache.at < SECRET_TTL_MS) return cache.bag;
    const out = await client.send(new GetSecretValueCommand({ SecretId: arn }));
    const parsed = JSON.parse(out.SecretString ?? '{}') as Record<string, unknown>;
    const bag: SecretBag = {};
    for (const [k, v] of Object.entries(parsed)) if (typeof v === 'string' && v !== '') bag[k] = v;
    cache = { at: Date.now(), bag };
    return bag;
  };
}

let runtime: Promise<Runtime> | undefined;

/** The runtime of this function instance; `parts` adds what only some functions carry (the detector). */
export function lambdaRuntime(parts: Pick<RuntimeParts, 'detector'> = {}): Promise<Runtime> {
  runtime ??= (async () => {
    const secrets = secretsFrom(process.env.BEACON_SECRETS_ARN);
    const bag = await secrets();
    const config = bakedRoutingConfig();
    return composeRuntime({
      ...parts,
      db: createDocumentClient(),
      // Each function is granted (and told of) only the resources it uses: the webhook has no table.
      tableName: process.env.TABLE_NAME ?? '',
      // AWS's standard endpoint variable, passed explicitly: the SDK would otherwise send to the
      // host of the queue URL, which an SQS-compatible server need not serve.
      sqs: new SQSClient(
        process.env.AWS_ENDPOINT_URL_SQS ? { endpoint: process.env.AWS_ENDPOINT_URL_SQS } : {},
      ),
      mentionsQueueUrl: process.env.MENTIONS_QUEUE_URL ?? '',
      slackOutQueueUrl: process.env.SLACK_OUT_QUEUE_URL ?? '',
      repliesQueueUrl: process.env.REPLIES_QUEUE_URL ?? '',
      storms: STORM,
      // Fail fast and let SQS redeliver: a Lambda must not sit in Slack's default 30-minute retry
      // loop, nor wait out a 429 (notify hides the message for Retry-After instead).
      slack: new WebClient(bag.SLACK_BOT_TOKEN, FAIL_FAST_CLIENT_OPTIONS),
      secrets,
      config: () => config,
      clock: () => new Date(),
      logger: createLogger(),
      metrics: cloudWatchMetrics(),
    });
  })();
  return runtime;
}
