import { describe, expect, it } from 'vitest';
import { weigh } from '../../shared/detect/decide.ts';
import { readPost } from '../../shared/detect/read.ts';

const rules = (text: string) => weigh(readPost(text).evidence).label;

// Market news, release dates and waiting for one's family are no complaints: "is down", "fell",
// "dropping" and "waiting for" read them as such before, and a listicle's "didn't" as a negation.
describe('market news, release dates and waiting for family are none', () => {
  it.each<[text: string]>([
    ['Acme stock is down again, oof'],
    ['Acme x Nike collab dropping friday'],
    ["Acme: 10 facts you didn't know"],
    ['at the Acme store waiting for my sister'],
  ])('%s', (text) => {
    expect(rules(text)).toBe('none');
  });

  it.each<[text: string, label: string]>([
    ['Acme shares fell 6% after the recall news', 'none'],
    ['new Acme season drops tonight at midnight', 'none'],
    ['@Acme waiting for my order for 40 mins now', 'complaint'],
    ['@Acme calls keep dropping every evening', 'complaint'],
    ['@Acme when is the collab dropping in the EU store?', 'question'],
  ])('guard: "%s"', (text, label) => {
    expect(rules(text)).toBe(label);
  });
});
