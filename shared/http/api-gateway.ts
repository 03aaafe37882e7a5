/** Transport quirks of API Gateway HTTP APIs, kept at the edge: base64 bodies, header case, query. */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { HttpReply, InboundRequest } from '../platforms/types.ts';

/** Thrown before a body over the limit is decoded. */
export class BodyTooLarge extends Error {
  override readonly name = 'BodyTooLarge';
  constructor(readonly bytes: number) {
    super(`body is ${bytes} bytes`);
  }
}

/** The size of the event's body in bytes, computed without decoding it. */
export function bodyBytes(event: Pick<APIGatewayProxyEventV2, 'body' | 'isBase64Encoded'>): number {
  const body = event.body ?? '';
  if (!event.isBase64Encoded) return Buffer.byteLength(body, 'utf8');
  const data = body.replace(/=+\s*$/, '');
  return Math.floor((data.replace(/[^A-Za-z0-9+/_-]/g, '').length * 3) / 4);
}

/**
 * The request as adapters see it. A body over `maxBodyBytes` is refused (BodyTooLarge) before it is
 * decoded. Header names are lower-cased; two names differing only in case are joined as HTTP joins
 * a repeated header, so neither can stand in for the other.
 */
export function fromApiGatewayEvent(
  event: APIGatewayProxyEventV2,
  maxBodyBytes = Number.POSITIVE_INFINITY,
): InboundRequest {
  const bytes = bodyBytes(event);
  if (bytes > maxBodyBytes) throw new BodyTooLarge(bytes);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(event.headers ?? {})) {
    if (value === undefined) continue;
    const key = name.toLowerCase();
    headers[key] = headers[key] === undefined ? value : `${headers[key]},${value}`;
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
