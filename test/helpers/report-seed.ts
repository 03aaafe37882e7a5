/**
 * A week of alerts with known outcomes, for report specs: each is opened and moved through its
 * states by the domain's own transitions, then stored in a real table.
 *
 * Week of 2026-03-02 (UTC). Replies, in seconds from opening: 1200 (U0DANA, in window), 5400 (U0LEE, late),
 * 600 (U0DANA, in window), 3000 (U0DANA, in window), 300 (U0LEE, in window). Missed: two. Dismissed: one.
 * Still open: two. One alert opened the day before the week, outside it.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Alert } from '../../shared/domain/alert.ts';
import { applyTransition, openAlert } from '../../shared/domain/alert-lifecycle.ts';
import type { MomentType } from '../../shared/domain/detection.ts';
import type { Platform } from '../../shared/domain/mention.ts';
import { type Emulator, startDynamo } from '../../shared/local/emulators.ts';
import { ensureTable } from '../../shared/local/provision.ts';
import { DynamoAlertStore } from '../../shared/store/alert-store.ts';
import { createDocumentClient } from '../../shared/store/dynamo-client.ts';
import { aMention, aRoute } from './factories.ts';

export const WEEK = { from: new Date('2026-03-02T00:00:00.000Z'), to: new Date('2026-03-09T00:00:00.000Z') };

interface Seed {
  id: string;
  type: MomentType;
  platform: Platform;
  lang: string;
  channel: string;
  author: { id: string; handle: string };
  openedAt: string;
  windowSeconds: number;
  subject?: string;
  claimBy?: string;
  /** Seconds after opening. */
  replyAfter?: number;
  expire?: boolean;
  dismiss?: boolean;
}

const maria = { id: 'u-maria', handle: 'maria_k' };
const fan = { id: 'u-fan', handle: 'fan_one' };

export const SEEDS: Seed[] = [
  {
    id: 'a1',
    type: 'complaint',
    platform: 'x',
    lang: 'en',
    channel: 'complaints',
    author: maria,
    openedAt: '2026-03-02T10:00:00.000Z',
    windowSeconds: 3600,
    subject: 'delivery',
    claimBy: 'U0DANA',
    replyAfter: 1200,
  },
  {
    id: 'a2',
    type: 'complaint',
    platform: 'x',
    lang: 'en',
    channel: 'complaints',
    author: { id: 'u-bob', handle: 'bob' },
    openedAt: '2026-03-02T11:00:00.000Z',
    windowSeconds: 3600,
    subject: 'acme app',
    claimBy: 'U0LEE',
    replyAfter: 5400,
  },
  {
    id: 'a3',
    type: 'complaint',
    platform: 'facebook',
    lang: 'es',
    channel: 'complaints',
    author: { id: 'u-lucia', handle: 'lucia' },
    openedAt: '2026-03-03T09:00:00.000Z',
    windowSeconds: 3600,
    expire: true,
  },
  {
    id: 'a4',
    type: 'praise',
    platform: 'instagram',
    lang: 'de',
    channel: 'praise',
    author: { id: 'u-jonas', handle: 'jonas' },
    openedAt: '2026-03-03T09:30:00.000Z',
    windowSeconds: 14400,
    claimBy: 'U0DANA',
    replyAfter: 600,
  },
  {
    id: 'a5',
    type: 'question',
    platform: 'reddit',
    lang: 'en',
    channel: 'questions',
    author: { id: 'u-sam', handle: 'sam' },
    openedAt: '2026-03-04T14:00:00.000Z',
    windowSeconds: 7200,
    claimBy: 'U0DANA',
    replyAfter: 3000,
  },
  {
    id: 'a6',
    type: 'suggestion',
    platform: 'x',
    lang: 'en',
    channel: 'product',
    author: { id: 'u-ola', handle: 'ola' },
    openedAt: '2026-03-04T14:10:00.000Z',
    windowSeconds: 86400,
    subject: 'dark mode',
    dismiss: true,
  },
  {
    id: 'a7',
    type: 'suggestion',
    platform: 'mastodon',
    lang: 'en',
    channel: 'product',
    author: { id: 'u-kim', handle: 'kim' },
    openedAt: '2026-03-04T14:20:00.000Z',
    windowSeconds: 86400,
    subject: 'dark mode',
  },
  {
    id: 'a8',
    type: 'complaint',
    platform: 'x',
    lang: 'en',
    channel: 'complaints',
    author: maria,
    openedAt: '2026-03-05T14:20:00.000Z',
    windowSeconds: 3600,
    subject: 'delivery',
    expire: true,
  },
  {
    id: 'a9',
    type: 'praise',
    platform: 'x',
    lang: 'en',
    channel: 'praise',
    author: fan,
    openedAt: '2026-03-05T15:00:00.000Z',
    windowSeconds: 14400,
    claimBy: 'U0LEE',
    replyAfter: 300,
  },
  {
    id: 'a10',
    type: 'praise',
    platform: 'x',
    lang: 'en',
    channel: 'praise',
    author: fan,
    openedAt: '2026-03-06T08:00:00.000Z',
    windowSeconds: 14400,
  },
  {
    id: 'a0',
    type: 'complaint',
    platform: 'x',
    lang: 'en',
    channel: 'complaints',
    author: maria,
    openedAt: '2026-03-01T23:59:00.000Z',
    windowSeconds: 3600,
    subject: 'delivery',
    expire: true,
  },
];

const plus = (iso: string, seconds: number) => new Date(Date.parse(iso) + seconds * 1000).toISOString();

export function seededAlert(s: Seed): Alert {
  const mention = aMention({
    id: s.id,
    threadId: s.id,
    platform: s.platform,
    text: `post ${s.id}`,
    url: `https://example.com/${s.id}`,
    author: s.author,
    createdAt: s.openedAt,
    receivedAt: s.openedAt,
  });
  const opened = new Date(s.openedAt);
  let alert: Alert = {
    ...openAlert(
      mention,
      s.type,
      aRoute({ label: s.type, channel: s.channel, windowSeconds: s.windowSeconds }),
      opened,
      new Date(opened.getTime() + s.windowSeconds * 1000),
    ),
    lang: s.lang,
    ...(s.subject ? { subject: s.subject } : {}),
  };
  if (s.claimBy) alert = applyTransition(alert, { kind: 'claim', by: s.claimBy, at: plus(s.openedAt, 60) });
  if (s.replyAfter !== undefined)
    alert = applyTransition(alert, {
      kind: 'replied',
      by: s.claimBy ?? 'brand',
      at: plus(s.openedAt, s.replyAfter),
      via: 'slack',
    });
  if (s.expire) alert = applyTransition(alert, { kind: 'expire', at: plus(s.openedAt, s.windowSeconds) });
  if (s.dismiss) alert = applyTransition(alert, { kind: 'dismiss', by: 'U3', at: plus(s.openedAt, 120) });
  return alert;
}

export const seededAlerts = (): Alert[] => SEEDS.map(seededAlert);

/** A real DynamoDB-compatible server (dynalite) with the seeded week stored in the project's table. */
export async function startSeededTable(tableName = 'beacon-report'): Promise<{
  server: Emulator;
  db: ReturnType<typeof createDocumentClient>;
  tableName: string;
  stop(): Promise<void>;
}> {
  const server = await startDynamo();
  const ddb = new DynamoDBClient({
    endpoint: server.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  await ensureTable(ddb, tableName);
  ddb.destroy();
  const db = createDocumentClient({ endpoint: server.endpoint, region: 'us-east-1' });
  const store = new DynamoAlertStore(db, tableName);
  for (const alert of seededAlerts()) await store.create(alert);
  return {
    server,
    db,
    tableName,
    stop: async () => {
      db.destroy();
      await server.stop();
    },
  };
}
