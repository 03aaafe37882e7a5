/**
 * The deployed entry points, as Lambda calls them: the exported middy `handler`, configured only by
 * the environment the CDK stack sets for that function.
 */
import { ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startSqs } from '../../shared/local/emulators.ts';
import { ensureQueues } from '../../shared/local/provision.ts';
import { hmacSha256 } from '../../shared/platforms/signature.ts';
import { parseMentionsMessage } from '../../shared/queue/messages.ts';
import { loadRoutingConfigFile } from '../../shared/routing/index.ts';

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
  const urls = await ensureQueues(sqs, 'entry-');
  mentionsUrl = urls.mentions;
});
afterAll(async () => {
  sqs.destroy();
  await sqsServer.stop();
});

describe('the webhook Lambda handler', () => {
  it('starts with only the webhook’s environment (no table) and queues a signed mention', async () => {
    // What the stack gives the webhook function: its queue, its secret source, no TABLE_NAME.
    process.env.MENTIONS_QUEUE_URL = mentionsUrl;
    process.env.AWS_ENDPOINT_URL_SQS = sqsServer.endpoint;
    process.env.BEACON_GENERIC_SECRET = 'entry-secret';
    delete process.env.TABLE_NAME;
    delete process.env.BEACON_SECRETS_ARN;
    // What the bundler's `define` does at deploy.
    (globalThis as { __BEACON_ROUTING__?: unknown }).__BEACON_ROUTING__ = loadRoutingConfigFile(
      'test/fixtures/routing/pipeline.yaml',
    );
    const { handler } = await import('../../functions/webhook.ts');

    const body = JSON.stringify({ id: 'entry-1', text: 'hello', author: { id: 'a', handle: 'b' } });
    const event = {
      version: '2.0',
      routeKey: 'POST /webhooks/{platform}',
      rawPath: '/webhooks/generic',
      rawQueryString: '',
      headers: {
        'content-type': 'application/json',
        'x-beacon-signature': `sha256=${hmacSha256('entry-secret', body, 'hex')}`,
      },
      pathParameters: { platform: 'generic' },
      body: Buffer.from(body).toString('base64'),
      isBase64Encoded: true,
      requestContext: { http: { method: 'POST', path: '/webhooks/generic' } },
    } as unknown as APIGatewayProxyEventV2;

    const result = await handler(event, {} as Context);
    expect(result).toMatchObject({ statusCode: 202, body: '{"accepted":1}' });

    const received = await sqs.send(new ReceiveMessageCommand({ QueueUrl: mentionsUrl, WaitTimeSeconds: 1 }));
    expect(parseMentionsMessage(received.Messages?.[0]?.Body ?? '')).toMatchObject([
      { id: 'entry-1', platform: 'generic' },
    ]);
  });
});
