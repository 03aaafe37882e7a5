import type { LexiconSource } from './types.ts';

export const nl: LexiconSource = {
  lang: 'nl',
  stopwords: `de, het, een, en, van, is, dat, die, niet, op, te, met, voor, zijn, er, maar, ook, als, bij, nog, wel,
    naar, ik, je, we, wij, ze, hebben, heeft, was, waren, dit, deze, om, aan, geen, heel, erg, zeer, dan, uit, hier,
    het, hij, zij, wordt, werd, worden, kan, kunnen, moet, moeten, zou, zullen, ons, onze, jullie, mijn, jouw, hun,
    haar, hem, al, alle, alles, veel, weer, toch, nu, nooit, altijd, daar, waar, wat, wie, hoe, omdat, want, of, tot, door`,
  praise: `
    !uitstekend*, !geweldig*, !fantastisch*, !perfect*, !heerlijk*, !prachtig*, !top, !super, !aanrader, goed*, ~beter,
    beste, lekker*, mooi*, leuk*, fijn*, vriendelijk*, behulpzaam*, attent*, ~snel*, aanbevel*, aan te raden,
    bedankt, dank, dankjewel, dankuwel, blij, tevreden*, enthousiast*, genoten, genieten, ~schoon*, gezellig*,
    sfeervol*, comfortabel*, professioneel*, efficiënt*, handig*, makkelijk*, betrouwbaar*, prima, voortreffelijk*,
    verrukkelijk*, smaakvol*, smakelijk*, gastvrij*, rustig*, ruim*, aangena*, knap*, indrukwekkend*, bijzonder*,
    aanrader, toppie, subliem*, uitmuntend*, zeker terug, komen terug, waar voor je geld, vers*
  `,
  complaint: `
    ~slecht*, !verschrikkelijk*, !vreselijk*, !waardeloos*, !belachelijk*, !schandalig*, !rampzalig*, teleurgesteld*,
    teleurstell*, boos, geïrriteerd*, kapot*, !werkt niet, doet het niet, !nooit meer, nog steeds niet, alweer,
    weer eens, wachten, wachttijd, gewacht, vertraging*, te laat, traag*, ~langzaam*, ~duur*, oplichting, oplichters,
    terugbetaling, geld terug, klacht*, klagen, probleem*, problemen, fout*, storing*, defect*, vies*, smerig*,
    vuil*, lawaai*, luidruchtig*, oncomfortabel*, ~koud*, matig*, middelmatig*, slechter, slechtste, ramp, nutteloos*,
    onacceptabel*, schande, onbeleefd*, onvriendelijk*, chagrijnig*, arrogant*, ongeïnteresseerd*, jammer, helaas,
    geannuleerd*, kwijt, niet aangekomen, geen antwoord, niemand, misleidend*, gelogen, smerig, walgelijk*, smakeloos*,
    zout*, aangebrand*, rauw*, ~klein*, stinkt, stank, kakkerlak*, ~niets, niet eens, troep, rommel, zonde, te duur,
    te lang, vergeten*, droog*, taai*, ontevreden*, onvoldoende*, gedateerd*, versleten*, aftands*
  `,
  question: `!weet iemand, !hoe kan ik, hoe moet ik, waar kan ik, is het mogelijk, een vraag, vraagje`,
  questionStart: `wat, hoe, wanneer, waar, wie, welk*, hoeveel, is, zijn, kan, kunnen, kunt, hebben, heeft, iemand`,
  rhetorical: `waarom, hoezo, hoe kan het`,
  suggestion: `!voeg alsjeblieft, !zouden jullie, zou fijn zijn, !zou mooi zijn, !zou leuk zijn, zou handig zijn,
    !jullie moeten, zouden moeten, ~zou, suggestie, voorstel, ik stel voor, waarom niet, ~toevoegen, optie om`,
  suggestionStart: `voeg, maak, geef, laat, zorg`,
  none: `!winactie, win, ~korting*, aanbieding*, actie, vacature*, wij zoeken, nieuws, volgens, meldt, kondigt`,
  negators: `niet, geen, nooit, zonder, niets, niks, nergens`,
  intensifiers: `heel, erg, zeer, echt, super, zo, te, best, ontzettend, enorm, hartstikke, uiterst, bijzonder`,
  contrast: `maar, echter, toch, hoewel, alleen, jammer`,
  personal: `ik, mij, me, mijn, wij, we, ons, onze, jij, je, jou, jouw, jullie, u, uw`,
  sarcasm: `bedankt voor niets, lekker dan, echt top weer`,
};
