import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

/** Read as the evaluation reads: no brand context, so nothing depends on where a brand stands. */
const noBrand: BrandContext = { name: '', handles: [], keywords: [] };
/** A question to other people names the brand in passing: it is not the brand's business. */
const acme: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

type Case = [text: string, label: Label];

function expectLabel(text: string, label: Label, brand: BrandContext): void {
  const d = detect({ text }, brand);
  expect(d.label, `${text} → ${JSON.stringify(d.cues.slice(0, 4))}`).toBe(label);
}

/**
 * The hard cases in English (UK, US, Australian, Indian English, Twitter style), German (with
 * Austrian and Swiss) and Dutch (with Flemish): frames of the lexicons, not words of one post.
 */
const HARD: Record<string, Record<string, Case[]>> = {
  en: {
    'complaint asked as a question': [
      ['Why am I paying for premium when half the channels never load?', 'complaint'],
      ['how many times do I have to reset my password before the login works?', 'complaint'],
      ['Since when does standard delivery take a whole month??', 'complaint'],
      ['why is there never anyone at the service desk after 6pm?', 'complaint'],
      ['how is it that a two mile taxi costs forty quid at night?', 'complaint'],
      ['three weeks and nothing, how long is it going to take?', 'complaint'],
      ['are you kidding, a fiver for a paper bill?', 'complaint'],
      ['Three weeks for a part, are you having a laugh?', 'complaint'],
      ['why amount debited but recharge not done till now??', 'complaint'],
      ['Sir why the cylinder booking is pending since days?', 'complaint'],
    ],
    sarcasm: [
      ['Oh brilliant, the train is cancelled for the third time this week', 'complaint'],
      ['Oh perfect, my flight got moved to 6am without telling me', 'complaint'],
      ['Fantastic, charged twice for one coffee. Like clockwork', 'complaint'],
      ['love that the app needs an update every single time I want to pay. big brain stuff', 'complaint'],
      ['love the new update, every button moved and the app keeps crashing. galaxy brain move', 'complaint'],
    ],
    'thanks for nothing': [
      ['Thanks for the generic email, lovely to know my bag is still in Frankfurt', 'complaint'],
      ['Cheers for absolutely nothing, brilliant support as always', 'complaint'],
      ['thanks for the runaround, super helpful team you have there', 'complaint'],
      ['thank you for not helping, really appreciate the effort', 'complaint'],
      ['thanks for the canned response, very reassuring', 'complaint'],
    ],
    'question that proposes': [
      ['When are you adding Apple Pay to the app?', 'suggestion'],
      ['Ever considered a loyalty card for regulars?', 'suggestion'],
      ['when are you bringing the pumpkin latte back?', 'suggestion'],
      ['Considered offering a family ticket for the zoo?', 'suggestion'],
    ],
    'suggestion wrapped in praise': [
      ['Brilliant little cafe and lovely staff, a few vegan options would be the dream', 'suggestion'],
      ['Great little gym, if only it had a sauna', 'suggestion'],
      ['The app is super clean and fast. Really wish it had a home screen widget', 'suggestion'],
    ],
  },
  de: {
    'complaint asked as a question': [
      ['Wie oft denn noch, Paket wieder beim falschen Nachbarn?', 'complaint'],
      ['Ist das euer Ernst, 12 Euro für einen Ersatzschlüssel?', 'complaint'],
      ['Wie oft soll ich noch anrufen, bis sich endlich jemand meldet?', 'complaint'],
      ['Wie lange denn noch, bis die Heizung im Block endlich repariert wird?', 'complaint'],
      ['Isch das en Frächheit oder was, 9 Franke für es Sandwich?', 'complaint'],
      ['Seit wann kostet die Kontoführung plötzlich 6 Euro im Monat?', 'complaint'],
    ],
    sarcasm: [
      ['Super Service wie immer: eine Stunde in der Warteschleife', 'complaint'],
      ['Na bravo, Paket zum dritten Mal beim falschen Nachbarn abgegeben', 'complaint'],
      ['Toll, 40 Minuten Verspätung und kein Wort. Typisch.', 'complaint'],
    ],
    'thanks for nothing': [
      ['Danke für gar nix, super Service wie immer', 'complaint'],
      ['Danke für den nicht vorhandenen Rückruf, echt top', 'complaint'],
      ['Vielen Dank für die Standardmail, toll, mein Koffer ist trotzdem weg', 'complaint'],
      ['Merci für nüt, dr Techniker isch nie cho', 'complaint'],
    ],
    'question that proposes': [
      ['Habt ihr schon mal überlegt, Lieferung am Samstag anzubieten?', 'suggestion'],
      ['Ist eine Filiale in Graz in Planung?', 'suggestion'],
      ['Was haltet ihr von einer Familienkarte fürs Schwimmbad?', 'suggestion'],
    ],
    'suggestion wrapped in praise': [
      ['Tolles Hotel, super Frühstück. Ein Wasserkocher auf dem Zimmer wäre noch der Knaller', 'suggestion'],
      ['Die App ist echt gelungen, ein Dunkelmodus wäre die Kirsche auf der Torte', 'suggestion'],
      ['Top Beratung in der Filiale! Mein einziger Wunsch: längere Öffnungszeiten am Samstag', 'suggestion'],
    ],
  },
  nl: {
    'complaint asked as a question': [
      ['Waarom betaal ik al maanden te veel? Top klantenservice zeker', 'complaint'],
      ['Sinds wanneer kost een retourtje ineens vijf euro extra?', 'complaint'],
      ['Meen je dat, 15 euro voor een nieuwe pas?', 'complaint'],
      ["Weeral geen tram om kwart na acht, hoe is 't mogelijk?", 'complaint'],
    ],
    sarcasm: [
      ['Heerlijk, al een uur in de wacht. Zoals gewoonlijk.', 'complaint'],
      ['Geweldig, voor de derde keer deze week te laat. Typisch', 'complaint'],
      ['Prachtig, de app is weer plat. Zoals altijd', 'complaint'],
      ['Nou top, weeral vertraging op de lijn naar Gent', 'complaint'],
    ],
    'thanks for nothing': [
      ['Bedankt voor helemaal niks, top service', 'complaint'],
      ['Dankjewel voor niks, super geregeld', 'complaint'],
      ['Bedankt voor het standaardantwoord, mijn pakket is nog altijd zoek', 'complaint'],
      ['Merci voor niks, de klantendienst heeft gewoon ingehaakt', 'complaint'],
    ],
    'question that proposes': [
      ['Kunnen jullie de app ook in het Engels aanbieden?', 'suggestion'],
      ['Hebben jullie al eens overwogen om op zondag open te gaan?', 'suggestion'],
      ['Wat dachten jullie van een gezinsabonnement?', 'suggestion'],
    ],
    'suggestion wrapped in praise': [
      ['Super app! Nu nog een donkere modus en ik ben om', 'suggestion'],
      ['Heerlijk restaurant en vriendelijke bediening, een terras zou het afmaken', 'suggestion'],
      ['Fijne kapper, mijn enige wens: online een afspraak kunnen maken', 'suggestion'],
    ],
  },
};

/** Questions to other people that name the brand in passing: `none` for the brand's team. */
const OTHERS: Record<string, string[]> = {
  en: [
    'Is Acme any good for a first bank account?',
    'Is the Acme gym worth it for a beginner? be honest with me',
    'Anyone here tried the Acme meal kits? worth it for two?',
    'Thinking of switching to Acme, is it worth it? asking the hive mind',
    'anyone reckon the Acme membership is worth the money?',
  ],
  de: [
    'Lohnt sich das Acme-Abo für zwei Personen?',
    'Hat hier wer Erfahrung mit der Hausratversicherung von Acme?',
    'Weiß das wer, hat Acme sonntags offen?',
    'Nutzt jemand die Acme App fürs Haushaltsbuch?',
    'Frage in die Runde: Acme oder lieber was anderes für Strom?',
  ],
  nl: [
    'Iemand ervaringen met de thuisbatterij van Acme?',
    'Is het de moeite waard om over te stappen naar Acme?',
    'Iemand geprobeerd om bij Acme een laadpaal te laten plaatsen?',
    'Iemand geweest bij de nieuwe Acme in Gent?',
  ],
};

/** Questions to the crowd, read without a brand: the plural "you" asks the readers, not a company. */
const CROWD: Record<string, string[]> = {
  en: [
    'Budgeting apps: what do you lot use?',
    'what do youse think, worth paying extra for the fast train?',
    'Any recs for a decent dentist in Leeds?',
  ],
  de: [
    'Was meint ihr, lohnt sich ein E-Bike für den Arbeitsweg?',
    'Wer von euch hat schon mal bei einem Online-Optiker bestellt?',
    'Eure Erfahrungen mit Balkonkraftwerken?',
    'Woaß wer, ob der Bäcker in Graz am Samstag offen hat?',
  ],
  nl: [
    'Wat zijn jullie ervaringen met een warmtepomp in een jaren-30 huis?',
    'Wat raden jullie aan voor een eerste racefiets?',
    'Zijn er mensen die hun zonnepanelen zelf schoonmaken?',
  ],
};

for (const [lang, cases] of Object.entries(HARD)) {
  describe(`detect (${lang}): hard cases read without a brand`, () => {
    for (const [pattern, rows] of Object.entries(cases)) {
      it.each<Case>(rows)(`${pattern}: %s → %s`, (text, label) => expectLabel(text, label, noBrand));
    }
  });
}

describe('detect: questions to other people that only mention the brand are none', () => {
  for (const [lang, texts] of Object.entries(OTHERS)) {
    it.each(texts)(`${lang}: %s`, (text) => expectLabel(text, 'none', acme));
  }
});

describe('detect: questions to the crowd read without a brand are none', () => {
  for (const [lang, texts] of Object.entries(CROWD)) {
    it.each(texts)(`${lang}: %s`, (text) => expectLabel(text, 'none', noBrand));
  }
});

describe('detect: plain posts the new frames leave alone', () => {
  it.each<[text: string, label: Label, brand: BrandContext]>([
    ['@acme how long does delivery to Leeds usually take?', 'question', acme],
    ['Been with Acme since January and the service has been brilliant', 'praise', noBrand],
    ['Thank you so much for sorting my refund so quickly!', 'praise', noBrand],
    ['Wie lange dauert der Versand nach Österreich?', 'question', noBrand],
    ['Das Essen war perfekt und der Service war mega, komme wieder', 'praise', noBrand],
    ['Die Kellner waren super und das Essen war klasse', 'praise', noBrand],
    ['Verkauft ihr auch Ersatzteile für den Mixer?', 'question', noBrand],
    ['Hoe laat gaan jullie op zondag open?', 'question', noBrand],
    ['Wat een fijne winkel, de verkoper dacht goed met me mee!', 'praise', noBrand],
    ['De bediening is elke keer anders maar altijd hartelijk', 'praise', noBrand],
  ])('%s → %s', (text, label, brand) => expectLabel(text, label, brand));
});
