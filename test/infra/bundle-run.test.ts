/**
 * A function bundle built as the stack builds it, run as Lambda runs it: a fresh Node process with
 * the function's NODE_OPTIONS, the role's credentials in the environment, the handler called with
 * an API Gateway event and a Lambda context. The webhook queues a signed post on the local SQS
 * through the bundled AWS SDK (its HTTP stack, the built-ins it requires, the environment
 * credentials); a failing invocation logs a stack trace that names the TypeScript source line.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  esbuildOptions,
  FUNCTION_NODE_OPTIONS,
  functionBundling,
} from '../../infra/lib/constructs/beacon-function.ts';
import { loadRoutingForSynth } from '../../infra/lib/routing.ts';
import { type Emulator, startSqs } from '../../shared/local/emulators.ts';
import { ensureQueues, type QueueUrls } from '../../shared/local/provision.ts';
import { hmacSha256 } from '../../shared/platforms/signature.ts';

const run$ = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SECRET = 'bundle-test-secret';
const CREDENTIALS = {
  AWS_ACCESS_KEY_ID: 'AKIDLAMBDA',
  AWS_SECRET_ACCESS_KEY: 'lambda-secret',
  AWS_SESSION_TOKEN: 'token',
};

let dir: string;
let bundle: string;
let sqsServer: Emulator;
let sqs: SQSClient;
let queues: QueueUrls;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'beacon-bundle-'));
  bundle = join(dir, 'webhook', 'index.mjs');
  await build(
    esbuildOptions(
      functionBundling(loadRoutingForSynth()),
      `${ROOT}functions/webhook.ts`,
      join(dir, 'webhook'),
    ),
  );
  sqsServer = await startSqs();
  sqs = new SQSClient({
    endpoint: sqsServer.endpoint,
    region: 'eu-west-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  });
  queues = await ensureQueues(sqs, 'bundle-');
}, 120_000);

afterAll(async () => {
  sqs?.destroy();
  await sqsServer?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Imports the bundle in a fresh process and calls its handler with `event`: the log lines (both streams) and the result. */
async function invoke(event: unknown): Promise<{ logs: string; result: unknown }> {
  const context = {
    functionName: 'beacon-webhook',
    awsRequestId: 'req-1',
    getRemainingTimeInMillis: () => 10_000,
  };
  const script = `
    const { handler } = await import(${JSON.stringify(pathToFileURL(bundle).href)});
    const context = ${JSON.stringify(context).replace('"getRemainingTimeInMillis":10000', '')};
    context.getRemainingTimeInMillis = () => 10000;
    let result;
    try { result = await handler(${JSON.stringify(event)}, context); } catch (error) { result = { thrown: String(error) }; }
    process.stdout.write('\\nRESULT ' + JSON.stringify(result));`;
  const { stdout, stderr } = await run$(
    process.execPath,
    [...FUNCTION_NODE_OPTIONS.split(' '), '--input-type=module', '-e', script],
    {
      env: {
        PATH: process.env.PATH ?? '',
        AWS_REGION: 'eu-west-1',
        ...CREDENTIALS,
        AWS_ENDPOINT_URL_SQS: sqsServer.endpoint,
        MENTIONS_QUEUE_URL: queues.mentions,
        BEACON_GENERIC_SECRET: SECRET,
        BEACON_STAGE: 'test',
        POWERTOOLS_SERVICE_NAME: 'beacon',
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      },
    },
  );
  const at = stdout.lastIndexOf('\nRESULT ');
  return {
    logs: `${stdout.slice(0, at)}\n${stderr}`,
    result: JSON.parse(stdout.slice(at + '\nRESULT '.length)),
  };
}

describe('a function bundle run as Lambda runs it', () => {
  it('queues a signed webhook post on SQS with the credentials Lambda puts in the environment', async () => {
    const body = JSON.stringify({
      mentions: [
        {
          id: 'bundle-1',
          text: 'the app crashes on login',
          url: 'https://example.com/p/bundle-1',
          author: { id: 'u-1', handle: 'customer1' },
        },
      ],
    });
    const { result } = await invoke({
      version: '2.0',
      routeKey: 'POST /webhooks/{platform}',
      rawPath: '/webhooks/generic',
      rawQueryString: '',
      headers: {
        'content-type': 'application/json',
        'x-beacon-signature': `sha256=${hmacSha256(SECRET, body, 'hex')}`,
      },
      pathParameters: { platform: 'generic' },
      requestContext: { http: { method: 'POST', path: '/webhooks/generic' } },
      body,
      isBase64Encoded: false,
    });
    expect(result).toMatchObject({ statusCode: 202 });
    const received = await sqs.send(
      new ReceiveMessageCommand({ QueueUrl: queues.mentions, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 }),
    );
    expect(received.Messages?.map((m) => m.Body).join('')).toContain('bundle-1');
  }, 60_000);

  it('logs a failed invocation with a stack trace that names the TypeScript source', async () => {
    const { logs, result } = await invoke(null);
    expect(result).toMatchObject({ thrown: expect.stringContaining('TypeError') });
    const line = logs.split('\n').find((l) => l.includes('invocation failed')) ?? '';
    expect(line).toMatch(/shared\/http\/api-gateway\.ts:\d+:\d+/);
  }, 60_000);
});
