/** HTTP API → GET|POST /webhooks/{platform}: verify, normalise, enqueue, answer fast. */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { BodyTooLarge, fromApiGatewayEvent, toApiGatewayResult } from '../shared/http/api-gateway.ts';
import type { Runtime } from '../shared/runtime/compose.ts';
import { lambdaHandler } from '../shared/runtime/instrumentation.ts';
import { lambdaRuntime } from '../shared/runtime/lambda.ts';
import { bodyTooLarge, MAX_WEBHOOK_BYTES, receiveWebhook } from '../shared/usecases/receive-webhook.ts';

export const webhookHandler =
  (runtime: () => Promise<Runtime>) =>
  async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> => {
    let request: ReturnType<typeof fromApiGatewayEvent>;
    try {
      request = fromApiGatewayEvent(event, MAX_WEBHOOK_BYTES);
    } catch (error) {
      if (error instanceof BodyTooLarge) return toApiGatewayResult(bodyTooLarge(error.bytes));
      throw error;
    }
    const { webhook } = await runtime();
    const platform = event.pathParameters?.platform ?? '';
    return toApiGatewayResult(await receiveWebhook(platform, request, webhook));
  };

export const handler = lambdaHandler(webhookHandler(lambdaRuntime));
