import { describe, expect, it } from 'vitest';
import { weigh } from '../../shared/detect/decide.ts';
import { detect } from '../../shared/detect/index.ts';
import { readPost } from '../../shared/detect/read.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const acme: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };
const noBrand: BrandContext = { name: '', handles: [], keywords: [] };

// Each question row read as a complaint before: its problem words ("killed", "dead", "failure")
// made it "a complaint phrased as a question", though nobody in it has a grievance.
describe('a question about other people’s matters asks', () => {
  it.each<[text: string, label: Label]>([
    ['@filmmaker who killed the old king in the first film? the ending confused everyone', 'question'],
    ['@author was the dragon really dead at the end of book two, or did it survive?', 'question'],
    ['who betrayed the queen after her brother died?', 'question'],
    // Guards: a grievance names the poster, the one asked, a service or the brand, or has a frame.
    ['@Acme why did my parcel arrive broken again?', 'complaint'],
    ['why does the app crash every time I open the camera?', 'complaint'],
    ['why is the delivery so late again?', 'complaint'],
    ["what's the point of express shipping if it takes a week?", 'complaint'],
    ['why did the order get cancelled twice? still no answer from anyone', 'complaint'],
    ['Acme why was the refund rejected?', 'complaint'],
    ['@Acme why was I charged twice for one ticket?', 'complaint'],
    ['why is @SkyjetAir 3177 to Denver delayed tonight?', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(detect({ text }, acme).label).toBe(label);
    expect(detect({ text }, noBrand).label).toBe(label);
  });
});

describe('a first- or second-person word inside a phrase still speaks', () => {
  it.each<[text: string]>([['they charge me twice for everything'], ['what am I paying for']])(
    '%s',
    (text) => {
      const reading = readPost(text);
      expect(reading.evidence.personal).toBeGreaterThan(0);
      expect(reading.evidence.personalSentences & 1).toBe(1);
    },
  );

  it('a phrase with no such word adds none', () => {
    expect(readPost('what is the point of tracking').evidence.personal).toBe(0);
  });
});

// The rules read each proposal row as `none` before: "should" and "would" open questions at the
// start of a sentence ("Should I…?"), and that reading hid their request elsewhere.
describe('"should" and "would" ask for something where they do not open a question', () => {
  it.each<[text: string, label: Label]>([
    ['The app should remember my last delivery address', 'suggestion'],
    ['Every phone with touch buttons should vibrate when you press them', 'suggestion'],
    ['a dark theme would make reading at night much easier', 'suggestion'],
    ['the checkout should show the total before the last step', 'suggestion'],
    // Guards: opening a question, they ask.
    ['Would the Pro model fit in a normal pocket?', 'question'],
    ['Should the light on the router be blinking orange?', 'question'],
  ])('%s → %s', (text, label) => {
    expect(weigh(readPost(text).evidence).label).toBe(label);
    expect(detect({ text }, acme).label).toBe(label);
  });
});

// Each `none` row read as a question to the brand before: it asks a crowd ("anyone on…",
// "friends who…") or says the poster has never used the brand.
describe('English questions put to a crowd', () => {
  it.each<[text: string, label: Label]>([
    ['anyone on Acme broadband in Leeds? what speeds do you get at night?', 'none'],
    ['friends who shop at Acme, do they still take cash?', 'none'],
    ['is Acme cheaper than a taxi from the airport? never used it', 'none'],
    // Guard: the same question put to the brand.
    ['@Acme do you still take cash at the counter?', 'question'],
  ])('%s → %s', (text, label) => {
    expect(detect({ text }, acme).label).toBe(label);
    expect(detect({ text }, noBrand).label).toBe(label);
  });
});
