import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Every row not marked as a guard was misread before these entries.
describe('Spanish, Italian and Portuguese: thanks for a fee or a harm, irony beside a harm', () => {
  it.each<[text: string, label: Label]>([
    ['Gracias Acme por cancelarme la reserva el mismo día, un detallazo', 'complaint'],
    ['Gracias Acme por la comisión de 4€ por sacar mi propio dinero', 'complaint'],
    ['Grazie Acme per la commissione di 3 euro sul bonifico', 'complaint'],
    ['Obrigado Acme pela taxa de 10 reais pra emitir segunda via', 'complaint'],
    ['Grazie Acme per avermi bloccato la carta mentre pagavo la spesa', 'complaint'],
    ['Me encanta Acme: pago más por menos megas desde enero', 'complaint'],
    ['qué maravilla Acme, te meten publicidad hasta en el plan premium', 'complaint'],
    ['Fantastico, Acme ha perso la valigia e ora mi mandano il questionario di soddisfazione', 'complaint'],
    ['Top, a Acme já passou por três estados com a minha encomenda, menos a minha casa', 'complaint'],
    // Guards: thanks for a repair, and "useful" with nothing wrong beside it.
    ['Gracias Acme por arreglarme el router en una hora', 'praise'],
    ['Grazie Acme per avermi richiamato subito, gentilissimi', 'praise'],
    ['Obrigado Acme, o técnico veio no mesmo dia e resolveu tudo', 'praise'],
    ['La app de Acme es muy útil para pagar el bus', 'praise'],
    ['O app da Acme é muito prático, pago tudo por ele', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Spanish, Italian and Portuguese: questions that complain, and plain questions about a refund', () => {
  it.each<[text: string, label: Label]>([
    ['¿De verdad no hay nadie que atienda en Acme un sábado?', 'complaint'],
    ["C'è qualcuno che risponde all'assistenza Acme o devo andare di persona?", 'complaint'],
    ['Não tem ninguém pra atender na Acme depois das 17h?', 'complaint'],
    ['Quantas vezes mais vou ter que ligar pra Acme pra resolver isso?', 'complaint'],
    ['¿Cuánto tarda el reembolso de Acme si cancelé la reserva?', 'question'],
    ["In quanti giorni arriva il rimborso di Acme se ho annullato l'ordine?", 'question'],
    ['Quando cai o reembolso da Acme se eu cancelei a compra?', 'question'],
    // Guards: the fault named, and a refund weeks late.
    ['¿Me cobran la reconexión si el corte fue culpa suya, Acme?', 'complaint'],
    ['Acme me cobró de más y no hay nadie que me lo devuelva', 'complaint'],
    ['@acme quando arriva il rimborso del volo cancellato? sono passate tre settimane', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Spanish, Italian and Portuguese: praise that names a number, life in passing', () => {
  it.each<[text: string, label: Label]>([
    ['La batería del móvil de Acme dura el doble que la del anterior', 'praise'],
    ['Con Acme llevo 3 años y nunca me han dado problemas', 'praise'],
    ['Este finde nos mudamos 😭 y ya no me entra nada en el coche', 'none'],
    ['Il trasloco è finito 😭 non ci entra più niente in questa casa', 'none'],
    ['Stasera un freddo cane a Milano, resto a casa con la coperta', 'none'],
    ['Um frio de rachar hoje em Porto Alegre, vou ficar de casaco e chá o dia todo', 'none'],
    // Guard: a move asked about is still a question.
    ['Hoy llega la mudanza con Acme, ¿a qué hora suelen venir?', 'question'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
