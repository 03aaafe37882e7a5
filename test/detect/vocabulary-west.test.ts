import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

/** text, expected label, a cue text that must explain it (matched case-insensitively, accents kept). */
type Case = [text: string, label: Label, cue: string];

// Everyday review wording: each post carries its verdict only in words of service, value, food,
// delivery or apps that people use in reviews (no "bad", "great" or "never again" to lean on).
const CASES: Record<string, Case[]> = {
  de: [
    ['Die Bedienung war herablassend und patzig', 'complaint', 'herablassend'],
    ['Das Steak war wie eine Schuhsohle', 'complaint', 'wie eine schuhsohle'],
    ['Seit dem Update verbuggt, ich fliege ständig raus', 'complaint', 'verbuggt'],
    ['Wucherpreise für mickrige Portionen', 'complaint', 'wucherpreise'],
    ['Die Hotline hat mich dreimal abgewimmelt und vertröstet', 'complaint', 'abgewimmelt'],
    ['Zweimal abgebucht und bis heute keine Rückerstattung', 'complaint', 'zweimal abgebucht'],
    ['Paket kam zerdrückt an, der Inhalt zerbrochen', 'complaint', 'zerdrückt'],
    ['Tadellose Abwicklung, kaufe wieder', 'praise', 'tadellose'],
    ['Zimmer blitzsauber, Frühstück vom Feinsten, Preis-Leistung stimmt', 'praise', 'blitzsauber'],
    ['Hat meine Erwartungen übertroffen, jeden Cent wert', 'praise', 'jeden cent wert'],
    ['Unschlagbare Preise und die Lieferung war überpünktlich', 'praise', 'unschlagbare'],
    [
      'Nichts zu beanstanden, die Verkäuferin war geduldig und sympathisch',
      'praise',
      'nichts zu beanstanden',
    ],
  ],
  fr: [
    ['Le serveur était condescendant et franchement imbuvable', 'complaint', 'imbuvable'],
    ['Prélevé deux fois par la banque', 'complaint', 'prélevé deux fois'],
    ['La viande était carbonisée, dure comme de la semelle', 'complaint', 'carbonisée'],
    ['Colis arrivé cabossé, l’écran fissuré', 'complaint', 'cabossé'],
    ["L'appli me déconnecte toutes les cinq minutes, inutilisable", 'complaint', 'inutilisable'],
    ['Portions riquiqui pour un prix délirant', 'complaint', 'riquiqui'],
    ["La vendeuse m'a envoyé balader, quel mépris", 'complaint', 'envoyé balader'],
    ['Personnel courtois et très affable, rien à redire', 'praise', 'affable'],
    ['Une vraie pépite, les croissants sont croustillants et moelleux', 'praise', 'croustillants'],
    ['Ça a dépassé mes attentes, je la conseille les yeux fermés', 'praise', 'dépassé mes attentes'],
    ['Mon resto chouchou, je rachèterai leurs plats sans hésiter', 'praise', 'chouchou'],
  ],
  nl: [
    ['Het personeel was kortaf en nogal bazig', 'complaint', 'kortaf'],
    ['Twee keer afgeschreven door de webshop', 'complaint', 'twee keer afgeschreven'],
    ['Biefstuk als een schoenzool, brood kurkdroog', 'complaint', 'schoenzool'],
    ['Pakket kwam geplet aan, de helft ontbrak', 'complaint', 'geplet'],
    ['Van het kastje naar de muur gestuurd, wat een lijdensweg', 'complaint', 'kastje naar de muur'],
    ['Met een kluitje in het riet gestuurd door de klantendienst', 'complaint', 'kluitje in het riet'],
    ['Kamer was brandschoon en het ontbijt boven verwachting', 'praise', 'brandschoon'],
    ['Elke euro waard, echt een koopje', 'praise', 'elke euro waard'],
    ['Keitof winkeltje, de verkoper was hoffelijk en dacht mee', 'praise', 'keitof'],
    ['Probleem werd meteen opgelost, dikke pluim voor de helpdesk', 'praise', 'meteen opgelost'],
    ['Krokante frietjes met een smeuïge saus', 'praise', 'krokante'],
    ['De monteur was hoffelijk en heel bekwaam', 'praise', 'bekwaam'],
    ['Onverslaanbare prijzen en bliksemsnel bezorgd', 'praise', 'onverslaanbare'],
  ],
};

describe('detect: everyday review vocabulary in French, Dutch and German', () => {
  for (const [lang, cases] of Object.entries(CASES)) {
    describe(lang, () => {
      it.each(cases)('%s → %s', (text, label, cue) => {
        const d = detect({ text }, brand);
        expect(d.label, JSON.stringify(d.cues)).toBe(label);
        const explained = d.cues.filter((c) => c.label === label).map((c) => c.text.toLowerCase());
        expect(
          explained.some((t) => t.includes(cue.toLowerCase())),
          JSON.stringify(explained),
        ).toBe(true);
      });
    });
  }
});
