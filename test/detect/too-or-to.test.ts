import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import { readPost } from '../../shared/detect/read.ts';
import type { BrandContext } from '../../shared/domain/detection.ts';

const acme: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

/** The "too" cues (`excess`) the rules found in a post. */
const tooCues = (text: string): string[] =>
  readPost(text)
    .evidence.hits.filter((h) => h.excess === true)
    .map((h) => h.text);

// Each "to" row had a "too" cue before: "zu Hause" read as "too home", "zu machen" as "too do".
describe('German "zu" and Dutch "te" before a noun or an infinitive mean "to"', () => {
  it.each<[text: string]>([
    ['Die App hilft mir, nach der Operation zu Hause weiter zu trainieren. Danke!'],
    ['Endlich schaffe ich es, jeden Tag Übungen zu machen, super App'],
    ['Wir sind zu Fuß hingegangen und wollten nur etwas zu essen'],
    ['Altijd leuk om daar iets nieuws te ontdekken'],
  ])('%s', (text) => {
    expect(tooCues(text)).toEqual([]);
  });

  it.each<[text: string, cue: string]>([
    ['Die Sitze sind zu eng', 'zu eng'],
    ['Der Bus kommt viel zu selten', 'zu selten'],
    ['De mouwen zijn te kort', 'te kort'],
  ])('guard: "%s" still says "too"', (text, cue) => {
    expect(tooCues(text)).toEqual([cue]);
  });

  it('a German post of thanks that trains "zu Hause" is praise', () => {
    expect(
      detect({ text: 'Die App hilft mir, nach der Operation zu Hause weiter zu trainieren. Danke!' }, acme)
        .label,
    ).toBe('praise');
  });
});
