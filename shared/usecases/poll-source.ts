/**
 * One scheduled run of a poll source.
 *
 * 1. Read the source's cursor; while its backoff lasts, call nothing.
 * 2. Poll one batch of pages from the cursor.
 * 3. Stamp arrival and the brand's authorship, as webhooks do, and queue the mentions (one message
 *    per batch, as a webhook request). A post too large for any queue message is left out and named
 *    in the run's problem, so it cannot stop the source for good.
 * 4. Only then save the new cursor (and backoff), conditional on the version read: a crash or a
 *    failed send repeats the batch next run and never skips it; of two overlapping runs the one
 *    that saves second stops, its mentions being deduplicated downstream.
 * 5. While the backlog is not done and no backoff was asked for, poll again within the time budget.
 */

import type { Mention } from '../domain/mention.ts';
import type { Fetch } from '../platforms/http.ts';
import type { PollSource } from '../platforms/poll.ts';
import type { SecretBag } from '../platforms/types.ts';
import { MentionsTooLarge } from '../queue/messages.ts';
import { type Clock, type CursorStore, type MentionQueue, VersionConflict } from './ports.ts';
import { type IsBrandAuthor, stampMentions } from './stamp-mentions.ts';

export interface PollRunDeps {
  /** The configured sources (rebuilt when the config changes). */
  sources: () => readonly PollSource[];
  cursors: CursorStore;
  queue: MentionQueue;
  secrets: () => Promise<SecretBag>;
  fetch: Fetch;
  clock: Clock;
  isBrandAuthor: IsBrandAuthor;
  /** How long one run may keep polling a backlog, in milliseconds. */
  budgetMs: number;
}

export interface PollRunResult {
  source: string;
  /** ran: polled until done, budget or backoff; backing-off: nothing called; overtaken: another run saved first. */
  status: 'ran' | 'backing-off' | 'overtaken';
  batches: number;
  queued: number;
  /** True when the backlog is read to the newest item. */
  done: boolean;
  backoffUntil?: string;
  problem?: string;
}

export class UnknownSource extends Error {
  override readonly name = 'UnknownSource';
}

export async function pollSource(sourceId: string, deps: PollRunDeps): Promise<PollRunResult> {
  const source = deps.sources().find((s) => s.id === sourceId);
  if (!source) throw new UnknownSource(`no poll source "${sourceId}" in the routing config`);
  const started = deps.clock().getTime();
  const stored = await deps.cursors.get(source.id);
  const result: PollRunResult = { source: source.id, status: 'ran', batches: 0, queued: 0, done: false };

  if (stored?.backoffUntil && Date.parse(stored.backoffUntil) > started) {
    return { ...result, status: 'backing-off', backoffUntil: stored.backoffUntil };
  }
  let cursor = stored?.cursor;
  let version = stored?.version ?? 0;
  const secrets = await deps.secrets();

  for (;;) {
    const now = deps.clock();
    const batch = await source.poll(cursor, { fetch: deps.fetch, now, secrets });
    const stamped = stampMentions(batch.mentions, now, deps.isBrandAuthor);
    const { queued: mentions, tooLarge } = await queueBatch(deps.queue, stamped);
    try {
      version = await deps.cursors.save(
        source.id,
        { cursor: batch.cursor, ...(batch.backoffUntil ? { backoffUntil: batch.backoffUntil } : {}) },
        version,
      );
    } catch (error) {
      if (error instanceof VersionConflict) {
        return {
          ...result,
          status: 'overtaken',
          batches: result.batches + 1,
          queued: result.queued + mentions.length,
        };
      }
      throw error;
    }
    cursor = batch.cursor;
    result.batches++;
    result.queued += mentions.length;
    result.done = batch.done;
    const problems = [
      ...(batch.problem ? [batch.problem] : []),
      ...(tooLarge.length > 0 ? [`too large to queue: ${tooLarge.join(', ')}`] : []),
    ];
    if (problems.length > 0) result.problem = problems.join('; ');
    if (batch.backoffUntil) {
      result.backoffUntil = batch.backoffUntil;
      return result;
    }
    if (batch.done || deps.clock().getTime() - started >= deps.budgetMs) return result;
  }
}

/** Queues the batch; mentions that no queue message can hold are left out and returned by id. */
async function queueBatch(
  queue: MentionQueue,
  mentions: Mention[],
): Promise<{ queued: Mention[]; tooLarge: string[] }> {
  if (mentions.length === 0) return { queued: [], tooLarge: [] };
  try {
    await queue.send(mentions);
    return { queued: mentions, tooLarge: [] };
  } catch (error) {
    if (!(error instanceof MentionsTooLarge)) throw error;
    const tooLarge = new Set(error.mentionIds);
    const queued = mentions.filter((m) => !tooLarge.has(m.id));
    if (queued.length > 0) await queue.send(queued);
    return { queued, tooLarge: [...tooLarge] };
  }
}
