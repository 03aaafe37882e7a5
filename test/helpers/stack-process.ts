/**
 * The local stack as its own process, as `npm start` runs it, so a test or a bench can kill it
 * (SIGKILL, SIGTERM) at any moment and start it again on the same data folder.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import type { LocalSlack } from '../../shared/local/local-slack.ts';
import { hmacSha256 } from '../../shared/platforms/signature.ts';

export const PROCESS_SECRET = 'process-generic-secret';

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** Resolves once `child` has written a line matching `pattern` to stdout; rejects if it exits first. */
export function waitForOutput(child: ChildProcess, pattern: RegExp, timeoutMs = 60_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      const match = seen.match(pattern);
      if (match) {
        done();
        resolve(match[0]);
      }
    };
    const onExit = (code: number | null, signal: string | null) => {
      done();
      reject(new Error(`process exited (${code ?? signal}) before printing ${pattern}:\n${seen}`));
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`no ${pattern} within ${timeoutMs} ms:\n${seen}`));
    }, timeoutMs);
    const done = () => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.off('exit', onExit);
    };
    child.stdout?.on('data', onData);
    child.once('exit', onExit);
  });
}

export interface StackProcess {
  child: ChildProcess;
  url: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Starts `node --import tsx shared/local/main.ts --no-demo` (or, with `npm`, `npm start`) on
 * `port` with `dataDir`, and resolves once it serves. `detached` puts it in its own process group,
 * so a test can tell whether any process of it is left.
 */
export async function startStackProcess(options: {
  port: number;
  dataDir: string;
  npm?: boolean;
  /** Another entry than shared/local/main.ts (e.g. one with fault proxies). */
  script?: string;
  env?: Record<string, string>;
}): Promise<StackProcess> {
  const env = {
    ...process.env,
    BEACON_PORT: String(options.port),
    BEACON_DATA_DIR: options.dataDir,
    BEACON_GENERIC_SECRET: PROCESS_SECRET,
    // The countdown and polls have nothing to do here; the ones a test wants it asks for.
    SLACK_BOT_TOKEN: '',
    // Slack's rate limits stay off unless a test turns them on.
    BEACON_LOCAL_SLACK_LIMITS: 'off',
    ...options.env,
  };
  const child = options.npm
    ? spawn('npm', ['start', '--', '--no-demo'], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
    : spawn(process.execPath, ['--import', 'tsx', options.script ?? 'shared/local/main.ts', '--no-demo'], {
        env,
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  if (child.pid) started.add(child.pid);
  void exited.then(() => child.pid && !groupAlive(child.pid) && started.delete(child.pid));
  child.stderr?.resume();
  await waitForOutput(child, /Beacon is running on \S+/);
  return { child, url: `http://127.0.0.1:${options.port}`, exited };
}

const started = new Set<number>();

/** Kills (SIGKILL) every process group started here that is still alive: cleanup after a failure. */
export function killLeftovers(): void {
  for (const pid of started) {
    if (groupAlive(pid)) process.kill(-pid, 'SIGKILL');
    started.delete(pid);
  }
}

/** True while any process of the group led by `pid` is alive. */
export function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A generic-webhook body for one mention with its own author. */
export function mentionPost(id: string, text: string): { body: string; signature: string } {
  const body = JSON.stringify({
    id,
    text,
    author: { id: `author-${id}`, handle: `h${id.replace(/\W/g, '')}` },
  });
  return { body, signature: `sha256=${hmacSha256(PROCESS_SECRET, body, 'hex')}` };
}

/** Sends one mention; the HTTP status, or 0 when the connection failed. */
export async function sendMention(url: string, id: string, text: string): Promise<number> {
  const { body, signature } = mentionPost(id, text);
  try {
    const res = await fetch(`${url}/webhooks/generic`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-beacon-signature': signature },
      body,
    });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return 0;
  }
}

/** Texts that each open a live alert with the default routing. */
export const ALERT_TEXTS = [
  'My order from Acme is two weeks late and nobody answers my emails. Terrible.',
  'Does the Acme router support WPA3? Thinking of buying one.',
  'Acme support sorted my issue in 5 minutes, brilliant service, thank you!',
  'Why does the Acme app log me out every single day? So annoying.',
];

/** Resolves once the stack at `url` reports every queue empty (nothing in flight, nothing in a DLQ). */
export async function waitUntilIdle(url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    const res = await fetch(`${url}/health`);
    last = await res.json();
    const h = last as { queued?: number; deadLettered?: number };
    if (h.queued === 0) return;
    // Polling is the only way to watch another process; the interval only paces the requests.
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`queues not idle after ${timeoutMs} ms: ${JSON.stringify(last)}`);
}

/**
 * How many Slack messages show each alert, threads included: its card, or its line in a burst
 * summary (a channel over its posting budget lists alerts several to a message).
 */
export function cardsByAlert(slack: LocalSlack): Map<string, number> {
  const cards = new Map<string, number>();
  const count = (alertId: unknown) => {
    if (typeof alertId === 'string') cards.set(alertId, (cards.get(alertId) ?? 0) + 1);
  };
  for (const channel of slack.channels()) {
    for (const top of slack.messages(channel.id)) {
      for (const m of [top, ...slack.replies(channel.id, top.ts)]) {
        if (m.metadata?.event_type === 'beacon_alert') count(m.metadata.event_payload.alert_id);
        if (m.metadata?.event_type === 'beacon_burst') {
          const listed = m.metadata.event_payload.alert_ids;
          if (Array.isArray(listed)) for (const id of listed) count(id);
        }
      }
    }
  }
  return cards;
}
