import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Rows above each guard comment were misread before these lexicon entries; the guards were read right
// before and still are.
describe('English: feelings about one’s own life, with the product only in the scene', () => {
  it.each<[text: string, label: Label]>([
    ['honestly I hate mondays. sat on the Acme bus with my eyes shut', 'none'],
    ['parenting fail: sent the kid to school in odd shoes', 'none'],
    ['broke my wrist falling off a skateboard at 34, I deserve this', 'none'],
    ['worst day ever. flat tyre, rain, and my sandwich was soggy', 'none'],
    ['i messed up the quiz answer and my team will never forgive me', 'none'],
    ['what a day. my feet hurt and I have no voice left', 'none'],
    ['the motorway was a car park again tonight, these roads are hopeless', 'none'],
    ["she's worth it though, new cot built in under an hour", 'none'],
    ['tired of being ill, third week on the sofa', 'none'],
    ['that song has been stuck in my head for three days, I hate it', 'none'],
    ['worst migraine in years, lying in the dark', 'none'],
    ['colleague brought in homemade brownies and now I love mondays', 'none'],
    // Guards: life posts read right before.
    ['my son passed his driving test first time, so proud of my boy', 'none'],
    ['I hate mondays, the kettle broke and the cat is sulking', 'none'],
    ["forgot mum's birthday. i'm the worst", 'none'],
    ['slept through my alarm and had to run for it, what a start', 'none'],
    ['best day ever at the beach with the kids and grandma', 'none'],
    ['rough day at work, my manager changed the deadline twice', 'none'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('English: near misses, the company judged beside the weather, sport or a life event', () => {
  it.each<[text: string, label: Label]>([
    ['the one day it pours down and Acme leaves my parcel on the step', 'complaint'],
    ['the one day it rains Acme leaves my parcel outside the gate', 'complaint'],
    ['watched the whole final on Acme TV without a single glitch', 'praise'],
    ['I messed up my order, @acme can you change the address?', 'question'],
    // Guards: complaints, praise and questions beside the new topic words, read right before.
    ['worst day ever, Acme lost my luggage and nobody at the desk cares', 'complaint'],
    ['@acme my broadband keeps dropping every evening, when will it be fixed?', 'complaint'],
    ['Acme broadband has been off since the storm, three days now and no engineer', 'complaint'],
    ['love my dog and love the Acme bed I got him, he sleeps all night now', 'praise'],
    ['best purchase this winter: the Acme heater, warm in minutes', 'praise'],
    ['the Acme heater broke on the coldest night of the year', 'complaint'],
    ['kids were sick after eating Acme nuggets, never again', 'complaint'],
    ['@acme is the match on the sports pass tonight?', 'question'],
    ['hate mondays even more now Acme cancelled the 7:40 again', 'complaint'],
    ['bank holiday and Acme cancelled my delivery with no warning, fridge is empty', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
