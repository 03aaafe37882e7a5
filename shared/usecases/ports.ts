/**
 * The small interfaces through which use cases reach storage, queues and Slack. Adapters in
 * shared/store, shared/queue and shared/slack implement them; tests and the local stack build the
 * same adapters against local servers.
 */
import type { Alert } from '../domain/alert.ts';
import type { AlertOutcome, AuthorProfile, Moment } from '../domain/author-profile.ts';
import type { Detection, Label, Relabel } from '../domain/detection.ts';
import type { Mention } from '../domain/mention.ts';
import type { Route } from '../domain/route.ts';
import type { Storm } from '../domain/storm.ts';
import type { Dropped } from '../domain/triage.ts';
import type { PollCursor } from '../platforms/poll.ts';
import type { ReplyMessage, SlackOutMessage } from '../queue/messages.ts';

export type Clock = () => Date;

/** A route as kept with the mention, for `beacon explain`. */
export type RouteSummary = Pick<Route, 'rule' | 'label' | 'channel' | 'drop' | 'windowSeconds' | 'reasons'> &
  Partial<Pick<Route, 'digest' | 'advocateMoment'>>;

export interface StoredMention {
  mention: Mention;
  detection?: Detection;
  /** 'received' until every step of processing is done, then 'processed'. */
  status: 'received' | 'processed';
  alertId?: string;
  /** What routing decided for it, when routing ran. */
  route?: RouteSummary;
  /** Why it opened no alert, when it was dropped. */
  dropped?: Dropped;
  /** The review channel it was sent to. */
  review?: string;
  /** Slack ts of this mention's message in the alert's thread, once posted. */
  slackTs?: string;
  slackAttemptedAt?: string;
}

export interface MentionStore {
  /**
   * Stores the mention (with its detection, when given) unless it is already stored; returns what is
   * stored now and whether it was new.
   */
  putOnce(mention: Mention, detection?: Detection): Promise<{ stored: StoredMention; created: boolean }>;
  get(platform: string, threadId: string, mentionId: string): Promise<StoredMention | undefined>;
  update(
    mention: Pick<Mention, 'platform' | 'threadId' | 'id'>,
    changes: Partial<Omit<StoredMention, 'mention'>>,
  ): Promise<void>;
  /** Every mention in the thread, oldest first. */
  listThread(platform: string, threadId: string): Promise<StoredMention[]>;
}

export class VersionConflict extends Error {
  override readonly name = 'VersionConflict';
}

export interface AlertStore {
  get(alertId: string): Promise<Alert | undefined>;
  /** Creates the alert unless one with its id exists; returns false when it existed. */
  create(alert: Alert): Promise<boolean>;
  /** Saves `alert` (whose version is already incremented) if the stored version is `alert.version - 1`. */
  save(alert: Alert): Promise<void>;
  /**
   * Records that the Slack card now shows `version` of the alert, without changing the alert's own
   * version (so it races no click or tick); never moves backwards.
   */
  markShown(alertId: string, version: number): Promise<void>;
  /** Alerts read in one consistent batch; ids not found are left out. */
  getMany(alertIds: readonly string[]): Promise<Alert[]>;
  /**
   * Every active alert whose next countdown step is at or before `now`, oldest first, read to the
   * end. Read from an eventually consistent index: an alert may have changed since, so confirm it
   * (getMany) before acting on it.
   */
  listDue(now: Date): Promise<Alert[]>;
  /**
   * Active alerts by deadline: of the given channels (Slack channel ids or the config's channel
   * names, from an index of active alerts per channel), or every one when none is given.
   */
  listActive(channels?: string | readonly string[]): Promise<Alert[]>;
  /** Alerts (in any state) opened in [from, to), oldest first. */
  listOpened(from: Date, to: Date): Promise<Alert[]>;
}

/** A named lease that keeps two runs of a scheduled job from overlapping. */
export interface LeaseStore {
  /** Takes the lease for `seconds` unless another holder has it and it has not lapsed by `now`. */
  acquire(name: string, holder: string, now: Date, seconds: number): Promise<boolean>;
  /** Gives the lease back, if `holder` still has it. */
  release(name: string, holder: string): Promise<void>;
}

export interface AuthorStats {
  praise: number;
  complaint: number;
  question: number;
  suggestion: number;
  none: number;
  firstSeen?: string;
  lastSeen?: string;
  /** Counts over the last 30, 90 and 365 days (by UTC day). */
  last30d?: Partial<Record<Label, number>>;
  last90d?: Partial<Record<Label, number>>;
  last365d?: Partial<Record<Label, number>>;
  /** Whether the routing config's advocate threshold holds for the author's earlier moments. */
  advocate?: boolean;
  /** Platforms the author was seen on, and how their last closed alert ended. */
  platforms?: string[];
  lastOutcome?: { outcome: AlertOutcome; at: string };
}

export interface AuthorLookup {
  profile?: AuthorProfile;
  /** How the author's moment in the thread asked about was counted, if it was (its marker). */
  moment?: { label: Label; at: string };
}

/**
 * Authors' profiles, and their moments of truth: one per thread they spoke in, whatever the number
 * of posts there, counted once in the profile (conditional on its version, so concurrent detections
 * lose no count) and remembered by a marker item per thread.
 */
export interface AuthorStore {
  /** The author's profile and, with `threadId`, their moment already counted in that thread. */
  lookup(platform: string, authorId: string, threadId?: string): Promise<AuthorLookup>;
  /**
   * Counts the author's moment in its thread unless it is counted already (a thread first seen as
   * chatter becomes the moment a later post shows); `known` is a lookup made just before, which
   * spares a read. Returns whether it was counted now and the profile as it stands.
   */
  record(
    platform: string,
    authorId: string,
    moment: Moment,
    now: Date,
    known?: AuthorLookup,
  ): Promise<{ counted: boolean; profile: AuthorProfile }>;
  /** Records how an alert on the author's post ended (once per alert and outcome). */
  recordOutcome(
    platform: string,
    authorId: string,
    outcome: { alertId: string; outcome: AlertOutcome; at: string; replySeconds?: number },
  ): Promise<void>;
  /** The author's counts at `now` (default: the clock's now), leaving out one thread when asked. */
  get(
    platform: string,
    authorId: string,
    options?: { now?: Date; exceptThread?: string },
  ): Promise<AuthorStats | undefined>;
}

export interface ReplyQueue {
  send(message: ReplyMessage): Promise<void>;
}

/** Remembers requests already handled, so a replayed Slack request has no second effect. */
export interface RequestLedger {
  /** True the first time `key` is seen; the key is forgotten after `ttlSeconds`. */
  firstTime(key: string, now: Date, ttlSeconds: number): Promise<boolean>;
}

/**
 * Notices whose post was attempted. Only a notice attempted before may already be in Slack (a post
 * whose answer was lost), so only its retry spends a look-up (Tier 3) before posting.
 */
export interface NoticeAttempts {
  /** Records an attempt at the notice `key`; true when an earlier attempt was recorded. */
  attempt(key: string, now: Date): Promise<boolean>;
  /** Slack refused the post, so nothing went out: the next attempt is a first one again. */
  forget(key: string): Promise<void>;
}

/** What people taught the detector in Slack (relabels, "not relevant"). */
export interface FeedbackStore {
  record(relabel: Relabel & { alertId: string }): Promise<void>;
  /** The most recent relabels, newest first. */
  list(limit: number): Promise<Relabel[]>;
}

export interface StormStore {
  /**
   * Counts the alert in the storm of `key` (a new storm when the last one went quiet more than
   * `windowSeconds` ago) and returns the storm; joining twice counts once.
   */
  join(
    key: string,
    entry: {
      alertId: string;
      /** platform#authorId: storms count distinct authors. */
      author: string;
      channel: string;
      type: Storm['type'];
      subject: string;
      line: string;
    },
    now: Date,
    windowSeconds: number,
  ): Promise<Storm>;
  get(stormId: string): Promise<Storm | undefined>;
  /** Saves the storm if the stored version is `storm.version - 1`. */
  save(storm: Storm): Promise<void>;
}

export interface DigestEntry {
  mentionKey: string;
  type: Label;
  platform: string;
  handle: string;
  text: string;
  url?: string;
  createdAt: string;
}

export interface DigestStore {
  /** Adds a post to the channel's digest of `period` (closing at `closesAt`); adding twice keeps one. */
  add(channel: string, period: string, closesAt: Date, entry: DigestEntry): Promise<void>;
  /** Digests whose period closed at or before `now` and that were not handed over yet. */
  due(now: Date): Promise<Array<{ channel: string; period: string }>>;
  /** Marks a digest handed over to notify. */
  markSent(channel: string, period: string): Promise<void>;
  entries(channel: string, period: string): Promise<DigestEntry[]>;
}

/**
 * A post waiting for a line in its channel's burst summary: more alerts arrived than the channel
 * may post one by one. What the line shows is kept with it, so a summary needs no further reads
 * beyond the alerts' current state.
 */
export interface PendingLine {
  kind: 'alert' | 'followup';
  alertId: string;
  /** `platform#mentionId` of the post the line shows (the alert's opening post, or the follow-up). */
  mentionKey: string;
  /** When the post was written; lines are listed in this order. */
  createdAt: string;
  platform: Mention['platform'];
  threadId: string;
  mentionId: string;
  type: Label;
  /** Outside text, shown escaped. */
  handle: string;
  excerpt: string;
}

/** A burst summary being posted: its lines are fixed before the post, so a retry posts the same. */
export interface OpenSummary {
  id: string;
  lines: PendingLine[];
  postAttemptedAt?: string;
}

export interface BurstState {
  /** Summaries posted so far (names the next one and its queue message). */
  seq: number;
  /** A `summary` message is on the queue for this channel. */
  flushQueued: boolean;
  open?: OpenSummary;
}

export interface BurstStore {
  state(channel: string): Promise<BurstState>;
  saveState(channel: string, state: BurstState): Promise<void>;
  /** Adds lines (adding the same post twice keeps one). */
  add(channel: string, lines: readonly PendingLine[]): Promise<void>;
  /** The oldest `limit` lines, and whether more wait behind them. */
  oldest(channel: string, limit: number): Promise<{ lines: PendingLine[]; more: boolean }>;
  remove(channel: string, lines: readonly PendingLine[]): Promise<void>;
}

export interface MentionQueue {
  send(mentions: Mention[]): Promise<void>;
}

export interface SlackOutQueue {
  send(messages: SlackOutMessage[]): Promise<void>;
}

/** A Slack message as Beacon sends it. */
export interface SlackMessage {
  text: string;
  blocks: unknown[];
  /** Blocks under a colour bar (Block Kit itself has no colour): the alert card's countdown colour. */
  attachments?: Array<{ color: string; blocks: unknown[] }>;
  /** Slack message metadata: lets a retry find a message whose post outcome was uncertain. */
  metadata?: { event_type: string; event_payload: Record<string, string | string[]> };
}

/** Slack answered 429: nothing was done; try again after `retryAfter` seconds. */
export class SlackRateLimited extends Error {
  override readonly name = 'SlackRateLimited';
  constructor(readonly retryAfter: number) {
    super(`Slack rate limit: retry after ${retryAfter} s`);
  }
}

/**
 * Slack did not answer (timeout, lost connection) or answered with a server error: the call may or
 * may not have been carried out, and trying again soon is likely to work.
 */
export class SlackUnavailable extends Error {
  override readonly name = 'SlackUnavailable';
}

/** The message to update or reply to is gone from Slack (deleted, or lost by a Slack that crashed). */
export class SlackMessageGone extends Error {
  override readonly name = 'SlackMessageGone';
}

/** A file to share in Slack (the report's chart). */
export interface SlackFile {
  bytes: Uint8Array;
  filename: string;
  title: string;
  /** What the image shows, for screen readers. */
  altText?: string;
}

export interface SlackGateway {
  /** Resolves a channel name (or id) to its id, creating nothing. */
  channelId(channel: string): Promise<string>;
  post(channelId: string, message: SlackMessage, threadTs?: string): Promise<{ ts: string }>;
  /** A cosmetic update (a colour step) leaves the last of the update budget to state changes. */
  update(
    channelId: string,
    ts: string,
    message: SlackMessage,
    options?: { cosmetic?: boolean },
  ): Promise<void>;
  /**
   * How long a post to the channel would wait for Beacon's own write budget now, in ms (0: it may
   * go at once). Absent: never waits.
   */
  postingWaitMs?(channelId: string): number;
  /**
   * Spends a post's budget now if the channel may post at once, for a post made shortly, and says so
   * (false: it would wait). Two messages of a channel handled side by side cannot both see room for
   * one post. Absent: always room.
   */
  claimPost?(channelId: string): boolean;
  /** A message only `user` sees (answers to clicks and commands). */
  postEphemeral(channelId: string, user: string, message: SlackMessage): Promise<void>;
  /** A link that opens the message in every Slack client (chat.getPermalink). */
  permalink(channelId: string, ts: string): Promise<string>;
  /** Opens a modal; the trigger id is valid for 3 seconds and once only. */
  openView(triggerId: string, view: Record<string, unknown>): Promise<void>;
  /**
   * Uploads a file and shares it in the channel with a comment (mrkdwn), through Slack's files API:
   * files.getUploadURLExternal, the bytes to the URL it returns, files.completeUploadExternal.
   */
  uploadFile(channelId: string, file: SlackFile, initialComment: string): Promise<{ fileId: string }>;
  /** The ts of a message in the channel (or in a thread) whose metadata has `key = value`, posted after `since`. */
  findByMetadata(
    channelId: string,
    key: string,
    value: string,
    since: Date,
    threadTs?: string,
  ): Promise<string | undefined>;
  /** Like findByMetadata, for a message whose metadata lists `value` among the values of `key`. */
  findListing?(
    channelId: string,
    key: string,
    value: string,
    since: Date,
    threadTs?: string,
  ): Promise<string | undefined>;
}

/** A poll source's saved position, and when it may call its platform again. */
export interface SourceState {
  cursor: PollCursor;
  backoffUntil?: string;
}

export interface StoredSourceState extends SourceState {
  /** 0 when nothing is stored yet. */
  version: number;
}

export interface CursorStore {
  get(source: string): Promise<StoredSourceState | undefined>;
  /**
   * Saves the state if the stored version is still `version` (0: none stored) and returns the new
   * version; throws VersionConflict when another run saved first.
   */
  save(source: string, state: SourceState, version: number): Promise<number>;
}

/**
 * A reply on its way to a platform: stored before the platform is called, so a second delivery of
 * the same reply message can tell what the first one did.
 *   pending  an attempt is (or was) under way
 *   failed   the platform refused this attempt and posted nothing; another attempt may follow
 *   sent     posted (`result`)
 *   refused  will never be posted (no adapter, no credentials, the platform said no)
 *   unknown  an attempt ended without an answer on a platform that cannot deduplicate: not retried
 */
export interface ReplyIntent {
  platform: string;
  mentionId: string;
  idempotencyKey: string;
  alertId: string;
  by: string;
  state: 'pending' | 'failed' | 'sent' | 'refused' | 'unknown';
  attempts: number;
  /** When the current (or last) attempt started. */
  attemptedAt: string;
  result?: { id: string; url?: string };
  problem?: string;
  version: number;
}

export type ReplyIntentKey = Pick<ReplyIntent, 'platform' | 'mentionId' | 'idempotencyKey'>;

export interface ReplyIntentStore {
  get(key: ReplyIntentKey): Promise<ReplyIntent | undefined>;
  /** Stores the intent unless one with its key exists; returns false when it existed. */
  create(intent: ReplyIntent): Promise<boolean>;
  /** Saves `intent` (version already incremented) if the stored version is `intent.version - 1`. */
  save(intent: ReplyIntent): Promise<void>;
}

/** Where reports read alerts from: one function, so a change of keys stays inside the store. */
export interface ReportAlertSource {
  /** Alerts (in any state) opened in [from, to). */
  openedBetween(from: Date, to: Date): Promise<Alert[]>;
}
