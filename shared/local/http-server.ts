/**
 * The local stand-in for API Gateway: one node:http server on loopback with the same routes, which
 * turns each request into the event API Gateway would send and calls the same handler module.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

/** Bodies are read up to this size unless a route says less; API Gateway's own limit is 10 MB. */
const MAX_READ_BYTES = 10 * 1024 * 1024;

export interface LocalRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: Buffer;
  params: Record<string, string>;
  raw: IncomingMessage;
}

export type RouteHandler = (req: LocalRequest, res: ServerResponse) => Promise<void> | void;

export interface Route {
  method: 'GET' | 'POST' | 'ANY';
  /** A path with `:name` segments, e.g. /webhooks/:platform */
  path: string;
  handle: RouteHandler;
  /** Larger bodies are answered 413 while they arrive (default 10 MB, as API Gateway). */
  maxBodyBytes?: number;
}

function match(pattern: string, path: string): Record<string, string> | undefined {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i] ?? '';
    const g = got[i] ?? '';
    if (w.startsWith(':')) params[w.slice(1)] = decodeURIComponent(g);
    else if (w !== g) return undefined;
  }
  return params;
}

/**
 * Reads a body of at most `limit` bytes. A larger one is refused as soon as it is known, from
 * Content-Length or from the bytes counted as they arrive, and reading stops there: nothing past
 * the limit is read or kept, so a flood of huge bodies costs no memory.
 */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too_large' | 'aborted'> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve('too_large');
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const settle = (outcome: Buffer | 'too_large' | 'aborted' | Error) => {
      req.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose);
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else {
        chunks.length = 0;
        req.pause();
        settle('too_large');
      }
    };
    const onEnd = () => settle(Buffer.concat(chunks));
    const onError = (error: Error) => settle(error);
    const onClose = () => settle('aborted');
    req.on('data', onData).on('end', onEnd).on('error', onError).on('close', onClose);
  });
}

export const sendJson = (
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) => {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
};

/** The API Gateway HTTP API (payload v2) event for a local request. */
export function toApiGatewayEvent(req: LocalRequest, routeKey: string): APIGatewayProxyEventV2 {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers))
    if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(',') : v;
  const query = Object.fromEntries(req.query.entries());
  const now = new Date();
  return {
    version: '2.0',
    routeKey,
    rawPath: req.path,
    rawQueryString: req.query.toString(),
    headers,
    queryStringParameters: Object.keys(query).length > 0 ? query : undefined,
    pathParameters: req.params,
    body: req.body.toString('base64'),
    isBase64Encoded: true,
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      domainName: 'localhost',
      domainPrefix: 'localhost',
      http: {
        method: req.method,
        path: req.path,
        protocol: 'HTTP/1.1',
        sourceIp: '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: `local-${now.getTime()}`,
      routeKey,
      stage: '$default',
      time: now.toISOString(),
      timeEpoch: now.getTime(),
    },
  };
}

/** Writes a handler's API Gateway result to the response. */
export function sendResult(res: ServerResponse, result: APIGatewayProxyStructuredResultV2): void {
  res.writeHead(result.statusCode ?? 200, (result.headers ?? {}) as Record<string, string>);
  res.end(result.isBase64Encoded ? Buffer.from(result.body ?? '', 'base64') : (result.body ?? ''));
}

export async function startHttpServer(
  routes: Route[],
  options: { port: number; host?: string; onError?: (error: unknown) => void },
): Promise<{ server: Server; url: string; stop(): Promise<void> }> {
  const server = createServer(async (raw, res) => {
    try {
      const url = new URL(raw.url ?? '/', 'http://localhost');
      const method = (raw.method ?? 'GET').toUpperCase();
      let found: { route: Route; params: Record<string, string> } | undefined;
      let pathKnown = false;
      for (const route of routes) {
        const params = match(route.path, url.pathname);
        if (!params) continue;
        pathKnown = true;
        if (route.method === 'ANY' || route.method === method) {
          found = { route, params };
          break;
        }
      }
      if (!found) {
        sendJson(res, pathKnown ? 405 : 404, { error: pathKnown ? 'method_not_allowed' : 'not_found' });
        return;
      }
      const limit = found.route.maxBodyBytes ?? MAX_READ_BYTES;
      const body = await readBody(raw, limit);
      if (body === 'aborted') return;
      if (body === 'too_large') {
        // Answer, then drop the connection: the rest of the body is never read.
        res.once('finish', () => raw.socket.destroy());
        sendJson(
          res,
          413,
          { error: 'body_too_large', message: `body refused while reading: the limit is ${limit} bytes` },
          { connection: 'close' },
        );
        return;
      }
      await found.route.handle(
        {
          method,
          path: url.pathname,
          query: url.searchParams,
          headers: raw.headers,
          body,
          params: found.params,
          raw,
        },
        res,
      );
    } catch (error) {
      options.onError?.(error);
      if (!res.headersSent) sendJson(res, 500, { error: 'internal_error' });
      else res.end();
    }
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: `http://${host}:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
