/**
 * Makes the local SQS-compatible server durable, so a 202 means locally what it means on AWS.
 *
 * Every message the server takes in (a send, or a move to a DLQ) and every message deleted is
 * appended to a journal file with a plain synchronous write before the server answers. Data in the
 * OS page cache survives a killed process, so whatever a client was told is queued is on disk.
 * On start the journal is read back: the messages not deleted go into their queue again as soon as
 * it is created, and the file is rewritten with only those (compaction), atomically.
 *
 * After a restart a message may come back that a consumer had handled but not yet deleted: that
 * is at-least-once, as on AWS, and the consumers are idempotent for it.
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/** The parts of a fauxqs queue message kept in the journal (all plain JSON). */
interface QueuedMessage {
  messageId: string;
  body: string;
  messageGroupId?: string;
  messageDeduplicationId?: string;
  sequenceNumber?: string;
  [field: string]: unknown;
}

/** The parts of fauxqs's queue and store this layer hooks into. */
interface FauxQueue {
  name: string;
  inflightMessages: Map<string, { message: QueuedMessage }>;
  sequenceCounter: number;
  enqueue(msg: QueuedMessage): void;
  deleteMessage(receiptHandle: string): boolean;
  purge(): void;
  recordDeduplication(dedupId: string, messageId: string, sequenceNumber?: string): void;
}

export interface FauxStore {
  createQueue(name: string, url: string, arn: string, attributes?: unknown, tags?: unknown): FauxQueue;
}

type Entry = { put: string; m: QueuedMessage } | { del: string; id: string } | { purge: string };

/** Journal records beyond this many dead ones (and four times the live ones) trigger a compaction. */
const COMPACT_AFTER = 20_000;

export class QueueJournal {
  /** Live messages by id: their queue and the journal line that brought them there. */
  private readonly live = new Map<string, { queue: string; line: string }>();
  /** Messages read back at start, waiting for their queue to be created. */
  private readonly pending = new Map<string, QueuedMessage[]>();
  private fd: number;
  private dead = 0;

  constructor(private readonly file: string) {
    mkdirSync(dirname(file), { recursive: true });
    if (existsSync(file)) this.replay(readFileSync(file, 'utf8'));
    for (const { queue, line } of this.live.values()) {
      const list = this.pending.get(queue) ?? [];
      list.push((JSON.parse(line) as { m: QueuedMessage }).m);
      this.pending.set(queue, list);
    }
    this.fd = this.compact();
  }

  /** How many messages the journal holds (queued, in flight or in a DLQ). */
  get size(): number {
    return this.live.size;
  }

  /** Hooks a fauxqs store so that every queue it creates is journaled and gets its messages back. */
  attach<S extends FauxStore>(store: S): S {
    const create = store.createQueue.bind(store);
    store.createQueue = (...args) => {
      const queue = create(...args);
      this.hook(queue);
      return queue;
    };
    return store;
  }

  close(): void {
    closeSync(this.fd);
  }

  private hook(queue: FauxQueue): void {
    const enqueue = queue.enqueue.bind(queue);
    const remove = queue.deleteMessage.bind(queue);
    const purge = queue.purge.bind(queue);
    const restored = this.pending.get(queue.name) ?? [];
    this.pending.delete(queue.name);
    for (const msg of restored) {
      if (msg.messageDeduplicationId) {
        queue.recordDeduplication(msg.messageDeduplicationId, msg.messageId, msg.sequenceNumber);
      }
      queue.sequenceCounter = Math.max(queue.sequenceCounter, Number(msg.sequenceNumber ?? 0));
      enqueue(msg);
    }
    queue.enqueue = (msg) => {
      // Before the message is visible, so no consumer can delete it ahead of its journal line.
      const line = this.append({ put: queue.name, m: msg });
      if (this.live.has(msg.messageId)) this.dead++;
      this.live.set(msg.messageId, { queue: queue.name, line });
      enqueue(msg);
    };
    queue.deleteMessage = (receiptHandle) => {
      const entry = queue.inflightMessages.get(receiptHandle);
      const deleted = remove(receiptHandle);
      if (deleted && entry && this.live.get(entry.message.messageId)?.queue === queue.name) {
        this.append({ del: queue.name, id: entry.message.messageId });
        this.live.delete(entry.message.messageId);
        this.dead += 2;
        this.compactIfWorthIt();
      }
      return deleted;
    };
    queue.purge = () => {
      this.append({ purge: queue.name });
      for (const [id, { queue: name }] of this.live) if (name === queue.name) this.live.delete(id);
      purge();
    };
  }

  private append(entry: Entry): string {
    const line = JSON.stringify(entry);
    writeSync(this.fd, `${line}\n`);
    return line;
  }

  private replay(text: string): void {
    for (const line of text.split('\n')) {
      if (!line) continue;
      let entry: Entry;
      try {
        entry = JSON.parse(line) as Entry;
      } catch {
        // A line torn by a kill mid-write was never acknowledged: nothing was promised for it.
        continue;
      }
      if ('put' in entry) this.live.set(entry.m.messageId, { queue: entry.put, line });
      else if ('del' in entry) {
        if (this.live.get(entry.id)?.queue === entry.del) this.live.delete(entry.id);
      } else {
        for (const [id, { queue }] of this.live) if (queue === entry.purge) this.live.delete(id);
      }
    }
  }

  /** Rewrites the journal with the live messages only (write aside, then rename) and opens it. */
  private compact(): number {
    const tmp = `${this.file}.tmp`;
    const fd = openSync(tmp, 'w');
    const lines = [...this.live.values()].map((v) => `${v.line}\n`);
    for (let i = 0; i < lines.length; i += 1000) writeSync(fd, lines.slice(i, i + 1000).join(''));
    closeSync(fd);
    renameSync(tmp, this.file);
    this.dead = 0;
    return openSync(this.file, 'a');
  }

  private compactIfWorthIt(): void {
    if (this.dead < COMPACT_AFTER || this.dead < 4 * this.live.size) return;
    closeSync(this.fd);
    this.fd = this.compact();
  }
}
