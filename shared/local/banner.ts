/** What `npm start` prints once the stack is up; the README shows the same lines. */
export interface BannerFacts {
  url: string;
  /** False when SLACK_BOT_TOKEN points Beacon at a real workspace. */
  localSlack: boolean;
  /** The demo Mastodon server's URL, when the demo runs. */
  demoUrl?: string;
  dataDir: string;
}

export function startupBanner(f: BannerFacts): string {
  return [
    `Beacon is running on ${f.url}`,
    `  health:        ${f.url}/health`,
    `  webhooks:      POST ${f.url}/webhooks/generic  (X-Beacon-Signature: sha256=<HMAC of the body>)`,
    f.localSlack
      ? `  local Slack:   ${f.url}/slack   (Web API under ${f.url}/slack/api/<method>)`
      : '  Slack:         posting to your workspace (SLACK_BOT_TOKEN is set)',
    f.demoUrl
      ? `  demo Mastodon: ${f.demoUrl}   (sample posts, polled every minute; Reply posts here; --no-demo turns it off)`
      : '  demo:          off',
    `  data:          ${f.dataDir}`,
    'Press Ctrl-C to stop.',
  ].join('\n');
}
