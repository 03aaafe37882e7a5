import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Rows above each guard comment were misread before these lexicon entries; the guards were read right
// before and still are.
describe('English: praise in social-network voice', () => {
  it.each<[text: string, label: Label]>([
    ['the Brightwave S3 camera is insane at night 🔥', 'praise'],
    ["had the Pellar watch for two weeks now and honestly can't go back", 'praise'],
    ['this Acme app just keeps getting better', 'praise'],
    ['huge fan of the new Acme playlist feature', 'praise'],
    ['the Acme bank app puts my old bank to shame', 'praise'],
    ['@acme 5G here is stupid fast now', 'praise'],
    ['the Acme scooter is so underrated', 'praise'],
    ['Acme laptop lasted 2 days without charging 🤯', 'praise'],
    ['Acme fries are built different', 'praise'],
    ['Acme devs really cooked with this patch', 'praise'],
    ['switched to Acme last spring and never looked back', 'praise'],
    ["Acme is finally adding dark mode and i'm so here for it", 'praise'],
    ['the Acme app update is a massive upgrade', 'praise'],
    ['Acme was clutch at the airport today', 'praise'],
    ['the Acme support team deserves an award', 'praise'],
    ['went from my old carrier to Acme, night and day difference', 'praise'],
    ['Acme just keeps delivering', 'praise'],
    ['Acme raised the bar again with this update', 'praise'],
    ['the Acme app had a huge glow up this year', 'praise'],
    ['Acme wins again, best coffee on the high street', 'praise'],
    // Guards: a fix beside "love to see it", a deal loved, "keeps", "dropped" and "again" as faults.
    ['Acme fixed the outage in 20 mins, love to see it', 'praise'],
    ['we love a good deal at Acme', 'praise'],
    ['Acme keeps crashing after the update', 'complaint'],
    ['my call with Acme just dropped again', 'complaint'],
    ['Acme keeps delivering to the wrong address', 'complaint'],
    ['the Acme savings rate went down again', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('English: near misses of social-network praise (slang complaints, irony, news)', () => {
  it.each<[text: string, label: Label]>([
    ['another Acme outage, we love to see it', 'complaint'],
    ['Acme used to be so much better', 'complaint'],
    ['pay more get less, thanks Acme', 'complaint'],
    ['Acme really out here charging me twice, goated behaviour', 'complaint'],
    ['the Acme update is so good it wiped my photos. 10/10', 'complaint'],
    ['Acme recalls 4,000 SUVs over a seat fault https://t.co/w', 'none'],
    ['Acme 2.0 rolls out to everyone this week with a new offline mode', 'none'],
    ['the dog went absolutely insane at the park today', 'none'],
    // Guards: "insane" of a price, "never going back" said of the brand.
    // ("insane" apart from its price word, "prices at Acme are insane", is left to the trained layer.)
    ['Acme prices are insane right now', 'complaint'],
    ['never going back to Acme, worst service ever', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
