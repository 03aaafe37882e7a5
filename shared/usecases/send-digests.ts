/**
 * Hands every digest whose period has closed to `notify`, once.
 *
 * 1. Read the digests due (period closed, not handed over yet).
 * 2. Enqueue one `digest` message per channel and period on `slack-out` (FIFO dedupe per period).
 * 3. Mark them handed over. A crash between 2 and 3 enqueues again; notify finds the posted
 *    digest by its metadata and does not post twice.
 */
import type { DigestStore, SlackOutQueue } from './ports.ts';

export interface DigestDeps {
  digests: DigestStore;
  slackOut: SlackOutQueue;
}

export async function sendDueDigests(now: Date, deps: DigestDeps): Promise<{ sent: number }> {
  const due = await deps.digests.due(now);
  for (const d of due) {
    await deps.slackOut.send([{ kind: 'digest', channel: d.channel, period: d.period }]);
    await deps.digests.markSent(d.channel, d.period);
  }
  return { sent: due.length };
}
