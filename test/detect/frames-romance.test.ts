import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

// The hard cases read as the evaluation reads them, without a brand; a question to other people
// is read with the brand mentioned in passing, as the brand rule needs it.
const noBrand: BrandContext = { name: '', handles: [], keywords: [] };
const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };
type Row = [text: string, label: Label];

function expectRow([text, label]: Row, context: BrandContext): void {
  const d = detect({ text }, context);
  expect(d.label, `${text} → ${JSON.stringify(d.cues.slice(0, 4))}`).toBe(label);
}

const complaintAsQuestion: Row[] = [
  ['¿Por qué me hacéis pagar la reconexión si el corte fue cosa vuestra?', 'complaint'],
  ['¿Cuánto tiempo más tengo que esperar para que me devuelvan el dinero?', 'complaint'],
  ['¿Cómo puede ser que el técnico no aparezca por tercera vez?', 'complaint'],
  ['¿Hasta cuándo vamos a estar así? Llevo días sin poder entrar en la app', 'complaint'],
  ['Pourquoi vous me facturez encore des frais de dossier ?', 'complaint'],
  ['Combien de temps encore avant que le service client me rappelle ?', 'complaint'],
  ["Comment ça se fait qu'on me demande une troisième fois le même justificatif ?", 'complaint'],
  ["Sérieusement, pourquoi je paie un abonnement si la box ne tient qu'un jour sur deux ?", 'complaint'],
  ['Pourquoi la borne affiche toujours hors ligne ? Ça arrive tout le temps', 'complaint'],
  ['Perché mi addebitate ancora il canone se ho disdetto a marzo?', 'complaint'],
  ['Quante volte devo ancora chiamare per parlare con una persona?', 'complaint'],
  ['Come mai il pacco è fermo da una settimana nello stesso magazzino?', 'complaint'],
  ['Ma siamo seri? Il tecnico doveva passare stamattina', 'complaint'],
  ['Quantas vezes vou ter que ligar até me atenderem?', 'complaint'],
  ['Como assim o pedido foi entregue se ninguém tocou a campainha?', 'complaint'],
  ['Como pode o pacote estar parado há dez dias no mesmo sítio?', 'complaint'],
  ['Sério que o app caiu? Já é a terceira vez essa semana', 'complaint'],
];

const praiseWrappedSuggestion: Row[] = [
  ['Me encanta la app, lo único que echo en falta es un modo oscuro', 'suggestion'],
  ['El hotel es precioso y el personal majísimo. Si tuvieran cortinas opacas sería de diez', 'suggestion'],
  ['Qué rico el pan de esta panadería, me encantaría que abrieran también los domingos', 'suggestion'],
  ['La app está bien chida, estaría padre poder pagar con QR', 'suggestion'],
  ["J'adore l'appli, ce serait encore mieux avec un export PDF", 'suggestion'],
  ['Hôtel superbe, personnel adorable. Des rideaux occultants seraient les bienvenus', 'suggestion'],
  ['Très bon resto ! Si vous pouviez ouvrir le dimanche, ce serait le rêve', 'suggestion'],
  ['Appli super intuitive, il manque seulement un mode hors ligne', 'suggestion'],
  ['Adoro questa app, manca giusto la modalità scura', 'suggestion'],
  ['Hotel bellissimo e staff gentilissimo, con le tende oscuranti sarebbe il top', 'suggestion'],
  ['Gelato buonissimo! Se apriste anche d\u2019inverno sarei felice', 'suggestion'],
  ['Personale gentilissimo, mi piacerebbe vedere anche qualche piatto vegano nel menù', 'suggestion'],
  ['Amo o app, só faltam as notificações pelo WhatsApp', 'suggestion'],
  ['Hotel maravilhoso, se tivesse cortinas blackout seria o máximo', 'suggestion'],
  ['O pastel de nata é divinal, se abrissem ao domingo era perfeito', 'suggestion'],
  ['Atendimento excelente! Um programa de pontos ia ajudar muito', 'suggestion'],
];

const proposingQuestion: Row[] = [
  ['¿Habéis pensado en abrir una tienda en Valencia?', 'suggestion'],
  ['¿Podríais ofrecer clases por la tarde?', 'suggestion'],
  ['¿Y si hicieran una versión sin azúcar?', 'suggestion'],
  ['¿Qué tal si sacáis una tarifa solo de datos?', 'suggestion'],
  ['Vous pourriez proposer une formule sans engagement ?', 'suggestion'],
  ["Un mode hors ligne, c'est envisageable ?", 'suggestion'],
  ['Et si vous ouvriez une boutique à Lyon ?', 'suggestion'],
  ['Une carte de fidélité, ça vous dirait ?', 'suggestion'],
  ['Avete mai pensato di aprire un punto vendita a Torino?', 'suggestion'],
  ['Non si potrebbe avere la fattura anche via email?', 'suggestion'],
  ['E se faceste una versione senza zucchero?', 'suggestion'],
  ['Fareste anche la consegna a domicilio?', 'suggestion'],
  ['Dava pra ter um plano só de internet?', 'suggestion'],
  ['Que tal uma opção vegana no cardápio?', 'suggestion'],
  ['Vocês já pensaram em abrir uma loja no Porto?', 'suggestion'],
  ['E se abrissem mais cedo aos sábados?', 'suggestion'],
];

const sarcasm: Row[] = [
  ['Genial, por enésima vez me dejan sin luz. Qué sorpresa', 'complaint'],
  ['Me encanta cómo me cobran el envío dos veces. Un clásico', 'complaint'],
  ['Me encanta cuando la app se cae justo el día de cobro. Aventura garantizada', 'complaint'],
  ["J'adore quand l'appli me déconnecte toutes les cinq minutes. Bravo", 'complaint'],
  ['Génial, pour la énième fois le colis part ailleurs. Comme d’habitude !', 'complaint'],
  // "au moins" / "pelo menos" (at least) also close sincere mixed reviews: not sarcasm markers.
  ["Trois heures d'attente au guichet. Top, comme toujours", 'complaint'],
  ["Adoro quando l'app si blocca proprio al momento del pagamento. Ottimo lavoro", 'complaint'],
  ["Per l'ennesima volta senza acqua calda. Servizio impeccabile, come al solito", 'complaint'],
  ['Che sorpresa, il treno è di nuovo in ritardo. Bravi bravi', 'complaint'],
  ['Adoro quando o app trava bem na hora do pagamento. Show!', 'complaint'],
  ['Pela quinta vez sem água esta semana. Maravilhoso, como sempre', 'complaint'],
  ['Três horas na fila do banco. Ótimo, como sempre', 'complaint'],
  ['Esto es un chiste: dos horas para cambiar una rueda. Genial', 'complaint'],
  ["Bonjour l'accueil, vraiment. Bravo l'équipe", 'complaint'],
  ['Bella roba, un mese per cambiare un indirizzo. Complimenti', 'complaint'],
];

const thanksForNothing: Row[] = [
  ['Gracias para nada, sigo igual', 'complaint'],
  ['Gracias por la respuesta automática, mi maleta sigue en Lisboa', 'complaint'],
  ['Gracias por dejarme tirado en la estación. Todo un detalle', 'complaint'],
  ['Merci bien pour rien, je me débrouillerai seul', 'complaint'],
  ['Merci pour la réponse automatique, mon colis est toujours introuvable', 'complaint'],
  ['Merci de me faire payer la livraison deux fois, trop aimable', 'complaint'],
  ['Grazie per nulla, davvero', 'complaint'],
  ['Grazie mille eh, dopo tre chiamate nessuno mi richiama', 'complaint'],
  ['Grazie per la risposta automatica, la mia valigia è ancora a Lisbona', 'complaint'],
  ['Obrigadinho pela resposta genérica, o problema continua igual', 'complaint'],
  ['Valeu pelo e-mail automático, meu pedido continua sumido', 'complaint'],
  ['Muito obrigado por me deixarem na linha meia hora. Atendimento nota dez, como sempre', 'complaint'],
];

const toOthers: Row[] = [
  ['¿Cómo os fue con la fibra de Acme? Estoy pensando en cambiarme', 'none'],
  ['Entre Acme y Fibranet, ¿cuál preferís para teletrabajar?', 'none'],
  ['Los que tenéis el seguro de Acme, ¿os cubren el móvil?', 'none'],
  ['Pregunto por una amiga: ¿el gimnasio de Acme tiene guardería?', 'none'],
  ['Qui a déjà eu la box Acme à la campagne ? Le débit tient ?', 'none'],
  ['Laquelle est la meilleure, la box Acme ou la Fibranet ? Avis honnêtes bienvenus', 'none'],
  ['Quelqu’un ici a déjà résilié chez Acme ? C’était long ?', 'none'],
  ["Qui connaît la mutuelle d'Acme ? Elle rembourse bien les lunettes ?", 'none'],
  ['Qualcuno qui ha la fibra Acme a Bologna? Com’è la velocità la sera?', 'none'],
  ["Come vi trovate con l'assicurazione Acme? Sto pensando di cambiare", 'none'],
  ['Chiedo un consiglio: meglio la palestra Acme in centro o quella sotto casa?', 'none'],
  ["Chiedo per mia sorella: la carta Acme funziona anche all'estero?", 'none'],
  ['Quem já usou o cartão da Acme no exterior? Cobra IOF?', 'none'],
  ['Vale mesmo a pena o plano família da Acme?', 'none'],
  ['Alguém aqui tem a fibra da Acme em Campinas? Preciso de opiniões', 'none'],
  ['Quem já foi ao restaurante da Acme no Chiado? Compensa?', 'none'],
];

// Ordinary posts the frames must leave alone: a plain question to the brand, plain praise.
const unchanged: Row[] = [
  ['¿Cuánto me cobran por enviar un paquete a Chile?', 'question'],
  ['Me encanta cómo cocinan aquí, todo riquísimo', 'praise'],
  ['¿Abren los domingos por la tarde?', 'question'],
  ['Ouvrez-vous le dimanche ?', 'question'],
  ["Un grand merci à toute l'équipe, service impeccable", 'praise'],
  ['Vendete anche i ricambi per il frullatore?', 'question'],
  ['Da quando sono passato a voi la connessione è velocissima', 'praise'],
  ['Quanto cobram pela entrega em Lisboa?', 'question'],
  ['O pessoal foi muito simpático, obrigado!', 'praise'],
  ['¿Cuántas veces puedo cambiar la fecha del vuelo?', 'question'],
  ['¿Hay lista de espera para el curso de inglés?', 'question'],
  ['En serio, qué buen servicio', 'praise'],
  ['Sérieusement, le meilleur resto du quartier', 'praise'],
  ["C'est pas possible de payer en espèces ?", 'question'],
  ['Quante volte si può modificare la prenotazione?', 'question'],
  ['Quantas vezes posso remarcar a consulta?', 'question'],
  ['Vous pourriez me rappeler avant 18h ?', 'question'],
  ["C'est prévu pour quand, la livraison ?", 'question'],
  ['¿Está previsto que llegue hoy mi pedido?', 'question'],
  ['Farete sconti per il Black Friday?', 'question'],
];

describe('detect: a complaint asked as a question in Spanish, French, Italian and Portuguese', () => {
  it.each(complaintAsQuestion)('%s → %s', (...row) => expectRow(row, noBrand));
});

describe('detect: a suggestion wrapped in praise in Spanish, French, Italian and Portuguese', () => {
  it.each(praiseWrappedSuggestion)('%s → %s', (...row) => expectRow(row, noBrand));
});

describe('detect: a question that proposes in Spanish, French, Italian and Portuguese', () => {
  it.each(proposingQuestion)('%s → %s', (...row) => expectRow(row, noBrand));
});

describe('detect: sarcasm in Spanish, French, Italian and Portuguese', () => {
  it.each(sarcasm)('%s → %s', (...row) => expectRow(row, noBrand));
});

describe('detect: thanks for nothing in Spanish, French, Italian and Portuguese', () => {
  it.each(thanksForNothing)('%s → %s', (...row) => expectRow(row, noBrand));
});

describe('detect: a question to other people in Spanish, French, Italian and Portuguese', () => {
  it.each(toOthers)('%s → %s', (...row) => expectRow(row, brand));
});

describe('detect: ordinary posts the Romance frames leave alone', () => {
  it.each(unchanged)('%s → %s', (...row) => expectRow(row, noBrand));
});
