import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import { tokenize } from '../../shared/detect/text.ts';

const words = (text: string): string[] => tokenize(text).map((t) => `${t.type}:${t.norm}`);

// Before, every quote split its word: "ש"ח" was the words "ש" and "ח" with a break between, and a
// lexicon entry holding an acronym ("מגיע לו צל"ש") never matched as people type it.
describe('Hebrew acronyms keep their quote, typed as " or as ״', () => {
  it.each<[text: string, word: string]>([
    ['עלה 50 ש"ח', 'word:ש"ח'],
    ['עלה 50 ש״ח', 'word:ש"ח'],
    ['לילה שלם בנתב"ג', 'word:בנתב"ג'],
    ['חייל בצה"ל', 'word:בצה"ל'],
    ['ג׳ובניק', "word:ג'ובניק"],
  ])('%s', (text, word) => {
    expect(words(text)).toContain(word);
  });

  it('a quote that opens a quotation after a prefix letter stays a break', () => {
    expect(words('ההחזר מגיע רק כ"זיכוי לאתר"')).toEqual([
      'word:ההחזר',
      'word:מגיע',
      'word:רק',
      'word:כ',
      'break:"',
      'word:זיכוי',
      'word:לאתר',
      'break:"',
    ]);
  });

  it('an English quotation is untouched', () => {
    expect(words('they said "soon" again')).toEqual([
      'word:they',
      'word:said',
      'break:"',
      'word:soon',
      'break:"',
      'word:again',
    ]);
  });

  it('an entry with an acronym matches the ASCII quote people type', () => {
    const d = detect(
      { text: 'הנהג חיכה לסבתא שלי עד שהגיעה לתחנה, מגיע לו צל"ש' },
      { name: '', handles: [], keywords: [] },
    );
    expect(d.label).toBe('praise');
    expect(d.cues.map((c) => c.text)).toContain('מגיע לו צל"ש');
  });
});
