/**
 * The embedded AWS stand-ins: a DynamoDB-compatible server (dynalite, LevelDB on disk when given a
 * path) and an SQS-compatible server (fauxqs, in memory, made durable by a journal file when given
 * one). Both listen on loopback only.
 */
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import dynalite from 'dynalite';
import type { BuildAppOptions } from 'fauxqs';
import { type FauxStore, QueueJournal } from './queue-journal.ts';

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

export async function startSqs(options: { port?: number; journal?: string } = {}): Promise<Emulator> {
  // fauxqs is ESM-only and only needed locally: load it on demand.
  const { buildApp } = await import('fauxqs');
  const journal = options.journal ? new QueueJournal(options.journal) : undefined;
  // fauxqs makes its own store for each part not given; its types ask for all three.
  const stores = journal
    ? ({ sqsStore: journal.attach(await newFauxStore()) } as unknown as BuildAppOptions['stores'])
    : undefined;
  const app = buildApp({ logger: false, host: '127.0.0.1', ...(stores ? { stores } : {}) });
  await app.listen({ port: options.port ?? 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    stop: async () => {
      await app.close();
      journal?.close();
    },
  };
}

/** fauxqs's own store class, which its package does not export: loaded from beside its entry. */
async function newFauxStore(): Promise<FauxStore> {
  const url = new URL('./sqs/sqsStore.js', import.meta.resolve('fauxqs'));
  const { SqsStore } = (await import(url.href)) as { SqsStore: new () => FauxStore };
  return new SqsStore();
}

/**
 * True when another open database holds the folder (a running `npm start`): opening it a second
 * time would fail inside dynalite, where the error cannot be caught.
 */
export async function dynamoFolderInUse(path: string): Promise<boolean> {
  // The LevelDB binding dynalite itself opens the folder with, resolved from dynalite.
  const { Level } = createRequire(createRequire(import.meta.url).resolve('dynalite'))('level') as {
    Level: new (path: string) => { open(): Promise<void>; close(): Promise<void> };
  };
  const db = new Level(path);
  try {
    await db.open();
    await db.close();
    return false;
  } catch (error) {
    if ((error as { cause?: { code?: string } }).cause?.code === 'LEVEL_LOCKED') return true;
    throw error;
  }
}
