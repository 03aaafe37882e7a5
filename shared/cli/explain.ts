/**
 * `npm run -s beacon -- explain <mention id> [--platform P] [--json]`: what happened to a stored
 * mention: how it was detected, what the rules decided, its alert and Slack message, or why it
 * was dropped.
 *
 * Where the data is:
 *   --table NAME [--endpoint URL]   a deployed table (AWS credentials and region from the environment)
 *   (default)                       the local stack's data folder (BEACON_DATA_DIR, default .beacon):
 *                                   through the running `npm start` (it writes endpoints.json there and
 *                                   holds the folder's lock), else by opening the folder itself
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { alertIdFor } from '../domain/alert.ts';
import { PLATFORMS } from '../domain/mention.ts';
import { readEndpoints } from '../local/endpoints.ts';
import { formatDuration } from '../routing/duration.ts';
import { DynamoAlertStore } from '../store/alert-store.ts';
import { createDocumentClient } from '../store/dynamo-client.ts';
import { DynamoMentionStore } from '../store/mention-store.ts';
import type { StoredMention } from '../usecases/ports.ts';

export interface ExplainIo {
  out(text: string): void;
  err(text: string): void;
  env?: Record<string, string | undefined>;
}

const USAGE = `usage: npm run -s beacon -- explain <mention id> [--platform P] [--json]
                                         [--table NAME [--endpoint URL]]`;

export interface Source {
  db: DynamoDBDocumentClient;
  table: string;
  close(): Promise<void>;
}

/** True when a DynamoDB endpoint answers. */
async function answers(endpoint: string): Promise<boolean> {
  const db = createDocumentClient({ endpoint, region: 'us-east-1' });
  try {
    await db.send(new ListTablesCommand({ Limit: 1 }), { abortSignal: AbortSignal.timeout(2000) });
    return true;
  } catch {
    return false;
  } finally {
    db.destroy();
  }
}

export async function openSource(
  opts: { table?: string; endpoint?: string },
  env: ExplainIo['env'],
): Promise<Source> {
  if (opts.table) {
    const db = createDocumentClient({
      ...(opts.endpoint ? { endpoint: opts.endpoint } : {}),
      ...(env?.AWS_REGION ? { region: env.AWS_REGION } : {}),
    });
    return { db, table: opts.table, close: async () => db.destroy() };
  }
  const dataDir = resolve(env?.BEACON_DATA_DIR || '.beacon');
  const endpoints = readEndpoints(dataDir);
  if (endpoints && (await answers(endpoints.dynamodb))) {
    const db = createDocumentClient({ endpoint: endpoints.dynamodb, region: 'us-east-1' });
    return { db, table: endpoints.table, close: async () => db.destroy() };
  }
  const folder = join(dataDir, 'dynamodb');
  if (!existsSync(folder)) {
    throw new Error(
      `no local data in ${dataDir} (run \`npm start\` first, or pass --table for a deployed table)`,
    );
  }
  // The stack is not running (or left a stale endpoints file): read the folder directly. The
  // emulators load on demand: a deployed install needs none of them.
  const { dynamoFolderInUse, startDynamo } = await import('../local/emulators.ts');
  if (await dynamoFolderInUse(folder)) {
    throw new Error(
      `${folder} is in use by a running Beacon that did not write ${dataDir}/endpoints.json; restart it with \`npm start\``,
    );
  }
  const dynamo = await startDynamo({ path: folder });
  const db = createDocumentClient({ endpoint: dynamo.endpoint, region: 'us-east-1' });
  return {
    db,
    table: 'beacon',
    close: async () => {
      db.destroy();
      await dynamo.stop();
    },
  };
}

const percent = (n: number): string => `${Math.round(n * 100)}%`;
const clip = (text: string, max: number): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

interface Explained {
  platform: string;
  id: string;
  threadId: string;
  status: StoredMention['status'];
  receivedAt: string;
  author: { id: string; handle: string; isBrand?: boolean };
  detection?: StoredMention['detection'];
  route?: StoredMention['route'];
  dropped?: StoredMention['dropped'];
  review?: string;
  alert?: {
    alertId: string;
    state: string;
    channel: string;
    /** This mention opened it, or joined its thread. */
    role: 'opened' | 'followup';
    /** Praise from an advocate, an alert of its own kind. */
    advocateMoment?: boolean;
    slackChannelId?: string;
    slackTs?: string;
    stormId?: string;
  };
}

async function explainOne(stored: StoredMention, alerts: DynamoAlertStore): Promise<Explained> {
  const { mention } = stored;
  const alertId = stored.alertId ?? alertIdFor(mention.platform, mention.threadId);
  const alert = stored.alertId || stored.status === 'processed' ? await alerts.get(alertId) : undefined;
  return {
    platform: mention.platform,
    id: mention.id,
    threadId: mention.threadId,
    status: stored.status,
    receivedAt: mention.receivedAt,
    author: {
      id: mention.author.id,
      handle: mention.author.handle,
      ...(mention.author.isBrand ? { isBrand: true } : {}),
    },
    ...(stored.detection ? { detection: stored.detection } : {}),
    ...(stored.route ? { route: stored.route } : {}),
    ...(stored.dropped ? { dropped: stored.dropped } : {}),
    ...(stored.review ? { review: stored.review } : {}),
    ...(alert && (stored.alertId || alert.mentionKey === `${mention.platform}#${mention.id}`)
      ? {
          alert: {
            alertId: alert.alertId,
            state: alert.state,
            channel: alert.channel,
            role: alert.mentionKey === `${mention.platform}#${mention.id}` ? 'opened' : 'followup',
            ...(alert.advocateMoment && alert.type === 'praise' ? { advocateMoment: true } : {}),
            ...(alert.slackChannelId ? { slackChannelId: alert.slackChannelId } : {}),
            ...(alert.slackTs ? { slackTs: alert.slackTs } : {}),
            ...(alert.stormId ? { stormId: alert.stormId } : {}),
          },
        }
      : {}),
  };
}

function describe(e: Explained, text: string): string[] {
  const lines = [`${e.platform} mention ${e.id} (thread ${e.threadId})`];
  lines.push(
    `  stored: received ${e.receivedAt}, ${e.status === 'processed' ? 'processed' : 'not processed yet (in the queue, or failing: see the dead-letter queue)'}`,
  );
  lines.push(
    `  author: @${e.author.handle} (${e.author.id})${e.author.isBrand ? ", the brand's own account" : ''}`,
  );
  lines.push(`  text: “${clip(text, 120)}”`);
  if (e.author.isBrand) lines.push("  brand reply: closes the thread's open alert");
  if (e.detection) {
    const cues = e.detection.cues
      .slice(0, 5)
      .map((c) => `“${clip(c.text, 30)}” (${c.label}, ${c.kind})`)
      .join(', ');
    lines.push(
      `  detection: ${e.detection.label} ${percent(e.detection.confidence)} (${e.detection.lang})${cues ? `; cues: ${cues}` : ''}`,
    );
  }
  if (e.route) {
    const what = e.route.drop
      ? 'drop'
      : e.route.digest
        ? `#${e.route.channel}, ${e.route.digest} digest`
        : `${e.route.advocateMoment ? 'advocate moment in ' : ''}#${e.route.channel}, window ${formatDuration(e.route.windowSeconds)}`;
    lines.push(`  route: rule ${e.route.rule} → ${what}`);
    if (e.route.reasons.length > 0) lines.push(`    because: ${e.route.reasons.join('; ')}`);
  }
  if (e.alert) {
    const slack = e.alert.slackTs
      ? `; slack ${e.alert.slackChannelId} ${e.alert.slackTs}`
      : '; not in Slack yet';
    const role = e.alert.role === 'opened' ? '' : ' (this post is a follow-up in its thread)';
    const storm = e.alert.stormId ? `; folded into storm ${e.alert.stormId}` : '';
    const kind = e.alert.advocateMoment ? ' (advocate moment)' : '';
    lines.push(
      `  alert: ${e.alert.alertId}${kind} ${e.alert.state} in #${e.alert.channel}${slack}${storm}${role}`,
    );
  } else if (e.status === 'processed' && !e.dropped && !e.author.isBrand && e.route?.digest) {
    lines.push(`  digest: kept for the ${e.route.digest} digest of #${e.route.channel}`);
  }
  if (e.dropped) lines.push(`  dropped: ${e.dropped.reason} (${e.dropped.detail})`);
  if (e.review) lines.push(`  review: sent to #${e.review}`);
  return lines;
}

export async function runExplain(args: string[], io: ExplainIo): Promise<number> {
  let id: string | undefined;
  const opts: { platform?: string; table?: string; endpoint?: string; json?: boolean } = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--json') opts.json = true;
    else if (arg === '--platform' || arg === '--table' || arg === '--endpoint') {
      const value = args[++i];
      if (!value) {
        io.err(`${arg} needs a value\n${USAGE}`);
        return 2;
      }
      opts[arg.slice(2) as 'platform' | 'table' | 'endpoint'] = value;
    } else if (arg === '--help' || arg === '-h') {
      io.out(USAGE);
      return 0;
    } else if (!id && !arg.startsWith('--')) id = arg;
    else {
      io.err(`unexpected argument ${arg}\n${USAGE}`);
      return 2;
    }
  }
  if (!id) {
    io.err(USAGE);
    return 2;
  }
  if (opts.platform && !(PLATFORMS as readonly string[]).includes(opts.platform)) {
    io.err(`unknown platform "${opts.platform}"; one of ${PLATFORMS.join(', ')}`);
    return 2;
  }

  let source: Source;
  try {
    source = await openSource(opts, io.env ?? process.env);
  } catch (error) {
    io.err(`cannot read the table: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  try {
    const mentions = new DynamoMentionStore(source.db, source.table);
    const alerts = new DynamoAlertStore(source.db, source.table);
    const found: Array<{ explained: Explained; text: string }> = [];
    for (const platform of opts.platform ? [opts.platform] : PLATFORMS) {
      const thread = await mentions.threadOf(platform, id);
      const stored = thread ? await mentions.get(platform, thread, id) : undefined;
      if (stored) found.push({ explained: await explainOne(stored, alerts), text: stored.mention.text });
    }
    if (found.length === 0) {
      io.err(
        `no stored mention with id ${id}${opts.platform ? ` on ${opts.platform}` : ''} (mentions are kept 90 days)`,
      );
      return 1;
    }
    if (opts.json) {
      const list = found.map((f) => f.explained);
      io.out(JSON.stringify(list.length === 1 ? list[0] : list));
    } else {
      io.out(found.flatMap((f) => describe(f.explained, f.text)).join('\n'));
    }
    return 0;
  } finally {
    await source.close();
  }
}

export function run(args: string[]): Promise<number> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  return runExplain(args, { out: (t) => console.log(t), err: (t) => console.error(t) });
}
