/**
 * The Lambda runtime's secrets: a failed first read does not break the container, and a rotated Slack
 * bot token is used without a redeploy. Real handler, real SQS-compatible server, real WebClient
 * against a Slack-shaped HTTP server that accepts one token only.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webhookHandler } from '../../functions/webhook.ts';
import { type Emulator, startSqs } from '../../shared/local/emulators.ts';
import { ensureQueues } from '../../shared/local/provision.ts';
import { hmacSha256 } from '../../shared/platforms/signature.ts';
import { parseMentionsMessage } from '../../shared/queue/messages.ts';
import { loadRoutingConfigFile } from '../../shared/routing/index.ts';
import { createLambdaRuntime } from '../../shared/runtime/lambda.ts';
import { cachedSecrets, secretsManagerReader } from '../../shared/runtime/secrets.ts';
import { RotatingTokenWebClient } from '../../shared/runtime/slack-client.ts';

let sqsServer: Emulator;
let sqs: SQSClient;
let mentionsUrl: string;

beforeAll(async () => {
  sqsServer = await startSqs();
  sqs = new SQSClient({
    endpoint: sqsServer.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'l', secretAccessKey: 'l' },
  });
  mentionsUrl = (await ensureQueues(sqs, 'secrets-')).mentions;
  process.env.MENTIONS_QUEUE_URL = mentionsUrl;
  process.env.AWS_ENDPOINT_URL_SQS = sqsServer.endpoint;
  delete process.env.TABLE_NAME;
  delete process.env.BEACON_GENERIC_SECRET;
  (globalThis as { __BEACON_ROUTING__?: unknown }).__BEACON_ROUTING__ =
    loadRoutingConfigFile('config/routing.yaml');
});
afterAll(async () => {
  sqs.destroy();
  await sqsServer.stop();
});

const signedGenericEvent = (secret: string, id: string): APIGatewayProxyEventV2 => {
  const body = JSON.stringify({ id, text: 'hello', author: { id: 'a', handle: 'b' } });
  return {
    version: '2.0',
    routeKey: 'POST /webhooks/{platform}',
    rawPath: '/webhooks/generic',
    rawQueryString: '',
    headers: {
      'content-type': 'application/json',
      'x-beacon-signature': `sha256=${hmacSha256(secret, body, 'hex')}`,
    },
    pathParameters: { platform: 'generic' },
    body: Buffer.from(body).toString('base64'),
    isBase64Encoded: true,
    requestContext: { http: { method: 'POST', path: '/webhooks/generic' } },
  } as unknown as APIGatewayProxyEventV2;
};

describe('a failed secret read at cold start', () => {
  it('fails that invocation only: the next one reads the secret again and succeeds', async () => {
    let reads = 0;
    const runtime = createLambdaRuntime(
      {},
      {
        readSecret: async () => {
          reads += 1;
          if (reads === 1) throw new Error('ThrottlingException: rate exceeded');
          return JSON.stringify({ BEACON_GENERIC_SECRET: 'entry-secret' });
        },
      },
    );
    const handler = webhookHandler(runtime);

    await expect(handler(signedGenericEvent('entry-secret', 'cold-1'))).rejects.toThrow(/Throttling/);
    const second = await handler(signedGenericEvent('entry-secret', 'cold-2'));
    expect(second).toMatchObject({ statusCode: 202 });
    expect(reads).toBe(2);

    const received = await sqs.send(new ReceiveMessageCommand({ QueueUrl: mentionsUrl, WaitTimeSeconds: 1 }));
    expect(received.Messages?.flatMap((m) => parseMentionsMessage(m.Body ?? '').map((x) => x.id))).toEqual([
      'cold-2',
    ]);
  });

  it('is not kept when the whole runtime build fails: the next call builds again', async () => {
    let builds = 0;
    const runtime = createLambdaRuntime({
      get detector() {
        builds += 1;
        if (builds === 1) throw new Error('first build failed');
        return undefined;
      },
    });
    await expect(runtime()).rejects.toThrow(/first build failed/);
    await expect(runtime()).resolves.toHaveProperty('webhook');
  });
});

describe('the secret cache', () => {
  it('re-reads after its TTL, and only then', async () => {
    let now = 0;
    let value = 'one';
    let reads = 0;
    const cache = cachedSecrets(
      async () => {
        reads += 1;
        return JSON.stringify({ K: value, EMPTY: '' });
      },
      { ttlMs: 1000, now: () => now },
    );
    expect(await cache.get()).toEqual({ K: 'one' });
    value = 'two';
    now = 999;
    expect((await cache.get()).K).toBe('one');
    now = 1000;
    expect((await cache.get()).K).toBe('two');
    expect(reads).toBe(2);
  });

  it('shares one read between concurrent callers', async () => {
    let reads = 0;
    const cache = cachedSecrets(async () => {
      reads += 1;
      return '{"K":"v"}';
    });
    await Promise.all([cache.get(), cache.get(), cache.get()]);
    expect(reads).toBe(1);
  });

  it('treats a secret with no value yet as empty, not as a failure', async () => {
    expect(await cachedSecrets(async () => undefined).get()).toEqual({});
  });
});

describe('a rotated Slack bot token', () => {
  let slack: Server;
  let slackUrl: string;
  const seen: string[] = [];
  let validToken = 'xoxb-new';

  beforeAll(async () => {
    slack = createServer((req, res) => {
      const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
      seen.push(token);
      req.resume();
      req.on('end', () => {
        res.setHeader('content-type', 'application/json');
        res.end(
          JSON.stringify(
            token === validToken
              ? { ok: true, channel: 'C1', ts: '1.000100' }
              : { ok: false, error: 'invalid_auth' },
          ),
        );
      });
    });
    await new Promise<void>((resolve) => slack.listen(0, '127.0.0.1', resolve));
    slackUrl = `http://127.0.0.1:${(slack.address() as AddressInfo).port}/api/`;
  });
  afterAll(() => new Promise<void>((resolve) => slack.close(() => resolve())));

  it('is picked up on invalid_auth: the secret is re-read and the call retried once with the new token', async () => {
    seen.length = 0;
    validToken = 'xoxb-new';
    const tokens = ['xoxb-old', 'xoxb-new'];
    let reads = 0;
    const runtime = await createLambdaRuntime(
      { slackClient: RotatingTokenWebClient },
      {
        slackApiUrl: slackUrl,
        readSecret: async () => JSON.stringify({ SLACK_BOT_TOKEN: tokens[Math.min(reads++, 1)] }),
      },
    )();
    const posted = await runtime.slackDelivery.slack.post('C1', { text: 'hi', blocks: [] });
    expect(posted.ts).toBe('1.000100');
    expect(seen).toEqual(['xoxb-old', 'xoxb-new']);
    // The new token stays cached: the next call goes straight through.
    await runtime.slackDelivery.slack.post('C1', { text: 'again', blocks: [] });
    expect(seen).toEqual(['xoxb-old', 'xoxb-new', 'xoxb-new']);
    expect(reads).toBe(2);
  });

  it('still fails when the re-read secret holds the same revoked token', async () => {
    seen.length = 0;
    validToken = 'xoxb-other';
    const runtime = await createLambdaRuntime(
      { slackClient: RotatingTokenWebClient },
      { slackApiUrl: slackUrl, readSecret: async () => JSON.stringify({ SLACK_BOT_TOKEN: 'xoxb-revoked' }) },
    )();
    await expect(runtime.slackDelivery.slack.post('C1', { text: 'hi', blocks: [] })).rejects.toMatchObject({
      data: { error: 'invalid_auth' },
    });
    expect(seen).toEqual(['xoxb-revoked']);
  });
});

describe('reading the secret from Secrets Manager', () => {
  let server: Server;
  let endpoint: string;
  let answer: { status: number; body: Record<string, unknown> };
  const requests: Array<{ target: string; body: Record<string, unknown> }> = [];

  beforeAll(async () => {
    // Speaks the Secrets Manager JSON protocol, as the real SDK client sends it.
    server = createServer((req, res) => {
      let text = '';
      req.on('data', (chunk: Buffer) => {
        text += chunk.toString();
      });
      req.on('end', () => {
        requests.push({ target: String(req.headers['x-amz-target']), body: JSON.parse(text) });
        res.writeHead(answer.status, { 'content-type': 'application/x-amz-json-1.1' });
        res.end(JSON.stringify(answer.body));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const reader = () =>
    secretsManagerReader(
      new SecretsManagerClient({
        endpoint,
        region: 'eu-west-1',
        credentials: { accessKeyId: 'l', secretAccessKey: 'l' },
        maxAttempts: 1,
      }),
      'arn:aws:secretsmanager:eu-west-1:123456789012:secret:beacon/dev/secrets-AbCdEf',
    );

  it('reads the stored JSON by the ARN the stack passes', async () => {
    answer = { status: 200, body: { SecretString: '{"SLACK_BOT_TOKEN":"xoxb-1","VK_SECRET":""}' } };
    expect(await cachedSecrets(reader()).get()).toEqual({ SLACK_BOT_TOKEN: 'xoxb-1' });
    expect(requests.at(-1)).toMatchObject({
      target: 'secretsmanager.GetSecretValue',
      body: { SecretId: expect.stringContaining('beacon/dev/secrets') },
    });
  });

  it('sees a secret that has no value yet as empty', async () => {
    answer = {
      status: 400,
      body: {
        __type: 'ResourceNotFoundException',
        message: "Secrets Manager can't find the specified secret value for staging label: AWSCURRENT",
      },
    };
    expect(await cachedSecrets(reader()).get()).toEqual({});
  });

  it('fails on any other error, so the next call tries again', async () => {
    answer = { status: 400, body: { __type: 'AccessDeniedException', message: 'not allowed' } };
    const cache = cachedSecrets(reader());
    await expect(cache.get()).rejects.toThrow(/not allowed/);
    answer = { status: 200, body: { SecretString: '{"K":"v"}' } };
    expect(await cache.get()).toEqual({ K: 'v' });
  });
});
