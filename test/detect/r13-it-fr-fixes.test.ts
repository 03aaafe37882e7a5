import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Rows above each guard comment were misread before these lexicon entries; the guards were read right
// before and still are.
describe('Italian: posts in social-network voice', () => {
  it.each<[text: string, label: Label]>([
    ['ho le Acme Buds da due settimane e non posso più tornare indietro', 'praise'],
    ['grande fan del nuovo widget meteo di Acme', 'praise'],
    ['passata ad Acme a gennaio, mai un calo di segnale, dovevo farlo prima', 'praise'],
    ['il gioco di Acme mi tiene incollato da settimane, non mi stanca mai', 'praise'],
    ['la batteria del mio Acme ormai dura mezza giornata', 'complaint'],
    ['sono 25 minuti che aspetto in linea con Acme', 'complaint'],
    ['abbonamento premium di Acme e comunque la pubblicità ogni 10 minuti 🙂', 'complaint'],
    ['Il nuovo Acme X vale quello che costa? La nostra recensione 👇 https://t.co/a1', 'none'],
    ['Acme Book disponibile da oggi in tutti i negozi', 'none'],
    ['voi che operatore avete a casa? devo cambiare', 'none'],
    ['Sarebbe possibile avere un rimborso per la mia prenotazione @acme?', 'question'],
    // Guards: the same words where the post complains, proposes or asks as before.
    ['non sono un grande fan del nuovo logo di Acme', 'complaint'],
    ['non riesco più ad accedere alla app di Acme', 'complaint'],
    ['sarebbe possibile avere la modalità scura nella app di Acme?', 'suggestion'],
    ['perché il rimborso di Acme ci mette un mese?', 'complaint'],
    ['pago per la consegna rapida di Acme ed è arrivato in anticipo, top', 'praise'],
    ['quanto ci vuole di solito per la portabilità del numero @acme?', 'question'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('French: posts in social-network voice', () => {
  it.each<[text: string, label: Label]>([
    ['un mois avec la montre Acme et je peux plus revenir en arrière', 'praise'],
    ['grosse fan de la nouvelle appli Acme', 'praise'],
    ["passé chez Acme l'an dernier, zéro coupure, j'aurais dû le faire avant", 'praise'],
    ["l'appli Acme s'améliore à chaque maj", 'praise'],
    ['la nouvelle fonction de Acme ça change la vie', 'praise'],
    ['le dernier album sur Acme envoie du lourd', 'praise'],
    ["ça fait 30 minutes que j'attends au téléphone avec Acme", 'complaint'],
    ['payer Acme premium et avoir quand même des pubs 🙂', 'complaint'],
    ['ma batterie Acme tient une demi-journée maintenant', 'complaint'],
    ["le nouvel Acme fait des photos moins bonnes que l'ancien", 'complaint'],
    ["L'Acme X vaut-il ses 900 € ? Notre test complet https://t.co/a1", 'none'],
    ['qui regarde le match ce soir ? 🍿', 'none'],
    ["Serait-il possible d'obtenir un remboursement pour ma commande @acme ?", 'question'],
    ['Combien de temps faut-il en général pour une portabilité @acme ?', 'question'],
    ['je peux encore annuler ma commande Acme ?', 'question'],
    ['comment je change mon moyen de paiement sur Acme ?', 'question'],
    ['vous prévoyez une offre étudiante @acme ?', 'suggestion'],
    // Guards: "pas trop fan", "ne peux plus" after an update, a refund asked for with "vous prévoyez".
    ['pas trop fan du nouveau logo Acme', 'complaint'],
    ['depuis la maj Acme je ne peux plus me connecter', 'complaint'],
    ['vous prévoyez de me rembourser quand @acme ?', 'complaint'],
    ['4e jour sans internet avec Acme', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
