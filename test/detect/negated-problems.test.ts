import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

describe('a problem denied is praise', () => {
  it.each<[text: string, label: Label]>([
    // A negator just before a complaint phrase flips it, as it flips a complaint word.
    ['Two years with Acme and no hidden fees, ever', 'praise'],
    ['Rented a car from them, brand new and no hidden charges', 'praise'],
    ['never any dropped calls since I moved to them', 'praise'],
    ['not one dropped call in six months', 'praise'],
    ['Cartão funcionou na viagem toda, sem taxas escondidas', 'praise'],
    ['استأجرت سيارة منهم، جديدة وما في أي رسوم مخفية', 'praise'],
    ['Wir hatten keine versteckten Kosten, alles transparent', 'praise'],
    // English "have" negated: "haven't had", "hasn't broken".
    ["haven't had any issues with it", 'praise'],
    ["haven't had one issue with them abroad", 'praise'],
    ['hasn’t broken once in two years', 'praise'],
    ['not a single breakdown in 120k miles', 'praise'],
    ["the queue looked long but it didn't take long at all", 'praise'],
    ['the hoodie washes well and there is no shrinking at all', 'praise'],
    ['nothing but good things to say about the team', 'praise'],
    ['Crisp screen and the speakers are loud enough for the whole room', 'praise'],
    // Persian: no problem has come up.
    ['یک ساله دارم استفاده میکنم مشکلی پیش نیامده', 'praise'],
    ['مشکلی برام پیش نیومد', 'praise'],
    // Persian negated light verbs after a problem: "hasn't broken", "no itching any more".
    ['یک ساله دارمش و هنوز خراب نشده', 'praise'],
    ['بعد از این کرم دیگه خارش ندارم', 'praise'],
    ['ماشین‌هاشون هیچوقت خراب نمیشن', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('guards: problems that stay complaints (read so before too)', () => {
  it.each<[text: string, label: Label]>([
    // A negator further away belongs to another clause.
    ["I don't know why I was charged twice this month", 'complaint'],
    ['no idea why my account keeps logging me out', 'complaint'],
    // A phrase that opens with a function word is a piece of a clause the negator does not reach.
    ['la batería dura dos horas desde la actualización. no es normal', 'complaint'],
    ['O perfume novo não tem nada de especial, some em uma hora', 'complaint'],
    // The negated forms of "have" still say what never came.
    ["haven't received my refund after three weeks", 'complaint'],
    ["hasn't arrived yet and nobody replies", 'complaint'],
    ['dropped calls all day again', 'complaint'],
    ['hidden fees everywhere, never again', 'complaint'],
    ["it's so loud I can't sleep", 'complaint'],
    ['my new jumper shrank in the first wash', 'complaint'],
    ['سفارشم هنوز نیومده', 'complaint'],
    ['سفارشم خراب رسید و پولم رو پس ندادن', 'complaint'],
    ['اینترنت قطع شد و هنوز وصل نشده', 'complaint'],
    ['مشکل پیش اومده و کسی جواب نمیده', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Italian told from Spanish and Portuguese by its double consonants', () => {
  it.each<[text: string]>([
    ['Ottimo prodotto, unico difetto la batteria dura poco'],
    ['Prodotto fantastico, consegna veloce'],
    ['Il frigo fa un rumore insopportabile'],
    ['Il negozio dovrebbe aprire la domenica'],
  ])('%s is read as Italian', (text) => {
    expect(read(text).lang).toBe('it');
  });
  // Guards, read so before too.
  it.each<[text: string, lang: string]>([
    ['La calidad del producto es excelente', 'es'],
    ['Produto ótimo, chegou rapidinho', 'pt'],
    ['Kargo çok geç geldi, bitti artık sabrım', 'tr'],
  ])('%s stays %s', (text, lang) => {
    expect(read(text).lang).toBe(lang);
  });
});

describe('service wording that names no problem', () => {
  it.each<[text: string, label: Label]>([
    ['u open late tonight? need a midnight pizza', 'question'],
    ['What are the opening hours of the customer service line?', 'question'],
    ['can I freeze my membership while I travel for two months?', 'question'],
    ['does the 42 bus go past the hospital or do I need to change?', 'question'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
  // Guards, read so before too.
  it.each<[text: string, label: Label]>([
    ['the store opened late again, third time this week', 'complaint'],
    ['my app keeps freezing', 'complaint'],
    ['food poisoning from your burger, ended up in hospital', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('a function word is the post language’s own only when that language is beyond doubt', () => {
  // "no" is Portuguese "in the" and the Spanish negator: a short post leaves the language in
  // doubt, so the Spanish lexicon still reads its negator.
  it.each<[text: string, label: Label]>([
    ['No volvemos.', 'complaint'],
    ['La pizza no está a la altura.', 'complaint'],
    // Guards, read so before too: clearly Portuguese, "no" is "in the".
    ['A atendente no balcão foi muito simpática', 'praise'],
    ['Comprei no sábado e já chegou, obrigada', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
