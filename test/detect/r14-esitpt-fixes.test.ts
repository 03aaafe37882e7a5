import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Rows above each guard comment were misread before these lexicon entries (owning or getting a
// product told with pleasure, loyalty and repeat praise, complaints told as facts, sales and
// "X or Y?" asked of friends); the guards were read right before and still are.
describe('Spanish: getting a product with pleasure, loyalty, complaints told as facts, sales and choices', () => {
  it.each<[text: string, label: Label]>([
    ['por fin tengo el Acme Fold en mis manos 😭🙏', 'praise'],
    ['estrenando mi Acme Watch, qué ganas tenía', 'praise'],
    ['no veo la hora de estrenar el portátil de Acme', 'praise'],
    ['Acme es la única aseguradora en la que confío', 'praise'],
    ['ya son 9 años con Acme y no me cambio ni loco', 'praise'],
    ['Acme sabe cómo tratar a sus clientes: me cambiaron el router sin hacer preguntas', 'praise'],
    ['devolví el Acme Buds a la semana, se calentaba al cargar', 'complaint'],
    ['sube la tarifa y ahora pago más por la misma velocidad, gracias Acme', 'complaint'],
    ['regalo mi Acme antiguo a quien lo necesite, escribidme por privado', 'none'],
    ['¿Acme Fold o Acme Flip? cuál me pillo', 'none'],
    ['chicos, ¿a qué hora abre el centro comercial el domingo?', 'none'],
    // Guards: the same frames beside a delay, a refund awaited, irony, or a question to friends.
    ['¿esto sí es atención al cliente? tres horas para que me cuelguen', 'complaint'],
    ['no veo la hora de que Acme me devuelva el dinero', 'complaint'],
    ['por fin me llegó el pedido de Acme, tres semanas tarde', 'complaint'],
    ['me arrepiento de haberme comprado el Acme X, se calienta muchísimo', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Italian: getting a product with pleasure, loyalty, complaints told as facts, sales and choices', () => {
  it.each<[text: string, label: Label]>([
    ['finalmente ho il mio Acme Fold, non ci credo 😭', 'praise'],
    ["non vedo l'ora di provarlo, il nuovo Acme è in consegna", 'praise'],
    ["Acme è l'unica assicurazione di cui mi fido", 'praise'],
    ['dieci anni con Acme e non me ne vado neanche morto', 'praise'],
    ['Acme sa come trattare i clienti, mi hanno regalato un mese per il disagio', 'praise'],
    ['Acme mi ha fatto compagnia in tutte le notti di studio, vi devo tanto', 'praise'],
    ['ho reso le Acme Buds dopo una settimana, si scaldava la custodia', 'complaint'],
    ['Acme ha detto 3 giorni lavorativi, siamo a 12 giorni', 'complaint'],
    ['alzano la tariffa e pago 5€ in più per la stessa velocità', 'complaint'],
    ['Acme Fold o Acme Flip? quale mi conviene', 'none'],
    // Guards: the same frames beside a delay, a refund awaited, irony, or a question to friends.
    ['Così si tratta un cliente? Tre ore di attesa e poi nulla', 'complaint'],
    ["non vedo l'ora che Acme mi ridia i soldi", 'complaint'],
    ['finalmente è arrivato il mio ordine Acme 😍', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Portuguese: getting a product with pleasure, loyalty, complaints told as facts, sales and choices', () => {
  it.each<[text: string, label: Label]>([
    ['finalmente tenho meu Acme Fold, nem acredito 😭', 'praise'],
    ['não vejo a hora de estrear o notebook da Acme', 'praise'],
    ['a Acme é o único banco em que confio', 'praise'],
    ['a Acme me tirou de um sufoco, o cartão chegou no dia da viagem', 'praise'],
    ['9 anos de Acme e não saio nem a pau', 'praise'],
    ['a Acme cumpriu de novo, entrega no mesmo dia', 'praise'],
    ['devolvi o fone da Acme em uma semana, esquentava no carregamento', 'complaint'],
    ['a Acme disse 3 dias úteis, já são 12 dias', 'complaint'],
    ['desapego: Acme Fold usado, aceito proposta', 'none'],
    ['Acme Fold ou Acme Flip? qual eu compro', 'none'],
    ['galera, mais alguém sem internet da Acme agora?', 'complaint'],
    ['isso sim é atendimento? 3 horas pra falar com alguém', 'complaint'],
    // Guards: the same frames beside a delay, a refund awaited, irony, or a question to friends.
    ['não vejo a hora de a Acme devolver meu dinheiro', 'complaint'],
    ['galera, que horas abre o shopping no domingo?', 'none'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
