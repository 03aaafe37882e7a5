import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { createBeaconApp } from '../../infra/lib/app.ts';

const require = createRequire(import.meta.url);

/** Flags Beacon sets otherwise on purpose, in infra/lib/app.ts, with the reason there. */
const KEPT_OTHERWISE: Record<string, unknown> = { '@aws-cdk/core:defaultCrossStackReferences': 'strong' };

describe('cdk.json', () => {
  const recommended = require('aws-cdk-lib/recommended-feature-flags.json') as Record<string, unknown>;
  const context = (JSON.parse(readFileSync('cdk.json', 'utf8')) as { context: Record<string, unknown> })
    .context;

  it('sets every feature flag the installed aws-cdk-lib recommends, to the recommended value', () => {
    expect(Object.keys(recommended).length).toBeGreaterThan(50);
    const expected = Object.fromEntries(
      Object.entries(recommended).filter(([flag]) => !(flag in KEPT_OTHERWISE)),
    );
    expect(context).toMatchObject(expected);
  });

  it('leaves the deliberate exceptions to the app, which cdk.json would otherwise override', () => {
    for (const flag of Object.keys(KEPT_OTHERWISE)) expect(context).not.toHaveProperty([flag]);
    const { app } = createBeaconApp({ context: { 'aws:cdk:bundling-stacks': [] } });
    for (const [flag, value] of Object.entries(KEPT_OTHERWISE))
      expect(app.node.tryGetContext(flag)).toBe(value);
  });
});
