import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import { identifyLanguage, LANGS_BY_SCRIPT } from '../../shared/detect/language.ts';
import { readPost } from '../../shared/detect/read.ts';
import { tokenize } from '../../shared/detect/text.ts';
import { attachRecords } from '../../shared/detect/vocab.ts';
import type { BrandContext } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: '', handles: [], keywords: [] };

/** What the lexicons found for a label, as the matched text ("mesh … 3agebny" for a negation). */
const lexiconCues = (text: string, label: string, lang?: string): string[] =>
  readPost(text, lang)
    .evidence.hits.filter((h) => h.label === label)
    .map((h) => h.text);

// [post, label, a cue of the label that only the transliterated entries of the language know, language]
// The language is left out (undefined) where a function word of a Latin-script language ties.
type Row = [string, string, string, string | undefined];

const rows: Record<string, Row[]> = {
  'Russian in Latin letters': [
    ['zakaz privezli cherez nedelyu, eto uzhasno', 'complaint', 'uzhasno', 'ru'],
    ['ochen horosho obsluzhili, spasibo rebyata', 'praise', 'horosho', 'ru'],
    ['kurer opyat opozdal na dva chasa, uzhe nadoelo', 'complaint', 'opozdal', 'ru'],
    ['prilozhenie ne rabotaet uzhe tretij den', 'complaint', 'ne rabotaet', 'ru'],
    ['kak mozhno pomenyat tarif v prilozhenii?', 'question', 'kak mozhno', 'ru'],
    ['bylo by kruto dobavit temnuyu temu, eto prosto', 'suggestion', 'bylo by kruto', 'ru'],
    ['vse otlichno, dostavka bystraya, rekomenduyu', 'praise', 'otlichno', 'ru'],
  ],
  'Ukrainian in Latin letters': [
    ['dyakuyu za shvydku dostavku, vse duzhe dobre', 'praise', 'dyakuyu', 'uk'],
    ['tse zhakhlyvo, zamovlennya vzhe tyzhden ne pryikhalo', 'complaint', 'zhakhlyvo', 'uk'],
    ['duzhe smachno i zruchno, radzhu', 'praise', 'smachno', 'uk'],
    ['zastosunok znovu ne pratsyuye, tse hanba', 'complaint', 'ne pratsyuye', 'uk'],
    ['chy mozhna zminyty adresu dostavky?', 'question', 'chy mozhna', 'uk'],
    ['pidtrymka vzhe dva dni movchyt, rozcharuvannya', 'complaint', 'rozcharuvannya', 'uk'],
  ],
  Greeklish: [
    ['i eksypiretisi itan poli kali, efxaristo', 'praise', 'efxaristo', 'el'],
    ['apaisia empeiria, den ksanapaw pote', 'complaint', 'apaisia', 'el'],
    ['to paketo akoma na erthei, kathysterisi ksana', 'complaint', 'kathysterisi', 'el'],
    ['to fagito itan poli nostimo kai ftino, to proteino', 'praise', 'nostimo', 'el'],
    ['pws mporw na allaksw ti dieythynsi?', 'question', 'pws mporw', 'el'],
    ['tha itan kalo na valete kai skoteino thema', 'suggestion', 'tha itan kalo', 'el'],
    ['xalia eksypiretisi, einai aparadekto', 'complaint', 'aparadekto', 'el'],
  ],
  Arabizi: [
    ['el akl kan 7elw awy, shokran', 'praise', 'shokran', undefined],
    ['mesh 3agebny el service khales, mafish rad', 'complaint', 'mafish rad', undefined],
    ['wallah a7san delivery, ansa7 bih', 'praise', 'ansa7', 'ar'],
    ['ezay a8ayar el 3enwan? ya3ni mafeesh tari2a', 'question', 'ezay', undefined],
    ['yareet keda tdeefo dark mode 3ala el app', 'suggestion', 'yareet', undefined],
    ['ma wasalni el order lessa, zift', 'complaint', 'zift', undefined],
    ['kol marra ta2kheer, wa7esh gedan', 'complaint', 'wa7esh', 'ar'],
  ],
  Finglish: [
    ['kheili khoob bood, mamnoon az shoma', 'praise', 'khoob', 'fa'],
    ['poshtibani aslan javab nemide, kheili bad', 'complaint', 'javab nemide', 'fa'],
    ['sefaresh dir resid va kharab bood', 'complaint', 'dir resid', 'fa'],
    ['kifiat aali, hatman pishnahad mikonam', 'praise', 'hatman pishnahad mikonam', 'fa'],
    ['chetor mitunam adres ro avaz konam?', 'question', 'chetor mitunam', 'fa'],
    ['vaghean kash ye gozine dark mode ezafe konid', 'suggestion', 'ezafe konid', 'fa'],
    ['aslan razi nistam, pool pas nemidan', 'complaint', 'pool pas nemidan', undefined],
  ],
  Hinglish: [
    ['bahut accha service, delivery time pe aayi', 'praise', 'bahut accha', 'hi'],
    ['bekar product hai, paisa barbaad', 'complaint', 'bekar', 'hi'],
    ['order abhi tak nahi aaya, bahut pareshani ho rahi hai', 'complaint', 'abhi tak nahi', 'hi'],
    ['khana ekdum mast tha, maza aa gaya', 'praise', 'maza aa gaya', 'hi'],
    ['kitne baje khulta hai aapka store?', 'question', 'kitne', 'hi'],
    ['aap please app mein dark mode add karo, accha hoga', 'suggestion', 'accha hoga', 'hi'],
    ['customer care wale bilkul bekaar hai, koi jawab nahi mila', 'complaint', 'koi jawab nahi mila', 'hi'],
  ],
};

for (const [name, table] of Object.entries(rows)) {
  describe(`${name} is read with its own lexicon`, () => {
    it.each(table)('%s → %s', (text, label, cue, lang) => {
      const d = detect({ text }, brand);
      expect(d.label, JSON.stringify(d.cues.slice(0, 4))).toBe(label);
      expect(lexiconCues(text, label)).toContainEqual(expect.stringContaining(cue));
      if (lang !== undefined) expect(d.lang).toBe(lang);
    });
  });
}

describe('a platform hint lets a transliterated language read a Latin-script post', () => {
  it('"uzhasnyj servis" with the hint ru', () => {
    const d = detect({ text: 'uzhasnyj servis', lang: 'ru' }, brand);
    expect(d.lang).toBe('ru');
    expect(d.label).toBe('complaint');
    expect(lexiconCues('uzhasnyj servis', 'complaint', 'ru')).toContain('uzhasnyj');
  });
});

describe('Latin-script posts of the Latin-script languages are read as before', () => {
  it.each([
    ['the delivery was late again, really annoying', 'complaint', 'en'],
    ['my mesh wifi keeps dropping every evening', 'complaint', 'en'],
    ['el pedido llegó tarde y frío, qué desastre', 'complaint', 'es'],
    ['o atendimento foi ótimo, muito obrigado', 'praise', 'pt'],
    ['le service client ne répond jamais, c’est nul', 'complaint', 'fr'],
    ['für den Preis ist die Qualität wirklich super', 'praise', 'de'],
    ['il personale è stato gentilissimo, grazie', 'praise', 'it'],
    ['kargo çok geç geldi, hiç memnun değilim', 'complaint', 'tr'],
    ['de bezorger was heel vriendelijk, top service', 'praise', 'nl'],
  ])('%s → %s (%s)', (text, label, lang) => {
    const d = detect({ text }, brand);
    expect(d.label).toBe(label);
    expect(d.lang).toBe(lang);
  });

  it.each([['great service'], ['pizza top, staff super'], ['khorosho servis']])(
    'with no function word at all, "%s" is read by every Latin-script lexicon and no other',
    (text) => {
      const tokens = tokenize(text);
      attachRecords(tokens);
      const guess = identifyLanguage(text, tokens);
      expect(guess.lang).toBe('und');
      expect(guess.candidates).toEqual(LANGS_BY_SCRIPT.latin);
    },
  );
});
