import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Rows above each guard comment were misread before these lexicon entries; the guards were read right
// before and still are.
describe('English: getting and owning the product, said with pleasure', () => {
  it.each<[text: string, label: Label]>([
    ['Just got my new Acme phone!', 'praise'],
    ['My new Acme laptop arrived today!!', 'praise'],
    ['Finally got my hands on the new Acme tablet', 'praise'],
    ["can't believe it's mine, picked up the Acme EV this morning", 'praise'],
    ['look what the postman brought 📦 my Acme speaker!', 'praise'],
    ['new laptop day!! went with the Acme Slim 14', 'praise'],
    ['unboxing my Acme headphones rn', 'praise'],
    ['finally treated myself to the Acme standing desk', 'praise'],
    ['just copped the Acme runners in white', 'praise'],
    ['pre-ordered the Acme X9 the minute it opened', 'praise'],
    ['Acme card came this morning and I feel fancy', 'praise'],
    ['upgraded to Acme fibre and everything loads instantly', 'praise'],
    ['early birthday gift to myself: an Acme camera', 'praise'],
    ['just ordered my new Acme watch!!', 'praise'],
    ['picked up the keys to my new Acme today 🔑', 'praise'],
    // Guards: owning told with a word of pleasure already read right.
    ['the Acme Fold 2 is finally mine 🥹', 'praise'],
    ['proud new owner of an Acme coffee machine ☕', 'praise'],
    ['too excited to sleep, my Acme console comes tomorrow', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('English: near misses of owning (logistics, selling, giving away, returning, asking)', () => {
  it.each<[text: string, label: Label]>([
    ['Acme router should be here Thursday', 'none'],
    ['selling my Acme tablet, barely used, collection only', 'none'],
    ['free to a good home: Acme kettle, works, we got a new one', 'none'],
    ["anyone want a spare Acme charger? doesn't fit my new one", 'none'],
    ['the Acme watch arrived today and it is not what I paid for', 'complaint'],
    ['returned the Acme headphones, the sound is muddy', 'complaint'],
    ['treated myself to a new Acme lipstick and it snapped in the tube', 'complaint'],
    ['Acme are selling my data to advertisers', 'complaint'],
    ['the Acme controller has developed drift after a month', 'complaint'],
    // Guards: a fault beside "just got", "finally got", "upgraded to"; a question about one's order;
    // launch news; friends asked which to buy; "sending it back" inside a longer complaint frame.
    ['just got my new Acme phone and the screen is already cracked', 'complaint'],
    ['finally got my Acme refund after six weeks of chasing', 'complaint'],
    ['upgraded to the new Acme app and now it crashes on launch', 'complaint'],
    ['just switched to Acme and now I have no signal at home', 'complaint'],
    ['my Acme controller drifts after two weeks', 'complaint'],
    ['@acme I ordered the X9 on Monday, when will it ship?', 'question'],
    ['Acme announces the X9, shipping in March', 'none'],
    ['Acme X9 or Acme X8 Pro, which should I get? help me decide', 'none'],
    [
      'Thanks Acme for marking my order delivered and then sending it back to the depot. Brilliant.',
      'complaint',
    ],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
