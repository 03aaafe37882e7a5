import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Each row but the guards was misread before the slang, slip and mixed-English entries were added.
describe('German, Dutch, French, Spanish, Italian and Portuguese: slang, slips and mixed English', () => {
  it.each<[text: string, label: Label]>([
    ['Der neue Laden am Markt ist einfach lit, nie wieder Supermarkt', 'praise'],
    ['Der Schlüsseldienst kam nachts und wollte nicht mal Geld für die Anfahrt', 'praise'],
    ['Rollwerk, Helme zum Ausleihen fänd ich super', 'suggestion'],
    ['Rollwerk macht doch mal einen Wochenpass, dann fahr ich öfter', 'suggestion'],
    ['Bäckerei Korn macht ihr auch glutenfreie Brötchen', 'question'],
    ['Die neue Staffel von Kinoklick hab ich in einer Nacht gesuchtet', 'praise'],
    ['Pakket bij de buren drie straten verder afgegeven. Lekker dan', 'complaint'],
    ['Troquet, y a moyen de réserver une table pour douze samedi ou pas ?', 'question'],
    ["Le nouveau kebab du coin c'est le sang de la veine", 'praise'],
    ['Canapé Doux, faut trop ajouter une livraison le soir, je bosse la journée', 'suggestion'],
    ['la academia me a ayudado un monton con el examen, lo aprobe a la primera', 'praise'],
    ['La frutería tendría que aceptar tarjeta, nadie lleva suelto', 'suggestion'],
    ['Esse app de treino é mó daora', 'praise'],
    ['Pão sem glúten na padaria do bairro, ia ser um match', 'suggestion'],
    // Guards: the neighbouring readings stay right.
    ['Vous faites des gâteaux sans gluten ?', 'question'],
    ['Die Lieferung kam schon wieder zu spät, fänd ich nicht so super', 'complaint'],
    ['Het eten was echt lekker, dank jullie wel', 'praise'],
    ['Lo sconto vale anche per i nuovi clienti?', 'question'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
