import { fileURLToPath } from 'node:url';
import { loadRoutingConfigFile, type RoutingConfig } from '../../shared/routing/index.ts';

/** The managers' routing file, relative to the project rather than the working directory. */
export const PROJECT_ROUTING_FILE = fileURLToPath(new URL('../../config/routing.yaml', import.meta.url));

/**
 * Validate the routing file at synth, so an invalid file can never be deployed. Throws the routing
 * module's ConfigError, whose `format()` lists every problem with its line and column.
 */
export const loadRoutingForSynth = (file: string = PROJECT_ROUTING_FILE): RoutingConfig =>
  loadRoutingConfigFile(file);
