/**
 * Group commit for a batch API: the entries of concurrent callers share calls.
 *
 * While few calls are in flight a caller's entries go out at once, so an idle sender adds no
 * latency. Once enough are in flight, callers wait in line and the next call takes as many of
 * them, whole and in order, as fit in one call; a call that could take no further caller goes out
 * at once, since waiting cannot fill it more. A caller's entries are never split between calls in
 * flight together (on a FIFO queue that could reorder them): they share one call, or, too many for
 * one, go in calls one after another. Each caller learns the fate of its own entries only.
 */
interface Waiting<E> {
  entries: E[];
  resolve(): void;
  reject(error: unknown): void;
}

export interface CoalescerOptions<E, F> {
  /** Calls in flight below which a caller's entries go out at once instead of waiting for the next call. */
  inFlightBeforeWaiting: number;
  /** Splits entries, in order, into the calls the API accepts. */
  batches(entries: E[]): E[][];
  /** Makes one call; resolves to each entry's failure by position, undefined for an accepted one. */
  call(entries: E[]): Promise<Array<F | undefined>>;
  /** The error a caller gets for its own failed entries. */
  refused(failures: F[]): Error;
}

export class Coalescer<E, F> {
  private readonly waiting: Waiting<E>[] = [];
  private inFlight = 0;

  constructor(private readonly options: CoalescerOptions<E, F>) {}

  /** Resolves once every entry was accepted; rejects if any of them was not. */
  submit(entries: E[]): Promise<void> {
    if (entries.length === 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.waiting.push({ entries, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.waiting.length > 0) {
      const { callers, full } = this.nextCall();
      if (!full && this.inFlight >= this.options.inFlightBeforeWaiting) return;
      this.waiting.splice(0, callers.length);
      this.inFlight++;
      void this.send(callers).finally(() => {
        this.inFlight--;
        this.pump();
      });
    }
  }

  /** The waiting callers, from the front, that fit in one call; full when the next one does not. */
  private nextCall(): { callers: Waiting<E>[]; full: boolean } {
    const [first, ...rest] = this.waiting as [Waiting<E>, ...Waiting<E>[]];
    if (this.options.batches(first.entries).length > 1) return { callers: [first], full: true };
    let entries = first.entries;
    for (const [i, caller] of rest.entries()) {
      const together = [...entries, ...caller.entries];
      if (this.options.batches(together).length > 1)
        return { callers: [first, ...rest.slice(0, i)], full: true };
      entries = together;
    }
    return { callers: this.waiting.slice(), full: false };
  }

  private async send(callers: Waiting<E>[]): Promise<void> {
    const { batches, call, refused } = this.options;
    try {
      if (callers.length === 1 && callers[0]) {
        // One caller: its calls one after another (today's order), stopping at its first failure.
        const [only] = callers;
        for (const batch of batches(only.entries)) {
          const failures = (await call(batch)).filter((f) => f !== undefined);
          if (failures.length > 0) return only.reject(refused(failures));
        }
        return only.resolve();
      }
      const failures = await call(callers.flatMap((c) => c.entries));
      let at = 0;
      for (const caller of callers) {
        const own = failures.slice(at, at + caller.entries.length).filter((f) => f !== undefined);
        at += caller.entries.length;
        if (own.length > 0) caller.reject(refused(own));
        else caller.resolve();
      }
    } catch (error) {
      for (const caller of callers) caller.reject(error);
    }
  }
}
