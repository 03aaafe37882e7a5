import { describe, expect, it } from 'vitest';
import { Coalescer } from '../../shared/queue/coalesce.ts';

/** A call the test answers itself: its entries and the means to settle it. */
interface Pending {
  entries: string[];
  answer(failures?: Array<string | undefined>): void;
  fail(error: Error): void;
}

/** A coalescer over a fake batch API of up to four entries a call; entries are strings. */
function setup(inFlightBeforeWaiting = 2) {
  const calls: Pending[] = [];
  const coalescer = new Coalescer<string, string>({
    inFlightBeforeWaiting,
    batches: (entries) => {
      const out: string[][] = [];
      for (let i = 0; i < entries.length; i += 4) out.push(entries.slice(i, i + 4));
      return out;
    },
    call: (entries) =>
      new Promise((resolve, reject) => {
        calls.push({
          entries,
          answer: (failures) => resolve(failures ?? entries.map(() => undefined)),
          fail: reject,
        });
      }),
    refused: (failures) => new Error(`refused ${failures.join(',')}`),
  });
  return { calls, coalescer };
}

/** Lets settled promises run their callbacks (no timers involved). */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('Coalescer', () => {
  it('sends a lone caller at once, in the same turn, not after a timer', () => {
    const { calls, coalescer } = setup();

    void coalescer.submit(['a', 'b']);

    expect(calls.map((c) => c.entries)).toEqual([['a', 'b']]);
  });

  it('makes no call for no entries', async () => {
    const { calls, coalescer } = setup();
    await coalescer.submit([]);
    expect(calls).toEqual([]);
  });

  it('while enough calls are in flight, later callers wait and share the next call', async () => {
    const { calls, coalescer } = setup();
    const settled: string[] = [];
    const submit = (name: string, entries: string[]) =>
      coalescer.submit(entries).then(() => settled.push(name));

    const all = [
      submit('1', ['a']),
      submit('2', ['b']),
      submit('3', ['c']),
      submit('4', ['d', 'e']),
      submit('5', ['f']),
    ];
    expect(calls.map((c) => c.entries)).toEqual([['a'], ['b']]);

    calls[0]?.answer();
    await settle();
    expect(settled).toEqual(['1']);
    expect(calls.map((c) => c.entries)).toEqual([['a'], ['b'], ['c', 'd', 'e', 'f']]);

    calls[1]?.answer();
    calls[2]?.answer();
    await Promise.all(all);
    expect(settled.sort()).toEqual(['1', '2', '3', '4', '5']);
  });

  it('sends a full call without waiting: the next caller does not fit it', () => {
    const { calls, coalescer } = setup();

    for (const entries of [['a'], ['b'], ['c', 'd', 'e'], ['f', 'g'], ['h']]) void coalescer.submit(entries);

    // c,d,e cannot take f,g: that call is as full as it gets, and goes out beside the two in flight.
    expect(calls.map((c) => c.entries)).toEqual([['a'], ['b'], ['c', 'd', 'e']]);
  });

  it('rejects only the caller whose entry failed', async () => {
    const { calls, coalescer } = setup();
    void coalescer.submit(['a']);
    void coalescer.submit(['b']);
    const c = coalescer.submit(['c']);
    const d = coalescer.submit(['d1', 'd2']);
    const e = coalescer.submit(['e']);
    calls[0]?.answer();
    await settle();
    expect(calls[2]?.entries).toEqual(['c', 'd1', 'd2', 'e']);

    calls[2]?.answer([undefined, undefined, 'no-d2', undefined]);

    await expect(c).resolves.toBeUndefined();
    await expect(d).rejects.toThrow('refused no-d2');
    await expect(e).resolves.toBeUndefined();
  });

  it('rejects every caller of a call that failed as a whole', async () => {
    const { calls, coalescer } = setup();
    void coalescer.submit(['a']);
    void coalescer.submit(['b']);
    const c = coalescer.submit(['c']);
    const d = coalescer.submit(['d']);
    calls[0]?.answer();
    await settle();

    calls[2]?.fail(new Error('throttled'));

    await expect(c).rejects.toThrow('throttled');
    await expect(d).rejects.toThrow('throttled');
  });

  it('sends a caller too big for one call in calls one after another, and stops at its first failure', async () => {
    const { calls, coalescer } = setup();
    const big = coalescer.submit(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(calls.map((c) => c.entries)).toEqual([['1', '2', '3', '4']]);

    calls[0]?.answer();
    await settle();
    expect(calls.map((c) => c.entries)).toEqual([
      ['1', '2', '3', '4'],
      ['5', '6', '7', '8'],
    ]);

    calls[1]?.answer([undefined, 'no-6', undefined, undefined]);
    await expect(big).rejects.toThrow('refused no-6');
    expect(calls).toHaveLength(2);
  });
});
