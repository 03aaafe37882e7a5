import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Rows above each guard comment were misread before these lexicon entries; the guards were read right
// before and still are.
describe('English: thanks for a cut-off or a rejected claim, silence, irony beside adverts and late buses', () => {
  it.each<[text: string, label: Label]>([
    ['Cheers @Shipfast, my return went back to the depot twice. Marvellous.', 'complaint'],
    ['Appreciate it @Coverall, rejecting my claim by letter after months of silence. Classy.', 'complaint'],
    ['Love paying for a premium plan just to watch adverts every ten minutes @Acme', 'complaint'],
    ['The 42 shows up whenever it feels like it these days. Great stuff @Acme', 'complaint'],
    // Guards: a thanks for a cut-off read right before, thanks for a fix, a sincere joy.
    ['Thanks @Aqualine for cutting me off on a bank holiday. Stellar.', 'complaint'],
    ['Thanks @Acme, my parcel turned up after all and it was perfect', 'praise'],
    ['The new editor is such a joy to use, well done @Acme', 'praise'],
    ['Thanks @Acme for sorting my claim so quickly', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Dutch: thanks for a change made "zomaar", irony beside adverts, delays and buses, life topics', () => {
  it.each<[text: string, label: Label]>([
    ['Bedankt @Acme, mijn contract zomaar opgezegd zonder één brief. Geweldig.', 'complaint'],
    ['Dank je @Acme voor de dubbele afschrijving van vorige week. Top.', 'complaint'],
    ['Heerlijk om elke maand te betalen voor reclame @Acme', 'complaint'],
    ['De bus van @Acme komt wanneer hij zin heeft. Lekker betrouwbaar.', 'complaint'],
    ['Ik ben dol op de nieuwe app van Acme', 'praise'],
    // Guards: a life post read right before, thanks after a fix, a sincere "heerlijk".
    ['Zondag darten gekeken bij mijn broer en op de terugweg nog even langs Acme. Perfecte avond.', 'none'],
    ['Dank je @Acme, mijn pas was binnen een paar minuten weer actief. Top!', 'praise'],
    ['Heerlijk om na een lange dag bij Acme te eten, altijd goed', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
