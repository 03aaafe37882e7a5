import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Every row not marked as a guard was misread before these entries.
describe('Dutch: thanks and irony beside a harm, questions that complain, life in passing', () => {
  it.each<[text: string, label: Label]>([
    ['Bedankt Acme voor de verzendkosten waar ik nooit om gevraagd heb', 'complaint'],
    ['Dank je Acme, abonnement stopgezet zonder verwittiging. Echt bedankt he', 'complaint'],
    ['Heel fijn Acme, pakket kwijt en ik hoorde niks. Bedankt he.', 'complaint'],
    ['Kwaliteit hoor, na een week een barst in de behuizing', 'complaint'],
    ['Fantastisch hoe Acme erin slaagt om elke bestelling te laat te leveren', 'complaint'],
    ['Fantastisch hoe jullie erin slagen om elke week iets te vergeten', 'complaint'],
    ['Gaat lekker bij Acme, app ligt er weer uit en de klantenservice is dicht', 'complaint'],
    ['Wie bedenkt zoiets, opzeggen kan alleen per brief?', 'complaint'],
    ['Hoe haal je het in je hoofd om mij twee keer te laten betalen?', 'complaint'],
    ['Is dit nou service? Al drie keer hetzelfde gevraagd', 'complaint'],
    ['Leest iemand eigenlijk mijn mails of praat ik tegen een muur?', 'complaint'],
    ['Bedankt Acme, de dubbele afschrijving is meteen teruggestort', 'praise'],
    ['Wat een wedstrijd, onze spits speelde echt waardeloos vandaag. Gekeken met de jongens', 'none'],
    ["Feestje bij oma, ze is 90 geworden en stuurt foto's van haar tuin ❤️", 'none'],
    ['Ik lag de hele middag in de tuin met een boek', 'none'],
    // Guards: the neighbouring readings stay as they were.
    ['Knap hoor Acme, monteur zou komen en het niet redt vandaag', 'complaint'],
    ['Monteur kwam netjes op tijd en alles werkt weer. Top hoor!', 'praise'],
    ['Snel teruggestort en vriendelijk geholpen, dank je wel', 'praise'],
    ['Wanneer wordt het bedrag teruggestort?', 'question'],
    ['Sinds de nieuwe router geen lag meer, top', 'praise'],
    ['Wat is dit nou weer, drie keer gebeld en niemand weet iets', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('German: thanks and irony beside a harm, "damit sich jemand meldet", life in passing', () => {
  it.each<[text: string, label: Label]>([
    ['Danke Acme, Abo ohne Rückfrage verlängert. Echt klasse', 'complaint'],
    ['Herzlichen Dank für drei Stunden Warten ohne ein einziges Wort der Info', 'complaint'],
    ['Großartig, Router tot und die Hotline sagt neu starten. Wär ich nie drauf gekommen', 'complaint'],
    ['Muss man bei euch erst einen Anwalt einschalten, damit sich jemand meldet?', 'complaint'],
    ['Mega Konzert, die Band war der Wahnsinn', 'none'],
    ['Heute 40 km mit dem Rad, meine Beine sind Pudding lol', 'none'],
    ['Lieferung noch richtig heiß angekommen. So muss das!', 'praise'],
    // Guards.
    ['Lasst euch ruhig Zeit mit meiner Erstattung, sind ja erst 8 Wochen', 'complaint'],
    ['Die App hängt ständig, seit dem Update unbenutzbar', 'complaint'],
    ['Danke Acme, die doppelte Buchung wurde sofort zurückerstattet', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('French: thanks and irony beside a harm, "y a quelqu\'un qui répond ?", life in passing', () => {
  it.each<[text: string, label: Label]>([
    ["Merci Acme d'avoir annulé ma réservation à la dernière minute. Vraiment top.", 'complaint'],
    ['Un grand merci pour les 15€ de frais de rejet. Quel plaisir.', 'complaint'],
    ['Super, la mise à jour vide la batterie en une matinée', 'complaint'],
    ['Quel cadeau, une régul de 300€ juste avant Noël', 'complaint'],
    ["Y a quelqu'un qui répond aux messages ou pas ?", 'complaint'],
    ['Plus de courant depuis ce matin, toujours la même chose avec vous', 'complaint'],
    ['Premier jour au nouveau boulot, stressée, même pas eu le temps de déjeuner', 'none'],
    ["J'ai fini mon premier semi-marathon, merci pour vos encouragements !", 'none'],
    // Guards.
    ["Génial, pizza froide et livreur en retard. Digne d'un étoilé", 'complaint'],
    ['Trop bien, le site plante pile au moment où je paie', 'complaint'],
    ['Le livreur est arrivé pile au moment où je rentrais, parfait', 'praise'],
    ['La box est encore en panne depuis hier', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
