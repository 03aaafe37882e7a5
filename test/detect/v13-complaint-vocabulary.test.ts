import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Every complaint row below read as `none` before these words joined the English lexicon.
describe('English: everyday words of complaint', () => {
  it.each<[text: string, label: Label]>([
    ['The new Acme update is so lackluster', 'complaint'],
    ['Acme app is finicky and cumbersome on my tablet', 'complaint'],
    ['This release feels half-baked', 'complaint'],
    ['Acme is so predatory with the new plans', 'complaint'],
    ['Acme support gaslighting me about my own bill', 'complaint'],
    ['The hotel room was infested and dingy', 'complaint'],
    ['Acme Racing is unplayable since the patch', 'complaint'],
    ['Acme coverage is spotty in my town', 'complaint'],
    ['The tap in the Acme bathroom is rusted', 'complaint'],
    ['Bought an Acme charger and it turned out to be a knockoff', 'complaint'],
    ['Acme is a total disaster this week', 'complaint'],
    ['Acme store is understaffed every weekend', 'complaint'],
    ['Acme botched my boiler install', 'complaint'],
    ['My Acme laptop has coil whine', 'complaint'],
    ['Acme hotel was unsanitary', 'complaint'],
    ['Acme pricing is sleazy', 'complaint'],
    ['This Acme car is a money pit', 'complaint'],
    ['Serious buyers remorse after the Acme headphones', 'complaint'],
    ['Acme overpromised and underdelivered', 'complaint'],
    ['Acme charging for parking is an insult', 'complaint'],
    ["You literally can't cancel Acme online", 'complaint'],
    ['Acme debanked me', 'complaint'],
    ['The new Acme game is soulless and forgettable', 'complaint'],
    ['Acme earbuds feel so plasticky', 'complaint'],
    ['Acme rooms were unhygienic and the bathroom had mildew', 'complaint'],
    ['Deleted the Acme app, never using it again', 'complaint'],
    ['The Acme update is pure ai slop', 'complaint'],
    ['The Acme fan makes a squeaky noise', 'complaint'],
    ['Acme charging 5 quid for a bag is pure grift', 'complaint'],
    ["Acme's new menu is uninspired", 'complaint'],
    // Guards: the other senses these words were kept clear of.
    ['Acme should have a wonky veg box, cheaper and less waste', 'suggestion'],
    ['The smartphone market is so boring now, every flagship looks the same', 'none'],
    ['Grey and dull morning in Leeds today', 'none'],
    ['Match was a bit boring but we won', 'none'],
    ["My toddler's room is so messy lol", 'none'],
    ['Rugby lads got rinsed by the rain all afternoon', 'none'],
    ['Our striker is cracked this season', 'none'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
