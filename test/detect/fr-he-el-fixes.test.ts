import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

describe('French: "X devrait…" asks the company to do something', () => {
  it.each<[text: string, label: Label]>([
    ['La boulangerie devrait ouvrir le lundi, tout le quartier est fermé ce jour-là', 'suggestion'],
    ['Le musée devrait proposer des visites en soirée pour ceux qui travaillent', 'suggestion'],
    ['Les supermarchés devraient garder une caisse avec une personne pour les anciens', 'suggestion'],
    ['la piscine devrais faire des cours pour adultes le soir', 'suggestion'],
    ["l'appli devrai afficher le solde sur l'écran d'accueil", 'suggestion'],
    // Guards: "devrait" beside shame or a fault stays a complaint, and a plain question stays one.
    ['Ce livreur devrait avoir honte, colis jeté par-dessus le portail', 'complaint'],
    ["Le colis devrait arriver quand ? Ça fait deux semaines d'attente", 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
    expect(read(text).lang).toBe('fr');
  });
});

describe('French: requests opened by an imperative', () => {
  it.each<[text: string, label: Label]>([
    ['Agrandissez les boutons de la caisse automatique, on ne voit rien', 'suggestion'],
    ["Ouvrez le guichet le samedi matin, c'est le seul jour où je peux venir", 'suggestion'],
    ['Vendez les recharges séparément svp', 'suggestion'],
    ['Adaptez le site aux petits écrans, tout déborde', 'suggestion'],
    ['Prolongez les horaires de la bibliothèque pendant les examens', 'suggestion'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('French: a problem put right is praise', () => {
  it.each<[text: string, label: Label]>([
    ['Appel à la banque ce matin, conseiller très patient, problème réglé en dix minutes', 'praise'],
    ["Carte bloquée à l'étranger, problème résolu en un appel", 'praise'],
    ["L'assurance m'a remboursé en trois jours, rien à ajouter", 'praise'],
    ['Écran fissuré remplacé sans discuter, respect', 'praise'],
    ['Changement de forfait fait en ligne, aucun chichi, aucune prise de tête', 'praise'],
    // Guards: the problem still there, or no refund, stays a complaint.
    ['Toujours pas remboursé après trois semaines', 'complaint'],
    ['Problème pas réglé malgré quatre appels', 'complaint'],
    ['Aucun respect pour les clients, on attend dehors sous la pluie', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('French: a wish in the conditional ("serait vraiment pratique", "ça changerait tout")', () => {
  it.each<[text: string, label: Label]>([
    ['Le paiement sans contact au marché serait vraiment pratique', 'suggestion'],
    ['Une appli pour suivre la file, ce serait super', 'suggestion'],
    ['Des vestiaires fermés à clé, ce serait trop bien', 'suggestion'],
    ['Un menu enfant le soir serait une bonne idée', 'suggestion'],
    ['Des horaires le dimanche, ça changerait tout pour nous', 'suggestion'],
    // Guards: plain praise and plain complaint keep their label.
    ['Le paiement sans contact au marché est vraiment pratique', 'praise'],
    ["Ce serait trop demander d'avoir une réponse ? Trois semaines d'attente", 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('French: promotions, job posts and news wording', () => {
  it.each<[text: string, label: Label]>([
    ['Vente flash ce week-end : -30 % sur toute la literie, offre valable jusqu’à dimanche', 'none'],
    ['Abonne-toi et commente ta saveur préférée pour participer, tirage vendredi', 'none'],
    ['La nouvelle gamme est disponible dès maintenant en magasin et en ligne', 'none'],
    ['La société recherche des conducteurs de bus, formation payée', 'none'],
    ['Le fromager du village remporte le prix du meilleur comté du salon', 'none'],
    ['Le transporteur visé par une enquête après des retards à répétition', 'none'],
    // Guard: a customer's complaint that names a promotion stays one.
    ["J'ai commandé pendant la vente flash et le colis n'est jamais arrivé", 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('French: praise said as a feeling ("quelle attention", "ça, c\'est du service")', () => {
  it.each<[text: string, label: Label]>([
    ["Le pharmacien a rappelé pour vérifier que j'allais mieux. Quelle attention", 'praise'],
    ["Pneu crevé un dimanche, le garagiste est venu quand même. Ça, c'est du service", 'praise'],
    ['Rendez-vous chez le vétérinaire trouvé le jour même, un miracle', 'praise'],
    ['La vendeuse a retrouvé ma taille dans un autre magasin et me l’a fait livrer. Waouh', 'praise'],
    ["L'infirmière de garde, un ange, elle a tout expliqué à ma mère", 'praise'],
    // Guard: "du service" in a complaint stays a complaint.
    ['Trois appels et personne ne répond, bonjour le service', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('French: a problem that no longer happens ("plus une seule coupure", Quebec "y\'a pu de")', () => {
  it.each<[text: string, label: Label]>([
    ['Plus une seule coupure depuis qu’ils ont changé le compteur', 'praise'],
    ['Plus un seul retard cette semaine sur la ligne 4', 'praise'],
    ["Depuis la nouvelle box y'a pu de déconnexions, c'est pas pire", 'praise'],
    ['Le train était à l’heure toute la semaine', 'praise'],
    ['Toujours à l’heure, ce chauffeur', 'praise'],
    // Guards: a problem back again, and lateness, stay complaints.
    ['Encore une coupure ce matin, la troisième de la semaine', 'complaint'],
    ["Pas un seul bus à l'heure depuis lundi", 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Hebrew: a request in the plural imperative after the name it addresses', () => {
  it.each<[text: string, label: Label]>([
    ['מאפיית השכונה, תפתחו גם ביום שישי אחר הצהריים', 'suggestion'],
    ['חברת החשמל, תשלחו הודעה לפני הפסקות מתוכננות', 'suggestion'],
    ['המסעדה של יוסי, תמכרו את הרוטב בצנצנות', 'suggestion'],
    ['הספרייה העירונית, תוציאו ניוזלטר חודשי עם ספרים חדשים', 'suggestion'],
    ['תחנה מרכזית, תכריזו על שינויים ברציפים גם בהודעה באפליקציה', 'suggestion'],
    // Guard: a giveaway that asks to write in the comments stays none.
    ['הגרלה! תכתבו בתגובות את המנה האהובה עליכם ותייגו חבר', 'none'],
  ])('%s → %s', (text, label) => {
    const post = detect({ text }, { name: '', handles: [], keywords: [] });
    expect(post.label).toBe(label);
    expect(post.lang).toBe('he');
  });
});

describe('Hebrew: everyday praise ("מלך", "סחתיין", "מי היה מאמין", "בלי שביקשתי")', () => {
  it.each<[text: string, label: Label]>([
    ['השליח עלה עם הארגזים עד הקומה הרביעית, מלך', 'praise'],
    ['סחתיין על השירות, הכל הגיע תוך יום', 'praise'],
    ['קבעתי תור לרופא שיניים באתר בדקה, מי היה מאמין', 'praise'],
    ['החנות החליפה לי את הנעליים בלי שביקשתי קבלה', 'praise'],
    ['החשמלאי היה מקצוען אמיתי, הכל מתוקתק', 'praise'],
    // Guard: a complaint that names a refund still complains.
    ['ביקשתי החזר כספי לפני חודש ועדיין כלום', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Greek: a wish to be able to ("θα ήθελα να μπορώ") and "θα έκανε τη διαφορά"', () => {
  it.each<[text: string, label: Label]>([
    ['Θα ήθελα να μπορώ να αλλάζω την ώρα παράδοσης από την εφαρμογή', 'suggestion'],
    ['Θα ήθελα να μπορούσα να πληρώνω με κάρτα στο περίπτερο του σταθμού', 'suggestion'],
    ['Ένα λεωφορείο μετά τα μεσάνυχτα θα έκανε τη διαφορά για τους φοιτητές', 'suggestion'],
    // Guard: "θα ήθελα να μάθω" asks a question.
    ['Θα ήθελα να μάθω πότε ανοίγει το κατάστημα την Κυριακή;', 'question'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
