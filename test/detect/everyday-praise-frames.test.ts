import { describe, expect, it } from 'vitest';
import { weigh } from '../../shared/detect/decide.ts';
import { readPost } from '../../shared/detect/read.ts';

const rules = (text: string) => weigh(readPost(text).evidence).label;

// Everyday English praise the rules missed, and "can't believe", which is surprise, not a negation.
// Every row but the guards was misread before: "works like it should" was a wish ("it should"),
// "waited" and "never" complaints, "refund" a complaint beside thanks for it, and "can't" negated
// what followed ("can't believe how rude the staff were" was praise).
describe('everyday praise frames, and "can\'t believe" read as surprise', () => {
  it.each<[text: string, label: string]>([
    ['the Acme app finally works like it should, well done', 'praise'],
    ['Acme delivery guy waited while I found my keys, absolute gent', 'praise'],
    ["I'll never shop anywhere but Acme", 'praise'],
    ['got my Acme order today and everything fits!!', 'praise'],
    ["everyone should try Acme's banana bread", 'praise'],
    ['@Acme the refund was in my account the next day, thank you', 'praise'],
    ['still can’t believe Acme replaced it for free', 'praise'],
    ["can't believe how rude the staff were", 'complaint'],
    ['cannot believe how slow the upload is', 'complaint'],
  ])('%s', (text, label) => {
    expect(rules(text)).toBe(label);
  });

  it.each<[text: string, label: string]>([
    ["@Acme the router doesn't work like it should", 'complaint'],
    ['@Acme you should try opening before 7', 'suggestion'],
    ["I can't believe how good this is", 'praise'],
    ["@Acme refund still isn't in my account after 12 days", 'complaint'],
  ])('guard: "%s"', (text, label) => {
    expect(rules(text)).toBe(label);
  });
});
