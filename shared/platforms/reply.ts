/**
 * Answering on the platform. The caller persists a reply intent (keyed on the alert) before it
 * calls `reply`, and marks the alert replied after; adapters pass the intent's key to platforms
 * that deduplicate natively (Mastodon `Idempotency-Key`, VK `guid`, Bluesky record key) so a retry
 * after an uncertain answer cannot post twice there.
 */
import type { MentionKind, Platform } from '../domain/mention.ts';
import type { Fetch } from './http.ts';
import type { SecretBag } from './types.ts';

export interface ReplyTarget {
  /** The platform id of the mention being answered. */
  mentionId: string;
  threadId: string;
  parentId?: string;
  url?: string;
  kind?: MentionKind;
}

export interface ReplyDeps {
  fetch: Fetch;
  now: Date;
  secrets: SecretBag;
}

export interface ReplyResult {
  /** The platform id of the reply that was posted. */
  id: string;
  url?: string;
}

export interface ReplyAdapter {
  platform: Platform;
  reply(target: ReplyTarget, text: string, idempotencyKey: string, deps: ReplyDeps): Promise<ReplyResult>;
}

/** A reply cannot be sent as asked (wrong target, missing credentials); retrying will not help. */
export class ReplyRefused extends Error {
  override readonly name = 'ReplyRefused';
  constructor(
    readonly platform: Platform,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Reads a required secret or refuses with the variable's name. */
export function requireSecret(platform: Platform, secrets: SecretBag, name: string): string {
  const value = secrets[name];
  if (!value) throw new ReplyRefused(platform, 'not_configured', `${name} is not set`);
  return value;
}
