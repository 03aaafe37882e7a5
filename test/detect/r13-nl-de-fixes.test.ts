import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Rows above each guard comment were misread before these lexicon entries; the guards were read right
// before and still are.
describe('Dutch: posts in social-network voice', () => {
  it.each<[text: string, label: Label]>([
    ['twee weken met de Acme watch en ik kan niet meer terug', 'praise'],
    ['heb de Acme nu een maand, wil nooit meer iets anders', 'praise'],
    ['sinds vorige week een Acme fiets en ik kan echt niet meer terug naar de bus', 'praise'],
    ["Mijn nieuwe Acme maakt betere foto's dan mijn compactcamera", 'praise'],
    ['sinds ik bij Acme zit nooit meer storingen, had veel eerder moeten overstappen', 'praise'],
    ['de nieuwe Acme router: nul storingen tot nu toe', 'praise'],
    ['de Acme app vraagt alweer om mijn pincode, elke keer opnieuw inloggen', 'complaint'],
    ['accu van mijn Acme is na een half jaar zichtbaar minder', 'complaint'],
    ['de batterij van mijn Acme gaat maar twee dagen mee', 'complaint'],
    ['Acme 12 vs Acme 11: welke is sneller? Nieuwe video staat online https://t.co/a1', 'none'],
    ['Finale vanavond, wie kijkt er mee?', 'none'],
    ['Zou het mogelijk zijn om mijn levering naar zaterdag te verplaatsen @acme?', 'question'],
    ['Krijg ik mijn geld terug als ik de oplader binnen 30 dagen terugstuur?', 'question'],
    ['ik betaal nu meer voor mijn Acme abonnement en krijg minder films', 'complaint'],
    ['geen wifi in de trein van Acme, de hele rit', 'complaint'],
    ['Acme heeft de beste koffie van de stad, niemand komt in de buurt', 'praise'],
    // Guards: "nooit meer terug" that complains, a worse photo, a proposal, a "why" about one's money,
    // a sincere "dik in orde", a plain "how long" question.
    ['Ik kom nooit meer terug bij Acme, wat een ellende', 'complaint'],
    ["Acme maakt slechtere foto's dan mijn oude telefoon", 'complaint'],
    ['Kunnen jullie een donkere modus toevoegen @acme?', 'suggestion'],
    ['Waarom moet ik drie weken wachten op mijn geld @acme?', 'complaint'],
    ['Acme laptop is echt dik in orde voor die prijs', 'praise'],
    ['Hoe lang duurt het normaal voordat een retour verwerkt is @acme?', 'question'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('German: posts in social-network voice', () => {
  it.each<[text: string, label: Label]>([
    ['seit zwei Wochen die Acme Uhr und ich kann nicht mehr zurück', 'praise'],
    ['hab das Acme jetzt nen Monat, will nie wieder was anderes', 'praise'],
    ['Mein neues Acme macht bessere Fotos als meine Kompaktkamera', 'praise'],
    ['großer Fan von der neuen Suchfunktion bei Acme', 'praise'],
    ['Die neue Acme App ist richtig flott geworden', 'praise'],
    ['seit dem Wechsel zu Acme null Ausfälle, hätte viel früher wechseln sollen', 'praise'],
    ['Wie schön, dass Acme beim letzten Update alle meine Notizen gelöscht hat 🙂', 'complaint'],
    ['das ständige Nachfragen nach Bewertungen bei Acme nervt', 'complaint'],
    ['Powerbanks bei Acme heute 30 % günstiger, solange der Vorrat reicht', 'none'],
    ['Kann ich die Reise bei Acme noch stornieren? Hab mich im Datum vertan', 'question'],
    ['Bekomme ich mein Geld zurück, wenn der Flug gestrichen wird @acme?', 'question'],
    ['Ich zahle jetzt mehr bei Acme und bekomme weniger Datenvolumen', 'complaint'],
    ['Acme hat den besten Kaffee der Stadt, da kommt keiner ran', 'praise'],
    // Guards: "ich kann nicht mehr" about life, "kein großer Fan", a proposal with "wäre es möglich",
    // thanks for a deletion asked for, a late delivery, nobody picking up, a price rise, a test shared, a plain "how long".
    ['ich kann nicht mehr, die Prüfungswoche bringt mich um', 'none'],
    ['Ich bin kein großer Fan vom neuen Acme Design', 'complaint'],
    ['Wäre es möglich, einen Dark Mode einzubauen @acme?', 'suggestion'],
    ['Acme hat meinen Doppeleintrag gelöscht, danke!', 'praise'],
    ['Die Lieferung von Acme ist schon wieder zu spät, das dritte Mal', 'complaint'],
    ['Bei Acme geht keiner ran, seit einer Stunde', 'complaint'],
    ['Acme wird schon wieder teurer, 3 Euro mehr für das gleiche Paket', 'complaint'],
    ['Acme Phone 12 im Test: was taugt die Kamera? https://t.co/b2', 'none'],
    ['Wie lange dauert es normalerweise, bis eine Rücksendung bei Acme bearbeitet ist?', 'question'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
