/**
 * One writer at a time per channel, in this process, with the work that arrives meanwhile done
 * together. Notify handles a channel's messages about different alerts side by side; a channel's
 * list of waiting posts (burst-summary.ts) must still change one step at a time, and the lines that
 * arrive while one step runs go into the next step together: one batch write, not one write each.
 * Across processes a channel has one writer already: its FIFO message group is handed to one
 * invocation at a time.
 */
export class ChannelWriter<T> {
  private readonly tails = new Map<string, Promise<void>>();
  private readonly queued = new Map<string, Array<{ item: T; settle: (error?: unknown) => void }>>();

  /** Runs `step` when no other step of the channel runs. */
  exclusive<R>(channel: string, step: () => Promise<R>): Promise<R> {
    const result = (this.tails.get(channel) ?? Promise.resolve()).then(step);
    const tail = result.then(
      () => {},
      () => {},
    );
    this.tails.set(channel, tail);
    // Forgotten once idle, so the map holds only channels with work in flight.
    void tail.then(() => {
      if (this.tails.get(channel) === tail) this.tails.delete(channel);
    });
    return result;
  }

  /**
   * Queues `item` for the channel's next step, which gets every item queued by then. Settles when
   * the step that took the item has (its error, if it failed).
   */
  async together(channel: string, item: T, step: (items: T[]) => Promise<void>): Promise<void> {
    const done = new Promise<void>((resolve, reject) => {
      const list = this.queued.get(channel) ?? [];
      list.push({ item, settle: (error) => (error === undefined ? resolve() : reject(error)) });
      this.queued.set(channel, list);
    });
    // Awaited below, after this caller's own turn; a rejection before then is not unhandled.
    done.catch(() => {});
    await this.exclusive(channel, async () => {
      const taken = this.queued.get(channel) ?? [];
      this.queued.delete(channel);
      if (taken.length === 0) return;
      try {
        await step(taken.map((t) => t.item));
      } catch (error) {
        for (const t of taken) t.settle(error ?? new Error('step failed'));
        return;
      }
      for (const t of taken) t.settle();
    });
    return done;
  }
}

/** A bounded set of recent keys: the oldest are forgotten past `max`. */
export class RecentKeys {
  private readonly keys = new Set<string>();
  constructor(private readonly max: number) {}

  add(key: string): void {
    this.keys.delete(key);
    this.keys.add(key);
    if (this.keys.size > this.max) {
      const oldest = this.keys.values().next();
      if (!oldest.done) this.keys.delete(oldest.value);
    }
  }

  has(key: string): boolean {
    return this.keys.has(key);
  }
}
