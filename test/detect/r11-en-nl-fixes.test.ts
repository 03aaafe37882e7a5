import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Rows above each guard comment were misread before these lexicon entries; the guards were read right
// before and still are.
describe('English: ironic praise beside a harm, thanks for an outage, promises against what came', () => {
  it.each<[text: string, label: Label]>([
    [
      'Wow @Swiftpost, tracking said delivered at 2pm, found the box behind the wheelie bin at 9. Outstanding',
      'complaint',
    ],
    [
      "Big thanks @Fibrely, the router update killed my wifi and I've been offline three whole days. Top notch",
      'complaint',
    ],
    [
      'Thanks @Netlink, your planned maintenance knocked our broadband out two full days before my exam, much appreciated',
      'complaint',
    ],
    [
      "Best broadband in the universe @Fibrely, third outage this week and the app says everything's fine 👏",
      'complaint',
    ],
    ['Said a 2 hour window, engineer turned up 5 hours later. Amazing timekeeping @Fixit', 'complaint'],
    ['Paid £15 for priority boarding and boarded last. Money well spent @Skyjet', 'complaint'],
    ['Thanks @Railco for cancelling the last train home, lovely night on the platform', 'complaint'],
    // Guards: thanks for a fix, sincere timing, a promise kept, a parcel left where it was asked to be.
    ['Thanks for the update that fixed the bug that crashed my app, brilliant', 'praise'],
    ['Thanks @Acme for fixing my wifi within the hour, really appreciate it', 'praise'],
    ['Perfect timing, the cake arrived just as the guests walked in', 'praise'],
    ['They said it would take a week to fix my laptop and it was done in two days, amazing', 'praise'],
    ['Our parcel was left with next door as I asked, brilliant service', 'praise'],
    ['Why would you charge me twice for the same order?', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('English: products that work, slips, proposals, feelings about a show', () => {
  it.each<[text: string, label: Label]>([
    ['Finally a moisturiser with no white cast and no pilling under makeup, will repurchase', 'praise'],
    [
      'finally got hearing aids and i can actualy hear the tv at a normal volume, the audiologist was so patiant with my dad',
      'praise',
    ],
    ['Could you send the renewal letter by email as well? Post takes ages round here', 'suggestion'],
    ['Three series of waiting and they killed off Eli in the first episode. Not over it 😭', 'none'],
    // Guards: life posts about a race and a match, read right before and after.
    ['First 10k done in sideways rain, new PB and my legs are jelly 🏃', 'none'],
    ['Our striker missed an open goal in the 90th minute. Sack him. Sack the lot of them.', 'none'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Dutch: ironic praise beside a harm, thanks for a harm told without a message, promises against what came', () => {
  it.each<[text: string, label: Label]>([
    [
      'Fiets volgens de app afgeleverd terwijl we de hele middag thuis waren, hij stond achter de schuur van de buren. Knap werk hoor @Fietsdirect',
      'complaint',
    ],
    [
      'Bedankt @Vliegmaar voor het verzetten van mijn vlucht zonder ook maar een bericht. Geweldig.',
      'complaint',
    ],
    [
      'Dank je wel @Bankje voor het blokkeren van mijn pas midden in de supermarkt. Heel klantvriendelijk.',
      'complaint',
    ],
    ['Drie keer doorverbonden en daarna opgehangen, @Telco. Heel behulpzaam hoor.', 'complaint'],
    [
      'Geweldig @Telnet, de beste klantenservice van het heelal: drie uur in de wacht en toen opgehangen 👏',
      'complaint',
    ],
    [
      'Fijn hoor @Busmaatschappij, bus reed gewoon voorbij terwijl ik stond te zwaaien. Lekker bezig hoor',
      'complaint',
    ],
    [
      'Monteur zou tussen 8 en 12 komen, om half vijf stond hij voor de deur. Wat een stiptheid @Fixit',
      'complaint',
    ],
    ['Perfecte timing @Streamnet, app crasht precies bij de strafschoppen', 'complaint'],
    [
      'Bedankt @Spoorweg voor het schrappen van de laatste trein naar huis, gezellig nachtje op het perron',
      'complaint',
    ],
    // Guards: thanks for a fix, "top hoor" and "top weer" said sincerely, a tradesman who left it clean and came
    // when he said he would.
    ['Bedankt voor het snel oplossen van mijn storing, top hoor!', 'praise'],
    ['Bedankt voor het verwijderen van mijn dubbele betaling, netjes opgelost', 'praise'],
    ['Heerlijk weer vandaag en de ijsjes bij IJssalon Romano waren top weer', 'praise'],
    ['De monteur heeft de oprit schoner achtergelaten dan hij hem aantrof, top', 'praise'],
    ['Monteur zou tussen 8 en 12 komen en stond om 8 uur al voor de deur, top service', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Dutch: requests with "voortaan", life in passing: a finale, a match, the cats', () => {
  it.each<[text: string, label: Label]>([
    ['Stuur de factuur voortaan graag als pdf, dat scheelt een hoop gedoe.', 'suggestion'],
    [
      'Graag voortaan ook een sms als de monteur onderweg is, dan hoef ik niet thuis te wachten.',
      'suggestion',
    ],
    [
      'Seizoensfinale van Dijkwacht gezien en ik zit hier te janken. De makers hebben haar gewoon laten sterven 😭',
      'none',
    ],
    [
      'Oranje speelde een rampzalige eerste helft, mijn schoonvader heeft de hele rust lopen mopperen 😤',
      'none',
    ],
    ['Krabpaal van 60 euro gekocht en mijn katten krabben nog steeds liever aan de bank 🙄', 'none'],
    // Guards: a proposal asked as "is het niet een idee", a question with "weet niet of", a giveaway's "stuur ons
    // een DM", doubt that complains.
    [
      'Is het niet een idee om ook een vegetarische optie op de kaart te zetten? Andere zaken doen dat ook al.',
      'suggestion',
    ],
    [
      'Leveren jullie ook op Texel, @Meubelzaak? Weet niet of de bank dan op tijd is voor de verhuizing.',
      'question',
    ],
    ['Stuur ons een DM met je naam en adres, dan ontvang je de prijs binnen een week', 'none'],
    ['Ik weet niet of het aan mij ligt maar de app crasht elke keer', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
