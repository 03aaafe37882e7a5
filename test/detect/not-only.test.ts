import { describe, expect, it } from 'vitest';
import { weigh } from '../../shared/detect/decide.ts';
import { readPost } from '../../shared/detect/read.ts';

/** The complaint cues the rules found in a post, and their label. */
const read = (text: string) => {
  const w = weigh(readPost(text).evidence);
  return { label: w.label, complaints: w.hits.filter((h) => h.label === 'complaint').map((h) => h.text) };
};

// "Not only X" praises X more, it does not deny it. Every row but the Japanese one (a guard: "だけでなく"
// never negated) read the word after "not only" as a negated praise before (a complaint cue such as
// "Nicht … günstig"); the German, Persian and English rows were read as complaints.
describe('"not only" intensifies what follows, in every language that writes it with a negator', () => {
  it.each<[text: string]>([
    ['not just friendly, fast too'],
    ['Nicht nur günstig, auch lecker'],
    ['Nicht nur schnell, auch freundlich'],
    ['Non seulement rapide, mais aimable'],
    ['Niet alleen snel, ook vriendelijk'],
    ['Не только быстро, но и вежливо'],
    ['Не тільки швидко, а й ввічливо'],
    ['Όχι μόνο γρήγοροι, αλλά και ευγενικοί'],
    ['לא רק מהיר, גם אדיב'],
    ['نه تنها ارزان، بلکه خوشمزه'],
    ['نه فقط سریع، بلکه مودب'],
    ['न केवल सस्ता, बल्कि स्वादिष्ट भी'],
    ['不仅便宜，而且好吃'],
    ['安いだけでなく、おいしい'],
    ['არა მარტო იაფი, არამედ გემრიელიც'],
  ])('%s', (text) => {
    expect(read(text)).toEqual({ label: 'praise', complaints: [] });
  });

  it.each<[text: string, label: string]>([
    ['Nicht günstig und nicht lecker', 'complaint'],
    ['The app is not fast', 'complaint'],
    ['Не быстро и не вежливо', 'complaint'],
  ])('guard: a plain negation still denies: "%s"', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
