import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import { scriptAt, scriptOf } from '../../shared/detect/language.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

/** text, expected label, a cue text that must explain it (matched case-insensitively, accents kept). */
type Case = [text: string, label: Label, cue: string];

const CASES: Record<string, Case[]> = {
  es: [
    ['¡Me encanta la nueva app, es genial!', 'praise', 'me encanta'],
    ['El pedido no funciona y nadie responde', 'complaint', 'no funciona'],
    ['No estoy contento con el servicio', 'complaint', 'contento'],
    ['@acme ¿Alguien sabe si abren el domingo?', 'question', 'alguien sabe'],
    ['Sería genial que añadieran modo oscuro', 'suggestion', 'sería genial'],
  ],
  pt: [
    ['Adorei o atendimento, muito obrigado!', 'praise', 'adorei'],
    ['O aplicativo não funciona de novo, péssimo', 'complaint', 'não funciona'],
    ['Como faço para mudar a senha?', 'question', '?'],
    ['Seria ótimo se vocês tivessem entrega no domingo', 'suggestion', 'seria ótimo'],
  ],
  fr: [
    ['Service impeccable, je recommande !', 'praise', 'impeccable'],
    ["Toujours pas reçu ma commande, c'est une honte", 'complaint', 'toujours pas'],
    ["Ce n'est pas bon du tout", 'complaint', 'bon'],
    ['Quand ouvre le magasin ?', 'question', '?'],
    ['Ce serait bien de pouvoir payer en ligne', 'suggestion', 'ce serait bien'],
  ],
  de: [
    ['Super Service, sehr freundlich und schnell!', 'praise', 'super'],
    ['Die App funktioniert nicht, schon wieder!', 'complaint', 'funktioniert nicht'],
    ['Ich bin nicht zufrieden mit der Lieferung', 'complaint', 'zufrieden'],
    ['@acme Weiß jemand, ob der Laden heute offen hat?', 'question', 'weiß jemand'],
    ['Es wäre schön, wenn ihr einen Dunkelmodus hättet', 'suggestion', 'wäre schön'],
  ],
  it: [
    ['Personale gentilissimo, tutto perfetto!', 'praise', 'perfetto'],
    ["L'ordine è in ritardo di nuovo, pessimo servizio", 'complaint', 'pessimo'],
    ['@acme Qualcuno sa se consegnano anche la domenica?', 'question', 'qualcuno sa'],
    ['Sarebbe utile poter pagare con il telefono', 'suggestion', 'sarebbe utile'],
  ],
  nl: [
    ['Heerlijk gegeten, echt een aanrader!', 'praise', 'heerlijk'],
    ['De app werkt niet en niemand reageert', 'complaint', 'werkt niet'],
  ],
  tr: [
    ['Harika bir hizmet, çok teşekkürler!', 'praise', 'harika'],
    ['Siparişim hala gelmedi, rezalet!', 'complaint', 'rezalet'],
    ['Yemekler iyi değil', 'complaint', 'iyi'],
    ['Lütfen karanlık mod ekleyin', 'suggestion', 'ekleyin'],
  ],
  ru: [
    ['Отличный сервис, спасибо большое!', 'praise', 'отличный'],
    ['Я не доволен доставкой', 'complaint', 'доволен'],
    ['Приложение опять не работает!', 'complaint', 'не работает'],
    ['Подскажите, где можно забрать заказ?', 'question', 'подскажите'],
    ['Добавьте пожалуйста тёмную тему', 'suggestion', 'добавьте пожалуйста'],
  ],
  uk: [
    ['Чудовий сервіс, дякую!', 'praise', 'чудовий'],
    ['Застосунок знову не працює', 'complaint', 'не працює'],
    ['@acme Хтось знає, коли відкриється магазин?', 'question', 'хтось знає'],
  ],
  el: [
    ['Εξαιρετική εξυπηρέτηση, ευχαριστώ πολύ!', 'praise', 'εξαιρετική'],
    ['Απαράδεκτο, η παραγγελία ακόμα δεν ήρθε', 'complaint', 'απαράδεκτο'],
    ['Τι ώρα ανοίγει το κατάστημα;', 'question', ';'],
  ],
  ar: [
    ['خدمة ممتازة وسريعة، شكرا لكم', 'praise', 'ممتازة'],
    ['المنتج سيء جدا ولا يعمل', 'complaint', 'سيء'],
    ['هل يوجد توصيل إلى جدة؟', 'question', 'هل يوجد'],
    ['أتمنى إضافة الوضع الليلي', 'suggestion', 'أتمنى'],
  ],
  fa: [
    ['کیفیت عالی و ارسال سریع، ممنون', 'praise', 'عالی'],
    ['خیلی بد بود، اصلا راضی نیستم', 'complaint', 'بد'],
    ['چرا سفارش من هنوز نرسیده؟', 'complaint', 'چرا'],
    ['ساعت کاری فروشگاه تو روز جمعه چنده؟', 'question', '؟'],
  ],
  he: [
    ['שירות מעולה, תודה רבה!', 'praise', 'מעולה'],
    ['ההזמנה עדיין לא הגיעה, גרוע', 'complaint', 'גרוע'],
  ],
  hi: [
    ['बहुत बढ़िया सेवा, धन्यवाद!', 'praise', 'बढ़िया'],
    ['ऑर्डर अभी तक नहीं आया, बहुत बुरा अनुभव', 'complaint', 'बुरा'],
    ['दुकान कब खुलेगी?', 'question', '?'],
  ],
  ka: [
    ['შესანიშნავი მომსახურება, მადლობა!', 'praise', 'შესანიშნავი'],
    ['აპლიკაცია არ მუშაობს', 'complaint', 'არ მუშაობს'],
  ],
  ja: [
    ['最高のサービスでした、ありがとう！', 'praise', '最高'],
    ['アプリが使えない、最悪です', 'complaint', '最悪'],
    ['このカメラは良くない', 'complaint', '良くない'],
    ['営業時間は何時までですか？', 'question', 'ですか'],
  ],
  zh: [
    ['服务非常好，谢谢！', 'praise', '非常好'],
    ['太差了，还没收到货', 'complaint', '太差'],
    ['这个不错', 'praise', '不错'],
    ['请问几点开门？', 'question', '请问'],
    ['建议增加夜间模式', 'suggestion', '建议'],
  ],
  ko: [
    ['정말 좋아요, 감사합니다!', 'praise', '좋아요'],
    ['배송이 너무 늦어요, 실망이에요', 'complaint', '실망이에요'],
    ['언제 문을 여나요?', 'question', '?'],
  ],
};

describe('script table', () => {
  it('gives every BMP unit the script scriptOf gives it', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (scriptAt(c) !== scriptOf(c)) wrong.push(`U+${c.toString(16)}: ${scriptAt(c)} ≠ ${scriptOf(c)}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('detect: every supported language', () => {
  for (const [lang, cases] of Object.entries(CASES)) {
    describe(lang, () => {
      it.each(cases)('%s → %s', (text, label, cue) => {
        const d = detect({ text }, brand);
        expect(d.label, JSON.stringify(d.cues)).toBe(label);
        expect(d.lang).toBe(lang);
        expect(d.cues[0]?.label).toBe(label);
        const explained = d.cues.filter((c) => c.label === label).map((c) => c.text.toLowerCase());
        expect(
          explained.some((t) => t.includes(cue.toLowerCase())),
          JSON.stringify(explained),
        ).toBe(true);
      });
    });
  }
});

describe('detect: language-independent cues', () => {
  it.each<Case>([
    ['😍😍😍', 'praise', '😍'],
    ['😡😡 @acme', 'complaint', '😡'],
    [':( :(', 'complaint', ':('],
    ['??? @acme', 'question', '?'],
    ['@acme 🤡🤡', 'complaint', '🤡'],
    ['@acme parcel 🐌🐌', 'complaint', '🐌'],
  ])('%s → %s with an unknown or absent language', (text, label, cue) => {
    const d = detect({ text }, brand);
    expect(d.label).toBe(label);
    expect(d.cues.some((c) => c.label === label && c.text.includes(cue))).toBe(true);
  });

  it('reads a mixed-language post with both lexicons', () => {
    const d = detect({ text: 'El servicio es terrible, worst experience ever' }, brand);
    expect(d.label).toBe('complaint');
    const texts = d.cues.map((c) => c.text.toLowerCase());
    expect(texts).toEqual(expect.arrayContaining(['terrible', 'worst']));
  });

  it('uses the platform language hint for short ambiguous Latin posts', () => {
    expect(detect({ text: 'fatal', lang: 'es' }, brand).lang).toBe('es');
  });

  it('reads elongated words and hashtags', () => {
    const d = detect({ text: 'soooo gooood #LoveIt' }, brand);
    expect(d.label).toBe('praise');
    expect(d.cues.map((c) => c.text)).toEqual(expect.arrayContaining(['gooood']));
  });
});

describe('detect: short posts whose few words several languages share', () => {
  // With less than one unambiguous function word ("en", "de", "la" belong to several languages)
  // every lexicon of the script reads the post, not only the likeliest one.
  it.each<Case>([
    ['Vriendelijke bediening en snelle service.', 'praise', 'vriendelijke'],
    ['Fiets na een week kapot.', 'complaint', 'kapot'],
    ['Pizza en salade heerlijk!', 'praise', 'heerlijk'],
  ])('%s → %s', (text, label, cue) => {
    const d = detect({ text }, brand);
    expect(d.label, JSON.stringify(d.cues)).toBe(label);
    const explained = d.cues.filter((c) => c.label === label).map((c) => c.text.toLowerCase());
    expect(
      explained.some((t) => t.includes(cue.toLowerCase())),
      JSON.stringify(explained),
    ).toBe(true);
  });
});

describe('detect: everyday review wording', () => {
  it.each<Case>([
    ['De nieuwe waterkoker is een miskoop, zonde van het geld', 'complaint', 'zonde van het geld'],
    ['Dik tevreden over de fietsenmaker', 'praise', 'dik tevreden'],
    ['La soupe était tiède et le pain caoutchouteux', 'complaint', 'tiède'],
    ['Rapport qualité prix au top, livreur aux petits soins', 'praise', 'aux petits soins'],
    ['El hotel es cutre y el baño estaba sucio', 'complaint', 'cutre'],
    ['Trato excelente y un precio razonable', 'praise', 'trato excelente'],
    ['Il divano è scomodo e la stoffa scadente', 'complaint', 'scadente'],
    ['Il gelato è squisito', 'praise', 'squisito'],
    ['O atendimento foi ruim e a comida sem sabor', 'complaint', 'ruim'],
    ['Kulaklık fiyatına değmez, paraya değmez', 'complaint', 'değmez'],
    ['Kargo hızlıydı, ürün doyurucu ve taze', 'praise', 'taze'],
    ['Total waste of money, fell apart in a week', 'complaint', 'total waste'],
    ['Sturdy, fast shipping, worth the money', 'praise', 'worth the money'],
    // A negated verb of fixing: the negation is about the fix, not the problem after it.
    ['@acme you still did not fix my account issue', 'complaint', 'not fix'],
    ["Le technicien n'a pas réglé la panne", 'complaint', 'pas réglé'],
    ['Het probleem is nog steeds niet opgelost', 'complaint', 'niet opgelost'],
    ['Der Fehler wurde immer noch nicht behoben', 'complaint', 'nicht behoben'],
    ['La garanzia non ha risolto niente', 'complaint', 'non ha risolto'],
    ['The repair shop made my old laptop like new again', 'praise', 'like new again'],
    // "It used to be better" is a complaint about now.
    ['Honestly the bakery on our street has gone downhill', 'complaint', 'gone downhill'],
    ["Ce café, c'était mieux avant", 'complaint', "c'était mieux avant"],
    ['Früher war es besser bei diesem Bäcker', 'complaint', 'früher war es besser'],
    ['Bu kafe artık eskisi gibi değil', 'complaint', 'eskisi gibi değil'],
    // Dutch and German write their verdicts as compounds.
    ['Topkwaliteit en supervriendelijk personeel', 'praise', 'topkwaliteit'],
    ['Wat een kutservice weer', 'complaint', 'kutservice'],
    ['So ein Saftladen, nie wieder hier', 'complaint', 'saftladen'],
    ['Spitzenservice beim Umtausch', 'praise', 'spitzenservice'],
  ])('%s → %s', (text, label, cue) => {
    const d = detect({ text }, brand);
    expect(d.label, JSON.stringify(d.cues)).toBe(label);
    const explained = d.cues.filter((c) => c.label === label).map((c) => c.text.toLowerCase());
    expect(
      explained.some((t) => t.includes(cue.toLowerCase())),
      JSON.stringify(explained),
    ).toBe(true);
  });
});

describe('detect: stems that would swallow unrelated words', () => {
  // Folding (ş→s, ı→i) and short stems made neutral words look like cues: "pişmiş" (cooked) read as
  // "pis" (dirty), "sıkıntı" as "şık" (chic), "personale" (staff) as "perso" (lost), "salade" as "sale".
  it.each<[string, Label]>([
    ['Et tam kıvamında pişmiş, çok lezzetli', 'praise'],
    ['Garson çok sıkıcı bir tip, hiç ilgilenmedi', 'complaint'],
    ['Il personale della reception è gentilissimo', 'praise'],
    ['Une salade copieuse et des raviolis délicieux', 'praise'],
    ['Der Lautsprecher klingt toll', 'praise'],
    // "único", "uniquement", "unico" mean "only" far more often than "unique".
    ['El único problema fue el ruido de la calle', 'complaint'],
    ['Uniquement des plats froids et un serveur désagréable', 'complaint'],
    // "mutlaka" (certainly) and Dutch "attent" are not praise inside other words and frames.
    ['Her gidişimizde mutlaka bir sorun çıkıyor', 'complaint'],
    // English "ad" (advert) is Italian "ad" (to); Italian "secondo" is news wording only as "according to sources".
    ['Camera pulita e vicina ad un parcheggio comodo', 'praise'],
    ['Secondo me la pizza è ottima', 'praise'],
  ])('%s → %s', (text, label) => {
    const d = detect({ text }, brand);
    expect(d.label, JSON.stringify(d.cues)).toBe(label);
    expect(d.cues.filter((c) => c.label !== label && c.kind === 'word').map((c) => c.text)).toEqual([]);
  });
});

describe('detect: Korean one-syllable stems', () => {
  // A Hangul syllable is a whole morpheme: "좋*" (good) must reach 좋네요 and 좋습니다, "늦*" (late) 늦었어요.
  it.each<[string, Label, string]>([
    ['배송이 또 늦었어요', 'complaint', '늦었어요'],
    ['이 앱 진짜 싫어요', 'complaint', '싫어요'],
    ['직원분들 친절하고 분위기도 좋네요', 'praise', '좋네요'],
    ['설정이 정말 쉽고 간단해요', 'praise', '쉽고'],
  ])('%s → %s', (text, label, cue) => {
    const d = detect({ text }, brand);
    expect(d.label, JSON.stringify(d.cues)).toBe(label);
    expect(d.cues.filter((c) => c.label === label).map((c) => c.text)).toContain(cue);
  });
});

describe('detect: "why" is rhetorical in a complaint in every language, not only in English', () => {
  it.each<[string, string]>([
    ['@acme why is my parcel lost again?', 'why'],
    ['@acme почему моя посылка опять потерялась?', 'почему'],
    ['@acme чому моя посилка знову загубилася?', 'чому'],
    ['@acme kargom neden yine kayboldu?', 'neden'],
    ['@acme ليه الطلب متأخر كل مرة؟', 'ليه'],
  ])('%s', (text, why) => {
    const d = detect({ text }, brand);
    expect(d.label, JSON.stringify(d.cues)).toBe('complaint');
    expect(d.cues.filter((c) => c.label === 'complaint').map((c) => c.text.toLowerCase())).toContain(why);
  });
});

describe('detect: English "really" and "seriously" intensify what follows', () => {
  it.each<[string, string]>([
    ['the staff at Acme were really rude', 'rude'],
    ['the new Acme menu is seriously good', 'good'],
  ])('%s', (text, word) => {
    const plain = detect({ text: text.replace(/really |seriously /, '') }, brand).cues.find(
      (c) => c.text === word,
    );
    const stressed = detect({ text }, brand).cues.find((c) => c.text === word);
    expect(stressed?.weight).toBeGreaterThan(plain?.weight ?? Infinity);
  });
});

describe('detect: accented letters vote for their languages', () => {
  // Function words shared by several languages ("de", "la", "a", "te") leave a short post to its
  // letters: "í", "ó", "á" are Spanish or Portuguese, "ô" Portuguese or French, "ë" Dutch.
  it.each<[string, string]>([
    ['Volvería de cabeza a la hora de una cena de empresa', 'es'],
    ['Además te atienden rápido y con una sonrisa', 'es'],
    ['Só à noite e de fim de semana', 'pt'],
    ['Un café à la terrasse, très agréable, on y reviendra', 'fr'],
  ])('%s → %s', (text, lang) => {
    expect(detect({ text }, brand).lang).toBe(lang);
  });
});
