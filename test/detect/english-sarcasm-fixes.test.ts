import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Every row not marked as a guard was misread before these entries were added.

describe('English: sarcasm beside a harm told in plain words', () => {
  it.each<[text: string, label: Label]>([
    ['oh brilliant, Acme rescheduled my 8am appointment to 7pm. love that for me', 'complaint'],
    ['Acme courier left my parcel in a bush behind the bins. truly innovative', 'complaint'],
    ['Acme servers down on launch night, the gift that keeps on giving', 'complaint'],
    [
      'so glad I pay Acme £60 a month so my car can spend more time in the garage than on the road',
      'complaint',
    ],
    ['Acme hotel room with a view of the bins. what a time to be alive', 'complaint'],
    ['my knees are in my chest on this Acme flight, truly generous legroom', 'complaint'],
    ['£40 of roaming charges from Acme for one weekend in Spain. so thoughtful', 'complaint'],
    ["Acme's quick fix turned into a three-week saga. stellar work", 'complaint'],
    ['Acme t-shirt looked ten years old after a single wash. truly innovative', 'complaint'],
    ['Acme hiked prices for loyal customers. so generous of them', 'complaint'],
    ['Acme earbuds only lasted two weeks. premium quality', 'complaint'],
    // Guards: the same words where nothing went wrong.
    ['perfect timing, my Acme order arrived the day before my trip', 'praise'],
    ['took the scenic route along the coast in our Acme rental, stunning', 'praise'],
    ['Acme rescheduled my appointment without any fuss, lovely staff', 'praise'],
    ['my cat was hiding in a hedge all afternoon', 'none'],
    ['Italian craftsmanship at its finest, love my new Acme boots', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('English: thanks for a harm', () => {
  it.each<[text: string, label: Label]>([
    ['thanks Acme, the app rejected my photo ID again. incredible', 'complaint'],
    ['cheers Acme for wasting my whole Saturday, lovely', 'complaint'],
    [
      'cheers Acme, the peel burnt my skin and the shop said no returns on opened jars. amazing aftercare',
      'complaint',
    ],
    // Guard: thanks for what was asked for.
    ['thanks Acme for cancelling my subscription so quickly, no hassle', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('English: requests after praise', () => {
  it.each<[text: string, label: Label]>([
    ["Acme's new app is slick, would be 5/5 if I could pay with my watch", 'suggestion'],
    ["Acme's reader looks gorgeous. a night mode please", 'suggestion'],
    ["Acme's sync is flawless. Now if the web version had folders…", 'suggestion'],
    ["Acme's scones are elite, a vegan batch would make my weekend", 'suggestion'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('English: plain harms, and "zero" that negates', () => {
  it.each<[text: string, label: Label]>([
    ['used to love Acme, the portions are tiny now and everything costs extra', 'complaint'],
    ['Acme energy drink tastes like chemicals', 'complaint'],
    ['found out the hard way Acme only delivers on weekdays', 'complaint'],
    ['Acme driver was speeding the whole way, genuinely scared', 'complaint'],
    ['zero dropped calls since I moved to Acme', 'praise'],
    ['Acme really said zero communication is a strategy. impressive', 'complaint'],
    // Guards: "zero" in a name or a pledge negates nothing; before a chore spared it praises.
    ["Acme's zero sugar cola is my new favourite", 'praise'],
    ['council pledges net zero by 2030', 'none'],
    ['zero fuss, zero waiting, Acme nailed it', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

// "Heard of customer service?" asks nothing: it says there was none. The rows were misread before
// (a question; a complaint at 0.40 confidence; praise, "no refunds" weighing only as a loose "no").
describe('English: a rhetorical "heard of …?", being treated like a thief, "no refunds"', () => {
  it.each<[text: string, label: Label]>([
    ['Heard of quality control, Tollbox? Third charger this month', 'complaint'],
    ['Walked into Brightwell with my own receipt and was treated like a thief by the guard', 'complaint'],
    ['great, Homeway kettle leaking on day two and the shop says no refunds. fantastic', 'complaint'],
    // Guard: asking the crowd about a company stays a question to others.
    ['Has anyone heard of Acme? Thinking of switching', 'none'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });

  it('a complaint told as being treated like a thief is sure of itself', () => {
    expect(
      read('Walked into Brightwell with my own receipt and was treated like a thief by the guard').confidence,
    ).toBeGreaterThan(0.8);
  });
});
