import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Rows above each guard comment were misread before these lexicon entries (as a suggestion or a
// complaint); the guards were read right before and still are.
describe('English: questions that ask for an action on the asker’s own booking, plan or account', () => {
  it.each<[text: string, label: Label]>([
    ['@acme would it be possible to move my renewal date to the 1st?', 'question'],
    ['hi, is it possible to get a refund for the second night? my plans changed', 'question'],
    ['would it be possible to get a refund on the unused nights? plans changed', 'question'],
    ['@acme could you send me a copy of my booking confirmation?', 'question'],
    ['can you extend my free trial by a week? been away', 'question'],
    ['could you guys let me know if my payment went through? ref 5521', 'question'],
    ['any chance my order could go to the shop instead?', 'question'],
    ['would you be able to deliver after 6 on thursday?', 'question'],
    ['is it too late to add a bag to my booking?', 'question'],
    // Guards: the same frames proposing a change to the product, and one whose reason is a fault.
    ['@acme would it be possible to add apple pay at checkout?', 'suggestion'],
    ['could you guys add a dark mode?', 'suggestion'],
    ['can you guys check why my order hasn’t shipped? it’s been 2 weeks', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('English: refunds, cancellations, charges and waits asked about', () => {
  it.each<[text: string, label: Label]>([
    ['how long does a refund usually take to reach a credit card?', 'question'],
    ['can I still cancel if the order says packing?', 'question'],
    ['will I be charged if I switch plans mid month?', 'question'],
    ['do you charge for cancelling within a day?', 'question'],
    ['how long is the wait time for a callback today?', 'question'],
    ['got a text about a parcel fee, is this actually you or a scam?', 'question'],
    ['hey is the promo code SPRING10 still valid?', 'question'],
    ['can I check in late if we land after midnight?', 'question'],
    ['do you do refunds on unopened boxes? I ordered the wrong size', 'question'],
    ['does the refund go back to my card or as a voucher?', 'question'],
    ['how do i cancel an order i placed by mistake?', 'question'],
    ['whats the latest i can cancel my table without paying?', 'question'],
    ['can I get a payment break on my loan? lost my job last week', 'question'],
    // Guards: refunds and cancellations that the company got wrong.
    ['how long does a refund take? it’s been 5 weeks and nothing @acme', 'complaint'],
    ['can I get a refund? the kettle broke after two uses', 'complaint'],
    ['this is a scam, charged me twice and no reply', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('English: existence, releases and restocks asked about; complaints asked with "ever"', () => {
  it.each<[text: string, label: Label]>([
    ['is there an option to pay quarterly?', 'question'],
    ['when is the next update coming out?', 'question'],
    ['does the new update add the lock screen widgets?', 'question'],
    ['will there be a restock of the 512gb?', 'question'],
    ['please can you tell me what time you open on sunday', 'question'],
    ['@acme is the wifi ever going to work in the east wing? third night now', 'complaint'],
    ['am I ever getting a callback? promised one twice', 'complaint'],
    // Guards: proposals said outright, a product line asked for, a question to other people.
    ['there should be an option to pay quarterly', 'suggestion'],
    ['do you have any plans to open in Glasgow?', 'suggestion'],
    ['anyone know if the acme x2 is worth it over the x1?', 'none'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
