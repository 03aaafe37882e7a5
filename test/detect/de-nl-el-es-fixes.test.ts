import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Each row not marked as a guard was misread by the rules before these lexicon entries.
describe('Dutch, German and Greek: praise that denies a problem', () => {
  it.each<[text: string, label: Label]>([
    ['Mijn laptop heeft in drie jaar geen krimp gegeven', 'praise'],
    ['De app hapert niet meer sinds de nieuwe versie', 'praise'],
    ['Deze dagcrème prikt niet, ook niet rond de ogen', 'praise'],
    ['In vijf jaar nog nooit foto’s kwijtgeraakt bij die cloud', 'praise'],
    ['Zondagochtend was het zwembad helemaal niet druk', 'praise'],
    ['Die appeltaart van de bakker is niet te versmaden', 'praise'],
    ['De rekening van dit jaar: geen onaangename verrassingen', 'praise'],
    ['Die jas draag ik al zes winters en nog geen naad los', 'praise'],
    ['Mein Auto war in acht Jahren nie in der Werkstatt', 'praise'],
    ['Nie ein Datenverlust mit dem NAS', 'praise'],
    ['Noch nie so wenig Ärger mit einem Stromanbieter gehabt', 'praise'],
    ['Der Pulli fusselt nicht und läuft nicht ein', 'praise'],
    ['Ka Verspätung heut, passt', 'praise'],
    ['Δεν είχα κανένα θέμα με την κράτηση', 'praise'],
    ['Δεν έχω τίποτα κακό να πω για το κατάστημα', 'praise'],
    ['Η κρέμα δεν μου προκάλεσε κανέναν ερεθισμό', 'praise'],
    ['Το κινητό δεν με άφησε ποτέ στη μέση της μέρας', 'praise'],
    ['Στο πλοίο δεν έπεσε το σήμα ούτε μια φορά', 'praise'],
    ['Η μετακόμιση έγινε χωρίς απώλειες', 'praise'],
    // Guards: the same words where something did go wrong, or a question that negates nothing.
    ['Sinds de update al mijn foto’s kwijtgeraakt', 'complaint'],
    ['De app hapert weer bij het inloggen', 'complaint'],
    ['Gestern alle Daten weg, kompletter Datenverlust', 'complaint'],
    ['Morgen Prüfung und ich kann nix, drückt mir die Daumen', 'none'],
    ['Κάθε βράδυ πέφτει το σήμα στο σπίτι', 'complaint'],
    ['Μας γδέρνουν με τις χρεώσεις κάθε μήνα', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

// Each row not marked as a guard was misread by the rules before these lexicon entries.
describe('Greek thanks and questions that name the fault; German questions to others and sarcasm', () => {
  it.each<[text: string, label: Label]>([
    ['Ευχαριστώ για το «δώρο» που με έδεσε σε διετές πρόγραμμα', 'complaint'],
    ['Ευχαριστώ για το «πλήρως ασφαλισμένο» αυτοκίνητο που δεν κάλυπτε τα λάστιχα', 'complaint'],
    ['Ευχαριστώ για τη «δωρεάν δοκιμή», τώρα δέχομαι πέντε τηλέφωνα τη μέρα', 'complaint'],
    ['Γιατί μπλοκάρατε την κάρτα μετά από μια αγορά;', 'complaint'],
    ['Γιατί το τρένο έφυγε νωρίτερα σήμερα;', 'complaint'],
    ['Wie zahlt ihr eigentlich im Parkhaus am Bahnhof, bar oder mit Karte?', 'none'],
    ['Zahlt sich das Jahresabo aus oder eher nicht?', 'none'],
    ['Die Bank schließt die Filiale im Ort, aber die Gebühren steigen. Fairer Deal', 'complaint'],
    ['Der Papierfahrschein wurde abgeschafft, jetzt braucht man drei Apps. Die Zukunft ist da', 'complaint'],
    // Guards: "γιατί" as "because", a plain question, news of branches closing, a fair price.
    ['Πήγα στο κατάστημα γιατί ήταν κοντά. Έχετε ανοιχτά την Κυριακή;', 'question'],
    ['Γιατί ο ουρανός είναι μπλε το απόγευμα;', 'question'],
    ['Ήρθε νωρίτερα από το πρόγραμμα, μπράβο', 'praise'],
    ['Die Bank schließt 20 Filialen, Fokus auf Online-Banking', 'none'],
    ['Faire Preise und nette Beratung, gerne wieder', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
