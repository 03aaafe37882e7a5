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

describe('relabels teach: a repeated mistake is corrected on new posts of the same pattern', () => {
  const teach = (to: Relabel['to'], texts: string[]): Relabel[] =>
    texts.map((text, i) => relabel(text, detect({ text }, brand).label, to, `2026-02-0${i + 1}T00:00:00Z`));

  it.each<[string, Relabel['to'], string[], string[]]>([
    [
      'ironic "express delivery" is a complaint',
      'complaint',
      [
        'Acme express delivery strikes again, nine days for a parcel',
        'Acme express delivery: ordered Monday, arrived the Friday after next',
        'so the express delivery from Acme took two full weeks',
        'express delivery at Acme means you get it next month apparently',
      ],
      ['express delivery apparently means a fortnight', 'my express delivery is on a scenic tour of Europe'],
    ],
    [
      'slang "understood the assignment" is praise',
      'praise',
      [
        'the Acme night crew understood the assignment',
        'Acme oat latte understood the assignment every single time',
        'new Acme playlist in store understood the assignment',
        'honestly the loyalty app understood the assignment now',
      ],
      ['that pumpkin bread understood the assignment', 'the winter menu understood the assignment'],
    ],
    [
      '"… when" asks for a feature',
      'suggestion',
      [
        'Acme dark mode when',
        'Acme family plan when??',
        'offline maps in the app when',
        'price tracker when',
      ],
      ['apple pay support when', 'a widget for the lock screen when'],
    ],
  ])('%s', (_name, to, taught, fresh) => {
    for (const text of fresh) expect(detect({ text }, brand).label, text).not.toBe(to);
    const model = buildFeedbackModel(teach(to, taught));
    for (const text of fresh) {
      const d = detect({ text }, brand, model);
      expect(d.label, text).toBe(to);
      expect(d.cues.some((c) => c.kind === 'feedback' && c.label === to)).toBe(true);
    }
  });

  it("does not turn the brand's own name into a cue", () => {
    const model = buildFeedbackModel(
      teach('complaint', [
        'Acme express delivery strikes again, nine days for a parcel',
        'the Acme parcel tracker froze for days',
        'Acme shipping took two weeks',
        '@acme my voucher vanished',
      ]),
    );
    for (const text of [
      'Acme opens a new store in Leeds',
      'does Acme sell gift cards?',
      'thanks Acme, lovely staff today',
    ]) {
      expect(detect({ text }, brand, model).label, text).toBe(detect({ text }, brand).label);
    }
  });
});
