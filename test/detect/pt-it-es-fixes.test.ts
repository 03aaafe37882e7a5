import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const noBrand: BrandContext = { name: '', handles: [], keywords: [] };

const read = (text: string) => detect({ text }, noBrand);

describe('Portuguese: function words read as Portuguese', () => {
  it.each<[text: string, label: Label]>([
    // "no" (in the) is no English "no", "né" (isn't it) no Italian "né": nothing to negate.
    ['A funcionária no balcão foi simpática', 'praise'],
    ['A fila no caixa andou rápido hoje', 'praise'],
    ['Vi o anúncio no Instagram e fiquei curiosa', 'none'],
    ['Comprei no sábado e já chegou', 'none'],
    ['Encontrei o meu primo no shopping ontem, né', 'none'],
    // Portuguese negations still negate.
    ['O app não funciona desde ontem', 'complaint'],
    ['Não gostei do atendimento no balcão', 'complaint'],
  ])('%s → %s', (text, label) => {
    const r = read(text);
    expect(r.lang).toBe('pt');
    expect(r.label).toBe(label);
  });
});

describe('Portuguese: "devia", "podia" and requests', () => {
  it.each<[text: string, label: Label]>([
    // "devia ter" + a thing is a wish; "devia ter" + a past participle a reproach.
    ['O mercado devia ter mais caixas abertos aos domingos', 'suggestion'],
    ['A padaria devia ter pão sem lactose', 'suggestion'],
    ['Vocês deviam abrir uma filial em Braga', 'suggestion'],
    ['A farmácia podia entregar em casa', 'suggestion'],
    ['Deviam ter avisado que o voo mudou de horário', 'complaint'],
    ['A loja devia ter entregue na segunda e nada', 'complaint'],
    ['Deveriam ter vergonha desse atendimento', 'complaint'],
    // Sentence-initial imperatives and "pfv".
    ['Aumentem o tamanho da letra no app', 'suggestion'],
    ['Mostrem o preço final antes do checkout', 'suggestion'],
    ['Um modo escuro pfv', 'suggestion'],
    ['Seria útil poder pagar com MB Way', 'suggestion'],
    ['Gostava que abrissem mais cedo ao sábado', 'suggestion'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Portuguese: "sem …" that praises, and everyday praise and complaint words', () => {
  it.each<[text: string, label: Label]>([
    ['Trocaram a peça sem eu pedir, impecáveis', 'praise'],
    ['Abri a conta em dez minutos, sem burocracia nenhuma', 'praise'],
    ['Mudança feita sem um arranhão nos móveis', 'praise'],
    ['Pão quentinho e estaladiço, divinal', 'praise'],
    ['O suporte salvou o meu dia, valeu demais', 'praise'],
    ['O atendimento foi de primeira, volto sempre', 'praise'],
    // "sem" beside what went wrong still complains.
    ['Três dias sem internet e sem resposta', 'complaint'],
    ['A encomenda chegou com o ecrã riscado', 'complaint'],
    ['Cobraram-me a fatura duas vezes este mês', 'complaint'],
    ['A máquina de lavar deixou de funcionar ao fim de um mês', 'complaint'],
    ['A empregada ignorou-nos durante vinte minutos', 'complaint'],
    ['Esperei uma hora pelo técnico e ninguém apareceu', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Italian: "nemmeno", "neanche", "mica" negate; "senza …" that praises', () => {
  it.each<[text: string, label: Label]>([
    ['Il tecnico ha montato tutto senza fare storie, nemmeno un graffio sul parquet', 'praise'],
    ['Neanche un ritardo in tutto il mese, bravi', 'praise'],
    ['Non è per niente male la pizza di questo locale', 'praise'],
    ['Mica male questo ristorante, ci torno', 'praise'],
    ['Rimborso arrivato senza chiedere nulla, correttissimi', 'praise'],
    ['Il fornaio mi ha salvato la festa, siete dei maghi', 'praise'],
    // Nothing polar after them: still a complaint.
    ['Neanche una risposta alle mie email', 'complaint'],
    ['Mi hanno portato il piatto sbagliato e nessuno si è scusato', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Italian: requests and everyday complaints', () => {
  it.each<[text: string, label: Label]>([
    ["Ingrandite i caratteri dell'app, non si legge niente", 'suggestion'],
    ['Il supermercato dovrebbe aprire anche la domenica pomeriggio', 'suggestion'],
    ["Un tasto per annullare l'ordine sarebbe utilissimo", 'suggestion'],
    ["Il gioco è ingiocabile dopo l'aggiornamento", 'complaint'],
    ["Il cameriere è sparito per mezz'ora", 'complaint'],
    // A second person present that asks is a question, not a request.
    ['Aprite anche la domenica?', 'question'],
    ['Ho sbagliato taglia, posso fare il cambio?', 'question'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Spanish: "sin …", "cero …" and "ni un …" that praise, slang praise, requests', () => {
  it.each<[text: string, label: Label]>([
    ['La tienda me devolvió el dinero sin rechistar y sin papeleo', 'praise'],
    ['Contraté la fibra y cero líos con la instalación', 'praise'],
    ['Cero problemas con la mudanza, ni un rasguño en los muebles', 'praise'],
    ['Devolución hecha sin preguntar nada, así sí', 'praise'],
    ['El técnico me salvó el portátil antes del examen, os debo una', 'praise'],
    ['Nos trataron como de la familia, un detallazo el postre', 'praise'],
    ['El repartidor se rifó, subió la compra hasta el quinto sin ascensor', 'praise'],
    ['La nueva tarifa ayudaría mucho si incluyera roaming', 'suggestion'],
    ['Sería muy útil poder pagar con Bizum', 'suggestion'],
    // "sin" and "ni" beside what is missing still complain.
    ['Ni una respuesta del servicio técnico en una semana', 'complaint'],
    ['Sin luz desde ayer y nadie contesta', 'complaint'],
    ['El pedido llegó tarde y sin cubiertos', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe("negative concord: a negator inside another one's scope negates once", () => {
  it.each<[text: string, label: Label]>([
    ['O filme novo não me agradou nada', 'complaint'],
    ['O ginásio não está com nada desde que mudou de dono', 'complaint'],
    ['Não foi nada mau o jantar, voltamos', 'praise'],
    ['Não tenho nada a reclamar do hotel', 'praise'],
    ['La pizza no estaba nada mal, repetiremos', 'praise'],
    ['Il servizio non era per niente male', 'praise'],
    // Portuguese everyday words read with them.
    ['A loja perdeu o charme, agora é só correria', 'complaint'],
    ['A internet segue morta depois da visita do técnico', 'complaint'],
    ['A Net não falhou uma única vez durante as férias', 'praise'],
    ['A enfermeira foi um doce com a minha filha', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('giveaways, job posts and openings in Italian, Spanish and Portuguese are none', () => {
  it.each<[text: string]>([
    ['Per i nostri 10 anni estraiamo 5 buoni spesa tra chi commenta'],
    ['La pizzeria Da Gino cerca un pizzaiolo per il fine settimana'],
    ['Sabato inauguriamo il punto vendita di Torino, vi aspettiamo!'],
    ['Inauguramos tienda en Sevilla este sábado, os esperamos'],
    ['Sorteamos um kit de cafés entre os seguidores, inscreva-se no link da bio'],
  ])('%s → none', (text) => {
    expect(read(text).label).toBe('none');
  });
});

describe('a "why" about what the poster pays or bought, in languages that drop the pronoun', () => {
  it.each<[text: string, label: Label]>([
    ['Por que pago a taxa de entrega se fui buscar na loja?', 'complaint'],
    ['Quando é que alguém vem consertar o poste da minha rua?', 'complaint'],
    ['Perché pago il canone se la tv non la guardo?', 'complaint'],
    ['Cadê o reembolso que prometeram há duas semanas?', 'complaint'],
    // A "why" with no one in it still asks.
    ['Por que o céu fica vermelho ao pôr do sol?', 'question'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('English entries that are other words in Portuguese, Spanish and Italian', () => {
  it.each<[text: string, label: Label]>([
    ['Passei a noite no hospital com a minha mãe, que cansaço', 'none'],
    ['Mi hermana trabaja en el hospital y hoy salió tarde', 'none'],
    // Italian "cancello" (gate) and "freezer" are no English "cancel", "freeze".
    ['Il gelato dura un mese in freezer?', 'question'],
    ['Hanno montato il cancello nuovo in giornata, lavoro pulito', 'praise'],
    // Ending up in hospital is still an incident.
    ['A trotinete travou sozinha e fui parar ao hospital', 'complaint'],
    ['Se rompió el patinete en marcha y acabé en urgencias', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('chat spellings: "nn", "n" for the negation', () => {
  it.each<[text: string, label: Label]>([
    ['nn funziona più, cmq grazie', 'complaint'],
    ['o app n funciona desde ontem', 'complaint'],
    ['la app no funca desde ayer', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('chat spellings tell Portuguese', () => {
  it.each<[text: string, label: Label]>([
    ['tbm achei mto bom, vale msm', 'praise'],
    ['mto top, tava precisando', 'praise'],
    ['vc tá de brincadeira, mto ruim isso', 'complaint'],
  ])('%s → %s', (text, label) => {
    const r = read(text);
    expect(r.lang).toBe('pt');
    expect(r.label).toBe(label);
  });
});

describe('"non solo", "não só", "no solo" stress, and Italian "ne" is no "né"', () => {
  it.each<[text: string, label: Label]>([
    ['El curso no solo es útil, también es divertido', 'praise'],
    ['O hotel não só é limpo como tem ótimo café da manhã', 'praise'],
    ['Il personale non solo è gentile ma anche preparatissimo', 'praise'],
    ['Ho comprato le lenti a contatto mensili, ne ho presi due pacchi', 'none'],
    ['Non mi hanno dato né il rimborso né una risposta', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('"nothing to envy" and "did not charge me" praise', () => {
  it.each<[text: string, label: Label]>([
    ['El pan de esta panadería no tiene nada que envidiar al de París', 'praise'],
    ['El mecánico cambió la bombilla y no me cobró nada', 'praise'],
    ['O bolo daqui não tem nada a invejar ao da minha avó', 'praise'],
    ['Il tecnico ha sistemato la caldaia e non mi hanno fatto pagare niente', 'praise'],
    ['Me cobraron dos veces el mismo pedido', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('thanks that hold a negation', () => {
  it.each<[text: string, label: Label]>([
    ['Non finirò mai di ringraziarvi per la pazienza', 'praise'],
    ['Não sei como agradecer a ajuda da equipe', 'praise'],
    ['No sé cómo agradeceros lo que hicisteis por mi madre', 'praise'],
    ['Costa troppo per quello che offre', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
