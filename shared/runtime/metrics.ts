/**
 * Operational metrics as CloudWatch embedded-metric-format lines (Powertools Metrics): counts by
 * one dimension, e.g. MentionsProcessed by outcome. The local stack uses the silent sink.
 */
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';

export interface MetricsSink {
  /** Emits `name` once per dimension value with its count; zero counts are skipped. */
  counts(name: string, dimension: string, counts: Readonly<Record<string, number>>): void;
}

export const silentMetrics: MetricsSink = { counts() {} };

export function cloudWatchMetrics(stage = process.env.BEACON_STAGE ?? 'dev'): MetricsSink {
  const metrics = new Metrics({ namespace: 'Beacon', serviceName: 'beacon', defaultDimensions: { stage } });
  return {
    counts(name, dimension, counts) {
      for (const [value, count] of Object.entries(counts)) {
        if (count > 0)
          metrics.singleMetric().addDimension(dimension, value).addMetric(name, MetricUnit.Count, count);
      }
    },
  };
}
