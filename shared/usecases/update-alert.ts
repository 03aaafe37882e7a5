import type { Alert } from '../domain/alert.ts';
import { type AlertStore, VersionConflict } from './ports.ts';

/**
 * Saves a change to the alert, retrying over a fresh read when someone else saved first. `known`, the
 * alert as just read or saved here, is tried first without reading it again.
 */
export async function updateAlert(
  alerts: AlertStore,
  alertId: string,
  change: (a: Alert) => Partial<Alert>,
  known?: Alert,
): Promise<Alert> {
  for (let attempt = 0; ; attempt++) {
    const current = attempt === 0 && known ? known : await alerts.get(alertId);
    if (!current) throw new Error(`alert ${alertId} not found`);
    const next = { ...current, ...change(current), version: current.version + 1 };
    try {
      await alerts.save(next);
      return next;
    } catch (error) {
      if (!(error instanceof VersionConflict) || attempt >= 4) throw error;
    }
  }
}
