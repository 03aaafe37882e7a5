import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: '', handles: [], keywords: [] };

// [post, label, language]; the language is left out (undefined) where a function word of a
// Latin-script language outvotes the transliterated one (Arabizi's article "el" is Spanish too) and
// no Arabizi digit inside a word ("ba3d", "mo7taram") says otherwise.
type Row = [string, string, string | undefined];

const rows: Record<string, Row[]> = {
  'Russian in Latin letters': [
    ['kurer byl vezhlivyj, vse privez vovremya, spasibo bolshoe', 'praise', 'ru'],
    ['personal druzhelyubnyj, ceny normalnye, vsem sovetuyu', 'praise', 'ru'],
    ['zhdali zakaz poltora chasa, eda prishla holodnaya', 'complaint', 'ru'],
    ['prilozhenie banka opyat vyletaet pri vhode, nevozmozhno polzovatsya', 'complaint', 'ru'],
    ['operator nahamil i brosil trubku, otvratitelnyj servis', 'complaint', 'ru'],
    ['nu spasibo, zhdu vozvrat uzhe tretyu nedelyu', 'complaint', 'ru'],
    ['podskazhite, do skolki rabotaet dostavka v voskresenye?', 'question', 'ru'],
    ['skolko stoit dostavka za gorod?', 'question', 'ru'],
    ['rebyata, dobavte temnuyu temu v prilozhenie', 'suggestion', 'ru'],
    ['Pekarnya Zarya, sdelajte oplatu kartoj pri poluchenii', 'suggestion', 'ru'],
    ['segodnya otkryvaetsya novyj filial na naberezhnoj, rabotaet s 9 do 21', 'none', 'ru'],
    ['tolko u menya prilozhenie vyletaet posle obnovleniya?', 'complaint', 'ru'],
  ],
  'Ukrainian in Latin letters': [
    ['kurier pryviz vse vchasno, duzhe vvichlyvyi, diakuiu', 'praise', 'uk'],
    ['smachna kava i pryiemnyi personal, vsim raiu', 'praise', 'uk'],
    ['zamovlennia chekaiu vzhe tyzhden, nikhto ne vidpovidaie', 'complaint', 'uk'],
    ['yizha pryikhala kholodna i bez napoiv, zhakh', 'complaint', 'uk'],
    ['zastosunok banku postiino zavysaie, nemozhlyvo uvity', 'complaint', 'uk'],
    ['pidkazhit, chy pratsiuiete vy u vykhidni?', 'question', 'uk'],
    ['skilky koshtuie dostavka do Lvova?', 'question', 'uk'],
    ['bulo b chudovo dodaty oplatu kartkoiu pry otrymanni', 'suggestion', 'uk'],
    ['Kavarnia Lypa, dodaite bud laska bezlaktozne moloko', 'suggestion', 'uk'],
    ['sohodni vidkryvsia novyi mahazyn na Podoli, pratsiuie z 9 do 21', 'none', 'uk'],
    ['chy tilky v mene zastosunok ne vidkryvaietsia?', 'complaint', 'uk'],
  ],
  Arabizi: [
    ['el delivery kan saree3 gedan w el akl so5n, shokran ya regala', 'praise', 'ar'],
    ['el staff mo7tarameen awy w el as3ar kwayesa, ansa7 bih', 'praise', 'ar'],
    ['el khedma wayed zaina w sar3a, ya3tekom el 3afya', 'praise', 'ar'],
    ['el order wesel ba3d sa3teen w el akl bared, mesh 7elw khales', 'complaint', 'ar'],
    ['el app bey2afel lewa7do kol shwaya, 2araft', 'complaint', 'ar'],
    ['el talab ma wosel la hala2 w ma 7ada 3am yrd 3layi', 'complaint', 'ar'],
    ['emta el far3 el gedid hayeftah? w feen bezabt?', 'question', undefined],
    ['kam se3r el eshterak el shahri?', 'question', undefined],
    ['law sama7to zawedo el daf3 cash 3and el estelam', 'suggestion', undefined],
    ['Matbakh Sitti, e3melo wagbat soghayara lel atfal', 'suggestion', 'ar'],
    ['el far3 el gedid hayeftah yom el khamees fel ma3adi', 'none', undefined],
    ['ana bas elly el app mesh byeftah 3andi?', 'complaint', 'ar'],
  ],
  Finglish: [
    ['ghaza garm va tazeh resid, peyk ham kheili moadab bood', 'praise', 'fa'],
    ['keyfiat aali, gheymat monaseb, be hame pishnahad mikonam', 'praise', 'fa'],
    ['do hafte ast montazere sefaresham, hichkas javab nemide', 'complaint', 'fa'],
    ['barname bank hey hang mikone, aslan nemishe vared shod', 'complaint', 'fa'],
    ['poshtibani kheili bad barkhord kard, dige azashun kharid nemikonam', 'complaint', 'fa'],
    ['hazine ersal be Shiraz chande?', 'question', 'fa'],
    ['saat kari shoma ta chand hast?', 'question', 'fa'],
    ['lotfan ye gozine pardakht dar mahal ham ezafe konid', 'suggestion', 'fa'],
    ['Nanvaei Golestan, nan barbari ham bepazid lotfan', 'suggestion', 'fa'],
    ['shobe jadid az shanbe dar khiaban Vali Asr baz mishe', 'none', 'fa'],
    ['faghat man hastam ke barname baz nemishe?', 'complaint', 'fa'],
  ],
};

for (const [name, table] of Object.entries(rows)) {
  describe(`${name}: everyday customer posts are read with their own lexicon`, () => {
    it.each(table)('%s → %s', (text, label, lang) => {
      const d = detect({ text }, brand);
      expect(d.label, JSON.stringify(d.cues.slice(0, 4))).toBe(label);
      if (lang !== undefined) expect(d.lang).toBe(lang);
    });
  });
}

describe('Latin-script posts that share a few words with the transliterated languages keep their reading', () => {
  it.each([
    ['my man at the counter was super helpful, thanks', 'praise', 'en'],
    ['the law firm never replied to my emails, useless', 'complaint', 'en'],
    ['Das Essen kam kalt an, echt enttäuschend', 'complaint', 'de'],
    ['el pedido llegó a tiempo y todo muy rico', 'praise', 'es'],
    ['la livraison était rapide, merci beaucoup', 'praise', 'fr'],
    ["un po' caro ma il cibo è ottimo", 'praise', 'it'],
    ['nee, de bezorging was weer te laat', 'complaint', 'nl'],
    ['o atendimento foi excelente, vou dar cinco estrelas', 'praise', 'pt'],
    ['yani kargo hâlâ gelmedi, tam bir rezalet', 'complaint', 'tr'],
    ['ana menü çok lezzetliydi, teşekkürler', 'praise', 'tr'],
    ['got my ps5 and the 2fa code in 5mins, great service', 'praise', 'en'],
    ['el pedido tardó 2h, y el repartidor llegó a las 9pm, fatal', 'complaint', 'es'],
  ])('%s → %s (%s)', (text, label, lang) => {
    const d = detect({ text }, brand);
    expect(d.label).toBe(label);
    expect(d.lang).toBe(lang);
  });
});
