import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Every row but the guards was misread before these entries.

describe('English: thanks and sarcasm that name the harm', () => {
  it.each<[text: string, label: Label]>([
    ['cheers Acme, the shop says it cannot refund a kettle that caught fire. top customer care', 'complaint'],
    ['thank you Acme for banning my account over nothing, so thoughtful', 'complaint'],
    ["thanks Acme for the lovely email saying you won't refund a jacket that fell apart", 'complaint'],
    ['Acme suspended my account for no reason, thanks a bunch, super useful', 'complaint'],
    ['thanks Acme for closing my ticket without reading it. fantastic support', 'complaint'],
    ['great, Acme moved my flight to 5am. the gift that keeps on giving', 'complaint'],
    ['surge pricing at 2am because it drizzled, cheers Acme', 'complaint'],
    // Guards: the thanks and the praise are meant.
    ['thanks Acme, the refund came through in two days', 'praise'],
    ['a steal at that price, Acme never misses', 'praise'],
    ['Acme, good times at the pub last night, great staff', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('English: questions that name the harm', () => {
  it.each<[text: string, label: Label]>([
    ['Acme how did my bill go up when I was away for a month?', 'complaint'],
    ['Acme why did my skin break out from the new cleanser', 'complaint'],
    // Guard: a fee asked about plainly.
    ['is there a fee for paying by card?', 'question'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('English: requests, slang questions, idioms and life told in passing', () => {
  it.each<[text: string, label: Label]>([
    ["Acme add more sizes please, half my friends can't fit the jeans", 'suggestion'],
    ["Acme stock more of the oat milk please, it's always gone by noon", 'suggestion'],
    ['yo Acme is the meal deal back or nah', 'question'],
    ['the chocolate tart stole the show at Acme last night', 'praise'],
    ["who's complaining, Acme fries and a sunny bench", 'praise'],
    ["I hate it here, third monday in a row it's raining and I've got no umbrella", 'none'],
    // Guards: everyday words in a post about the service.
    ['Acme lost my bag on the girls trip, still no word', 'complaint'],
    ['counting the days till our Acme cabin weekend with the girls', 'none'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('English: offers read as offers', () => {
  it.each<[text: string, label: Label]>([
    ['Acme winter menu: 3 for 2 on all hot drinks this weekend only, no code needed', 'none'],
    ['Acme broadband for £15 a month for the first three months, switch today', 'none'],
    // Guard: a bargain the poster is glad of.
    ['got my trainers half price in the Acme sale, so happy', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
