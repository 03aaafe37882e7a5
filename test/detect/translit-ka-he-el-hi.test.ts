import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import { readPost } from '../../shared/detect/read.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: '', handles: [], keywords: [] };

/** What the lexicons found for a label, as the matched text. */
const lexiconCues = (text: string, label: string): string[] =>
  readPost(text)
    .evidence.hits.filter((h) => h.label === label)
    .map((h) => h.text);

/**
 * Georgian, Hebrew, Greek and Hindi typed in Latin letters, as people write them: everyday
 * customer wording (delivery, food, staff, app, bank, waiting, prices). Each row: the post, its
 * label, a cue of that label only the language's Latin-letter entries know ('' for `none`), and
 * the language it is identified as.
 */
type Row = [text: string, label: Label, cue: string, lang: string];

const rows: Record<string, Row[]> = {
  'Georgian in Latin letters': [
    ['dzalian kargi momsaxureba, didi madloba', 'praise', 'madloba', 'ka'],
    ['personali dzalian tavaziani iyo, yvelas vurchev', 'praise', 'vurchev', 'ka'],
    ['sachmeli iyo gemrieli da cxeli, kurieric swrafi', 'praise', 'gemrieli', 'ka'],
    ['kurieri dzalian swrafi iyo, kmayofili var', 'praise', 'kmayofili var', 'ka'],
    ['shekveta ukve ori kviraa ar mosula, sashinelebaa', 'complaint', 'ar mosula', 'ka'],
    ['aplikacia isev ar mushaobs, ver shevdivar angarishshi', 'complaint', 'ar mushaobs', 'ka'],
    ['kurieri sami saati agvianebda da sachmeli civi moitana', 'complaint', 'civi', 'ka'],
    ['operatori uxeshi iyo, aghar davrekav', 'complaint', 'uxeshi', 'ka'],
    ['fuli orjer chamomechra da aravin mpasuxobs', 'complaint', 'chamomechra', 'ka'],
    ['rodis gaixsneba axali filiali batumshi?', 'question', 'rodis', 'ka'],
    ['rogor shevcvalo misamarti shekvetashi?', 'question', 'rogor', 'ka'],
    ['gtxovt daamatet bnelii rejimi aplikaciashi', 'suggestion', 'daamatet', 'ka'],
    ['kargi iqneboda tu saghamos miwodebasac gaaketebdit', 'suggestion', 'kargi iqneboda', 'ka'],
    // No function word at all: the endings -tvis (for) and -shi (in) tell Georgian.
    ['bavshvebistvis satamasho kutxe gaxadet filialebshi', 'suggestion', 'gaxadet', 'ka'],
    ['dghes saxlshi vart, gareT tovli modis', 'none', '', 'ka'],
  ],
  'Hebrew in Latin letters': [
    ['hashirut haya mamash metzuyan, toda raba', 'praise', 'metzuyan', 'he'],
    ['hamelatzrim hayu adivim veha’ochel ta’im, memaliz', 'praise', 'memaliz', 'he'],
    ['ein dvarim kaele, hatzevet adiv vehamechir hogen', 'praise', 'ein dvarim kaele', 'he'],
    ['hamishloach lo higia kvar shvuayim, mamash nora', 'complaint', 'lo higia', 'he'],
    ['ha’aplikatzia lo ovedet, shuv nitka li hacheshbon', 'complaint', 'lo ovedet', 'he'],
    ['chikiti sha’atayim bator veaf echad lo ana', 'complaint', 'chikiti', 'he'],
    ['haaplikatzia nofelet kol hazman, nimas li', 'complaint', 'nofelet', 'he'],
    ['matai atem potchim et hasnif hachadash?', 'question', 'matai', 'he'],
    ['eich efshar levatel et haminui shelanu?', 'question', 'eich efshar', 'he'],
    ['tosifu bevakasha efsharut letashlum bebit', 'suggestion', 'tosifu', 'he'],
    ['haya nechmad im hayitem mosifim mishloach chinam', 'suggestion', 'haya nechmad', 'he'],
    // A request after the brand's name: Hebrew asks in the future tense, wherever the verb stands.
    ['Pizza Gal, tishlechu hodaa kshe hashaliach yotze', 'suggestion', 'tishlechu', 'he'],
    ['hayom ani nosea lesavta shel chaver sheli', 'none', '', 'he'],
  ],
  'Greek in Latin letters (Greeklish)': [
    ['to prosopiko itan eksypiretikotato kai xamogelasto', 'praise', 'xamogelasto', 'el'],
    ['i paradosi irthe se misi wra, zesto kai pentanostimo, eiste kouklia', 'praise', 'kouklia', 'el'],
    ['mas arese poly to fagito, apolausame kathe mpoukia', 'praise', 'apolausame', 'el'],
    ['h efarmogh kollaei kathe fora pou paw na plhrwsw', 'complaint', 'kollaei kathe fora', 'el'],
    ['perimena mia wra sto tilefwno kai kaneis den apantise', 'complaint', 'kaneis den apantise', 'el'],
    ['o dianomeas itan agenestatos kai to fagito irthe pagwmeno', 'complaint', 'pagwmeno', 'el'],
    ['akyrwsan tin pthsh xwris kamia enhmerwsh', 'complaint', 'kamia enhmerwsh', 'el'],
    ['xathike to dema kai kaneis den apantaei, eleos', 'complaint', 'xathike', 'el'],
    ['ti wra kleinete to savvato?', 'question', 'ti wra', 'el'],
    ['tha itan wraia an eixate kai vegan epiloges sto menu', 'suggestion', 'tha itan wraia', 'el'],
    ['Kafe Nefeli, tha protina na exete kai epiloges xwris zaxari', 'suggestion', 'tha protina', 'el'],
    ['Fournos Anna, dwste dynatotita na plirwnoume me karta', 'suggestion', 'dwste dynatotita', 'el'],
    ['simera paw gia kafe me tous filous stin paralia', 'none', '', 'el'],
  ],
  'Hindi in Latin letters (Hinglish)': [
    ['staff bahut madadgaar tha, dil se shukriya', 'praise', 'shukriya', 'hi'],
    ['khana ekdum swadisht tha aur garma garam mila', 'praise', 'swadisht', 'hi'],
    ['waqt pe aaya aur packing bhi ekdum saaf thi', 'praise', 'waqt pe aaya', 'hi'],
    ['delivery boy ne bahut badtameezi ki, bilkul bekaar service', 'complaint', 'badtameezi', 'hi'],
    ['paise kat gaye lekin recharge nahi hua abhi tak', 'complaint', 'paise kat gaye', 'hi'],
    ['itna ghatiya khana aaj tak nahi khaya', 'complaint', 'ghatiya', 'hi'],
    ['parcel kho gaya aur koi jawab nahi de raha', 'complaint', 'kho gaya', 'hi'],
    ['kya aap sunday ko bhi khule rehte ho?', 'question', 'kya aap', 'hi'],
    ['kya aapke paas xl size hai', 'question', 'kya aapke paas', 'hi'],
    ['app mein hindi language ka option bhi de dijiye please', 'suggestion', 'de dijiye', 'hi'],
    ['kripya app mein dark mode bhi laiye', 'suggestion', 'kripya', 'hi'],
    ['achha hoga agar aap cash on delivery bhi shuru kar do', 'suggestion', 'achha hoga agar', 'hi'],
    ['aaj barish ho rahi hai, ghar pe chai pi rahe hain', 'none', '', 'hi'],
  ],
};

for (const [name, table] of Object.entries(rows)) {
  describe(`${name} is identified and read with its own entries`, () => {
    it.each(table)('%s → %s', (text, label, cue, lang) => {
      const d = detect({ text }, brand);
      expect(d.label, JSON.stringify(d.cues.slice(0, 4))).toBe(label);
      expect(d.lang).toBe(lang);
      if (cue !== '') expect(lexiconCues(text, label)).toContainEqual(expect.stringContaining(cue));
    });
  });
}

describe('Latin-script posts with words the new Latin-letter lists also hold are read as before', () => {
  it.each([
    ['the app is so bad, it keeps crashing', 'complaint', 'en'],
    ['where can I buy the tin of cookies from the ad?', 'question', 'en'],
    ['the sushi was great, thanks', 'praise', 'en'],
    ['sad to say the delivery was late again', 'complaint', 'en'],
    ['ich war im Laden, sehr freundliches Personal', 'praise', 'de'],
    ['no lo recomiendo, la comida llegó fría', 'complaint', 'es'],
    ['le service était top, merci beaucoup', 'praise', 'fr'],
    ['non lo consiglio, il servizio è pessimo', 'complaint', 'it'],
    ['ze hebben mijn pakket kwijtgemaakt, heel slecht', 'complaint', 'nl'],
    ['o atendimento da loja foi péssimo, nunca mais', 'complaint', 'pt'],
    ['o ar condicionado da loja não funciona', 'complaint', 'pt'],
    ['la comida estaba rica, toda la familia feliz', 'praise', 'es'],
    ['kargo ve paketleme harika, teşekkürler', 'praise', 'tr'],
    ['bir sorun var ama ne zaman çözülecek?', 'question', 'tr'],
  ])('%s → %s (%s)', (text, label, lang) => {
    const d = detect({ text }, brand);
    expect(d.label).toBe(label);
    expect(d.lang).toBe(lang);
  });
});

describe('a platform hint lets Georgian or Hebrew read a Latin-script post with no function word of theirs', () => {
  it.each([
    ['sashineli servisi', 'ka'],
    ['ochel garua', 'he'],
  ])('"%s" with the hint %s', (text, lang) => {
    expect(detect({ text }, brand).lang).not.toBe(lang);
    const d = detect({ text, lang }, brand);
    expect(d.lang).toBe(lang);
    expect(d.label).toBe('complaint');
  });
});

describe('Turkish typed without its letters is not Hinglish', () => {
  // "bina" is Hindi "without" and Turkish "building": it is a Hindi negator, not a Hinglish vote.
  it.each([
    ['Tarihi bina da begendim.', 'praise'],
    ['Otelin binasi eski ama odalar temiz, cok begendik', 'praise'],
  ])('%s → %s', (text, label) => {
    const d = detect({ text }, brand);
    expect(d.lang).not.toBe('hi');
    expect(d.label).toBe(label);
  });
});
