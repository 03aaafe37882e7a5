import { createBeaconApp } from '../lib/app.ts';

createBeaconApp({ routing: {} }).app.synth();
