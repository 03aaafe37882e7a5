import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import { emojiCue, FELT_EMOJI, TURNING_FACES } from '../../shared/detect/lexicon/universal.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

/** One test per row: the post, read with the brand, gets the label. */
const readsAs = (rows: [text: string, label: Label][]): void =>
  it.each(rows)('%s → %s', (text, label) => {
    expect(detect({ text }, brand).label).toBe(label);
  });

// Emoji that say how strongly something is felt take the side of the post's words: the rows above
// each guard comment were misread before; the guards were read right before and still are.
describe('felt emoji take the side of the words beside them', () => {
  readsAs([
    // Loud crying beside praise is joy.
    ['the new Acme camera is so good 😭😭', 'praise'],
    ['acme support just made my whole week 😭💕', 'praise'],
    ['ok the Acme dark mode is beautiful 😭😭', 'praise'],
    ['the Acme x2 is perfect 😭', 'praise'],
    // A laugh, a sigh or a bittersweet smile alone says nothing of a company.
    ['lmao acme 😂😂😂', 'none'],
    ['the acme guy in the commercial 🤣🤣🤣', 'none'],
    ['acme really named it the X-Bean 😂', 'none'],
    ['exam tomorrow 😩', 'none'],
    ['bye summer 🥲', 'none'],
    // Guards: beside a harm, or in irony, tears are grief; beside praise, a sigh is delight.
    ['my Acme order finally came 😭😭 I love it', 'praise'],
    ['la nueva cámara de Acme es una pasada 😭', 'praise'],
    ['this Acme burger is so good 😩', 'praise'],
    ['Acme lost my parcel again 😭', 'complaint'],
    ['oh great, acme app logged me out again 😭', 'complaint'],
    ['Acme sent the wrong size again 😭 love that for me', 'complaint'],
    ['Acme lost my bag again 😂', 'complaint'],
    ['@acme 😭😭', 'complaint'],
  ]);

  it('counts them for praise beside praise words; alone, tears weigh less and a laugh nothing', () => {
    const joy = detect({ text: 'Acmeの新しいカメラ最高すぎる😭' }, brand);
    expect(joy.cues.filter((c) => c.text === '😭').map((c) => c.label)).toEqual(['praise']);
    const tears = detect({ text: '😭' }, brand).cues.find((c) => c.text === '😭');
    expect(tears?.label).toBe('complaint');
    expect(tears?.weight).toBeLessThan(1);
    expect(detect({ text: '😂' }, brand).cues.some((c) => c.text === '😂')).toBe(false);
  });

  it('lists only emoji that have a cue of their own to keep or turn', () => {
    for (const e of FELT_EMOJI.keys()) expect(emojiCue(e), e).toBeDefined();
  });
});

// The upside-down face is irony wherever it stands: the rows above the guard comment read as praise
// before it turned the praise beside it.
describe('the upside-down face turns the praise beside it', () => {
  readsAs([
    ['great job Acme 🙃', 'complaint'],
    ['thanks Acme, really appreciate it 🙃', 'complaint'],
    ['love the new Acme update 🙃', 'complaint'],
    // Guards: read right before as well.
    ['Acme support is so fast 🙃 three days and counting', 'complaint'],
    ['Acme lost my parcel 🙃', 'complaint'],
    ["Acme's new app looks amazing 😍", 'praise'],
  ]);
});

// A party popper alone announces a sale, a launch or a wedding as often as it praises.
describe('a party popper takes the side of the words beside it', () => {
  readsAs([
    ['🎉🎉 Acme summer sale starts Friday', 'none'],
    ['new Acme store opening downtown 🎉', 'none'],
    // Guards: beside praise they still praise, beside a harm they do not.
    ['Acme fixed my router in ten minutes 🎉', 'praise'],
    ['love my new Acme headphones 💕', 'praise'],
    ['Acme lost my parcel again 🎉', 'complaint'],
  ]);
});

// Rolled eyes are irony as the upside-down face is (33 of the corpus's 45 posts with 🙄 complain,
// none praises): the first row read as praise before they turned the praise beside them.
describe('rolled eyes turn the praise beside them', () => {
  readsAs([
    ['thanks so much Acme, really appreciate it 🙄', 'complaint'],
    // Guards: read right before as well.
    ['great job on the update Acme 🙄', 'complaint'],
    ['my sister says the new Acme phone is amazing 🙄 she says that about everything', 'none'],
    ['Acme support sorted it in minutes 👍', 'praise'],
  ]);
});

// Every face that turns praise, read from the one set `decide.ts` reads.
describe('faces that turn the praise beside them', () => {
  it.each([...TURNING_FACES])(
    '%s weighs as a full complaint and leaves the praise under half its weight',
    (face) => {
      const cues = detect({ text: `thanks so much Acme, really appreciate it ${face}` }, brand).cues;
      expect(cues.find((c) => c.text === face)).toMatchObject({ label: 'complaint', weight: 1 });
      const praise = cues.filter((c) => c.label === 'praise');
      expect(praise.length).toBeGreaterThan(0);
      expect(Math.max(...praise.map((c) => c.weight))).toBeLessThan(0.5);
    },
  );
});
