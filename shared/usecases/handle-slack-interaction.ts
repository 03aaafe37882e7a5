/**
 * A click or a submitted modal from Slack, answered within Slack's 3 seconds.
 *
 * 1. Verify the signature (401 otherwise) and refuse a replayed request (same signature twice).
 * 2. Read the action Beacon built into the card; anything else is acknowledged and ignored.
 * 3. Reply opens the modal at once (its trigger id lives 3 s); a submitted reply goes on the
 *    `replies` queue for the platform's reply adapter.
 * 4. Every other action is a transition of the alert, saved with a conditional write (a racing
 *    click or countdown tick makes it re-read and try again; a refused one is told to the person).
 * 5. "Not relevant" and relabels are stored as feedback for the detector; a relabel whose type
 *    goes to another channel moves the alert there.
 * 6. The card refresh goes on `slack-out`, so the channel keeps one writer.
 */
import { type Alert, type HistoryEntry, type Transition, TransitionRefused } from '../domain/alert.ts';
import { applyTransition } from '../domain/alert-lifecycle.ts';
import type { MomentType } from '../domain/detection.ts';
import type { Mention, Platform } from '../domain/mention.ts';
import type { HttpReply, InboundRequest } from '../platforms/types.ts';
import type { SlackOutMessage } from '../queue/messages.ts';
import { type ParsedAction, parseAction, REPLY_VIEW } from '../slack/actions.ts';
import { ownText } from '../slack/mrkdwn.ts';
import { movedNote } from '../slack/notices.ts';
import {
  type BlockActionsPayload,
  MalformedSlackRequest,
  parseInteraction,
  type ViewSubmissionPayload,
} from '../slack/payloads.ts';
import { renderReplyModal } from '../slack/reply-modal.ts';
import { SLACK_MAX_SKEW_SECONDS, SlackVerificationError, verifySlackRequest } from '../slack/verify.ts';
import {
  type AlertStore,
  type Clock,
  type FeedbackStore,
  type MentionStore,
  type ReplyQueue,
  type RequestLedger,
  type SlackGateway,
  type SlackOutQueue,
  VersionConflict,
} from './ports.ts';

export interface SlackRequestDeps {
  signingSecret: () => Promise<string | undefined>;
  ledger: RequestLedger;
  clock: Clock;
}

export interface InteractionDeps extends SlackRequestDeps {
  alerts: AlertStore;
  mentions: MentionStore;
  slack: SlackGateway;
  slackOut: SlackOutQueue;
  replies: ReplyQueue;
  feedback: FeedbackStore;
  /** Platforms Beacon can post replies on. */
  replyPlatforms: ReadonlySet<Platform>;
  /** The channel the routing config sends `type` to for this post (re-routing after a relabel). */
  channelFor: (mention: Mention, type: MomentType) => string;
}

const json = (status: number, body: unknown): HttpReply => ({
  status,
  headers: { 'content-type': 'application/json; charset=utf-8' },
  body: body === '' ? '' : JSON.stringify(body),
});
const ack = (): HttpReply => ({
  status: 200,
  headers: { 'content-type': 'text/plain; charset=utf-8' },
  body: '',
});

/** Step 1 for every Slack endpoint: a reply to send at once, or undefined to go on. */
export async function guardSlackRequest(
  req: InboundRequest,
  deps: SlackRequestDeps,
): Promise<HttpReply | undefined> {
  const now = deps.clock();
  try {
    verifySlackRequest(req, await deps.signingSecret(), now);
  } catch (error) {
    if (error instanceof SlackVerificationError) return json(401, { error: error.code });
    throw error;
  }
  // A signature is unique to its body and timestamp: seen before means replayed.
  const signature = req.headers['x-slack-signature'] ?? '';
  if (!(await deps.ledger.firstTime(signature, now, 2 * SLACK_MAX_SKEW_SECONDS))) return ack();
  return undefined;
}

export async function handleSlackInteraction(req: InboundRequest, deps: InteractionDeps): Promise<HttpReply> {
  const refused = await guardSlackRequest(req, deps);
  if (refused) return refused;
  let payload: ReturnType<typeof parseInteraction>;
  try {
    payload = parseInteraction(req.rawBody);
  } catch (error) {
    if (error instanceof MalformedSlackRequest)
      return json(400, { error: 'malformed', message: error.message });
    throw error;
  }
  switch (payload.type) {
    case 'block_actions':
      return onBlockAction(payload, deps);
    case 'view_submission':
      return onViewSubmission(payload, deps);
    default:
      return ack();
  }
}

async function rootMention(alert: Alert, deps: InteractionDeps): Promise<Mention | undefined> {
  const [platform, ...rest] = alert.mentionKey.split('#');
  return (await deps.mentions.get(platform ?? alert.platform, alert.threadId, rest.join('#')))?.mention;
}

/** Re-reads and re-applies `change` until it saves; returns undefined when there is nothing to do. */
async function changeAlert(
  alertId: string,
  deps: InteractionDeps,
  change: (current: Alert) => Alert | undefined,
): Promise<{ before: Alert; after: Alert } | undefined> {
  for (let attempt = 0; ; attempt++) {
    const before = await deps.alerts.get(alertId);
    if (!before) return undefined;
    const after = change(before);
    if (!after) return undefined;
    try {
      await deps.alerts.save(after);
      return { before, after };
    } catch (error) {
      if (!(error instanceof VersionConflict) || attempt >= 4) throw error;
    }
  }
}

const refresh = (a: Alert): SlackOutMessage => ({
  kind: 'alert',
  channel: a.channel,
  alertId: a.alertId,
  version: a.version,
});

function transitionFor(action: ParsedAction, by: string, at: string): Transition | undefined {
  switch (action.kind) {
    case 'claim':
      return { kind: 'claim', by, at };
    case 'replied':
      return { kind: 'replied', by, at, via: 'slack' };
    case 'dismiss':
      return { kind: 'dismiss', by, at };
    case 'snooze':
      return { kind: 'snooze', by, at, seconds: action.seconds };
    case 'relabel':
      return { kind: 'relabel', by, at, to: action.to };
    case 'reply':
    case 'card':
      return undefined;
  }
}

async function onBlockAction(payload: BlockActionsPayload, deps: InteractionDeps): Promise<HttpReply> {
  const clicked = payload.actions[0];
  const action = clicked
    ? parseAction(clicked.action_id, clicked.value ?? clicked.selected_option?.value ?? undefined)
    : undefined;
  if (!action) return ack();
  const user = payload.user.id;
  const channelId = payload.container?.channel_id ?? payload.channel?.id;
  const tell = async (text: string) => {
    if (!channelId) return;
    await deps.slackOut.send([
      {
        kind: 'ephemeral',
        channel: channelId,
        user,
        text,
        key: `${payload.trigger_id ?? ''}:${user}:${text}`,
      },
    ]);
  };

  // A card a relabel left behind keeps acting on nothing, even if a client still shows its buttons.
  const card = payload.container?.message_ts;
  const current = await deps.alerts.get(action.alertId);
  const moved = current?.movedFrom?.find((m) => m.ts === card && (!channelId || m.channelId === channelId));
  if (moved) {
    await tell(
      `:information_source: Nothing changed: this alert moved to #${ownText(moved.to)}; use its card there.`,
    );
    return ack();
  }

  // A line of a burst summary asks for the alert's own card: notify posts it in the summary's thread.
  if (action.kind === 'card') {
    if (current && !current.slackTs && current.slackSummaryTs) await deps.slackOut.send([refresh(current)]);
    return ack();
  }

  if (action.kind === 'reply') {
    const alert = await deps.alerts.get(action.alertId);
    const mention = alert ? await rootMention(alert, deps) : undefined;
    if (!alert || !mention || !payload.trigger_id) return ack();
    await deps.slack.openView(
      payload.trigger_id,
      renderReplyModal(alert, mention, deps.replyPlatforms.has(alert.platform as Platform)),
    );
    return ack();
  }

  const at = deps.clock().toISOString();
  const t = transitionFor(action, user, at);
  if (!t) return ack();
  let changed: Awaited<ReturnType<typeof changeAlert>>;
  try {
    changed = await changeAlert(action.alertId, deps, (current) => {
      // A second click with the same meaning (double click, two tabs) changes nothing.
      if (t.kind === 'claim' && current.claimedBy === user) return undefined;
      if (t.kind === 'relabel' && current.type === t.to) return undefined;
      return applyTransition(current, t);
    });
  } catch (error) {
    if (error instanceof TransitionRefused) {
      await tell(`:information_source: Nothing changed: ${error.message}.`);
      return ack();
    }
    throw error;
  }
  if (!changed) return ack();
  const { before } = changed;
  let { after } = changed;

  const messages: SlackOutMessage[] = [];
  if (t.kind === 'dismiss' || t.kind === 'relabel') {
    const mention = await rootMention(before, deps);
    if (mention) {
      await deps.feedback.record({
        alertId: before.alertId,
        text: mention.text,
        ...(mention.lang ? { lang: mention.lang } : {}),
        from: before.type,
        to: t.kind === 'dismiss' ? 'none' : t.to,
        at,
        by: user,
      });
      if (t.kind === 'relabel' && t.to !== 'none') {
        const moved = await moveIfRouted(after, mention, t.to, user, deps);
        if (moved) {
          messages.push(moved.retire);
          after = moved.alert;
        }
      }
    }
  }
  await deps.slackOut.send([...messages, refresh(after)]);
  return ack();
}

/** After a relabel, the alert follows its new type's channel: a new card there, a note on the old one. */
async function moveIfRouted(
  alert: Alert,
  mention: Mention,
  type: MomentType,
  by: string,
  deps: InteractionDeps,
): Promise<{ alert: Alert; retire: SlackOutMessage } | undefined> {
  const target = deps.channelFor(mention, type);
  if (target === alert.channel || !alert.slackTs || !alert.slackChannelId) return undefined;
  const from = { channel: alert.channel, channelId: alert.slackChannelId, ts: alert.slackTs };
  const entry: HistoryEntry = {
    at: deps.clock().toISOString(),
    by,
    action: 'moved',
    detail: `#${from.channel} → #${target}`,
  };
  const changed = await changeAlert(alert.alertId, deps, (current) => {
    const {
      slackTs: _t,
      slackChannelId: _c,
      slackThreadTs: _h,
      slackPermalink: _l,
      postAttemptedAt: _p,
      stormId: _s,
      // The people paged when the alert opened were paged; the moved card does not page them again.
      mentions: _m,
      ...rest
    } = current;
    return {
      ...rest,
      channel: target,
      movedFrom: [...(current.movedFrom ?? []), { channelId: from.channelId, ts: from.ts, to: target }],
      history: [...current.history, entry],
      version: current.version + 1,
    };
  });
  if (!changed) return undefined;
  return {
    alert: changed.after,
    retire: {
      kind: 'retire',
      channel: from.channel,
      channelId: from.channelId,
      ts: from.ts,
      text: movedNote(type, by, target),
    },
  };
}

async function onViewSubmission(payload: ViewSubmissionPayload, deps: InteractionDeps): Promise<HttpReply> {
  const { view } = payload;
  if (view.callback_id !== REPLY_VIEW.callbackId) return ack();
  const problem = (message: string) =>
    json(200, { response_action: 'errors', errors: { [REPLY_VIEW.blockId]: message } });
  let alertId: string | undefined;
  try {
    alertId = (JSON.parse(view.private_metadata ?? '{}') as { alertId?: string }).alertId;
  } catch {
    alertId = undefined;
  }
  const text = view.state.values[REPLY_VIEW.blockId]?.[REPLY_VIEW.actionId]?.value?.trim() ?? '';
  if (!text) return problem('Write a reply first.');
  const alert = alertId ? await deps.alerts.get(alertId) : undefined;
  if (!alert) return problem('This alert no longer exists.');
  if (!deps.replyPlatforms.has(alert.platform as Platform))
    return problem('Replies cannot be posted on this platform yet.');
  const thread = await deps.mentions.listThread(alert.platform, alert.threadId);
  const latest = [...thread].reverse().find((m) => !m.mention.author.isBrand);
  const [, ...rootId] = alert.mentionKey.split('#');
  const user = payload.user.id;
  await deps.replies.send({
    type: 'reply',
    alertId: alert.alertId,
    platform: alert.platform as Platform,
    threadId: alert.threadId,
    mentionId: latest?.mention.id ?? rootId.join('#'),
    text,
    by: user,
    idempotencyKey: `slack-view:${view.id}`,
  });
  const changed = await changeAlert(alert.alertId, deps, (current) => ({
    ...current,
    history: [
      ...current.history,
      { at: deps.clock().toISOString(), by: user, action: 'reply sent', detail: `to ${current.platform}` },
    ],
    version: current.version + 1,
  }));
  if (changed) await deps.slackOut.send([refresh(changed.after)]);
  return ack();
}
