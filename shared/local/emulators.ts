/**
 * The embedded AWS stand-ins: a DynamoDB-compatible server (dynalite on a worker thread, LevelDB on
 * disk when given a path) and an SQS-compatible server (fauxqs, in memory, made durable by a journal file when given
 * one). Both listen on loopback only.
 */
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { Worker } from 'node:worker_threads';
import type { BuildAppOptions } from 'fauxqs';
import { receiveLikeSqsIn } from './fifo-receive.ts';
import { type FauxStore, QueueJournal } from './queue-journal.ts';

export interface Emulator {
  endpoint: string;
  stop(): Promise<void>;
}

/**
 * Runs dynalite on its own thread: the table server is the busiest part of the local stack, and on
 * its own event loop it uses a second core instead of taking turns with the handlers. Plain
 * CommonJS evaluated in the worker, so it runs the same under tsx, vitest and plain Node.
 */
const DYNAMO_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { dirname } = require('node:path');
const resolveBeside = (name, module) => require.resolve(name, { paths: [dirname(module)] });
// LevelDB memory-maps every table file it keeps open; a burst writes hundreds. Fewer open at once keeps
// the mapped (resident) table files bounded, the rest read through the file cache as needed.
const levelModule = resolveBeside('level', workerData.module);
const level = require(levelModule);
const Level = level.Level;
level.Level = class extends Level {
  constructor(location, options) {
    super(location, { ...options, maxOpenFiles: workerData.maxOpenFiles });
  }
};
// dynalite ends a query's stream by calling its iterator's return(), which abstract-level 3 iterators
// lack: every query's iterator then stayed open until the database closed, holding its snapshot, so
// LevelDB could delete no table file it had replaced (hundreds of MB on disk and mapped in a burst).
const { AbstractLevel } = require(resolveBeside('abstract-level', levelModule));
let opened = 0;
let open = 0;
const waiting = [];
const closedOne = () => {
  open--;
  if (open === 0) for (const id of waiting.splice(0)) parentPort.postMessage({ closed: id, opened });
};
for (const method of ['iterator', 'keys', 'values']) {
  const create = AbstractLevel.prototype[method];
  AbstractLevel.prototype[method] = function (options) {
    const iterator = create.call(this, options);
    const close = iterator.close.bind(iterator);
    let closing;
    opened++;
    open++;
    iterator.close = () => {
      if (!closing) closing = close().finally(closedOne);
      return closing;
    };
    iterator.return ??= () => iterator.close();
    return iterator;
  };
}
const dynalite = require(workerData.module);
const server = dynalite(workerData.options);
server.once('error', (error) => parentPort.postMessage({ error: String(error) }));
server.listen(workerData.port, '127.0.0.1', () => parentPort.postMessage({ port: server.address().port }));
parentPort.on('message', (message) => {
  if (message?.whenClosed !== undefined) {
    if (open === 0) parentPort.postMessage({ closed: message.whenClosed, opened });
    else waiting.push(message.whenClosed);
  }
  if (message !== 'stop') return;
  server.close(() => process.exit(0));
  server.closeAllConnections?.();
});
`;

/** LevelDB table files open (and memory-mapped) at once; LevelDB's default is 1,000. */
const TABLE_FILES_OPEN = 64;

/**
 * The table server's young generation, in MB. Nearly all it allocates lives for one request; Node 24's
 * V8 grows a busy isolate's new space to 128 MB and keeps it. 48 MB (16 MB semi-spaces) is Node 20's
 * default, and what `npm start` gives the main thread.
 */
const TABLE_SERVER_YOUNG_MB = 48;

export interface TableEmulator extends Emulator {
  /** Resolves once no table iterator is open, with how many were ever opened. */
  iteratorsClosed(): Promise<{ opened: number }>;
}

export async function startDynamo(options: { path?: string; port?: number } = {}): Promise<TableEmulator> {
  const worker = new Worker(DYNAMO_WORKER, {
    eval: true,
    resourceLimits: { maxYoungGenerationSizeMb: TABLE_SERVER_YOUNG_MB },
    workerData: {
      module: createRequire(import.meta.url).resolve('dynalite'),
      options: {
        createTableMs: 0,
        deleteTableMs: 0,
        updateTableMs: 0,
        ...(options.path ? { path: options.path } : {}),
      },
      port: options.port ?? 0,
      maxOpenFiles: TABLE_FILES_OPEN,
    },
  });
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    worker.once('error', reject);
    worker.once('message', (m: { port?: number; error?: string }) =>
      m.port ? resolve(m.port) : reject(new Error(`dynalite did not start: ${m.error}`)),
    );
  }).catch(async (error: unknown) => {
    await worker.terminate();
    throw error;
  });
  let asked = 0;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    iteratorsClosed: () =>
      new Promise((resolve) => {
        const id = ++asked;
        const answer = (m: { closed?: number; opened?: number }) => {
          if (m.closed !== id) return;
          worker.off('message', answer);
          resolve({ opened: m.opened ?? 0 });
        };
        worker.on('message', answer);
        worker.postMessage({ whenClosed: id });
      }),
    stop: async () => {
      worker.postMessage('stop');
      await exited;
    },
  };
}

export async function startSqs(options: { port?: number; journal?: string } = {}): Promise<Emulator> {
  // fauxqs is ESM-only and only needed locally: load it on demand.
  const { buildApp } = await import('fauxqs');
  const journal = options.journal ? new QueueJournal(options.journal) : undefined;
  // FIFO queues hand out messages as SQS does (fifo-receive.ts), then every queue is journaled.
  const store = receiveLikeSqsIn(await newFauxStore());
  // fauxqs makes its own store for each part not given; its types ask for all three.
  const stores = {
    sqsStore: journal ? journal.attach(store) : store,
  } as unknown as BuildAppOptions['stores'];
  const app = buildApp({ logger: false, host: '127.0.0.1', stores });
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
