import { describe, expect, it } from 'vitest';
import { ChannelWriter, RecentKeys } from '../../shared/usecases/channel-writer.ts';

/** A promise and the function that settles it, for steps the spec finishes when it chooses. */
function gate() {
  let open: () => void = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

describe('ChannelWriter', () => {
  it('runs one step at a time per channel, channels side by side', async () => {
    const writer = new ChannelWriter<string>();
    const log: string[] = [];
    const first = gate();
    const a1 = writer.exclusive('A', async () => {
      log.push('A1 start');
      await first.opened;
      log.push('A1 end');
    });
    const a2 = writer.exclusive('A', async () => {
      log.push('A2');
    });
    const b1 = writer.exclusive('B', async () => {
      log.push('B1');
    });
    await b1;
    expect(log).toEqual(['A1 start', 'B1']);
    first.open();
    await Promise.all([a1, a2]);
    expect(log).toEqual(['A1 start', 'B1', 'A1 end', 'A2']);
  });

  it('adds the items that arrive while a step runs together, in the next step', async () => {
    const writer = new ChannelWriter<number>();
    const steps: number[][] = [];
    const busy = gate();
    const running = writer.exclusive('A', () => busy.opened);
    const added = [1, 2, 3].map((n) =>
      writer.together('A', n, async (items) => {
        steps.push(items);
      }),
    );
    busy.open();
    await Promise.all([running, ...added]);
    expect(steps).toEqual([[1, 2, 3]]);
  });

  it('fails every caller whose item was in a failed step, and only those', async () => {
    const writer = new ChannelWriter<number>();
    const busy = gate();
    const running = writer.exclusive('A', () => busy.opened);
    const failing = [1, 2].map((n) =>
      writer.together('A', n, async (items) => {
        if (items.includes(1)) throw new Error('table unavailable');
      }),
    );
    busy.open();
    await running;
    const results = await Promise.allSettled(failing);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    await expect(writer.together('A', 3, async () => {})).resolves.toBeUndefined();
  });
});

describe('RecentKeys', () => {
  it('forgets the oldest keys past its size', () => {
    const keys = new RecentKeys(2);
    keys.add('a');
    keys.add('b');
    keys.add('a');
    keys.add('c');
    expect(['a', 'b', 'c'].map((k) => keys.has(k))).toEqual([true, false, true]);
  });
});
