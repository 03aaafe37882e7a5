/**
 * `npm start`: Beacon on this machine. No AWS account, no Slack token, no network needed.
 *
 *   npm start                 local stack on http://127.0.0.1:3000 with the demo Mastodon server
 *   npm start -- --no-demo    without the demo
 *   BEACON_PORT=4000 npm start
 *   SLACK_BOT_TOKEN=xoxb-… npm start    post to real Slack instead of the local one
 *   BEACON_LOCAL_SLACK_LIMITS=off npm start    the local Slack without Slack's rate limits
 */
import { resolve } from 'node:path';
import { STORM } from '../domain/storm.ts';
import { ConfigError, DEFAULT_ROUTING_FILE, watchRoutingConfig } from '../routing/index.ts';
import { createLogger } from '../runtime/logger.ts';
import { startupBanner } from './banner.ts';
import { DEMO_SOURCE_ID, type DemoMastodon, startDemoMastodon } from './demo-mastodon.ts';
import { slackLimitsOn } from './slack-rate-limits.ts';
import { startLocalStack } from './stack.ts';

const args = new Set(process.argv.slice(2));
if (args.has('--help') || args.has('-h')) {
  console.log(
    "usage: npm start [-- --no-demo]\n\nenv: BEACON_PORT (3000), BEACON_ROUTING_FILE, BEACON_DATA_DIR (.beacon), SLACK_BOT_TOKEN,\n     BEACON_LOCAL_SLACK_LIMITS (on; off lifts Slack's rate limits from the local Slack)",
  );
  process.exit(0);
}

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';
const logger = createLogger();
const port = Number(process.env.BEACON_PORT ?? 3000);
const configPath = resolve(process.env.BEACON_ROUTING_FILE || DEFAULT_ROUTING_FILE);
const dataDir = resolve(process.env.BEACON_DATA_DIR || '.beacon');

// The demo: a local Mastodon server with the sample posts, polled and answered like a real one.
// Not when real Mastodon credentials are set: those point the Mastodon source at the real server.
const demo: DemoMastodon | undefined =
  args.has('--no-demo') || process.env.MASTODON_BASE_URL ? undefined : await startDemoMastodon();

let stack: Awaited<ReturnType<typeof startLocalStack>>;
try {
  stack = await startLocalStack({
    port,
    dataDir,
    configPath,
    logger,
    ...(demo
      ? {
          env: { ...process.env, ...demo.secrets },
          extraSources: [{ type: 'mastodon-mentions', id: DEMO_SOURCE_ID, schedule: 'rate(1 minute)' }],
        }
      : {}),
    runQueues: true,
    // The local Slack throttles Beacon as Slack would, unless BEACON_LOCAL_SLACK_LIMITS=off.
    slackLimits: slackLimitsOn(),
    countdownEveryMs: 15_000,
    pollSources: true,
    storms: STORM,
    // A week of demo history and the weekly report at start: a report to look at within a minute.
    demoHistory: demo !== undefined,
    reportTimer: true,
  });
} catch (error) {
  await demo?.stop();
  console.error(error instanceof ConfigError ? error.format() : `Beacon could not start: ${String(error)}`);
  process.exit(1);
}

const stopWatching = watchRoutingConfig(
  configPath,
  (config) => {
    stack.setConfig(config);
    console.log(`routing config reloaded from ${configPath}`);
  },
  (error) =>
    console.error(
      `routing config NOT reloaded (the previous one stays in force):\n${error instanceof ConfigError ? error.format() : String(error)}`,
    ),
);

console.log(
  startupBanner({
    url: stack.url,
    localSlack: stack.slack !== undefined,
    ...(demo ? { demoUrl: demo.url } : {}),
    dataDir,
  }),
);

// New requests get 503 at once; what was accepted is on disk and what is in flight finishes first.
// Ctrl-C reaches this process twice (from the terminal and relayed by npm): the second is ignored.
let stopping = false;
const shutdown = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping (new requests get 503, work in flight finishes)…`);
  stopWatching();
  await stack.stop();
  await demo?.stop();
  console.log('stopped');
  process.exit(0);
};
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
