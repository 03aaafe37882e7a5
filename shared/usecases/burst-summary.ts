/**
 * Burst summaries: a channel that cannot post a card now (its posting budget, about one message a
 * second, is spent) lists its new alerts and follow-ups several to a message instead of falling
 * behind. Priority alerts never wait here (domain/alert.ts, isPriorityAlert).
 *
 * A held post becomes a pending line of its channel (stored, so nothing is lost between messages),
 * and the first line queues one `summary` message in the channel's FIFO group. That message, when
 * the channel may post again, takes the oldest lines (at most SUMMARY_MAX_LINES), posts them as one
 * message, marks every alert and follow-up as shown in it, and queues the next summary if lines
 * remain. Notify is the channel's single writer across processes (its FIFO message group); inside
 * one, `writer` runs these steps one at a time per channel and adds the lines that arrive meanwhile
 * together.
 *
 * Exactly once: the lines of a summary are fixed (saved) before it is posted, and the post carries
 * the summary id in its metadata; a retry after an uncertain post finds it instead of posting again.
 */
import type { Alert } from '../domain/alert.ts';
import { postExcerpt } from '../domain/alert-lifecycle.ts';
import type { Mention } from '../domain/mention.ts';
import { renderBurstSummary, SUMMARY_MAX_LINES } from '../slack/burst-summary.ts';
import { mapBounded } from './bounded.ts';
import type { ChannelWriter, RecentKeys } from './channel-writer.ts';
import type { SlackDeliveryDeps } from './deliver-to-slack.ts';
import { HeldUntil } from './delivery-errors.ts';
import type { BurstState, BurstStore, PendingLine, SlackOutQueue, StoredMention } from './ports.ts';
import { updateAlert } from './update-alert.ts';

export interface BurstDeps {
  bursts: BurstStore;
  slackOut: SlackOutQueue;
  /**
   * Channels this process has left lines waiting in: their next posts join the list (and post it,
   * when the channel may post), so the list keeps its order and goes out as soon as there is budget,
   * not behind the channel's queue. A hint only: another process may hold a channel's lines, and
   * the queued `summary` message posts them whatever this set says.
   */
  waiting: Set<string>;
  /** A channel's list changes one step at a time; lines that arrive together are added together. */
  writer: ChannelWriter<PendingLine>;
  /**
   * Lines this process posted lately. A message about an alert can read it just before a summary
   * running beside it lists it: the line must not be added again.
   */
  posted: RecentKeys;
}

/** Lines remembered as posted: far more than a channel lists while its messages run side by side. */
export const POSTED_LINES_REMEMBERED = 20_000;

const lineKey = (line: Pick<PendingLine, 'createdAt' | 'mentionKey'>) =>
  `${line.createdAt}#${line.mentionKey}`;

/** The longest a summary waits in place for its channel's posting token (about three posts). */
const SUMMARY_WAITS_IN_PLACE_MS = 3_000;

/** Alerts and follow-ups marked shown at once after a summary is posted. */
const MARKS_IN_FLIGHT = 8;

/** Takes the channel's budget for one post now if it may post at once (else the post would wait). */
const claimPost = (deps: SlackDeliveryDeps, channelId: string): boolean =>
  deps.slack.claimPost?.(channelId) ?? true;

/**
 * Whether a post that is not a priority one goes to the channel's list rather than its own message.
 * When it does not, the post's budget is already spent: the caller posts it.
 */
export const listsNow = (deps: SlackDeliveryDeps, burst: BurstDeps, channel: string, channelId: string) =>
  burst.waiting.has(channel) || !claimPost(deps, channelId);

/** Lists the alert in the channel's next summary instead of posting its card now. */
export async function holdAlert(
  alert: Alert,
  root: StoredMention,
  channelId: string,
  deps: SlackDeliveryDeps,
  burst: BurstDeps,
): Promise<void> {
  const m = root.mention;
  // Marked first: once its line is added, the line may go out at once and mark it shown.
  if (!alert.summaryPending || alert.slackChannelId !== channelId) {
    const marked = await updateAlert(
      deps.alerts,
      alert.alertId,
      // Listed meanwhile by a summary posted beside this message: nothing to add.
      (a) => (a.slackSummaryTs || a.slackTs ? {} : { summaryPending: true, slackChannelId: channelId }),
      alert,
    );
    if (marked.slackSummaryTs || marked.slackTs) return;
  }
  await addLine(alert.channel, burst, deps, lineFor('alert', alert, m));
}

/** Lists a follow-up of the alert in the channel's next summary instead of its own thread reply. */
export async function holdFollowup(
  alert: Alert,
  stored: StoredMention,
  deps: SlackDeliveryDeps,
  burst: BurstDeps,
): Promise<void> {
  const m = stored.mention;
  await addLine(alert.channel, burst, deps, lineFor('followup', alert, m));
}

/** What a line keeps of its post: enough to render it without reading the post again. */
const lineFor = (kind: PendingLine['kind'], alert: Alert, m: Mention): PendingLine => ({
  kind,
  alertId: alert.alertId,
  mentionKey: `${m.platform}#${m.id}`,
  createdAt: m.createdAt,
  platform: m.platform,
  threadId: m.threadId,
  mentionId: m.id,
  type: alert.type,
  handle: m.author.handle,
  excerpt: postExcerpt(m.text),
});

function addLine(
  channel: string,
  burst: BurstDeps,
  deps: SlackDeliveryDeps,
  line: PendingLine,
): Promise<void> {
  return burst.writer.together(channel, line, (lines) => addLines(channel, lines, burst, deps));
}

/** Adds the lines (one step of the channel's writer) and posts the list when the channel may post. */
async function addLines(
  channel: string,
  lines: PendingLine[],
  burst: BurstDeps,
  deps: SlackDeliveryDeps,
): Promise<void> {
  const fresh = lines.filter((l) => !burst.posted.has(lineKey(l)));
  if (fresh.length === 0) return;
  const [state] = await Promise.all([burst.bursts.state(channel), burst.bursts.add(channel, fresh)]);
  burst.waiting.add(channel);
  const channelId = await deps.slack.channelId(channel);
  // The channel has budget again: its list goes out now, this line with it.
  if (!state.open && claimPost(deps, channelId)) {
    await postSummary(channel, channelId, state, deps, burst);
    return;
  }
  if (state.flushQueued) return;
  // Queued before the flag is saved: a crash between the two queues it twice, and the second is
  // the same message (its deduplication id names the summary), so it is dropped.
  await burst.slackOut.send([{ kind: 'summary', channel, seq: state.seq }]);
  await burst.bursts.saveState(channel, { ...state, flushQueued: true });
}

/** Posts the channel's next summary, when it may post; queues the one after if lines remain. */
export function deliverSummary(channel: string, deps: SlackDeliveryDeps, burst: BurstDeps): Promise<void> {
  return burst.writer.exclusive(channel, () => summaryStep(channel, deps, burst));
}

async function summaryStep(channel: string, deps: SlackDeliveryDeps, burst: BurstDeps): Promise<void> {
  const channelId = await deps.slack.channelId(channel);
  const state = await burst.bursts.state(channel);
  if (!state.open && (await burst.bursts.oldest(channel, 1)).lines.length === 0) {
    // Its lines went out with a later post of the channel (addLine): nothing is left to list.
    await summaryDone(channel, state, burst);
    return;
  }
  // A short wait is waited out here, taking the summary's place among the channel's posts (a priority
  // card waiting for its token must not keep the list from ever finding one free). A longer one is
  // not: the message goes to the back of its channel's queue (notify), so the channel's next posts,
  // and the other channels of the batch, are not held up meanwhile.
  const wait = claimPost(deps, channelId) ? 0 : (deps.slack.postingWaitMs?.(channelId) ?? 0);
  if (wait > SUMMARY_WAITS_IN_PLACE_MS) throw new HeldUntil(wait);
  await postSummary(channel, channelId, state, deps, burst);
}

/**
 * Nothing left to list. The sequence moves on all the same: the next `summary` message queued must
 * not carry the deduplication id of one just handled, or SQS drops it (within five minutes) and the
 * lines added after it would wait for a message that never comes.
 */
async function summaryDone(channel: string, state: BurstState, burst: BurstDeps): Promise<void> {
  burst.waiting.delete(channel);
  await burst.bursts.saveState(channel, { seq: state.seq + 1, flushQueued: false });
}

/** Posts the oldest waiting lines as one message now (the caller knows the channel may post). */
async function postSummary(
  channel: string,
  channelId: string,
  state: BurstState,
  deps: SlackDeliveryDeps,
  burst: BurstDeps,
): Promise<void> {
  let open = state.open;
  if (!open) {
    const { lines } = await burst.bursts.oldest(channel, SUMMARY_MAX_LINES);
    if (lines.length === 0) {
      await summaryDone(channel, state, burst);
      return;
    }
    open = { id: `${channel}#${state.seq + 1}`, lines, postAttemptedAt: deps.clock().toISOString() };
    await burst.bursts.saveState(channel, { ...state, open });
  }
  const lines = open.lines;
  const alerts = new Map((await deps.alerts.getMany(lines.map((l) => l.alertId))).map((a) => [a.alertId, a]));
  // An alert that has its own card meanwhile (a click, an escalation) needs no line for itself.
  const shown = lines.filter((l) => l.kind === 'followup' || !alerts.get(l.alertId)?.slackTs);

  let ts: string | undefined;
  if (shown.length > 0) {
    ts = state.open?.postAttemptedAt
      ? await deps.slack.findByMetadata(
          channelId,
          'summary_id',
          open.id,
          new Date(state.open.postAttemptedAt),
        )
      : undefined;
    if (!ts) {
      const since = shown.reduce(
        (min, l) => (l.createdAt < min ? l.createdAt : min),
        shown[0]?.createdAt ?? '',
      );
      ts = (
        await deps.slack.post(
          channelId,
          renderBurstSummary({ id: open.id, channel, lines: shown, alerts }, since),
        )
      ).ts;
    }
    const posted = ts;
    const permalink = await deps.slack.permalink(channelId, posted).catch(() => undefined);
    await mapBounded(shown, MARKS_IN_FLIGHT, async (line) => {
      if (line.kind === 'followup') {
        await deps.mentions.update(
          { platform: line.platform, threadId: line.threadId, id: line.mentionId },
          { slackTs: posted },
        );
        return;
      }
      await updateAlert(
        deps.alerts,
        line.alertId,
        (a) =>
          a.slackTs
            ? {}
            : {
                summaryPending: undefined,
                slackSummaryTs: posted,
                slackChannelId: channelId,
                ...(permalink && !a.slackPermalink ? { slackPermalink: permalink } : {}),
              },
        // As read above: saved without reading it again, unless it changed since.
        alerts.get(line.alertId),
      );
    });
  }
  for (const line of lines) burst.posted.add(lineKey(line));
  await burst.bursts.remove(channel, lines);
  const more = (await burst.bursts.oldest(channel, 1)).lines.length > 0;
  const seq = state.seq + 1;
  if (more) await burst.slackOut.send([{ kind: 'summary', channel, seq }]);
  else burst.waiting.delete(channel);
  await burst.bursts.saveState(channel, { seq, flushQueued: more });
}
