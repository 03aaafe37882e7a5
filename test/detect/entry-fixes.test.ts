import { describe, expect, it } from 'vitest';
import { brandPlace } from '../../shared/detect/brand.ts';
import { detect } from '../../shared/detect/index.ts';
import { fold, foldSlow, tokenize } from '../../shared/detect/text.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

describe('entries that began or matched words of another meaning', () => {
  it.each<[text: string, label: Label]>([
    // "again" alone is no complaint: coming back, meeting again.
    ['ხვალ ისევ შევხვდებით', 'none'],
    ['Πάλι εδώ για καφέ, όπως κάθε πρωί', 'none'],
    ['Θα ξαναπάμε σίγουρα, πάλι θα έρθουμε', 'praise'],
    ['また注文します', 'praise'],
    ['また来るね！', 'praise'],
    ['また明日も行きます', 'none'],
    // …but "again" beside what went wrong still complains.
    ['აპლიკაცია ისევ გაითიშა', 'complaint'],
    ['ისევ არ მუშაობს', 'complaint'],
    ['Πάλι χάλασε το ίντερνετ', 'complaint'],
    ['Πάλι δεν ήρθε το δέμα', 'complaint'],
    ['また壊れた', 'complaint'],
    // Coming back "again" in the languages whose "again" stays a complaint word.
    ['Definitely coming back again', 'praise'],
    ['Torneremo di nuovo', 'praise'],
    ['Volveremos otra vez', 'praise'],
    ['Voltaremos de novo', 'praise'],
    ['It broke again', 'complaint'],
    // Usually praise, not sarcasm.
    ['这家店绝了', 'praise'],
    ['Άψογοι σε όλα', 'praise'],
    ['客服拒绝了我的要求', 'complaint'],
    ['Ακόμα καλύτερο από πέρσι, υπέροχο', 'praise'],
    ['Браво команде, всё быстро', 'praise'],
    ['Браво, опять задержали рейс', 'complaint'],
    // Greek stems that began other words: "we await you", "later", "holiday", "Argentinian".
    ['Σας περιμένουμε στο κατάστημα', 'none'],
    ['Αργότερα θα το δοκιμάσω', 'none'],
    ['Η αργία της Δευτέρας', 'none'],
    ['Αργεντίνικο κρέας, εξαιρετικό', 'praise'],
    ['Περιμένω ακόμα την παραγγελία', 'complaint'],
    ['Πολύ αργή η σύνδεση', 'complaint'],
    ['Πατάτες κρύες', 'complaint'],
    ['Το λεωφορείο άργησε μισή ώρα', 'complaint'],
    // Greek "expensive" began "exactly", German "chic" began "sends", French "fresh" is also "fees".
    ['Έκανε ακριβώς αυτό που ζήτησα', 'none'],
    ['Acme schickt mir jeden Monat den Newsletter', 'none'],
    ['Les frais de tenue de compte ont encore augmenté', 'complaint'],
    // German lieb* began "lieber" (rather), Greek δυνατ* (strong) "δυνατά" (loudly), French ~petit*
    // "petit déjeuner", Italian util* "utilizzo" (use), Hebrew שקר* (lie) "שקרה" (that happened).
    ['Ich fahre lieber mit dem Zug', 'none'],
    ['Η μουσική ήταν τόσο δυνατά που δεν ακούγαμε', 'complaint'],
    ["Petit déjeuner servi jusqu'à 10h", 'none'],
    ["Utilizzo l'app ogni giorno", 'none'],
    ['זה הדבר הכי טוב שקרה לי השנה', 'praise'],
    ['Les portions sont trop petites', 'complaint'],
    // The English lexicon reads every Latin post: German "Handy" (phone), French "lit" (bed).
    ['Neues Handy gekauft', 'none'],
    ['Chambre avec un grand lit et une douche', 'none'],
  ])('%s → %s', (text, label) => {
    const d = read(text);
    expect(d.label, JSON.stringify(d.cues)).toBe(label);
  });
});

describe('Greek "ό,τι", the word written with a comma', () => {
  it('is read whole, as the lexicon writes it ("ότι καλύτερο", "ότι χειρότερο")', () => {
    expect(tokenize('Ό,τι καλύτερο').map((t) => t.norm)).toEqual(['οτι', 'καλυτερο']);
    expect(read('Ό,τι καλύτερο έχω φάει').label).toBe('praise');
    expect(read('Ό,τι χειρότερο, δεν ξαναπάω').label).toBe('complaint');
    // A comma between other words still separates them.
    expect(tokenize('ο,τιμή').map((t) => t.norm)).toEqual(['ο', ',', 'τιμη']);
  });
});

describe('language of short posts', () => {
  it.each<[text: string, lang: string]>([
    // Ukrainian without і, ї, є.
    ['Як же довго', 'uk'],
    ['Щодня дзвонять з рекламою, хоча я просив видалити номер', 'uk'],
    ['Куди вводити промокод? не бачу поля', 'uk'],
    ['Телефон можна взяти в розстрочку?', 'uk'],
    ['Вже тиждень нема відповіді', 'uk'],
    // …and Russian with a word both share ("до") is not Ukrainian.
    ['Починили до обеда, спасибо', 'ru'],
    ['Ждал до вечера, потом ушел', 'ru'],
    // Hindi in Latin letters.
    ['app mein problem hai', 'hi'],
    ['order cancel ho gaya', 'hi'],
    ['parcel aaj pe hua deliver, thanks yaar', 'hi'],
    ['kal ka order abhi tak nahi aaya', 'hi'],
    ['delivery boy ne call kiya aur chala gaya', 'hi'],
    // French.
    ['Aucune panne depuis la mise à jour', 'fr'],
    ['Personne ne décroche la nuit. À quoi ça sert ?', 'fr'],
    ['La salle devrait ouvrir à 6h', 'fr'],
  ])('%s → %s', (text, lang) => {
    expect(read(text).lang).toBe(lang);
  });

  it('reads Hinglish with the Hindi lexicon once identified', () => {
    const d = read('app mein login nahi ho raha, bakwas service');
    expect(d.lang).toBe('hi');
    expect(d.label).toBe('complaint');
  });
});

describe('folding that merged words of different meaning', () => {
  it.each<[text: string, place: string]>([
    // Portuguese "tá" (is) is no French "ta" (your).
    ['O app da Acme tá lento hoje', 'mentioned'],
    ['A Acme tá de parabéns', 'mentioned'],
    ['Ta commande Acme est arrivée ?', 'addressed'],
    ['Vocês da Acme atendem domingo?', 'addressed'],
  ])('%s: the brand is %s', (text, place) => {
    expect(brandPlace(tokenize(text), brand)).toBe(place);
  });

  it('folds German ä to "ae", however it is encoded, and leaves ö and ü dotless', () => {
    for (const w of ['Wär', 'wa\u0308re', 'WÄREN', 'Hätte']) expect(fold(w)).toBe(foldSlow(w));
    expect(['Wär', 'wa\u0308re', 'WÄREN'].map(fold)).toEqual(['waer', 'waere', 'waeren']);
    expect(fold('würde schön güzel')).toBe('wurde schon guzel');
  });

  it.each<[text: string, label: Label]>([
    // German subjunctive "wär(e)" is no past "war" nor "Ware" (goods).
    ['Wär schön, wenn ihr länger offen hättet', 'suggestion'],
    ['Es wär toll, wenn die App offline geht', 'suggestion'],
    ['Das Paket war schon offen', 'complaint'],
    ['Das Paket ist schon da', 'none'],
    ['Ware schon wieder beschädigt', 'complaint'],
    ['Das war schön, danke', 'praise'],
    ['Es wäre schön, wenn ihr einen Dunkelmodus hättet', 'suggestion'],
    ['Waere super, wenn es das auch in Blau gaebe', 'suggestion'],
  ])('%s → %s', (text, label) => {
    const d = read(text);
    expect(d.label, JSON.stringify(d.cues)).toBe(label);
  });
});

describe('a refund that never came, and what was done without asking, stay complaints', () => {
  // "환불" (refund) and "cancel" are complaint words; the negation that belongs to the complaint
  // ("no refund", "without telling") must not flip them into praise.
  it.each([
    ['3주째 환불이 없어요', 'ko'],
    ['환불은 없었어요. 실망입니다', 'ko'],
    ['bina bataye order cancel kar diya', 'hi'],
    ['बिना बताए ऑर्डर कैंसिल कर दिया', 'hi'],
  ])('%s (%s)', (text, lang) => {
    const d = read(text);
    expect(d.lang).toBe(lang);
    expect(d.label).toBe('complaint');
  });
});
