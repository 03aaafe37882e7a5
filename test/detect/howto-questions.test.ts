import { describe, expect, it } from 'vitest';
import { weigh } from '../../shared/detect/decide.ts';
import { readPost } from '../../shared/detect/read.ts';

const rules = (text: string) => weigh(readPost(text).evidence).label;

// A customer asking how to add or turn on something in the product asks a question: "add a" and
// "an option for" are requests only when the company is asked to do it. Every row but the guards
// was read as a suggestion before (a request to add outweighed a question halved by it).
describe('how-to questions whose verb is a request word are questions', () => {
  it.each<[text: string]>([
    ['@Acme how do I add a second user to my account'],
    ['@Acme how do I add a payment method'],
    ['@Acme can I add a second driver?'],
    ['@Acme where can I add a delivery note?'],
    ['@Acme is there an option to add a gift message?'],
    ['@Acme do you have an option for gift wrapping'],
    ['@Acme how would I add my partner to the family plan, she already has an account'],
  ])('%s', (text) => {
    expect(rules(text)).toBe('question');
  });

  it.each<[text: string, label: string]>([
    ['@Acme can you add a dark mode?', 'suggestion'],
    ['@Acme you should add an option to turn off autoplay', 'suggestion'],
    ['@Acme please add a family plan', 'suggestion'],
    ['@Acme tried to add my card five times, it keeps failing', 'complaint'],
  ])('guard: a request to the company stays one: "%s"', (text, label) => {
    expect(rules(text)).toBe(label);
  });
});
