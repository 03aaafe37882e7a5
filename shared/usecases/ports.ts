/**
 * The small interfaces through which use cases reach storage, queues and Slack. Adapters in
 * shared/store, shared/queue and shared/slack implement them; tests and the local stack build the
 * same adapters against local servers.
 */
import type { Alert } from '../domain/alert.ts';
import type { Detection, Label } from '../domain/detection.ts';
import type { Mention } from '../domain/mention.ts';
import type { SlackOutMessage } from '../queue/messages.ts';

export type Clock = () => Date;

export interface StoredMention {
  mention: Mention;
  detection?: Detection;
  /** 'received' until every step of processing is done, then 'processed'. */
  status: 'received' | 'processed';
  alertId?: string;
  /** Slack ts of this mention's message in the alert's thread, once posted. */
  slackTs?: string;
  slackAttemptedAt?: string;
}

export interface MentionStore {
  /** Stores the mention unless it is already stored; returns what is stored now and whether it was new. */
  putOnce(mention: Mention): Promise<{ stored: StoredMention; created: boolean }>;
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
  /** Active alerts whose next countdown step is at or before `now`, oldest first. */
  listDue(now: Date, limit: number): Promise<Alert[]>;
  /** Active alerts, optionally for one channel, by deadline. */
  listActive(channel?: string): Promise<Alert[]>;
}

export interface AuthorStats {
  praise: number;
  complaint: number;
  question: number;
  suggestion: number;
  none: number;
  firstSeen?: string;
  lastSeen?: string;
}

export interface AuthorStore {
  get(platform: string, authorId: string): Promise<AuthorStats | undefined>;
  /** Counts one more mention of this label by the author. */
  record(platform: string, authorId: string, label: Label, at: string): Promise<AuthorStats>;
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
  /** Slack message metadata: lets a retry find a message whose post outcome was uncertain. */
  metadata?: { event_type: string; event_payload: Record<string, string> };
}

export interface SlackGateway {
  /** Resolves a channel name (or id) to its id, creating nothing. */
  channelId(channel: string): Promise<string>;
  post(channelId: string, message: SlackMessage, threadTs?: string): Promise<{ ts: string }>;
  update(channelId: string, ts: string, message: SlackMessage): Promise<void>;
  /** The ts of a message in the channel (or in a thread) whose metadata has `key = value`, posted after `since`. */
  findByMetadata(
    channelId: string,
    key: string,
    value: string,
    since: Date,
    threadTs?: string,
  ): Promise<string | undefined>;
}
