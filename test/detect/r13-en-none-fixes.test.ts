import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Rows above the guard comment were misread before these lexicon entries; the guards were read right
// before and still are.
describe('English: news, shares and headline questions', () => {
  it.each<[text: string, label: Label]>([
    ['Acme recalls 30,000 kettles over a faulty switch https://t.co/k3tt1e', 'none'],
    ['Lantern Water fined by the regulator over billing errors, Acme Energy next?', 'none'],
    ['Acme Pay outage: what we know so far. Live updates https://t.co/ap9', 'none'],
    ['ICYMI Acme and Brookline are merging. Here is what it means for your broadband', 'none'],
    ['Is the Acme Pro 5 worth it? We tested it for a month https://t.co/rv55', 'none'],
    ['Are meal kits actually cheaper than the supermarket? We did the maths', 'none'],
    ['Acme named best bank for app users three years running', 'none'],
    ['Acme app down for thousands of customers this morning https://t.co/dw2', 'none'],
    ['Acme tablets are 30% off until Monday if anyone was waiting for one', 'none'],
    ['How many of you still keep a landline? Genuinely curious', 'none'],
    ['Who else remembers when Acme phones had a headphone jack? 😭', 'none'],
    ['Acme Rail trains cancelled tonight because of the wind, check before you travel', 'none'],
    ['Acme Max leaks show a flat screen and no charger in the box', 'none'],
    ['Finished the whole season in one sitting on Acme, living dangerously at 3am', 'none'],
    ['switched to Acme broadband last week, honestly should have done it years ago', 'praise'],
    // Guards: a job post and a launch read right before, complaints beside the same frames, a
    // question put to the brand, food praised as it arrived.
    ['Acme is looking for a junior designer, fully remote, DMs open', 'none'],
    ['Acme ends support for the Series 3 watch next spring https://t.co/eo5', 'none'],
    ['Acme unveils its first foldable, on sale from Friday', 'none'],
    ['@Acme the new ad plays every five minutes on a paid plan?? ridiculous', 'complaint'],
    ['Acme rolls out an update and now my card does not work', 'complaint'],
    ['@Acme how many of you are actually working on the outage? 6 hours no internet', 'complaint'],
    ['nobody talks about how bad the Acme battery is', 'complaint'],
    ['@Acme is the new tariff out in Wales yet?', 'question'],
    ['pasta from Acme Eats arrived still piping hot, first time ever', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
