import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

describe('German and Dutch: praise that names the trouble it spared', () => {
  it.each<[text: string, label: Label]>([
    ['Umzug mit Packhelden, null Stress und alles heil', 'praise'],
    ['Seit zwei Jahren bei Netzbär, keinerlei Probleme', 'praise'],
    ['Ka Stress mit der Bahn heute, pünktlich da', 'praise'],
    ['Rückerstattung kam ohne Papierkram und ohne Rückfragen', 'praise'],
    ['Paket am nächsten Tag da, so soll es sein', 'praise'],
    ['Freundlich und schnell. So gehört sich das', 'praise'],
    ['Verhuizing met Sjouwteam, geen gezeur en alles heel', 'praise'],
    ['Retour zonder discussie teruggestort', 'praise'],
    ['Drie jaar geen problemen met mijn wasmachine van Wasgoed', 'praise'],
    ['Monteur kwam binnen het uur. Zo hoort het', 'praise'],
    ['Ze belden zelf terug om te checken of alles werkte, dat noem ik service', 'praise'],
    // Guards: the same words where something did go wrong.
    ['Seit dem Update nur Probleme mit der App', 'complaint'],
    ['Schon wieder Stress mit der Rechnung, dritte Mahnung', 'complaint'],
    ['Altijd gezeur met de bezorging, weer te laat', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('German and Dutch: everyday failures said plainly', () => {
  it.each<[text: string, label: Label]>([
    ['Das WLAN fällt ständig aus, seit dem Umzug', 'complaint'],
    ['Unser Internet fällt jeden Abend aus', 'complaint'],
    ['Nach der Creme hab ich Pickel bekommen', 'complaint'],
    ['Mir wurde ein benutztes Tablet als neu verkauft', 'complaint'],
    ['Man hätte uns vorher Bescheid sagen sollen, dass der Pool zu ist', 'complaint'],
    ['De wifi valt elke avond weg', 'complaint'],
    ['Het signaal valt regelmatig weg in huis', 'complaint'],
    ['Van die bodylotion kreeg ik uitslag', 'complaint'],
    ['Tweedehands laptop verkocht als nieuw', 'complaint'],
    ['Ze hadden ons moeten laten weten dat het zwembad dicht was', 'complaint'],
    // Guards: the same words in news, praise and requests.
    ['Das Konzert fällt wegen Regen aus, Ersatztermin folgt', 'none'],
    ['Sieht aus wie neu, danke für die Reparatur', 'praise'],
    ['Jullie moeten laten weten wanneer de winkel opengaat, graag op de site', 'suggestion'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('German and Dutch: everyday and dialect praise words', () => {
  it.each<[text: string, label: Label]>([
    ['Nach dem Update läuft die App butterweich', 'praise'],
    ['Die Banking-App läuft jetzt endlich flüssig', 'praise'],
    ['Regal in zehn Minuten aufgebaut, kinderleicht', 'praise'],
    ['Die neue Staffel hat richtig abgeliefert', 'praise'],
    ['Die Jungs vom Umzugsservice: Ehrenmänner', 'praise'],
    ['Dä Zopf vo de Beckerei isch eifach de bescht', 'praise'],
    ['Die Pflegerin hatte so viel Geduld mit meinem Opa', 'praise'],
    ['Die Suppe hier, ich bin sprachlos', 'praise'],
    ['De nieuwe bezorgdienst is echt een uitkomst voor mijn opa', 'praise'],
    ['De tandarts had zoveel geduld met mijn zoontje', 'praise'],
    ['Het personeel was heel respectvol tegen mijn moeder', 'praise'],
    ['De storing was binnen tien minuten opgelost', 'praise'],
    // Guards: patience run out, and a fault left unsolved.
    ['Mein Geduld ist am Ende, seit drei Wochen kein Paket', 'complaint'],
    ['Storing na drie dagen nog steeds niet opgelost', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('German and Dutch: requests as imperatives and as "would be" wishes', () => {
  it.each<[text: string, label: Label]>([
    ['Führt doch eine Bonuskarte ein, ich kaufe eh jede Woche hier', 'suggestion'],
    ['Legt bitte wieder Servietten in die Tüte', 'suggestion'],
    ['Zeigt die Wartezeit schon in der App an', 'suggestion'],
    ['Nehmt bitte Ukrainisch als Sprache in die App auf', 'suggestion'],
    ['Mehr Parkplätze vor dem Laden wären echt gut', 'suggestion'],
    ['Eine Erinnerung per SMS wäre total hilfreich', 'suggestion'],
    ['Nette Leute im Café. Hafermilch wär noch super', 'suggestion'],
    ['Zet de openingstijden gewoon op de website aub', 'suggestion'],
    ['Toon de prijs per kilo ook in de app', 'suggestion'],
    ['Doe de handleiding weer in de doos alsjeblieft', 'suggestion'],
    ['Begin eens met een spaarkaart voor vaste klanten', 'suggestion'],
    // Guards: the same verbs and wishes where nothing is asked.
    ['Das Personal war echt gut, wir kommen wieder', 'praise'],
    ['Zeigt mal wieder: der Support ist nicht erreichbar, seit Tagen keine Antwort', 'complaint'],
    ['Doe mee en win een jaar gratis koffie!', 'none'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Dutch: wishes with "zou … zijn" stressed, and requests closed by "alsjeblieft"', () => {
  it.each<[text: string, label: Label]>([
    ['Een melding als de bezorger in de buurt is zou heel handig zijn', 'suggestion'],
    ['Een spaarprogramma voor vaste klanten zou een goed idee zijn', 'suggestion'],
    ['Een donkere modus in de app zou echt fijn zijn', 'suggestion'],
    ['Fijn als de winkel op zondag ook open is', 'suggestion'],
    ['Een dagmenu voor kinderen alsjeblieft!', 'suggestion'],
    ['Meer fietsenrekken bij het station aub', 'suggestion'],
    // Guards: "please" said in anger, and "fine" as plain praise.
    ['Stop met die reclamebelletjes alsjeblieft, al drie keer vandaag gebeld', 'complaint'],
    ['Fijn personeel en lekker eten', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('German: "hätte gern" wishes and "hört auf" complaints', () => {
  it.each<[text: string, label: Label]>([
    ['Hätte die Sneaker gern auch in Größe 48', 'suggestion'],
    ['Wir hätten gerne eine Kinderkarte im Restaurant', 'suggestion'],
    ['Hört bitte auf, mir jeden Tag drei Werbemails zu schicken', 'complaint'],
    ['Hört endlich auf mit den ständigen Anrufen', 'complaint'],
    // Guards: a wish that is praise already met, and "aufhören" said happily.
    ['Genau so einen Service hätte ich gern öfter, danke euch', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
