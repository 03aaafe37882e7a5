import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Detection } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Tovik', handles: ['tovik'], keywords: ['Tovik'] };

const cues = (d: Detection): string => JSON.stringify(d.cues.slice(0, 4));
const complains = (d: Detection): boolean => d.cues.some((c) => c.label === 'complaint');

describe('a word listed in two fields is read the same way in tags as in text', () => {
  it.each([
    ['#TooSalty', '#TooSalty'],
    ['#TooBig', '#TooBig'],
    ['ordered the soup again #TooSalty', '#TooSalty'],
  ])('"too" in a tag makes a neutral word a complaint: %s', (text, tag) => {
    const d = detect({ text }, brand);
    expect(d.label, cues(d)).toBe('complaint');
    expect(d.cues).toContainEqual(
      expect.objectContaining({ label: 'complaint', kind: 'pattern', text: tag }),
    );
  });

  it.each([['#TooGood'], ['#TooCute']])('"too" before praise in a tag stays praise: %s', (text) => {
    const d = detect({ text }, brand);
    expect(d.label, cues(d)).toBe('praise');
    expect(complains(d), cues(d)).toBe(false);
  });
});
