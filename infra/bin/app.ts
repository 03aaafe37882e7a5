import { ConfigError } from '../../shared/routing/index.ts';
import { createBeaconApp } from '../lib/app.ts';

try {
  createBeaconApp().app.synth();
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  // A manager's mistake, not a crash: print the line-numbered list alone and fail the synth.
  console.error(err.format());
  process.exit(1);
}
