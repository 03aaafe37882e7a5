import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Every row above the guards was misread before these entries (the label it got is in the comment).
describe('English: sarcasm beside a harm, told with a closing verdict', () => {
  it.each<[text: string, label: Label]>([
    ['yay another update from Acme that breaks bluetooth. cheers lads', 'complaint'], // praise
    ['my Acme tablet decides to restart itself whenever i open a pdf. great timing always', 'complaint'], // praise
    ['Acme Post managed to lose the same parcel twice. talent honestly', 'complaint'], // none
    ['gotta hand it to Acme, takes real skill to lose the same form three times', 'complaint'], // none
    ['the Acme speaker updated itself overnight and forgot every playlist. loving this', 'complaint'], // praise
    ['love the new Acme update where nothing loads. so minimalist', 'complaint'], // praise
    // Guards: sincere praise with the same words and no harm beside them.
    ['great planning by the Acme team, the festival ran like clockwork', 'praise'],
    ['great planning @acme, the only lift broke and nobody came for 2 hours', 'complaint'],
    ['gotta hand it to Acme, on time every day this week', 'praise'],
    ['loving this new Acme app, ordering takes seconds', 'praise'],
    ['yay another Acme drop, the lilac one is gorgeous', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('English: praise that names a problem put right, and a plea to stay the same', () => {
  it.each<[text: string, label: Label]>([
    ['big shoutout to Acme Bank, flagged a fraud payment before I even noticed', 'praise'], // complaint
    ['Acme refunded me within 2 days after i sent it back, smooth', 'praise'], // complaint
    ['please never change @acme, best pasta in the city', 'praise'], // suggestion
    // Guard: the fraud itself, not caught.
    ['someone used my Acme card for a fraud payment and nobody picks up', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('English: wishes after praise, and questions that propose', () => {
  it.each<[text: string, label: Label]>([
    ['the Acme app is brilliant, a widget would be a massive win though', 'suggestion'], // praise
    ['@acme when will you roll out to Ashgrove? half the street wants it', 'suggestion'], // complaint
    ['is there any way you could keep the store open till 9 on fridays @acme?', 'suggestion'], // question
    ['is there a chance you could bring the lilac case back @acme?', 'suggestion'], // none
    // Guards: proposals already read so, questions about what exists, and praise with no wish.
    ['@acme is there a chance you will add more legroom seats on the Faro route?', 'suggestion'],
    ['what if you guys added a night mode @acme? just a thought', 'suggestion'],
    ['is there a chance my parcel arrives before friday @acme?', 'question'],
    ['what if you lose your Acme card abroad, what happens?', 'question'],
    ['the Acme app is brilliant, paying takes two taps', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('English: "love being…" beside a harm, and harms told as a bill or a bin', () => {
  it.each<[text: string, label: Label]>([
    ['Acme Energy billed me for an empty flat after we moved out in march', 'complaint'], // none
    ['so Acme Post put my parcel in a bin by the gate. cheers', 'complaint'], // praise
    // Guards: a harm the rules alone read as praise before (the whole detector did not), and
    // sincere "love being…" and "love getting…".
    ['love being kept waiting 40 mins by @acme', 'complaint'],
    ['love being part of the Acme family', 'praise'],
    ['love getting my Acme box early every month', 'praise'],
    ['love being able to sort any issue in the Acme app myself', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
