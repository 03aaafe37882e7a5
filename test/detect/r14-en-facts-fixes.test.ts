import { describe, expect, it } from 'vitest';
import { weigh } from '../../shared/detect/decide.ts';
import { detect } from '../../shared/detect/index.ts';
import { readPost } from '../../shared/detect/read.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Every row not marked as a guard was misread before these entries. Digits are dropped by the
// tokenizer, so "said 48 hours" is read as "said hours": the words around a number carry it.
describe('English: complaints told as plain facts (promises, counts, charges, waits)', () => {
  it.each<[text: string, label: Label]>([
    ["acme said 48 hours, it's been 96", 'complaint'],
    ["acme support said two weeks. we're well past that", 'complaint'],
    ["acme said they'd fix the leak on tuesday. water still coming through", 'complaint'],
    ['sixth call to acme this week', 'complaint'],
    ['4th attempt to log in to acme banking today', 'complaint'],
    ['acme billed me for a renewal i turned off in may', 'complaint'],
    ['acme billed £60 instead of £25 this month', 'complaint'],
    ['acme still seeing ads after I paid for the no-ads plan', 'complaint'],
    ['my suitcase went to Rome with acme. I went to Dublin', 'complaint'],
    ['acme status page says all systems operational. nothing loads', 'complaint'],
    ['my parcel from acme has been sitting in customs since the 4th', 'complaint'],
    ['the acme website swears it was posted. the post office says it was never sent', 'complaint'],
    ['acme home wifi drops every evening, internet drops at 8 on the dot', 'complaint'],
    ['acme sent my new card to my old address', 'complaint'],
    ['the acme printer at work says paper jam every single morning', 'complaint'],
    ['acme hotel gave our room away, we arrived at 9pm', 'complaint'],
    ['acme support page takes minutes to open', 'complaint'],
    // Guards: the same words in praise, in life and in a count that is not a grievance.
    ["the acme rep told me it'd be sorted in a day and it was. legends", 'praise'],
    ['I was told the acme burger was good and wow it really is', 'praise'],
    ['our third call with the acme sales team went great, signing next week', 'praise'],
    ["my nan said she'd knit me a scarf this winter", 'none'],
    ['it is now officially summer in the acme garden centre', 'none'],
    ['fifth call to acme about the same broken meter', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('English: facts that are fine — a promise beaten, orders on their way, sales, news, friends asked', () => {
  it.each<[text: string, label: Label]>([
    ['acme said a week, it came in 2 days!!', 'praise'],
    ['acme order just shipped, should be here by thursday', 'none'],
    ['selling my acme tablet, 1 year old, works perfectly, dm if interested', 'none'],
    ['acme bike barely used, open to offers', 'none'],
    ['acme raising prices by $3 from june, per the email', 'none'],
    ['acme is raising the price of its basic plan by a dollar, the company said', 'none'],
    ['acme or zeno for a first phone? asking for my brother', 'none'],
    ['did anyone get the acme voucher email today?', 'none'],
    // Guards: pleasure with the same frames, a plain question to friends, a plan told in passing.
    ['acme delivered a day early, nice', 'praise'],
    ['acme 7 or zeno 4, which should i get for my dad?', 'none'],
    ["the acme store said they'd have it in by friday so I'll go back then", 'none'],
    ['acme laptop on a payment plan, interest free for a year', 'none'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

// A count the rules weigh weakly ("on my 4th", since "on my 4th coffee" is life): retrained with the fifteenth round, the trained layer reads it as `none`.
describe('read right by the rules, now `none` for the trained layer', () => {
  it.each<[text: string, label: Label]>([['on my 4th acme phone charger this year', 'complaint']])(
    '%s → %s',
    (text, label) => {
      expect(weigh(readPost(text).evidence).label).toBe(label);
    },
  );
});
