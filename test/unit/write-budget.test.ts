import { describe, expect, it } from 'vitest';
import { SLACK_LIMITS, SlackWriteBudget } from '../../shared/slack/write-budget.ts';
import { SlackRateLimited } from '../../shared/usecases/ports.ts';

/** A budget on a clock the spec moves; a wait moves the clock by as much. */
function budgetAt(limits = SLACK_LIMITS) {
  let now = 0;
  const waits: number[] = [];
  const budget = new SlackWriteBudget(
    limits,
    () => now,
    async (ms) => {
      waits.push(ms);
      now += ms;
    },
  );
  return { budget, waits, advance: (ms: number) => (now += ms) };
}

describe('SlackWriteBudget', () => {
  it('lets a channel post its burst at once, then one post a second', async () => {
    const { budget, waits } = budgetAt();
    for (let i = 0; i < 5; i++) await budget.take('chat.postMessage', 'C1');
    expect(waits).toEqual([1000, 1000]);
  });

  it('keeps channels apart: a busy channel does not slow another', async () => {
    const { budget, waits } = budgetAt();
    for (let i = 0; i < 3; i++) await budget.take('chat.postMessage', 'C1');
    await budget.take('chat.postMessage', 'C2');
    expect(waits).toEqual([]);
    expect(budget.waitMs('chat.postMessage', 'C1')).toBe(1000);
    expect(budget.waitMs('chat.postMessage', 'C2')).toBe(0);
  });

  it('refuses a call that would wait longer than it may, without spending its token', async () => {
    const { budget } = budgetAt();
    for (let i = 0; i < 3; i++) await budget.take('chat.postMessage', 'C1');
    await expect(budget.take('chat.postMessage', 'C1', { maxWaitMs: 500 })).rejects.toBeInstanceOf(
      SlackRateLimited,
    );
    expect(budget.waitMs('chat.postMessage', 'C1')).toBe(1000);
  });

  it('claims a post only when the channel may post at once, and the claimed post then goes without waiting', async () => {
    const { budget, waits } = budgetAt();
    // Three side by side see room for three posts, not one each for more.
    expect([1, 2, 3, 4].map(() => budget.claim('chat.postMessage', 'C1'))).toEqual([true, true, true, false]);
    for (let i = 0; i < 3; i++) await budget.take('chat.postMessage', 'C1');
    expect(waits).toEqual([]);
    // Past the claimed ones, a post waits its turn as before.
    await budget.take('chat.postMessage', 'C1');
    expect(waits).toEqual([1000]);
  });

  it('holds chat.update to Tier 3 for the whole workspace, inside Slack’s 50 a minute', async () => {
    const { budget, waits } = budgetAt();
    for (let i = 0; i < 50; i++) await budget.take('chat.update', `C${i}`);
    // 40 at once, then one every 1.2 s.
    expect(waits).toHaveLength(10);
    expect(waits.every((w) => w === 1200)).toBe(true);
  });

  it('paces the file upload methods as Tier 4, each its own bucket: 80 at once, then one every 0.6 s', async () => {
    const { budget, waits } = budgetAt();
    for (let i = 0; i < 81; i++) await budget.take('files.getUploadURLExternal', undefined);
    expect(waits).toEqual([600]);
    // The other step of an upload is not slowed by the first one's calls.
    expect(budget.waitMs('files.completeUploadExternal', 'C1')).toBe(0);
    for (let i = 0; i < 80; i++) await budget.take('files.completeUploadExternal', 'C1');
    expect(budget.waitMs('files.completeUploadExternal', 'C1')).toBe(600);
  });

  it('splits the workspace tiers between the processes that may run at once', async () => {
    const { budget } = budgetAt({ ...SLACK_LIMITS, share: 1 / 4 });
    for (let i = 0; i < 10; i++) await budget.take('chat.update', 'C1');
    expect(budget.waitMs('chat.update', 'C1')).toBe(4800);
  });

  it('leaves the last of a bucket to state changes: a cosmetic update waits where another would not', async () => {
    const { budget } = budgetAt();
    for (let i = 0; i < 30; i++) await budget.take('chat.update', 'C1');
    expect(budget.waitMs('chat.update', 'C1')).toBe(0);
    expect(budget.waitMs('chat.update', 'C1', 'cosmetic')).toBeGreaterThan(0);
  });
});
