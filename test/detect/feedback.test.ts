import { describe, expect, it } from 'vitest';
import { buildFeedbackModel, detect } from '../../shared/detect/index.ts';
import type { BrandContext, Relabel } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const relabel = (
  text: string,
  from: Relabel['from'],
  to: Relabel['to'],
  at = '2026-01-01T00:00:00Z',
): Relabel => ({
  text,
  from,
  to,
  at,
  by: 'U123',
});

describe('buildFeedbackModel', () => {
  const post = 'The new Acme kettle whistles like a freight train';

  it('makes a corrected post come out with the corrected type next time', () => {
    const before = detect({ text: post }, brand);
    expect(before.label).not.toBe('complaint');
    const model = buildFeedbackModel([relabel(post, before.label, 'complaint')]);
    const after = detect({ text: post }, brand, model);
    expect(after.label).toBe('complaint');
    expect(after.cues[0]).toMatchObject({ label: 'complaint', kind: 'feedback' });
  });

  it('recognises the same post again despite case, spacing, punctuation and links', () => {
    const model = buildFeedbackModel([relabel(post, 'none', 'complaint')]);
    const again = detect(
      { text: `  the new ACME kettle whistles like a freight train!! https://t.co/x` },
      brand,
      model,
    );
    expect(again.label).toBe('complaint');
  });

  it('leans similar posts towards the corrected type through their shared words', () => {
    const model = buildFeedbackModel([
      relabel(post, 'none', 'complaint'),
      relabel(
        'My kettle whistles all night, freight train noise',
        'none',
        'complaint',
        '2026-01-02T00:00:00Z',
      ),
    ]);
    const similar = detect({ text: 'kettle whistles like a freight train again' }, brand, model);
    expect(similar.label).toBe('complaint');
    expect(similar.cues.some((c) => c.kind === 'feedback' && c.text.includes('freight train'))).toBe(true);
  });

  it('leaves unrelated posts alone', () => {
    const model = buildFeedbackModel([relabel(post, 'none', 'complaint')]);
    const text = 'Does anyone know when the store opens?';
    expect(detect({ text }, brand, model)).toEqual(detect({ text }, brand));
  });

  it('lets the latest relabel of a post win', () => {
    const model = buildFeedbackModel([
      relabel(post, 'none', 'praise', '2026-01-03T00:00:00Z'),
      relabel(post, 'none', 'complaint', '2026-01-01T00:00:00Z'),
    ]);
    expect(detect({ text: post }, brand, model).label).toBe('praise');
  });

  it('never overrides the rule that a brand post is not a moment of truth', () => {
    const model = buildFeedbackModel([relabel(post, 'none', 'complaint')]);
    expect(detect({ text: post, author: { isBrand: true } }, brand, model).label).toBe('none');
  });
});
