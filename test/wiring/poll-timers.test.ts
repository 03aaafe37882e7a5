import { describe, expect, it } from 'vitest';
import { startPollTimers } from '../../shared/local/poll-timers.ts';
import { createPollSources, type PollSourceSpec } from '../../shared/platforms/poll-sources.ts';
import type { RoutingConfig } from '../../shared/routing/index.ts';

function setup(specs: PollSourceSpec[], secrets: Record<string, string>) {
  const config = { sources: specs, brand: { accounts: {} } } as unknown as RoutingConfig;
  const sources = createPollSources(specs);
  const warnings: Array<Record<string, unknown>> = [];
  let ran: (id: string) => void = () => {};
  const firstRun = new Promise<string>((r) => {
    ran = r;
  });
  const logger = {
    info() {},
    debug() {},
    error() {},
    warn: (...args: unknown[]) => void warnings.push((args[1] ?? {}) as Record<string, unknown>),
  };
  const deps = {
    config: () => config,
    sources: () => sources,
    secrets: async () => secrets,
    run: async (id: string) => ran(id),
    logger,
  };
  return { deps, warnings, firstRun };
}

describe('startPollTimers', () => {
  it('runs a source whose credentials are set at once, and leaves one without them alone, saying why', async () => {
    const { deps, warnings, firstRun } = setup(
      [{ type: 'x-search', query: 'acme' }, { type: 'mastodon-mentions' }],
      { MASTODON_BASE_URL: 'http://127.0.0.1:9', MASTODON_ACCESS_TOKEN: 't' },
    );
    const timers = await startPollTimers(deps);
    try {
      expect(await firstRun).toBe('mastodon-mentions');
      expect(warnings).toEqual([{ source: 'x-search', missing: ['X_BEARER_TOKEN'] }]);
    } finally {
      timers.stop();
    }
  });
});
