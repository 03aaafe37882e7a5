/** The committed trained layer, compiled once at load (bundled with the code: no file read at run time). */
import { LinearModel, type Weights } from './linear.ts';
import weights from './weights.json' with { type: 'json' };

export const TRAINED: LinearModel = new LinearModel(weights as unknown as Weights);
