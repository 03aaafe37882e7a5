import { describe, expect, it } from 'vitest';
import {
  expectedCalibrationError,
  fitTemperature,
  type Scored,
  softmax,
} from '../../shared/detect/model/calibrate.ts';

/** Two-label predictions whose logits say 0.95 when the winner is right only `rightShare` of the time. */
function overconfident(n: number, rightShare: number): Scored[] {
  const out: Scored[] = [];
  const margin = Math.log(0.95 / 0.05);
  for (let i = 0; i < n; i++) out.push({ logits: [margin, 0], gold: i < n * rightShare ? 0 : 1 });
  return out;
}

describe('fitTemperature', () => {
  it('softens overconfident logits until the score matches the share right', () => {
    const items = overconfident(100, 0.7);
    const t = fitTemperature(items);
    expect(t).toBeGreaterThan(1);
    const p = softmax([Math.log(0.95 / 0.05), 0], t, new Float64Array(2));
    expect(p[0]).toBeCloseTo(0.7, 2);
  });

  it('sharpens underconfident logits', () => {
    const items: Scored[] = [];
    for (let i = 0; i < 100; i++) items.push({ logits: [0.4, 0], gold: i < 97 ? 0 : 1 });
    expect(fitTemperature(items)).toBeLessThan(1);
  });

  it('is deterministic and 1 with nothing to fit', () => {
    const items = overconfident(50, 0.6);
    expect(fitTemperature(items)).toBe(fitTemperature(items));
    expect(fitTemperature([])).toBe(1);
  });
});

describe('expectedCalibrationError', () => {
  it('is 0 when each bin is right as often as it says', () => {
    const preds = [...Array.from({ length: 10 }, (_, i) => ({ confidence: 0.85, correct: i < 8 }))];
    // 8 of 10 right at 0.85 → |0.85 − 0.8| = 0.05.
    expect(expectedCalibrationError(preds)).toBeCloseTo(0.05, 4);
    const exact = Array.from({ length: 4 }, (_, i) => ({ confidence: 0.75, correct: i < 3 }));
    expect(expectedCalibrationError(exact)).toBe(0);
  });

  it('weighs each bin by its share of the posts', () => {
    const preds = [
      { confidence: 0.95, correct: false },
      { confidence: 0.35, correct: false },
      { confidence: 0.35, correct: true },
      { confidence: 0.35, correct: false },
    ];
    // bin 0.9: gap 0.95 (1 post); bin 0.3: gap |0.35 − 1/3| (3 posts).
    expect(expectedCalibrationError(preds)).toBeCloseTo((0.95 + 3 * (0.35 - 1 / 3)) / 4, 4);
  });
});
