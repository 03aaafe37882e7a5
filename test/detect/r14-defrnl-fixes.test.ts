import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Rows above each guard comment were misread before these lexicon entries; the guards were read right
// before and still are.
describe('German: loyalty and trust, counts and promises, which to buy, classifieds', () => {
  it.each<[text: string, label: Label]>([
    ['Acme ist die einzige Versicherung, der ich noch vertraue', 'praise'],
    ['Bei Acme weiß man wenigstens, wie man Kunden behandelt', 'praise'],
    ['Acme hat mich noch nie im Stich gelassen, auch diesmal nicht', 'praise'],
    ['Seit zehn Jahren bei Acme, die lassen einen nie im Stich', 'praise'],
    ['Zwölf Jahre Acme und nie einen Grund zu wechseln gehabt', 'praise'],
    ['Die Pizzen von Acme enttäuschen einfach nie', 'praise'],
    ['Acme Tab oder Acme Book, was würdet ihr nehmen?', 'none'],
    ['Acme Watch in schwarz oder silber, was soll ich mir holen?', 'none'],
    ['Acme meinte Rückruf innerhalb eines Tages. Das war vor zwei Wochen', 'complaint'],
    ['Alte Acme Konsole auf Kleinanzeigen gestellt, fast neu', 'none'],
    // Guards: the same words where the company let the person down, and a launch told as news.
    ['Acme hat mich schon wieder im Stich gelassen', 'complaint'],
    ['Acme enttäuscht mich jedes Mal aufs Neue', 'complaint'],
    ['RT @techblog: Acme Phone 9 ab Freitag im Handel, ab 699 Euro', 'none'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Dutch: loyalty and trust, "zeiden ze", which to buy, "te koop"', () => {
  it.each<[text: string, label: Label]>([
    ['Acme is de enige provider die ik echt vertrouw', 'praise'],
    ['Acme laat ons nooit in de steek, ook nu weer niet', 'praise'],
    ['Al jaren klant en geen enkele reden om over te stappen, Acme', 'praise'],
    ['Zonder Acme had ik die verhuizing nooit overleefd 😅', 'praise'],
    ['De koffie van Acme stelt gewoon nooit teleur ☕', 'praise'],
    ['Acme stelt echt teleur met die nieuwe update', 'complaint'],
    ['Acme stelt me teleur deze keer', 'complaint'],
    ['Acme 8 of Acme 9, welke zouden jullie kiezen?', 'none'],
    ['Acme Air of Acme Pro, wat moet ik nemen? Vooral voor Netflix', 'none'],
    ['Binnen een dag geleverd zeiden ze. Zit nu op dag vier', 'complaint'],
    ['Acme beloofde een monteur voor vrijdag, dat was vorige week', 'complaint'],
    ['Te koop: Acme stofzuiger, nog in doos', 'none'],
    // Guards: let down again, and a plain question to the company.
    ['Acme laat me weer in de steek, derde storing', 'complaint'],
    ['@acme wanneer komt de nieuwe Acme 9 uit?', 'question'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('French: loyalty and trust, days counted, promises, which to buy', () => {
  it.each<[text: string, label: Label]>([
    ["Acme, la seule appli bancaire en qui j'ai confiance", 'praise'],
    ['Chez Acme ils savent comment traiter leurs clients', 'praise'],
    ["Acme ne m'a jamais laissé tomber depuis que j'y suis", 'praise'],
    ['Client Acme depuis 2015, jamais eu envie de changer', 'praise'],
    ['Acme Pad ou Acme Tab, vous prendriez lequel ?', 'none'],
    ['Acme ou Brixo pour la fibre, vous choisiriez quoi ?', 'none'],
    ['Qui est chez Acme pour la box ? ça vaut le coup de changer ?', 'none'],
    ["On m'avait dit sous 48h, c'était il y a un mois. Acme", 'complaint'],
    ['Ça fait 4 jours que le technicien Acme devait passer', 'complaint'],
    ['Bravo Acme, rien de tel pour faire fuir les clients 👏', 'complaint'],
    // Guards: trust lost, and days counted with pleasure.
    ["Je n'ai plus confiance en Acme après ce prélèvement", 'complaint'],
    ["Ça fait 2 jours que j'ai mon Acme et je l'adore 😍", 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('German, French and Dutch: a company to rely on, a loyal customer, a date promised', () => {
  it.each<[text: string, label: Label]>([
    ['Auf Acme ist einfach Verlass, auch an Feiertagen', 'praise'],
    ['Bei Acme kann man sich verlassen, seit Jahren', 'praise'],
    ['Lieferung versprochen bis Mittwoch, jetzt ist Montag. Acme', 'complaint'],
    ['Avec Acme on peut compter sur eux, même le dimanche', 'praise'],
    ['Cliente fidèle chez Acme depuis le lycée et ça va rester comme ça', 'praise'],
    ['Op Acme kun je altijd rekenen, ook in het weekend', 'praise'],
    // Guards: no one to rely on, and a promise kept.
    ['Auf Acme ist kein Verlass mehr', 'complaint'],
    ['Kam wie versprochen bis Freitag, danke Acme', 'praise'],
    ['Precies zoals beloofd op tijd geleverd, top Acme', 'praise'],
    ['Monteur beloofd voor dinsdag, niemand gezien. Acme', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
