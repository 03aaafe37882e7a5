/** Transport quirks of API Gateway HTTP APIs, kept at the edge: base64 bodies, header case, query. */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { HttpReply, InboundRequest } from '../platforms/types.ts';

export function fromApiGatewayEvent(event: APIGatewayProxyEventV2): InboundRequest {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(event.headers ?? {})) {
    if (value !== undefined) headers[name.toLowerCase()] = value;
  }
  const query: Record<string, string> = {};
  for (const [name, value] of Object.entries(event.queryStringParameters ?? {})) {
    if (value !== undefined) query[name] = value;
  }
  return {
    method: event.requestContext.http.method.toUpperCase(),
    path: event.rawPath,
    headers,
    query,
    rawBody: Buffer.from(event.body ?? '', event.isBase64Encoded ? 'base64' : 'utf8'),
  };
}

export const toApiGatewayResult = (reply: HttpReply): APIGatewayProxyStructuredResultV2 => ({
  statusCode: reply.status,
  headers: reply.headers ?? { 'content-type': 'text/plain; charset=utf-8' },
  body: reply.body,
});
