import { ConfigError } from '../../shared/routing/index.ts';
import { createBeaconApp } from '../lib/app.ts';

try {
  // BEACON_ROUTING_FILE names another routing file, as it does for the local stack.
  createBeaconApp({ routingFile: process.env.BEACON_ROUTING_FILE || undefined }).app.synth();
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  // A manager's mistake, not a crash: print the line-numbered list alone and fail the synth.
  console.error(err.format());
  process.exit(1);
}
