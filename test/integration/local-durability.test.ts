/**
 * `npm start` keeps what it accepted: the stack runs as its own process, is killed (SIGKILL) or
 * stopped (SIGTERM) in the middle of a burst, and started again on the same data folder. Every
 * mention answered 202 must end up stored once and alerted once in the local Slack.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { alertIdFor } from '../../shared/domain/alert.ts';
import { startLocalStack } from '../../shared/local/stack.ts';
import { silentLogger } from '../helpers/local-stack.ts';
import {
  ALERT_TEXTS,
  cardsByAlert,
  freePort,
  groupAlive,
  killLeftovers,
  PROCESS_SECRET,
  type StackProcess,
  sendMention,
  startStackProcess,
  waitForOutput,
  waitUntilIdle,
} from '../helpers/stack-process.ts';

/** Opens the data folder in this process and checks every accepted mention: stored once, one card. */
async function expectEachOnce(dataDir: string, accepted: string[], sent: string[]) {
  const stack = await startLocalStack({
    port: 0,
    dataDir,
    configPath: resolve('config/routing.yaml'),
    env: { BEACON_GENERIC_SECRET: PROCESS_SECRET },
    logger: silentLogger,
  });
  try {
    expect(await stack.queued()).toEqual({ queued: 0, deadLettered: 0 });
    const slack = stack.slack;
    if (!slack) throw new Error('no local Slack');
    const cards = cardsByAlert(slack);
    const missing: string[] = [];
    for (const id of accepted) {
      // Mentions are keyed by their id: stored at all is stored once.
      const stored = await stack.runtime.pipeline.mentions.get('generic', id, id);
      if (stored?.status !== 'processed' || cards.get(alertIdFor('generic', id)) !== 1) missing.push(id);
    }
    expect(missing).toEqual([]);
    // Requests cut off by a kill may or may not have been taken in; none may show twice.
    const twice = sent.filter((id) => (cards.get(alertIdFor('generic', id)) ?? 0) > 1);
    expect(twice).toEqual([]);
  } finally {
    await stack.stop();
  }
}

/** Sends mentions `ids` eight at a time until `stopAfter` of them are accepted; returns the accepted. */
async function burst(
  proc: StackProcess,
  ids: string[],
  onAccepted: (count: number) => void,
): Promise<{ accepted: string[]; sent: string[] }> {
  const accepted: string[] = [];
  const sent: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < ids.length) {
      const id = ids[next++] ?? '';
      sent.push(id);
      const status = await sendMention(proc.url, id, `${ALERT_TEXTS[next % ALERT_TEXTS.length]} #${id}`);
      if (status === 202) {
        accepted.push(id);
        onAccepted(accepted.length);
      } else if (status !== 0 && status !== 503) throw new Error(`webhook answered ${status}`);
      if (status === 0 || status === 503) return;
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return { accepted, sent };
}

afterEach(killLeftovers);

describe('the local stack as a process', () => {
  it('loses nothing accepted and duplicates nothing when killed (SIGKILL) at random points of a burst', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'beacon-kill-'));
    const port = await freePort();
    const run = Date.now();
    const ids = Array.from({ length: 160 }, (_, i) => `kill-${run}-${i}`);
    const accepted: string[] = [];
    const sent: string[] = [];
    let rest = ids;
    for (let round = 0; round < 3; round++) {
      const proc = await startStackProcess({ port, dataDir });
      // Killed after a random number of 202s in the first two rounds; the last one finishes.
      const killAfter = round < 2 ? 15 + Math.floor(Math.random() * 40) : Number.POSITIVE_INFINITY;
      const out = await burst(proc, rest, (count) => {
        if (count === killAfter) proc.child.kill('SIGKILL');
      });
      accepted.push(...out.accepted);
      sent.push(...out.sent);
      rest = rest.filter((id) => !out.sent.includes(id));
      if (round === 2) {
        await waitUntilIdle(proc.url);
        proc.child.kill('SIGTERM');
      }
      await proc.exited;
    }
    expect(accepted.length).toBeGreaterThan(100);
    await expectEachOnce(dataDir, accepted, sent);
  }, 240_000);

  it('on SIGTERM to `npm start`: refuses new requests, finishes, frees the port, leaves no process; nothing accepted is lost', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'beacon-term-'));
    const port = await freePort();
    const run = Date.now();
    const npm = await startStackProcess({ port, dataDir, npm: true });
    const npmPid = npm.child.pid ?? 0;
    let signalled = false;
    let stoppingSeen = false;
    const afterStopping: number[] = [];
    void waitForOutput(npm.child, /stopping/, 120_000).then(
      () => {
        stoppingSeen = true;
      },
      () => {},
    );
    const accepted: string[] = [];
    const sent: string[] = [];
    let next = 0;
    const worker = async () => {
      for (;;) {
        const id = `term-${run}-${next++}`;
        const startedAfterStopping = stoppingSeen;
        sent.push(id);
        const status = await sendMention(npm.url, id, ALERT_TEXTS[next % ALERT_TEXTS.length] ?? '');
        if (startedAfterStopping) afterStopping.push(status);
        if (status === 202) accepted.push(id);
        if (accepted.length >= 40 && !signalled) {
          signalled = true;
          process.kill(npmPid, 'SIGTERM');
        }
        if (status === 0 || status === 503) return;
      }
    };
    await Promise.all(Array.from({ length: 6 }, worker));
    const exit = await npm.exited;

    expect(stoppingSeen).toBe(true);
    expect(afterStopping.filter((s) => s === 202)).toEqual([]);
    expect(exit.code).toBe(0);
    expect(groupAlive(npmPid)).toBe(false);
    expect(await portFree(port)).toBe(true);

    // What was accepted before the signal is handled after a restart, once.
    const again = await startStackProcess({ port, dataDir });
    await waitUntilIdle(again.url);
    again.child.kill('SIGTERM');
    await again.exited;
    await expectEachOnce(dataDir, accepted, sent);
  }, 240_000);
});

/** True when nothing listens on `port` (binding it succeeds). */
async function portFree(port: number): Promise<boolean> {
  const { createServer } = await import('node:net');
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}
