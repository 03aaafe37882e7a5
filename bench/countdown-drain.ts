/**
 * The countdown bench's `--drain`: the same tick's due alerts on the local stack as `npm start` runs it
 * (notify four batches at once, Beacon's write budget, the local Slack with Slack's rate limits on),
 * each with its card already in Slack, one countdown tick, then notify drains `slack-out`. Prints how
 * long until the queue is empty, the app's Slack calls by method, the 429 answers and the busiest
 * channel's posting rate. Alerts not due are left out: the tick never reads them.
 */
import slackWebApi from '@slack/web-api';
import type { Alert } from '../shared/domain/alert.ts';
import { startLocalStack } from '../shared/local/stack.ts';
import { DEFAULT_ROUTING_FILE } from '../shared/routing/index.ts';
import { runCountdown } from '../shared/usecases/run-countdown.ts';

const { WebClient } = slackWebApi;
const quiet = { info() {}, warn() {}, error() {}, debug() {} };
/** Not the app's token: the local Slack does not limit it, so seeding the cards spends none of the app's budget. */
const SEED_TOKEN = 'xoxb-bench-seed';

export interface DrainFigures {
  alerts: number;
  drainMs: number;
  /** False when the queue still held messages at the timeout. */
  drained: boolean;
  slackCalls: Record<string, number>;
  ratelimited: number;
  peakChannelPosts: { perSecond: number; perMinute: number };
  deadLettered: number;
}

export async function drainThroughNotify(
  due: Alert[],
  now: Date,
  timeoutSeconds: number,
  log: (line: string) => void,
): Promise<DrainFigures> {
  let current = now;
  const stack = await startLocalStack({
    port: 0,
    configPath: DEFAULT_ROUTING_FILE,
    clock: () => current,
    logger: quiet,
    runQueues: true,
    slackLimits: true,
    env: { ...process.env, BEACON_LOCAL_SLACK_LIMITS: 'on', SLACK_BOT_TOKEN: '' },
  });
  try {
    const slack = stack.slack;
    if (!slack) throw new Error('the drain needs the local Slack');
    const seeder = new WebClient(SEED_TOKEN, { slackApiUrl: `${stack.url}/slack/api/` });
    const { mentions } = stack.runtime.slackDelivery;
    const { alerts } = stack.runtime.countdown;
    const seedStart = performance.now();
    for (let i = 0; i < due.length; i += 20) {
      await Promise.all(
        due.slice(i, i + 20).map(async (alert) => {
          // The bench's alerts come from the generic webhook: `generic#<mention id>`.
          await mentions.putOnce({
            platform: 'generic',
            id: alert.mentionKey.slice('generic#'.length),
            threadId: alert.threadId,
            text: alert.post?.excerpt ?? '',
            createdAt: alert.openedAt,
            receivedAt: alert.openedAt,
            kind: 'post',
            author: { id: `author-${alert.alertId}`, handle: alert.post?.author ?? 'someone' },
          });
          const posted = await seeder.chat.postMessage({
            channel: alert.channel,
            text: 'card',
            metadata: { event_type: 'beacon_alert', event_payload: { alert_id: alert.alertId } },
          });
          await alerts.create({
            ...alert,
            slackChannelId: posted.channel ?? '',
            slackTs: posted.ts ?? '',
            slackShownVersion: alert.version,
            slackPermalink: `${stack.url}/slack#${posted.channel}/p${String(posted.ts).replace('.', '')}`,
          });
        }),
      );
    }
    log(
      `  drain: ${due.length} due alerts and their cards seeded in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`,
    );

    const before = slack.stats();
    current = now;
    const start = performance.now();
    await runCountdown(now, stack.runtime.countdown);
    let drained = false;
    for (;;) {
      const { queued } = await stack.queued();
      if (queued === 0) {
        drained = true;
        break;
      }
      if (performance.now() - start > timeoutSeconds * 1000) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const drainMs = performance.now() - start;
    const after = slack.stats();
    const slackCalls: Record<string, number> = {};
    for (const [method, n] of Object.entries(after.calls)) {
      const diff = n - (before.calls[method] ?? 0);
      if (diff > 0) slackCalls[method] = diff;
    }
    return {
      alerts: due.length,
      drainMs: Math.round(drainMs),
      drained,
      slackCalls,
      ratelimited: after.ratelimitedTotal - before.ratelimitedTotal,
      peakChannelPosts: {
        perSecond: after.peakChannelPosts.perSecond.count,
        perMinute: after.peakChannelPosts.perMinute.count,
      },
      deadLettered: (await stack.queued()).deadLettered,
    };
  } finally {
    await stack.stop();
  }
}
