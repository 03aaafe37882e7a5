/**
 * The local stack's stand-in for the EventBridge rule of each poll source: a timer per source
 * whose credentials are set, firing at the source's schedule (the config's, else its default).
 * Sources without credentials are listed once and left alone, so `npm start` needs none.
 */
import { missingCredentials, POLL_CREDENTIALS } from '../platforms/credentials.ts';
import type { PollSource } from '../platforms/poll.ts';
import type { SecretBag } from '../platforms/types.ts';
import type { RoutingConfig } from '../routing/index.ts';
import type { Logger } from '../runtime/logger.ts';
import { nextRun } from './schedule.ts';

export interface PollTimerDeps {
  config: () => RoutingConfig;
  sources: () => readonly PollSource[];
  secrets: () => Promise<SecretBag>;
  run: (source: string) => Promise<unknown>;
  logger: Logger;
}

export interface PollTimers {
  /** Re-arms the timers for the current config (after a reload). */
  reload(): Promise<void>;
  stop(): void;
}

export async function startPollTimers(deps: PollTimerDeps): Promise<PollTimers> {
  let timers: NodeJS.Timeout[] = [];
  // A run that ends after a reload or stop must not re-arm a timer of the old generation.
  let generation = 0;
  const clear = () => {
    generation++;
    for (const t of timers) clearTimeout(t);
    timers = [];
  };

  const arm = async () => {
    clear();
    const current = generation;
    const secrets = await deps.secrets();
    const specs = deps.config().sources ?? [];
    deps.sources().forEach((source, i) => {
      const spec = specs[i];
      const missing = spec ? missingCredentials(POLL_CREDENTIALS[spec.type], secrets) : [];
      if (missing.length > 0) {
        deps.logger.warn('poll source not scheduled: credentials missing', { source: source.id, missing });
        return;
      }
      const schedule = spec?.schedule ?? source.defaultSchedule;
      const slot = timers.length;
      const fire = () => {
        deps
          .run(source.id)
          .catch((error) => deps.logger.error('poll failed', { source: source.id, error: String(error) }))
          .finally(() => {
            if (current === generation) next(new Date());
          });
      };
      const next = (after: Date) => {
        let at: Date;
        try {
          at = nextRun(schedule, after);
        } catch (error) {
          deps.logger.error('poll source not scheduled', { source: source.id, error: String(error) });
          return;
        }
        timers[slot] = setTimeout(fire, Math.max(0, at.getTime() - Date.now()));
      };
      // The first run at once: a fresh start should not wait a whole period.
      timers[slot] = setTimeout(fire, 0);
      deps.logger.info('poll source scheduled', { source: source.id, schedule });
    });
  };

  await arm();
  return { reload: arm, stop: clear };
}
