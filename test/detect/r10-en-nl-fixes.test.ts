import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Rows above each guard comment were misread before these lexicon entries; the guards were read right
// before and still are.
describe('English and Dutch: thanks for a harm, irony beside a harm, complaints asked as questions', () => {
  it.each<[text: string, label: Label]>([
    ["Cheers @Tidewell for cutting my broadband off over a bill I'd already paid, bless you", 'complaint'],
    ['Thanks @Movara, parcel stuck in transit for a fortnight now, love the suspense', 'complaint'],
    ['Who signed off on the new checkout @Cartly? nothing works anymore', 'complaint'],
    ['Can anyone at Voltbill tell me why my bill has doubled overnight?', 'complaint'],
    ['Bedankt @Koerierz voor het terugsturen van mijn pakket terwijl ik thuis was', 'complaint'],
    ['Gaat er bij Woonzeker ooit iemand mijn mail beantwoorden? Twee weken nu', 'complaint'],
    ['Is het echt zo moeilijk om een pakket bij de juiste deur af te leveren, @Pakketje?', 'complaint'],
    ['Wie heeft dit goedgekeurd @Appstra? Niks werkt meer na de update', 'complaint'],
    ['Ah mooi, Belnet rekent roamingkosten terwijl ik gewoon thuis zat', 'complaint'],
    ['Dank je @Treinnet, twee uur in het gangpad gestaan op een eerste klas kaartje', 'complaint'],
    // Thanks before a strong harm frame in the same sentence, closed by a verdict (`harmThanked`).
    ['Thank you @Skyvale for losing our luggage on a one-hour flight. Impressive.', 'complaint'],
    ['Bedankt @Huurhuis voor het inhouden van mijn hele borg. Toppers.', 'complaint'],
    // Guards: neighbouring readings that stay right.
    ['Thanks for moving my appointment to earlier, really helpful', 'praise'],
    ['Thanks Kim for cutting my hair so nicely, love it', 'praise'],
    ['Thanks for fixing it after you sent me the wrong size, brilliant service', 'praise'],
    ['Bedankt voor het snel oplossen nadat jullie dubbel hadden afgeschreven, top', 'praise'],
    ['Bedankt voor het omzetten van mijn reservering naar een eerdere trein, top geregeld', 'praise'],
    ['Leuk hoor, die nieuwe bakker bij ons in de straat', 'praise'],
    ['Nothing works better for my back than the Comfy pillow, honestly', 'praise'],
    ['@Tidewell does the fibre package include a landline?', 'question'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('English and Dutch: dialect praise, plans asked about, life in passing', () => {
  it.each<[text: string, label: Label]>([
    ["Rowan's Bakery sorted us a cake in an hour for my mum's birthday, proper sound", 'praise'],
    ['Staat een donkere modus al in de planning?', 'suggestion'],
    ['So proud of my little one, swimming badge number two at Splashworld this morning', 'none'],
    // Guards: neighbouring readings that stay right.
    [
      'Stalled twice at the roundabout in my Gearbox Academy lesson, driving test is Friday, wish me luck',
      'none',
    ],
    [
      'Mijn belastingaangifte eindelijk ingediend via MijnBelast, nu een kinderfeestje met acht kleuters overleven',
      'none',
    ],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
