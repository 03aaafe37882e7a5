import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import { tokenize } from '../../shared/detect/text.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };
const cueTexts = (text: string): string[] => detect({ text }, brand).cues.map((c) => c.text);

describe('detect: the bracket smile "))" and frown "((", even right after a word', () => {
  it.each<[text: string, label: Label, cue: string]>([
    ['Третий день не могу дозвониться в Acme((', 'complaint', '(('],
    ['Уже неделю жду доставку от Acme (((', 'complaint', '((('],
    ['Acme перезвонили через пять минут и всё решили))', 'praise', '))'],
    ['Тиждень чекаю на посилку від Acme((', 'complaint', '(('],
    ["Acme'den sipariş verdim, hâlâ gelmedi (((", 'complaint', '((('],
  ])('%s → %s', (text, label, cue) => {
    const d = detect({ text }, brand);
    expect(d.label).toBe(label);
    expect(d.cues.map((c) => c.text)).toContain(cue);
  });

  it('is a face only where it is not a bracket', () => {
    expect(tokenize('смс((').map((t) => t.type)).toEqual(['word', 'emoticon']);
    expect(tokenize('((a+b))').some((t) => t.type === 'emoticon' && t.raw === '((')).toBe(false);
    // Brackets that close what the post opened are not a smile.
    expect(cueTexts('Acme sent the parts (both of them (finally))')).not.toContain('))');
    expect(cueTexts('Acme всё починили (быстро)))')).toContain(')))');
  });
});

describe('detect: a hashtag is read by the praise and complaint words in it', () => {
  it.each<[text: string, label: Label, cue: string]>([
    ['@acme took my order and cancelled it #SoRude', 'complaint', '#SoRude'],
    ['Two hours on hold with Acme #TerribleCustomerService', 'complaint', '#TerribleCustomerService'],
    ['Acme brought my laptop back in a day #AmazingSupport', 'praise', '#AmazingSupport'],
    ['Zwei Stunden in der Acme-Warteschleife #SchlechterService', 'complaint', '#SchlechterService'],
  ])('%s → %s', (text, label, cue) => {
    const d = detect({ text }, brand);
    expect(d.label).toBe(label);
    expect(d.cues.map((c) => c.text)).toContain(cue);
  });

  it('a tag with a negator and nothing polar says nothing went wrong', () => {
    const d = detect({ text: 'Acme latte art this morning #NoFilter' }, brand);
    expect(d.label).not.toBe('complaint');
    expect(d.cues.map((c) => c.text)).not.toContain('#NoFilter');
  });
});
