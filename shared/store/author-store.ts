/**
 * Authors: one profile item per platform and author (pk AUTHOR#<platform>#<authorId>, sk PROFILE#V2)
 * holding their counts per day for a year, and one marker item per thread they spoke in
 * (sk THREAD#<threadId>) holding the label of their moment there.
 *
 * Counting a moment once, with single-item writes only (dynalite has no transactions):
 * 1. the marker is read with the profile (one batch read); a marker means the thread is counted;
 * 2. the profile is written with the moment added, conditional on the version read: of concurrent
 *    detections one wins, the others read again and add theirs, so no count is lost; the profile
 *    remembers the threads it counted last, so a detection that finds its thread there (a
 *    concurrent winner, or an attempt that stopped before its marker) does not count it again;
 * 3. the marker is put (conditional), as the lasting record of the thread's moment.
 *
 * The `PROFILE` items of an earlier release (per-delivery counts without dates) are not read: they
 * cannot give rolling windows, and counting anew avoids carrying their double counts over.
 */
import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import {
  type AlertOutcome,
  type AuthorProfile,
  addMoment,
  addOutcome,
  countedThread,
  emptyProfile,
  type Moment,
} from '../domain/author-profile.ts';
import { isLabel, type Label } from '../domain/detection.ts';
import { statsOf } from '../usecases/author-stats.ts';
import type { AuthorLookup, AuthorStats, AuthorStore } from '../usecases/ports.ts';
import { type BatchReader, batchReader } from './batch-reader.ts';
import { isConditionFailure } from './dynamo-client.ts';

const authorPk = (platform: string, authorId: string): string => `AUTHOR#${platform}#${authorId}`;
const PROFILE_SK = 'PROFILE#V2';
const THREAD_PREFIX = 'THREAD#';
/** Writes to one author's profile retried after losing a race; each loss means another won. */
const MAX_ATTEMPTS = 100;

class ProfileChanged extends Error {}

export class DynamoAuthorStore implements AuthorStore {
  private readonly reader: BatchReader;

  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.reader = batchReader(db, tableName);
  }

  async lookup(platform: string, authorId: string, threadId?: string): Promise<AuthorLookup> {
    const pk = authorPk(platform, authorId);
    const [profileItem, marker] = await Promise.all([
      this.reader.load({ pk, sk: PROFILE_SK }),
      threadId ? this.reader.load({ pk, sk: `${THREAD_PREFIX}${threadId}` }) : undefined,
    ]);
    return {
      ...(profileItem?.profile ? { profile: profileItem.profile as AuthorProfile } : {}),
      ...(marker && isLabel(marker.label) && typeof marker.at === 'string'
        ? { moment: { label: marker.label, at: marker.at } }
        : {}),
    };
  }

  async record(
    platform: string,
    authorId: string,
    moment: Moment,
    now: Date,
    known?: AuthorLookup,
  ): Promise<{ counted: boolean; profile: AuthorProfile }> {
    const seen = known ?? (await this.lookup(platform, authorId, moment.threadId));
    let profile = seen.profile ?? emptyProfile(platform, authorId);
    // Counted in the thread already, unless as chatter and this post is a moment.
    const replaces = (label: Label | undefined) =>
      label === undefined || (label === 'none' && moment.label !== 'none');
    if (!replaces(seen.moment?.label)) return { counted: false, profile };
    let counted = false;
    for (let attempt = 0; ; attempt++) {
      const inProfile = countedThread(profile, moment.threadId);
      if (!replaces(inProfile?.label)) break;
      const previous = inProfile
        ? { label: inProfile.label, at: inProfile.day }
        : seen.moment?.label === 'none'
          ? seen.moment
          : undefined;
      const next = addMoment(profile, moment, now, previous);
      try {
        await this.putProfile(next, profile.version);
        profile = next;
        counted = true;
        break;
      } catch (error) {
        if (!(error instanceof ProfileChanged) || attempt >= MAX_ATTEMPTS) throw error;
        // Another detection of this author won: read what it wrote and add this moment to it.
        await jitter(attempt);
        profile = (await this.readProfile(platform, authorId)) ?? emptyProfile(platform, authorId);
      }
    }
    if (counted) await this.putMarker(platform, authorId, moment);
    return { counted, profile };
  }

  async recordOutcome(
    platform: string,
    authorId: string,
    outcome: { alertId: string; outcome: AlertOutcome; at: string; replySeconds?: number },
  ): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      const profile = (await this.readProfile(platform, authorId)) ?? emptyProfile(platform, authorId);
      const last = profile.lastOutcome;
      if (last?.alertId === outcome.alertId && last.outcome === outcome.outcome && last.at === outcome.at)
        return;
      try {
        await this.putProfile(addOutcome(profile, outcome), profile.version);
        return;
      } catch (error) {
        if (!(error instanceof ProfileChanged) || attempt >= MAX_ATTEMPTS) throw error;
        await jitter(attempt);
      }
    }
  }

  async get(
    platform: string,
    authorId: string,
    options: { now?: Date; exceptThread?: string } = {},
  ): Promise<AuthorStats | undefined> {
    const { profile } = await this.lookup(platform, authorId);
    if (!profile) return undefined;
    const now = options.now ?? this.clock();
    return statsOf(profile, now, options.exceptThread ? { threadId: options.exceptThread } : undefined);
  }

  private async readProfile(platform: string, authorId: string): Promise<AuthorProfile | undefined> {
    const out = await this.db.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { pk: authorPk(platform, authorId), sk: PROFILE_SK },
        ConsistentRead: true,
      }),
    );
    return out.Item?.profile as AuthorProfile | undefined;
  }

  private async putProfile(profile: AuthorProfile, previous: number): Promise<void> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            pk: authorPk(profile.platform, profile.authorId),
            sk: PROFILE_SK,
            version: profile.version,
            profile,
          },
          ...(previous === 0
            ? { ConditionExpression: 'attribute_not_exists(pk)' }
            : {
                ConditionExpression: 'version = :previous',
                ExpressionAttributeValues: { ':previous': previous },
              }),
        }),
      );
    } catch (error) {
      if (isConditionFailure(error)) throw new ProfileChanged();
      throw error;
    }
  }

  /** The thread's lasting record; a chatter marker gives way to a moment, never the reverse. */
  private async putMarker(platform: string, authorId: string, moment: Moment): Promise<void> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            pk: authorPk(platform, authorId),
            sk: `${THREAD_PREFIX}${moment.threadId}`,
            label: moment.label,
            at: moment.at,
          },
          ConditionExpression:
            moment.label === 'none'
              ? 'attribute_not_exists(pk)'
              : 'attribute_not_exists(pk) OR #label = :none',
          ...(moment.label === 'none'
            ? {}
            : {
                ExpressionAttributeNames: { '#label': 'label' },
                ExpressionAttributeValues: { ':none': 'none' },
              }),
        }),
      );
    } catch (error) {
      // A concurrent detection of the thread put it first: the thread is recorded either way.
      if (!isConditionFailure(error)) throw error;
    }
  }
}

/** A short random pause after a lost race, growing with the losses, so racers spread out. */
const jitter = (attempt: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(50, 2 + attempt * 2)));
