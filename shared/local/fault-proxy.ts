/**
 * A fault-injecting HTTP proxy for tests and benchmarks: it forwards every request to a target base
 * URL and, drawing from a seeded random source, answers a set share of them with a fault instead.
 * The same seed and the same order of requests give the same faults, so a failure seen once can be
 * replayed. Faults it can inject:
 * - `rate_limited`: HTTP 429 with `Retry-After` (Slack's shape); the target never sees the call.
 * - `server_error`: HTTP 5xx; the target never sees the call.
 * - `timeout_before`: the request is held and never forwarded (the client's timeout fires).
 * - `timeout_after`: the request is forwarded, the target carries it out, and the answer is held
 *   back, so the caller cannot tell whether its call happened.
 * - `throttled`: DynamoDB's throttling answer (HTTP 400, ProvisionedThroughputExceededException).
 */
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FaultKind = 'rate_limited' | 'server_error' | 'timeout_before' | 'timeout_after' | 'throttled';

export const FAULT_KINDS: readonly FaultKind[] = [
  'rate_limited',
  'server_error',
  'timeout_before',
  'timeout_after',
  'throttled',
];

export interface FaultProxyOptions {
  /** Base URL of the target; requests keep their path, only the host changes. */
  target: string;
  /** Share of requests answered with a fault, 0..1. */
  rate: number;
  /** The kinds drawn from, with equal chance; a kind listed twice is drawn twice as often. */
  faults: readonly FaultKind[];
  /** Seed of the random source (any integer). */
  seed: number;
  /** Seconds sent in `Retry-After` with a 429 (Slack sends whole seconds). Default 1. */
  retryAfterSeconds?: number;
  /** Status of an injected server error. Default 503. */
  serverErrorStatus?: number;
  /**
   * How long a held request waits before its connection is cut. Default: held until the client
   * gives up or the proxy stops, as an unanswering server would.
   */
  holdMs?: number;
  /** Only requests this accepts can be faulted (e.g. only `chat.update`); others pass through. */
  eligible?: (request: { method: string; path: string; body: Buffer }) => boolean;
  /** Port to listen on (0: any free port). */
  port?: number;
}

/** Requests received, and of those: faulted by kind, and forwarded and answered untouched. */
export type FaultCounts = Record<FaultKind | 'forwarded' | 'requests', number>;

export interface FaultProxy {
  /** The proxy's base URL, with the target's path: use it where the target's URL was used. */
  readonly url: string;
  readonly port: number;
  /** How many requests got each fault, and how many were forwarded and answered untouched. */
  counts(): FaultCounts;
  /**
   * Resolves true once `predicate` holds for the counts (checked after every request), or false
   * after `timeoutMs`: lets a test wait for traffic instead of sleeping.
   */
  until(predicate: (counts: FaultCounts) => boolean, timeoutMs: number): Promise<boolean>;
  /** Changes the share of faulted requests, e.g. to 0 when a test lets the system recover. */
  setRate(rate: number): void;
  /** Answers every held request's connection with a cut, closes the server. */
  stop(): Promise<void>;
}

/** mulberry32: small, fast and good enough to spread faults; returns floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const THROTTLED_BODY = JSON.stringify({
  __type: 'com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException',
  message:
    'The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API.',
});

async function readAll(stream: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

interface TargetAnswer {
  status: number;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

function forward(target: URL, req: IncomingMessage, body: Buffer): Promise<TargetAnswer> {
  const headers = { ...req.headers, host: target.host };
  return new Promise((resolve, reject) => {
    const out = httpRequest(
      {
        protocol: target.protocol,
        hostname: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url ?? '/',
        headers,
      },
      (answer) => {
        readAll(answer).then(
          (b) => resolve({ status: answer.statusCode ?? 502, headers: answer.headers, body: b }),
          reject,
        );
      },
    );
    out.once('error', reject);
    out.end(body);
  });
}

export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  if (!(options.rate >= 0 && options.rate <= 1)) throw new Error('fault rate must be within 0..1');
  if (options.rate > 0 && options.faults.length === 0) throw new Error('a fault rate needs fault kinds');
  const target = new URL(options.target);
  const random = seededRandom(options.seed);
  const retryAfter = String(options.retryAfterSeconds ?? 1);
  const serverErrorStatus = options.serverErrorStatus ?? 503;
  let rate = options.rate;
  const counts: FaultCounts = {
    rate_limited: 0,
    server_error: 0,
    timeout_before: 0,
    timeout_after: 0,
    throttled: 0,
    forwarded: 0,
    requests: 0,
  };
  const held = new Set<ServerResponse>();
  const waiters = new Set<() => void>();
  const counted = () => {
    for (const check of [...waiters]) check();
  };

  const hold = (res: ServerResponse) => {
    held.add(res);
    res.once('close', () => held.delete(res));
    if (options.holdMs !== undefined) {
      const timer = setTimeout(() => res.socket?.destroy(), options.holdMs);
      res.once('close', () => clearTimeout(timer));
    }
  };

  /** Draws in arrival order, before the body is read, so the sequence depends on the seed alone. */
  const draw = (): FaultKind | undefined => {
    if (rate <= 0 || random() >= rate) return undefined;
    return options.faults[Math.floor(random() * options.faults.length)];
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const drawn = draw();
    counts.requests++;
    const body = await readAll(req);
    const fault =
      drawn &&
      (!options.eligible || options.eligible({ method: req.method ?? 'GET', path: req.url ?? '/', body }))
        ? drawn
        : undefined;
    if (fault) counts[fault]++;
    counted();
    switch (fault) {
      case 'rate_limited':
        res.writeHead(429, { 'retry-after': retryAfter, 'content-type': 'application/json' });
        res.end(JSON.stringify({ ok: false, error: 'ratelimited' }));
        return;
      case 'server_error':
        res.writeHead(serverErrorStatus, { 'content-type': 'text/plain' });
        res.end('injected server error');
        return;
      case 'throttled':
        res.writeHead(400, {
          'content-type': 'application/x-amz-json-1.0',
          'x-amzn-errortype': 'ProvisionedThroughputExceededException',
        });
        res.end(THROTTLED_BODY);
        return;
      case 'timeout_before':
        hold(res);
        return;
    }
    let answer: TargetAnswer;
    try {
      answer = await forward(target, req, body);
    } catch {
      res.writeHead(502, { 'content-type': 'text/plain' });
      res.end('fault proxy: target unreachable');
      return;
    }
    if (fault === 'timeout_after') {
      hold(res);
      return;
    }
    counts.forwarded++;
    counted();
    const headers = { ...answer.headers };
    // The body was read whole: send it with its own length, not the target's transfer encoding.
    delete headers['transfer-encoding'];
    headers['content-length'] = String(answer.body.length);
    res.writeHead(answer.status, headers);
    res.end(answer.body);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}${target.pathname}`;

  return {
    url,
    port,
    counts: () => ({ ...counts }),
    until(predicate, timeoutMs) {
      return new Promise<boolean>((resolve) => {
        const done = (result: boolean) => {
          clearTimeout(timer);
          waiters.delete(check);
          resolve(result);
        };
        const check = () => {
          if (predicate({ ...counts })) done(true);
        };
        const timer = setTimeout(() => done(false), timeoutMs);
        waiters.add(check);
        check();
      });
    },
    setRate(next: number) {
      if (!(next >= 0 && next <= 1)) throw new Error('fault rate must be within 0..1');
      rate = next;
    },
    async stop() {
      for (const res of held) res.socket?.destroy();
      held.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
