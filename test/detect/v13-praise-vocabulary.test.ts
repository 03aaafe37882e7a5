import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Every praise row below read as `none` (or as a complaint) before these words were in the lexicon.
describe('English: everyday words of praise', () => {
  it.each<[text: string, label: Label]>([
    ['Switched banks last month and the transfer went seamlessly', 'praise'],
    ['The Acme router has been rock steady all year', 'praise'],
    ['Honestly the new build is zippy, apps open instantly', 'praise'],
    ['Scrolling got so much snappier after the update', 'praise'],
    ['The new Acme fridge is whisper quiet, forgot it was on', 'praise'],
    ['Fairly priced and well crafted, my new desk from Acme', 'praise'],
    ['Got back to me quickly, Acme billing', 'praise'],
    ['The Acme app is a godsend for splitting bills', 'praise'],
    ['Their meal kits are a no-brainer for busy weeks', 'praise'],
    ['The engineer was on the ball and kept me updated all morning', 'praise'],
    ['This game is so immersive, lost a whole weekend to it', 'praise'],
    ['Acme password manager is indispensable at this point', 'praise'],
    ['Sound on these is unmatched at the price', 'praise'],
    ['The new Acme watch is in a league of its own', 'praise'],
    ['That burrito hit the spot, packed with flavour', 'praise'],
    ['Cabin crew went over and above for my nan', 'praise'],
    ['The heat pump paid for itself in two winters', 'praise'],
    ['Acme Fibre is the real deal, 900 down every night', 'praise'],
    ['The new editor is bug-free so far, first release in years I can say that', 'praise'],
    ['Their pastry chef is masterful, the croissants are unrivalled', 'praise'],
    ['Acme Mobile, a class above every other network I have tried', 'praise'],
    ['Small bakery, honest people, will definitely order again', 'praise'],
    ['Hard to beat for the price, this Acme kettle', 'praise'],
    ['Acme Hosting has had no downtime this year', 'praise'],
    ['Loan approved in minutes through the Acme app', 'praise'],
    ['The new Acme patch is well optimised', 'praise'],
    ['Ordered a rug from Acme, arrived the next day', 'praise'],
    // Guards: the other senses left out of the lexicon, and added words used against the company.
    ['Bit nippy out this morning, grab a coat', 'none'],
    ['The horses are back in the stable for the winter', 'none'],
    ['They were cracking jokes at the table all night', 'none'],
    ['Will be returning the jacket, wrong size', 'complaint'],
    ['Officials promised a transparent and thorough inquiry', 'none'],
    ['Tremendous storm and remarkable winds tonight', 'none'],
    ['Crispy leaves everywhere this autumn', 'none'],
    ['Gripping final in the cup tonight', 'none'],
    ['Looks like we might beat the record today', 'none'],
    ['They said the app would be bug-free, it crashed twice today', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
