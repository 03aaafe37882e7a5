import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

/** text, expected label, a cue text of that label that must explain it (case-insensitive). */
type Case = [text: string, label: Label, cue?: string];

function expectRead(text: string, label: Label, cue?: string): void {
  const d = detect({ text }, brand);
  expect(d.label, `${text} → ${JSON.stringify(d.cues.slice(0, 4))}`).toBe(label);
  if (cue !== undefined) {
    expect(
      d.cues.filter((c) => c.label === label).map((c) => c.text.toLowerCase()),
      text,
    ).toContainEqual(expect.stringContaining(cue));
  }
}

describe('English vocabulary: praise in slang, verdicts and plain reports', () => {
  it.each<Case>([
    ['the new burger menu slaps, no notes', 'praise', 'slaps'],
    ['their wings are goated fr', 'praise', 'goated'],
    ['honestly the tacos were bussin', 'praise', 'bussin'],
    ['top tier customer service, the agent sorted everything in five minutes', 'praise', 'top tier'],
    ['the croissants here are out of this world', 'praise', 'out of this world'],
    ['refund came through the next morning, no questions asked', 'praise', 'refund came through'],
    ['been with this bank ten years and never had a single problem', 'praise', 'never had a single problem'],
    ["hands down the comfiest trainers I've ever owned", 'praise', 'comfiest'],
    ['my new earbuds work like a charm and the battery lasts all day', 'praise', 'like a charm'],
    ['the installer went the extra mile and even tidied up after himself', 'praise', 'extra mile'],
    ['this serum cleared up my skin in a month, holy grail', 'praise', 'holy grail'],
    ['the flight crew made my nervous mum feel so at ease', 'praise', 'at ease'],
    ['the bank sorted my fraud claim same day, cannot praise them enough', 'praise', 'praise them enough'],
    ["can't believe how good this budget phone is", 'praise', "can't believe how good"],
    ['their support chat actually fixed my issue in one go', 'praise', 'fixed my issue'],
    ['gotta say the new menu is a big improvement', 'praise', 'big improvement'],
    ['ngl the new headphones go hard', 'praise', 'go hard'],
  ])('%s → %s', expectRead);
});

describe('English vocabulary: complaints in slang, insults and reports without adjectives', () => {
  it.each<Case>([
    ['the new season is so mid', 'complaint', 'so mid'],
    ["waiter spilled wine on my jacket and didn't even apologise", 'complaint', 'apologise'],
    ["they sent me someone else's order", 'complaint', "someone else's"],
    ['this hoodie shrank after one wash', 'complaint', 'shrank'],
    ['the hotel was an absolute dump, musty carpets and bedbugs', 'complaint', 'dump'],
    ['the staff were condescending and dismissive', 'complaint', 'condescending'],
    ['charging £9 for a sandwich is daylight robbery', 'complaint', 'daylight robbery'],
    ['they ghosted me after I sent the photos of the damage', 'complaint', 'ghosted'],
    ['my card got declined at the till and the bank froze my account', 'complaint', 'froze my account'],
    ['the bus just drove past me at the stop', 'complaint', 'drove past me'],
    ['they closed the branch and now the nearest one is 30 miles away', 'complaint', 'closed the branch'],
    ['my laptop fan sounds like a jet engine', 'complaint', 'jet engine'],
    ['parcel arrived crushed and the mug inside was smashed to pieces', 'complaint', 'arrived crushed'],
    ['staff were clueless about their own return policy', 'complaint', 'clueless'],
  ])('%s → %s', expectRead);
});

describe('English vocabulary: feature requests without "please"', () => {
  it.each<Case>([
    ['Keeping the draft when I exit the editor would save me the hassle', 'suggestion', 'would save me'],
    ['Ensure the reader remembers the last page I was on', 'suggestion', 'ensure'],
    ['Sync the watchlist across the phone and the TV', 'suggestion', 'sync'],
    ['Restore the old home screen layout', 'suggestion', 'restore'],
    ['Might be worth adding a live chat to the website', 'suggestion', 'worth adding'],
  ])('%s → %s', expectRead);
});

describe('English vocabulary: sentences that open with an imperative but request nothing', () => {
  it.each<Case>([
    ['Let me tell you about our trip to the coast', 'none'],
    ['Make sure you pack a raincoat for the weekend', 'none'],
    ['Support your local bookshop this Saturday', 'none'],
  ])('%s → %s', expectRead);
});
