/**
 * Oversized webhook bodies on the local stack: 20 clients each stream a 10 MB body at
 * POST /webhooks/generic at once. Prints the answers and how much the process's memory grew
 * (peak RSS and peak external buffers above the idle baseline) while the server dealt with them.
 * The clients stream from one shared 64 KB chunk, so the growth is the server's.
 */
import { request } from 'node:http';
import { resolve } from 'node:path';
import { startLocalStack } from '../shared/local/stack.ts';

const PARALLEL = 20;
const BODY_BYTES = 10 * 1024 * 1024;
const CHUNK = Buffer.alloc(64 * 1024, 'a');
const quiet = { info() {}, warn() {}, error() {}, debug() {} };

/** Streams `bytes` of body (chunked, no Content-Length unless asked) and resolves with the status. */
function streamBody(url: string, bytes: number, withLength: boolean): Promise<number | string> {
  return new Promise((done) => {
    const req = request(`${url}/webhooks/generic`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-beacon-signature': 'sha256=00',
        ...(withLength ? { 'content-length': String(bytes) } : {}),
      },
    });
    let sent = 0;
    let settled = false;
    const finish = (result: number | string) => {
      if (settled) return;
      settled = true;
      done(result);
    };
    req.on('response', (res) => {
      res.resume();
      finish(res.statusCode ?? 0);
    });
    req.on('error', (error) => finish((error as NodeJS.ErrnoException).code ?? 'error'));
    const write = () => {
      while (sent < bytes && !settled) {
        sent += CHUNK.length;
        if (!req.write(CHUNK)) return void req.once('drain', write);
      }
      req.end();
    };
    write();
  });
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export async function run(): Promise<void> {
  const stack = await startLocalStack({
    port: 0,
    configPath: resolve('config/routing.yaml'),
    env: { BEACON_GENERIC_SECRET: 'bench-secret' },
    logger: quiet,
    runQueues: false,
  });
  try {
    for (const withLength of [false, true]) {
      global.gc?.();
      const base = process.memoryUsage();
      let peakRss = base.rss;
      let peakExternal = base.external + base.arrayBuffers;
      const sampler = setInterval(() => {
        const m = process.memoryUsage();
        peakRss = Math.max(peakRss, m.rss);
        peakExternal = Math.max(peakExternal, m.external + m.arrayBuffers);
      }, 5);
      const started = performance.now();
      const answers = await Promise.all(
        Array.from({ length: PARALLEL }, () => streamBody(stack.url, BODY_BYTES, withLength)),
      );
      const ms = performance.now() - started;
      clearInterval(sampler);
      const counts = new Map<string, number>();
      for (const a of answers) counts.set(String(a), (counts.get(String(a)) ?? 0) + 1);
      console.log(
        `  ${PARALLEL} parallel ${mb(BODY_BYTES)} bodies (${withLength ? 'Content-Length' : 'chunked'}): ` +
          `answers ${[...counts].map(([k, v]) => `${v}×${k}`).join(', ')} in ${ms.toFixed(0)} ms; ` +
          `peak RSS +${mb(peakRss - base.rss)}, peak buffers +${mb(peakExternal - base.external - base.arrayBuffers)}`,
      );
    }
  } finally {
    await stack.stop();
  }
}
