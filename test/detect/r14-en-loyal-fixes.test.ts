import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Rows above each guard comment were misread before these lexicon entries; the guards were read right
// before and still are.
describe('English: loyalty, trust and repeat praise', () => {
  it.each<[text: string, label: Label]>([
    ['Acme is the only airline I trust with my kids', 'praise'],
    ['@acme came through again, swapped my seat in two minutes', 'praise'],
    ['Acme did it again, the new earbuds are even better', 'praise'],
    ['Acme knows how to look after people, free upgrade after one call', 'praise'],
    ['now that is how you do customer service, Acme', 'praise'],
    ['Acme got me through exam season 🙏', 'praise'],
    ['Acme bailed me out when my flight got cancelled', 'praise'],
    ['Acme is the reason I passed chemistry', 'praise'],
    ['Acme got us home after the strike', 'praise'],
    ['Acme always comes through when I am stuck at the airport', 'praise'],
    ['Acme had my back when my wallet got stolen', 'praise'],
    ['you can always count on Acme when the storm hits', 'praise'],
    ['Acme has always been there for me, nine years now', 'praise'],
    ['Acme earned my loyalty today', 'praise'],
    ['the only app I will ever use for budgeting is Acme', 'praise'],
    ['Acme treated us like family from check-in to checkout', 'praise'],
    ['Acme keeps knocking it out of the park', 'praise'],
    ['Acme delivering again, what a drop', 'praise'],
    ['Acme is my ride or die', 'praise'],
    ["I won't fly anything but Acme now", 'praise'],
    // Loyalty that ends, trust lost, and the same frames in irony.
    ['Acme knows how to treat customers... like walking wallets', 'complaint'],
    ['so much for loyalty, Acme', 'complaint'],
    ['I used to trust Acme with my savings', 'complaint'],
    ['never trusting Acme again', 'complaint'],
    ['Acme treats me like a cash machine', 'complaint'],
    ['Acme was great until the latest update', 'complaint'],
    ['Acme took the joy out of online shopping', 'complaint'],
    ['that was the last time I will ever use Acme', 'complaint'],
    ['a loyalty penalty, that is what Acme calls a renewal', 'complaint'],
    ['eight years with Acme and this is the thanks we get', 'complaint'],
    // Guards: "again" and "always" in complaints, "did it again" and "came through again" beside a
    // harm, the praise frame in irony beside a harm, a loyalty phrase the lexicon already knew.
    ['Acme down again, third time today', 'complaint'],
    ['Acme is always late with the bins', 'complaint'],
    ['Acme did it again, lost my parcel', 'complaint'],
    ['Acme came through again... with another surprise fee', 'complaint'],
    ['this is how you do customer service apparently: hang up on me', 'complaint'],
    ['Acme never lets me down', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
