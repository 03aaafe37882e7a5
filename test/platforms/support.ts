/** Shared test helpers: fixtures, inbound requests, and a local HTTP server that records what it is sent. */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach } from 'vitest';
import type { InboundRequest } from '../../shared/platforms/types.ts';

export const fixturePath = (platform: string, name: string): string =>
  new URL(`../fixtures/platforms/${platform}/${name}`, import.meta.url).pathname;

export const fixtureRaw = (platform: string, name: string): Buffer =>
  readFileSync(fixturePath(platform, name));
export const fixture = (platform: string, name: string): unknown =>
  JSON.parse(fixtureRaw(platform, name).toString());

export function inbound(over: Partial<InboundRequest> & { body?: string | Buffer } = {}): InboundRequest {
  const { body, ...rest } = over;
  return {
    method: 'POST',
    path: '/webhooks/test',
    headers: {},
    query: {},
    rawBody: Buffer.isBuffer(body) ? body : Buffer.from(body ?? ''),
    ...rest,
  };
}

export interface Recorded {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: string;
  json(): unknown;
  form(): URLSearchParams;
}

export interface FakeAnswer {
  status?: number;
  headers?: Record<string, string>;
  json?: unknown;
  text?: string;
}

export interface FakeServer {
  url: string;
  requests: Recorded[];
  /** Requests to one path (without the query). */
  to(path: string): Recorded[];
  close(): Promise<void>;
}

/** A platform API on 127.0.0.1: `handle` answers each request; every request is recorded. */
export async function fakeApi(
  handle: (req: Recorded) => FakeAnswer | Promise<FakeAnswer>,
): Promise<FakeServer> {
  const requests: Recorded[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const body = Buffer.concat(chunks).toString('utf8');
      const recorded: Recorded = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body,
        json: () => JSON.parse(body),
        form: () => new URLSearchParams(body),
      };
      requests.push(recorded);
      try {
        const answer = await handle(recorded);
        const headers: Record<string, string> = { ...answer.headers };
        if (answer.json !== undefined) headers['content-type'] ??= 'application/json';
        res.writeHead(answer.status ?? 200, headers);
        res.end(answer.json !== undefined ? JSON.stringify(answer.json) : (answer.text ?? ''));
      } catch (error) {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(String(error));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    to: (path) => requests.filter((r) => r.path === path),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}

/** Splits newest-first items into pages of `size`, with the index of the next page as the token. */
export function paged<T>(items: T[], size: number, token: string | null): { items: T[]; next?: string } {
  const start = token ? Number(token) : 0;
  const next = start + size < items.length ? String(start + size) : undefined;
  return { items: items.slice(start, start + size), ...(next ? { next } : {}) };
}

/** Starts fake APIs for a describe block and closes them after each test. */
export function fakeApis(): (handle: Parameters<typeof fakeApi>[0]) => Promise<FakeServer> {
  const open: FakeServer[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.close()));
  });
  return async (handle) => {
    const server = await fakeApi(handle);
    open.push(server);
    return server;
  };
}
