import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Every row above a "Guards" comment was misread before these entries; guards were read right
// before and must stay so.

describe('German: thanks for a harm, irony beside a harm, questions that complain, life', () => {
  it.each<[text: string, label: Label]>([
    ['Strom abgestellt, obwohl alles bezahlt war. Danke, Spitze 👏', 'complaint'],
    ['Danke Kabelfix, dass ich eine Stunde warten durfte und dann rausgeflogen bin 👏', 'complaint'],
    ['Ihr seid ja richtig fix: sechs Tage auf eine Antwort gewartet.', 'complaint'],
    ['Bester Service ever, der Techniker ist wieder nicht gekommen 🙌', 'complaint'],
    [
      'Zweimal angerufen, zweimal was anderes gehört, dreimal angerufen, nix passiert. Ganz toller Laden.',
      'complaint',
    ],
    ['Wer erklärt mir diese Nachzahlung? 300 Euro?', 'complaint'],
    ['Hallo, antwortet da noch irgendwer oder seid ihr alle im Urlaub?', 'complaint'],
    ['Vor dem Edeka spielt ein Typ Akkordeon und alle tanzen. Ich liebe diese Stadt 😂', 'none'],
    // Guards: irony already read, sincere thanks for a fix, a plain question.
    ['Wieder 40 Euro doppelt abgebucht. Ihr seid die Besten 🙃', 'complaint'],
    ['Danke, dass ihr den Zähler so schnell getauscht habt, alles bestens!', 'praise'],
    ['Kann ich die Karte auch in der App sperren?', 'question'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('French: thanks for a harm, irony beside a harm, questions that complain, life', () => {
  it.each<[text: string, label: Label]>([
    ["On m'a coupé l'eau alors que tout était payé. Merci, top 👏", 'complaint'],
    ['Vol annulé la veille du départ, merci et bravo 👏', 'complaint'],
    ['Le meilleur opérateur du monde, trois coupures cette semaine 🙌', 'complaint'],
    ["Qui va m'expliquer cette ligne sur ma facture ?", 'complaint'],
    ["Y a encore quelqu'un qui lit les mails chez vous ?", 'complaint'],
    ["Bonjour, est-ce que quelqu'un va un jour s'occuper de mon dossier ?", 'complaint'],
    ['Mon petit frère a eu son bac, je suis trop fière de lui !!', 'none'],
    // Guards: a question that complained already, sincere thanks for a fix, a plain question.
    ["Est-ce que quelqu'un va un jour répondre à ma réclamation ?", 'complaint'],
    ["Merci d'avoir réglé ça aussi vite, service au top !", 'praise'],
    ['Est-ce que je peux payer en trois fois ?', 'question'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Spanish: thanks for a harm, irony beside a harm, questions that complain, life', () => {
  it.each<[text: string, label: Label]>([
    ['Me bloquearon la tarjeta en pleno viaje. Gracias, un detallazo 👏', 'complaint'],
    ['Me cortaron el agua teniendo todo pagado. Gracias, de verdad 👏', 'complaint'],
    ['Tres llamadas, tres respuestas distintas. Seguid así, campeones.', 'complaint'],
    ['¿Quién me explica esta factura de 90 euros?', 'complaint'],
    ['El mejor banco del mundo, me bloquean la tarjeta cada mes 🙌', 'complaint'],
    ['¿Queda alguien trabajando ahí o estáis todos de vacaciones?', 'complaint'],
    ['Un señor toca el saxo en el metro y todo el vagón aplaude. Amo esta ciudad 😂', 'none'],
    ['Ojalá me toque, @ana_rs nos vamos juntos de viaje!', 'none'],
    // Guards: a harm and an ironic blessing, life read right already, sincere thanks for a fix,
    // a plain question.
    ['Gracias por la subida de precio sin avisar, que Dios os lo pague.', 'complaint'],
    ['Perdiendo 0-2 al descanso, este equipo me quita la vida.', 'none'],
    ['Gracias por solucionarlo tan rápido, un servicio de diez.', 'praise'],
    ['¿Puedo cambiar la fecha de entrega?', 'question'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
