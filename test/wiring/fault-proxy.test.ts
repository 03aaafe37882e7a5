import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import slackWebApi from '@slack/web-api';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startDynamo } from '../../shared/local/emulators.ts';
import { type FaultProxy, type FaultProxyOptions, startFaultProxy } from '../../shared/local/fault-proxy.ts';

const { WebClient } = slackWebApi;

/** A target that answers every call like Slack's `ok` and remembers what it was asked. */
class RecordingTarget {
  calls: { method: string; url: string; body: string }[] = [];
  private server?: Server;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        this.calls.push({
          method: req.method ?? '',
          url: req.url ?? '',
          body: Buffer.concat(chunks).toString(),
        });
        res.writeHead(200, { 'content-type': 'application/json', 'x-target': 'yes' });
        res.end(JSON.stringify({ ok: true, echo: req.url }));
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', () => resolve()));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api/`;
  }

  stop = () => new Promise<void>((resolve) => this.server?.close(() => resolve()));
}

describe('fault proxy', () => {
  const target = new RecordingTarget();
  const proxies: FaultProxy[] = [];
  const proxy = async (options: Partial<FaultProxyOptions>) => {
    const p = await startFaultProxy({ target: target.url, rate: 1, faults: [], seed: 7, ...options });
    proxies.push(p);
    return p;
  };

  beforeAll(() => target.start());
  afterEach(async () => {
    await Promise.all(proxies.splice(0).map((p) => p.stop()));
    target.calls = [];
  });
  afterAll(() => target.stop());

  it('forwards method, path, body and answer untouched when the rate is 0', async () => {
    const p = await proxy({ rate: 0 });
    const res = await fetch(`${p.url}chat.postMessage?x=1`, { method: 'POST', body: 'channel=C1' });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-target')).toBe('yes');
    expect(await res.json()).toEqual({ ok: true, echo: '/api/chat.postMessage?x=1' });
    expect(target.calls).toEqual([{ method: 'POST', url: '/api/chat.postMessage?x=1', body: 'channel=C1' }]);
    expect(p.counts().forwarded).toBe(1);
  });

  it('answers 429 with Retry-After as Slack does, without reaching the target', async () => {
    const p = await proxy({ faults: ['rate_limited'], retryAfterSeconds: 3 });
    const slack = new WebClient('xoxb-test', { slackApiUrl: p.url, rejectRateLimitedCalls: true });
    const error = await slack.chat.postMessage({ channel: 'C1', text: 'hi' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'slack_webapi_rate_limited_error', retryAfter: 3 });
    expect(target.calls).toHaveLength(0);
    expect(p.counts()).toMatchObject({ rate_limited: 1, forwarded: 0 });
  });

  it('answers a server error without reaching the target', async () => {
    const p = await proxy({ faults: ['server_error'], serverErrorStatus: 502 });
    const res = await fetch(`${p.url}chat.update`, { method: 'POST', body: 'x' });
    expect(res.status).toBe(502);
    expect(target.calls).toHaveLength(0);
    expect(p.counts().server_error).toBe(1);
  });

  it('holds a request it never forwards until the client gives up', async () => {
    const p = await proxy({ faults: ['timeout_before'] });
    const error = await fetch(`${p.url}chat.update`, {
      method: 'POST',
      body: 'x',
      signal: AbortSignal.timeout(150),
    }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe('TimeoutError');
    expect(target.calls).toHaveLength(0);
    expect(p.counts().timeout_before).toBe(1);
  });

  it('carries the call out at the target, then holds the answer back', async () => {
    const p = await proxy({ faults: ['timeout_after'] });
    const error = await fetch(`${p.url}chat.postMessage`, {
      method: 'POST',
      body: 'channel=C1',
      signal: AbortSignal.timeout(300),
    }).catch((e: Error) => e);
    expect((error as Error).name).toBe('TimeoutError');
    expect(target.calls).toEqual([{ method: 'POST', url: '/api/chat.postMessage', body: 'channel=C1' }]);
    expect(p.counts()).toMatchObject({ timeout_after: 1, forwarded: 0 });
  });

  it('cuts a held connection after holdMs when asked to', async () => {
    const p = await proxy({ faults: ['timeout_before'], holdMs: 50 });
    const error = await fetch(`${p.url}chat.update`, { method: 'POST', body: 'x' }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(TypeError); // fetch failed: the socket was closed without an answer
  });

  it('lets a caller wait for traffic, or gives up after a time', async () => {
    const p = await proxy({ rate: 0 });
    const seen = p.until((c) => c.requests >= 2, 5_000);
    await fetch(`${p.url}a`, { method: 'POST', body: '' });
    await fetch(`${p.url}b`, { method: 'POST', body: '' });
    expect(await seen).toBe(true);
    expect(await p.until((c) => c.requests >= 3, 50)).toBe(false);
  });

  it('only faults the requests it is told are eligible', async () => {
    const p = await proxy({
      faults: ['server_error'],
      eligible: ({ path }) => path.endsWith('chat.update'),
    });
    expect((await fetch(`${p.url}chat.postMessage`, { method: 'POST', body: '' })).status).toBe(200);
    expect((await fetch(`${p.url}chat.update`, { method: 'POST', body: '' })).status).toBe(503);
    expect(p.counts()).toMatchObject({ server_error: 1, forwarded: 1 });
  });

  it('injects the same faults for the same seed, in about the share asked, and none once the rate is 0', async () => {
    const options = { rate: 0.3, faults: ['rate_limited', 'server_error'] as const, seed: 42 };
    const outcomes = async (p: FaultProxy) => {
      const seen: number[] = [];
      for (let i = 0; i < 200; i++)
        seen.push((await fetch(`${p.url}m${i}`, { method: 'POST', body: '' })).status);
      return seen;
    };
    const first = await outcomes(await proxy(options));
    const second = await outcomes(await proxy(options));
    const other = await outcomes(await proxy({ ...options, seed: 43 }));
    expect(second).toEqual(first);
    expect(other).not.toEqual(first);
    const faulted = first.filter((s) => s !== 200).length;
    expect(faulted).toBeGreaterThan(40);
    expect(faulted).toBeLessThan(80);
    const p = proxies[0]!;
    expect(p.counts().rate_limited + p.counts().server_error).toBe(faulted);
    expect(p.counts().forwarded).toBe(200 - faulted);
    expect(first.filter((s) => s === 429).length).toBe(p.counts().rate_limited);

    p.setRate(0);
    expect((await outcomes(p)).every((s) => s === 200)).toBe(true);
  });
});

describe('fault proxy in front of DynamoDB', () => {
  let dynamo: Emulator;
  beforeAll(async () => {
    dynamo = await startDynamo();
  });
  afterAll(() => dynamo.stop());

  it('answers with DynamoDB throttling, which the AWS SDK reads as ProvisionedThroughputExceededException', async () => {
    const p = await startFaultProxy({ target: dynamo.endpoint, rate: 1, faults: ['throttled'], seed: 1 });
    const client = new DynamoDBClient({ endpoint: p.url, maxAttempts: 1 });
    try {
      const error = await client.send(new ListTablesCommand({})).catch((e: Error) => e);
      expect((error as Error).name).toBe('ProvisionedThroughputExceededException');
      p.setRate(0);
      await expect(client.send(new ListTablesCommand({}))).resolves.toMatchObject({ TableNames: [] });
      expect(p.counts()).toMatchObject({ throttled: 1, forwarded: 1 });
    } finally {
      client.destroy();
      await p.stop();
    }
  });
});
