/** The API Gateway edge: body size known before decoding, headers that cannot stand in for each other. */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { webhookHandler } from '../../functions/webhook.ts';
import { BodyTooLarge, bodyBytes, fromApiGatewayEvent } from '../../shared/http/api-gateway.ts';
import { MAX_WEBHOOK_BYTES } from '../../shared/usecases/receive-webhook.ts';

const event = (over: Partial<APIGatewayProxyEventV2>): APIGatewayProxyEventV2 =>
  ({
    version: '2.0',
    routeKey: 'POST /webhooks/{platform}',
    rawPath: '/webhooks/generic',
    rawQueryString: '',
    headers: {},
    pathParameters: { platform: 'generic' },
    isBase64Encoded: false,
    requestContext: { http: { method: 'POST', path: '/webhooks/generic' } },
    ...over,
  }) as APIGatewayProxyEventV2;

describe('bodyBytes', () => {
  it('is the decoded size, for base64 and text bodies alike, without decoding', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.string({ unit: 'binary' }), (bytes, text) => {
        const b64 = Buffer.from(bytes).toString('base64');
        expect(bodyBytes({ body: b64, isBase64Encoded: true })).toBe(bytes.length);
        expect(bodyBytes({ body: text, isBase64Encoded: false })).toBe(Buffer.from(text).length);
      }),
    );
  });
});

describe('fromApiGatewayEvent', () => {
  it('refuses a body over the limit before decoding it', () => {
    const body = Buffer.alloc(MAX_WEBHOOK_BYTES + 1, 'a').toString('base64');
    expect(() => fromApiGatewayEvent(event({ body, isBase64Encoded: true }), MAX_WEBHOOK_BYTES)).toThrow(
      BodyTooLarge,
    );
    const limit = Buffer.alloc(MAX_WEBHOOK_BYTES, 'a').toString('base64');
    const req = fromApiGatewayEvent(event({ body: limit, isBase64Encoded: true }), MAX_WEBHOOK_BYTES);
    expect(req.rawBody.length).toBe(MAX_WEBHOOK_BYTES);
  });

  it('joins two header names that differ only in case, as HTTP joins a repeated header', () => {
    const req = fromApiGatewayEvent(
      event({ headers: { 'X-Beacon-Signature': 'sha256=aa', 'x-beacon-signature': 'sha256=bb' } }),
    );
    expect(req.headers['x-beacon-signature']).toBe('sha256=aa,sha256=bb');
  });
});

describe('the webhook Lambda handler', () => {
  it('answers 413 to a body over 256 KB without building the runtime', async () => {
    const handler = webhookHandler(() => Promise.reject(new Error('the runtime must not be needed')));
    const body = Buffer.alloc(MAX_WEBHOOK_BYTES + 10, 'a').toString('base64');
    const result = await handler(event({ body, isBase64Encoded: true }));
    expect(result.statusCode).toBe(413);
    expect(JSON.parse(result.body ?? '{}')).toMatchObject({ error: 'body_too_large' });
  });
});
