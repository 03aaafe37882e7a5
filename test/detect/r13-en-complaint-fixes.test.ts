import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Every row not marked as a guard was misread before these entries.
describe('English: complaints told as a plain fact, a wait or a number', () => {
  it.each<[text: string, label: Label]>([
    ["@acme the router was supposed to arrive monday. it's friday now", 'complaint'],
    ['my acme speaker came back from repair with a new rattle', 'complaint'],
    ['acme keeps sending me the same link whenever I ask about my bill', 'complaint'],
    ['second replacement acme router in two months, this one drops too', 'complaint'],
    ['acme stream stuck on the loading wheel again during the match', 'complaint'],
    ['my acme parcel just vanished from the tracking page', 'complaint'],
    ['the acme smart plug turns itself off at random', 'complaint'],
    ['the acme gift box was empty when it arrived', 'complaint'],
    ['acme said 2 hour delivery. mine took 6', 'complaint'],
    ['acme app takes 40 seconds to load now', 'complaint'],
    ['the acme laptop hinge already feels loose', 'complaint'],
    // Guards: the same kind of fact told of a wait that went well, and of life.
    ['acme outage sorted, all good now. cheers', 'praise'],
    ['took the long way home to see the lights tonight', 'none'],
    ['my cousin is on her third coffee already', 'none'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('English: mild disappointment and verdicts without a strong word', () => {
  it.each<[text: string, label: Label]>([
    ['the new acme earbuds are just ok, nothing more', 'complaint'],
    ["acme's new season finale is whatever tbh", 'complaint'],
    ['the acme scooter looked better in the pictures', 'complaint'],
    ["hard pass on acme's new ad tier", 'complaint'],
    ['the acme buds used to be my go-to', 'complaint'],
    ["acme's lounge was nowhere near as comfy as the photos", 'complaint'],
    ['the acme rental van was far from clean', 'complaint'],
    ["wouldn't exactly call the acme help desk quick", 'complaint'],
    ["acme's new checkout is no improvement at all", 'complaint'],
    ["acme's new layout is a choice", 'complaint'],
    ['i miss when the acme app just opened', 'complaint'],
    // Guards: praise told with "still", "not gonna lie" and "upgrade".
    ['my acme jacket is still going strong after five winters', 'praise'],
    ['not gonna lie, the acme pizza is the best in town', 'praise'],
    ['the new acme watch is a huge upgrade over my old one', 'praise'],
    ["still can't get over how comfy the acme chair is", 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('English: sarcasm and promises against what came', () => {
  it.each<[text: string, label: Label]>([
    ["acme really said 'same day dispatch' and meant next week", 'complaint'],
    ['great another acme update that breaks my headphones', 'complaint'],
    // Guards: a question about the day's sky and a question to the brand.
    ['why is there a rainbow over the park today', 'none'],
    ['@acme what time does the store open on bank holidays?', 'question'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
