import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Every row above the guards was misread before these entries were added.

describe('German and French "why", Portuguese "how is it possible": questions that complain', () => {
  it.each<[text: string, label: Label]>([
    ['Wieso wird das Abo jedes Jahr ohne Erinnerung verlängert?', 'complaint'],
    ['Weshalb steht die Hotline um 18 Uhr schon still?', 'complaint'],
    ['Pourquoi la piscine municipale ferme à 18h en plein été ?', 'complaint'],
    ['Como é possível uma simples chave custar 80 euros?', 'complaint'],
    // Italian "per stare tranquillo" (to be on the safe side) is no praise beside a "why".
    ['Perché mi arrivano due bollette uguali? Le pago tutte e due per stare tranquilla?', 'complaint'],
    ['Perché il bonifico ci mette tre giorni? Lo rifaccio per stare tranquillo?', 'complaint'],
    // Guards: a "why" about life asks, and "why not…" proposes.
    ['Warum schnurren Katzen eigentlich?', 'question'],
    ['Warum bellt der Hund vom Nachbarn eigentlich immer um sechs?', 'question'],
    ['Pourquoi le ciel est bleu le jour et rouge au coucher du soleil ?', 'question'],
    ['Warum nicht auch eine Version für Tablets?', 'suggestion'],
    ['Pourquoi pas une version pour tablette ?', 'suggestion'],
    ['Che servizio, finalmente posso stare tranquilla', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('German "beste" and "fade" as whole words', () => {
  it.each<[text: string, label: Label]>([
    ['Die Bestellung kam pünktlich, aber das Problem mit der Rechnung besteht weiterhin', 'complaint'],
    ['Bestellen geht seit gestern nicht mehr', 'complaint'],
    // Guards: the words themselves still praise and complain.
    ['Der beste Kundenservice, den ich je hatte', 'praise'],
    ['Das Essen war fade und kalt', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Life in passing: neighbours, family, rituals, runs and weddings', () => {
  it.each<[text: string, label: Label]>([
    ['Sommerfest im Hof, tolle Nachbarn, alle bringen was mit 🥳', 'none'],
    ['Sonntagsritual: Brötchen holen, Zeitung lesen, nichts schlägt das', 'none'],
    ['Mit de Chind im Hallebad gsi, perfekte Sunntig', 'none'],
    ["Coupure d'eau dans l'immeuble, soirée bougies et jeux de société, trop bien", 'none'],
    ['A minha tia mudou-se para o Algarve, tô com o coração apertado', 'none'],
    ['Minha tia vai casar de novo aos 70, tô com o coração cheio', 'none'],
    ['Jantar de curso hoje, vinte anos depois ninguém está diferente', 'none'],
    ['Abbiamo adottato un cagnolino dal canile, è perfetto', 'none'],
    ['Mis primos vienen el finde a hacer asado, ojalá no llueva', 'none'],
    ['Mi vecino canta ópera en la ducha todas las mañanas, no es broma', 'none'],
    // Guards: the same feelings about a company.
    ['Met mijn make-up van Acme ben ik erg blij', 'praise'],
    ['Mijn bestelling is weer niet aangekomen. Ervaringen met de klantenservice zijn slecht', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Questions to the crowd', () => {
  it.each<[text: string, label: Label]>([
    ['Malta, qual é melhor para quem viaja muito? Me digam', 'none'],
    ['Quem puder ajudar: qual operadora pega melhor no interior?', 'none'],
    ['Vale a pena o plano família ou não? Ajudem', 'none'],
    ['Welke provider is het snelst in Utrecht? Ervaringen?', 'none'],
    ['Wie van jullie heeft de nieuwe abonnementen al geprobeerd?', 'none'],
    ['Qualcuno mi sa dire se il museo è aperto a Pasquetta?', 'none'],
    ['Qualche consiglio per una crema solare che non unga?', 'none'],
    ['¿Quién ha probado el plan familiar? ¿Merece la pena?', 'none'],
    ['Vous feriez quoi à ma place, forfait mobile ou box ?', 'none'],
    ['Qui peut me dire si la médiathèque ouvre le lundi ?', 'none'],
    // Guards: "someone" and "the people of" in praise are no question to anyone.
    ['Finalmente alguém pensou nos clientes, parabéns', 'praise'],
    ['La gente de la tienda es muy amable', 'praise'],
    ['Merci pour vos conseils, la crème est parfaite', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
