import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Every row not marked as a guard was misread before these fixes.

describe('Persian, Spanish, Dutch, Portuguese and Italian: questions to other people', () => {
  it.each<[text: string, label: Label]>([
    ['کسی با قطار شبانه رفته مشهد؟ کوپه‌هاش تمیزه؟', 'none'],
    ['کسی از این فروشگاه لپ‌تاپ خریده؟ گارانتیش واقعیه؟', 'none'],
    ['کسی تا حالا از Acme بلیت گرفته؟ پولش زود برمی‌گرده؟', 'none'],
    ['کسایی که اینترنت فیبر Acme دارن، شب‌ها سرعتش چطوره؟', 'none'],
    ["¿Acme deja pagar a plazos sin intereses? Pregunto pa' mi hermano", 'none'],
    ['¿Los vuelos de Acme llevan enchufes? Dudando si coger el de las seis', 'none'],
    ['Quem tem plano da Acme: a franquia de bagagem inclui mochila?', 'none'],
    ['Quem usa a Acme no interior, o sinal pega bem?', 'none'],
    ['Chi ha la fibra di Acme a Bari: quanto va davvero la sera?', 'none'],
    ['Acme consegna anche la domenica? Chi lo sa?', 'none'],
    ['Iemand die bij Acme een laptop kocht? Hoe gaat het met de garantie?', 'none'],
    // Told, not asked: nobody from the company called.
    ['کسی از Acme زنگ نزد، سه روزه منتظرم', 'complaint'],
    // Guards: "for those who have" asks the brand; a negated frame with no question mark complains.
    ['Acme, vocês têm desconto pra quem tem mais de 65 anos?', 'question'],
    ['Acme, avete un abbonamento per chi ha meno di 26 anni?', 'question'],
    ['هیچ کسی از پشتیبانی Acme جواب نداد', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('"why" put to a company complains; stalled and stopped services', () => {
  it.each<[text: string, label: Label]>([
    ['Perché il negozio Acme di via Roma apre alle 11 il sabato?', 'complaint'],
    ['Por que a Acme só atende por telefone em horário comercial?', 'complaint'],
    ['¿Por qué la web de Acme pide el DNI para ver los precios?', 'complaint'],
    ['Waarom gaat de winkel van Acme op zaterdag pas om elf uur open?', 'complaint'],
    ['چرا اپ Acme برای هر خرید یه کد تایید جدید می‌خواد؟', 'complaint'],
    ['Il pacco di Acme è fermo su "in consegna" da tre giorni', 'complaint'],
    ['O ônibus da Acme parou de passar no meu bairro', 'complaint'],
    // Guards: a "why" about life asks; "why don't you…" proposes.
    ['Perché le foglie cambiano colore in autunno? Me lo chiede sempre mia figlia', 'question'],
    ['Acme, perché non aprite anche la domenica? Sarebbe comodissimo', 'suggestion'],
    ['Por que não vendem o pão integral também na loja do centro, Acme?', 'suggestion'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Spanish, Portuguese, Italian and Dutch: everyday life that names no service', () => {
  it.each<[text: string, label: Label]>([
    ['Tormentón en la sierra, tarde de sofá con manta y chocolate', 'none'],
    ['Tembló otra vez en Oaxaca, todos bien, solo el susto', 'none'],
    ['Primavera en el parque con mis amigos, qué maravilla de tarde', 'none'],
    ['In pigiama sul divano con uno spritz, che serata perfetta', 'none'],
    ['Mijn dochtertje is jarig en het is kermis in het dorp, wat een feest', 'none'],
    ['Voor de kermis komt de hele familie, gezellig', 'none'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Thanks for nothing and sarcastic set phrases', () => {
  it.each<[text: string, label: Label]>([
    ['Obrigado Acme por me cobrarem a entrega duas vezes', 'complaint'],
    ['Grazie tante Acme, il corriere ha lanciato il pacco nel cortile', 'complaint'],
    ['Cita con Acme para dentro de cuatro meses. Con esta agilidad llegamos lejos', 'complaint'],
    // Guards: "carrinho" (a pram) is no "carinho"; thanks that mean it stay praise.
    ['O carrinho de bebê da Acme chegou certinho, obrigada', 'praise'],
    ['Mi hanno chiamato per nome alla cassa, che gentili. Grazie Acme', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Persian: "a head and shoulders above", "has no rival"', () => {
  it.each<[text: string, label: Label]>([
    ['این لپ‌تاپ از بقیه یک سر و گردن بالاتره', 'praise'],
    ['تو این قیمت هیچ رقیبی نداره', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
