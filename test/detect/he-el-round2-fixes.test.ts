import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Every row above the guards was misread before these lexicon entries.
describe('Hebrew: harms beside ironic praise, price rises, proposals with "אולי"', () => {
  it.each<[text: string, label: Label]>([
    ['כדי לבטל מנוי צריך תואר בהנדסה', 'complaint'],
    ['הסלט הגיע עם עלים כמו גומי', 'complaint'],
    ['החלב היה חמוץ יומיים לפני התאריך', 'complaint'],
    ['תודה על "המבצע" עם תור של חצי שעה בקופה', 'complaint'],
    ['העלתם את המנוי ב-20 ש"ח, למה?', 'complaint'],
    ['כל הכבוד על המקלחות הקרות בחדר, איזה תזמון', 'complaint'],
    ['אולי משלוחים גם בערב?', 'suggestion'],
    // Guards: sincere thanks that name the problem solved, and "אולי" that does not propose.
    ['ממש תודה, הבעיה נפתרה תוך שעה', 'praise'],
    ['תודה על השירות המהיר', 'praise'],
    ['אולי זה רק אצלי אבל האפליקציה איטית', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Greek: harms beside ironic praise, prices that differ, proposals with "μήπως μια"', () => {
  it.each<[text: string, label: Label]>([
    ['Το παντελόνι κράτησε μόνο δύο πλύσεις. Τουλάχιστον ήταν φθηνό', 'complaint'],
    ['Μου κλειδώσατε την κάρτα Σάββατο βράδυ, τι έξυπνο', 'complaint'],
    ['Ήρθαν παπούτσια ένα νούμερο μικρότερο, ευχαριστώ πολύ για τη βοήθεια', 'complaint'],
    ['Πήγα στις 10 και βρήκα κλειστό, ενώ γράφει ανοιχτά ως τις 12', 'complaint'],
    ['Γιατί στο app η πίτσα κοστίζει περισσότερο από το τηλέφωνο;', 'complaint'],
    ['Το αμάξι πήγε στο σέρβις τρεις φορές σε ένα μήνα', 'complaint'],
    ['Το κρέας στο γύρο το έψαχνα με φακό', 'complaint'],
    ['Μήπως μια έκδοση χωρίς ζάχαρη;', 'suggestion'],
    ['Σοκολάτα με πιπέρι; θα το αγόραζα αμέσως', 'suggestion'],
    // Guards: "κράτησε" that praises, sincere thanks for a refund, a question to other people.
    ['Το κλιματιστικό κράτησε όλο το καλοκαίρι χωρίς πρόβλημα, ευχαριστώ πολύ', 'praise'],
    ['Ευχαριστώ πολύ για τη γρήγορη επιστροφή χρημάτων', 'praise'],
    ['Μήπως ξέρει κανείς αν ανοίγει νωρίς το ταχυδρομείο;', 'none'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
