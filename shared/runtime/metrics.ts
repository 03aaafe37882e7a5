/**
 * Operational metrics as CloudWatch embedded-metric-format lines (Powertools Metrics), namespace
 * `Beacon`, dimensions `service` and `stage`: counts by one more dimension (MentionsProcessed by
 * outcome) and durations (AlertLatency). The local stack uses the silent sink.
 */
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';

export const METRICS_NAMESPACE = 'Beacon';
export const METRICS_SERVICE = 'beacon';

export interface MetricsSink {
  /** Emits `name` once per dimension value with its count; zero counts are skipped. */
  counts(name: string, dimension: string, counts: Readonly<Record<string, number>>): void;
  /** Emits one duration sample in milliseconds (CloudWatch computes percentiles from the samples). */
  durationMs?(name: string, ms: number): void;
}

export const silentMetrics: MetricsSink = { counts() {}, durationMs() {} };

export function cloudWatchMetrics(stage = process.env.BEACON_STAGE ?? 'dev'): MetricsSink {
  const metrics = new Metrics({
    namespace: METRICS_NAMESPACE,
    serviceName: METRICS_SERVICE,
    defaultDimensions: { stage },
  });
  return {
    counts(name, dimension, counts) {
      for (const [value, count] of Object.entries(counts)) {
        if (count > 0)
          metrics.singleMetric().addDimension(dimension, value).addMetric(name, MetricUnit.Count, count);
      }
    },
    durationMs(name, ms) {
      metrics.singleMetric().addMetric(name, MetricUnit.Milliseconds, Math.max(0, Math.round(ms)));
    },
  };
}
