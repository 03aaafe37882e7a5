/** The routing config baked into a bundle at deploy, read without the YAML loader. */
import type { RoutingConfig } from './types.ts';

/** Replaced by esbuild `define` with the validated config as JSON when the Lambdas are bundled. */
declare const __BEACON_ROUTING__: RoutingConfig | undefined;

/** The baked config, if this code runs from a bundle that has one. */
export const bakedConfig = (): RoutingConfig | undefined =>
  typeof __BEACON_ROUTING__ !== 'undefined' && __BEACON_ROUTING__ ? __BEACON_ROUTING__ : undefined;

/** The baked config; a Lambda bundle always has one (the CDK app validates and bakes it). */
export function bakedRoutingConfig(): RoutingConfig {
  const config = bakedConfig();
  if (!config)
    throw new Error(
      'no routing config was baked into this bundle: deploy with `npm run synth` / `cdk deploy`',
    );
  return config;
}
