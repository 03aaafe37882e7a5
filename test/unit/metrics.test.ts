import { afterEach, describe, expect, it, vi } from 'vitest';
import { cloudWatchMetrics } from '../../shared/runtime/metrics.ts';

describe('cloudWatchMetrics', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
  });

  it('writes one embedded-metric-format line per dimension value, skipping zeros', () => {
    // With POWERTOOLS_DEV the lines go to the global console, where the test can read them.
    vi.stubEnv('POWERTOOLS_DEV', 'true');
    vi.stubEnv('POWERTOOLS_METRICS_DISABLED', 'false');
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: unknown) => {
      lines.push(String(line));
    });

    cloudWatchMetrics('prod').counts('MentionsProcessed', 'outcome', { opened: 3, dropped: 0, duplicate: 1 });

    const emf = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(emf).toHaveLength(2);
    expect(emf[0]).toMatchObject({
      outcome: 'opened',
      stage: 'prod',
      service: 'beacon',
      MentionsProcessed: 3,
    });
    expect(emf[1]).toMatchObject({ outcome: 'duplicate', MentionsProcessed: 1 });
    const aws = emf[0]?._aws as { CloudWatchMetrics: Array<{ Namespace: string; Dimensions: string[][] }> };
    expect(aws.CloudWatchMetrics[0]?.Namespace).toBe('Beacon');
    expect(aws.CloudWatchMetrics[0]?.Dimensions[0]).toEqual(expect.arrayContaining(['outcome', 'stage']));
  });

  it('writes a duration as milliseconds with the stage and service dimensions only', () => {
    vi.stubEnv('POWERTOOLS_DEV', 'true');
    vi.stubEnv('POWERTOOLS_METRICS_DISABLED', 'false');
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: unknown) => {
      lines.push(String(line));
    });

    cloudWatchMetrics('prod').durationMs?.('AlertLatency', 1234.4);

    const emf = JSON.parse(lines[0] ?? '{}') as Record<string, unknown>;
    expect(emf).toMatchObject({ stage: 'prod', service: 'beacon', AlertLatency: 1234 });
    const aws = emf._aws as {
      CloudWatchMetrics: Array<{ Dimensions: string[][]; Metrics: Array<{ Name: string; Unit: string }> }>;
    };
    expect(aws.CloudWatchMetrics[0]?.Dimensions[0]?.sort()).toEqual(['service', 'stage']);
    expect(aws.CloudWatchMetrics[0]?.Metrics).toEqual([{ Name: 'AlertLatency', Unit: 'Milliseconds' }]);
  });
});
