/**
 * The embedded AWS stand-ins: a DynamoDB-compatible server (dynalite, LevelDB on disk when given a
 * path) and an SQS-compatible server (fauxqs, in memory). Both listen on loopback only.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import dynalite from 'dynalite';

export interface Emulator {
  endpoint: string;
  stop(): Promise<void>;
}

export async function startDynamo(options: { path?: string; port?: number } = {}): Promise<Emulator> {
  const server = dynalite({
    createTableMs: 0,
    deleteTableMs: 0,
    updateTableMs: 0,
    ...(options.path ? { path: options.path } : {}),
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections?.();
      }),
  };
}

export async function startSqs(options: { port?: number } = {}): Promise<Emulator> {
  // fauxqs is ESM-only and only needed locally: load it on demand.
  const { buildApp } = await import('fauxqs');
  const app = buildApp({ logger: false, host: '127.0.0.1' });
  await app.listen({ port: options.port ?? 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return { endpoint: `http://127.0.0.1:${port}`, stop: () => app.close() };
}

/** Where a running local stack can be reached, written to `<dataDir>/endpoints.json`. */
export interface LocalEndpoints {
  dynamodb: string;
  table: string;
}

export const ENDPOINTS_FILE = 'endpoints.json';

export async function writeEndpoints(dataDir: string, endpoints: LocalEndpoints): Promise<string> {
  await mkdir(dataDir, { recursive: true });
  const file = join(dataDir, ENDPOINTS_FILE);
  await writeFile(file, `${JSON.stringify(endpoints, null, 2)}\n`);
  return file;
}
