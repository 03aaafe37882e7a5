import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

// Entries whose label the corpus's posts almost never agreed with: "late" of a checkout, a train
// or a person running late, "need to" of one's own errands, Turkish "eski" (old), English "via"
// read in Italian and Spanish posts (a street, a courier, a payment). The rows above
// the guard comment were misread before; the guards were read right before and still are.
describe('words read in the sense the posts give them', () => {
  it.each<[text: string, label: Label]>([
    ['Acme stayed late to fix our wifi, heroes', 'praise'],
    ['the late train from Acme Rail was quiet and clean', 'praise'],
    ['running late, grabbing an Acme coffee on the way', 'none'],
    ['need to sort the Acme transfer before the move', 'none'],
    ['eski Acme telefonumu kardeşime verdim', 'none'],
    ["Acme'nin eski mağazası kapanmış", 'none'],
    ['spedito via corriere, arrivato in un giorno, grazie Acme', 'praise'],
    ['¿Acme envía vía DHL a Canarias?', 'question'],
    // Guards: lateness, a demand and lost quality still read as before.
    ['my Acme order is late again', 'complaint'],
    ['Acme bus was late again this morning', 'complaint'],
    ['Acme you need to add dark mode', 'suggestion'],
    ['Acme needs to fix the app', 'suggestion'],
    ['Acme eski tadı kalmamış', 'complaint'],
    ['Acme just launched a new phone (via @techdaily) https://t.co/x', 'none'],
  ])('%s → %s', (text, label) => {
    expect(detect({ text }, brand).label).toBe(label);
  });
});
