import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };
type Case = [text: string, label: Label, cue: string];

function expectCase([text, label, cue]: Case): void {
  const d = detect({ text }, brand);
  expect(d.label, `${text} → ${JSON.stringify(d.cues.slice(0, 4))}`).toBe(label);
  expect(d.cues[0]?.label).toBe(label);
  expect(d.cues.filter((c) => c.label === label).map((c) => c.text.toLowerCase())).toContainEqual(
    expect.stringContaining(cue.toLowerCase()),
  );
}

describe('detect: safety incidents are complaints in every language', () => {
  it.each<Case>([
    ['My acme phone exploded and caught fire', 'complaint', 'exploded'],
    ['The charger started sparking last night', 'complaint', 'sparking'],
    ['my kid got an electric shock from the kettle', 'complaint', 'electric shock'],
    ['El cargador explotó mientras dormía', 'complaint', 'explotó'],
    ['A bateria pegou fogo no carro', 'complaint', 'pegou fogo'],
    ['Le téléphone a pris feu dans ma poche', 'complaint', 'pris feu'],
    ['Der Akku ist explodiert', 'complaint', 'explodiert'],
    ['La batteria del telefono ha preso fuoco mentre era in carica', 'complaint', 'preso fuoco'],
    ['Şarj aleti patladı, çok korktum', 'complaint', 'patladı'],
    ['Телефон загорелся прямо в руке', 'complaint', 'загорелся'],
    ['Η μπαταρία έπιασε φωτιά', 'complaint', 'έπιασε φωτιά'],
    ['الشاحن انفجر في البيت', 'complaint', 'انفجر'],
    ['充电器突然起火了', 'complaint', '起火'],
  ])('%s', (...c) => expectCase(c));
});

describe('detect: complaints without strong negative words', () => {
  it.each<Case>([
    ['@acme day 3 without internet', 'complaint', 'without internet'],
    ['emailed support twice, no reply', 'complaint', 'no reply'],
    ['@acme where is my package', 'complaint', 'where is my'],
    ["can't log in to the app since this morning", 'complaint', "can't log"],
    ['the engineer never showed up', 'complaint', 'never showed'],
  ])('%s', (...c) => expectCase(c));
});

describe('detect: Spanish and Turkish negation frames', () => {
  it.each<Case>([
    ['La app ya no funciona desde ayer', 'complaint', 'ya no funciona'],
    ['Sigo esperando mi reembolso', 'complaint', 'sigo esperando'],
    ['Nunca contestan el teléfono', 'complaint', 'nunca contestan'],
    ['Ni una respuesta en dos semanas', 'complaint', 'ni una respuesta'],
    ['Müşteri hizmetleri telefonu açmıyor', 'complaint', 'açmıyor'],
    ['Siparişim hâlâ teslim edilmedi', 'complaint', 'teslim edilmedi'],
    ['Ürünü beğenmedik, bir daha almam', 'complaint', 'bir daha almam'],
    ['Hizmetten hiç memnun değilim', 'complaint', 'memnun değil'],
  ])('%s', (...c) => expectCase(c));
});

describe('detect: "should have", "should be ashamed" are complaints and "deserves" is praise, not suggestions', () => {
  it.each<Case>([
    ['The courier should have called before leaving a note', 'complaint', 'should have called'],
    [
      'Whoever runs that counter should be ashamed of the way they treat pensioners',
      'complaint',
      'should be ashamed',
    ],
    ['Le livreur aurait dû sonner au lieu de laisser un avis de passage', 'complaint', 'aurait dû'],
    ["Le gérant devrait avoir honte de l'état des vestiaires", 'complaint', 'devrait avoir honte'],
    ['El técnico debería haber traído la pieza de repuesto', 'complaint', 'debería haber'],
    ['Les debería dar vergüenza tener así los vestuarios', 'complaint', 'debería dar vergüenza'],
    ['Die Filialleitung sollte sich schämen für diese Umkleiden', 'complaint', 'sollte sich schämen'],
    ['Il tecnico avrebbe dovuto portare il pezzo di ricambio', 'complaint', 'avrebbe dovuto'],
    ['O técnico deveria ter trazido a peça de reposição', 'complaint', 'deveria ter'],
    ['De monteur had moeten bellen voordat hij kwam', 'complaint', 'had moeten'],
    ['Paket dün elimde olmalıydı, hâlâ yolda', 'complaint', 'olmalıydı'],
    ['Мастер должен был позвонить заранее', 'complaint', 'должен был'],
    ['Ce petit atelier de réparation mérite le détour', 'praise', 'mérite le détour'],
    ['Diese kleine Werkstatt lohnt sich wirklich', 'praise', 'lohnt sich'],
    ['Ese taller pequeño merece mucho la pena', 'praise', 'merece mucho la pena'],
    ['Dat kleine atelier is zeker de moeite waard', 'praise', 'de moeite'],
    ['Die kleine werkplaats is de moeite waard', 'praise', 'de moeite waard'],
  ])('%s', (...c) => expectCase(c));
});

describe('detect: "I would like to know" asks a question in every language', () => {
  it.each<Case>([
    ['@acme I would like to know when the new branch opens', 'question', 'like to know'],
    ["@acme Je voudrais savoir jusqu'à quelle heure la boutique est ouverte", 'question', 'voudrais savoir'],
    ['@acme Quisiera saber a qué hora abre la tienda el domingo', 'question', 'quisiera saber'],
    ['@acme Ich würde gerne wissen, wann die neue Filiale öffnet', 'question', 'würde gerne wissen'],
    ['@acme Vorrei sapere a che ora apre il negozio la domenica', 'question', 'vorrei sapere'],
    ['@acme Gostaria de saber até que horas a loja fica aberta', 'question', 'gostaria de saber'],
    ['@acme Ik wil graag weten hoe laat de winkel op zondag opengaat', 'question', 'wil graag weten'],
    ['@acme Mağazanın pazar günü kaçta açıldığını öğrenmek istiyorum', 'question', 'öğrenmek istiyorum'],
    ['@acme Хотел бы узнать, во сколько открывается магазин в воскресенье', 'question', 'хотел бы узнать'],
    ['@acme Θα ήθελα να μάθω τι ώρα ανοίγει το κατάστημα την Κυριακή', 'question', 'θα ήθελα να μάθω'],
  ])('%s', (...c) => expectCase(c));
});

describe('detect: "no regrets" and "nothing but praise" are praise, not a loose negation', () => {
  it.each<Case>([
    ['Switched my phone plan to Acme last spring, no regrets', 'praise', 'no regrets'],
    ['Overgestapt naar Acme en ik heb er nog geen spijt van', 'praise', 'geen spijt'],
    ["Passé chez Acme l'an dernier, aucun regret", 'praise', 'aucun regret'],
    ['Me cambié a Acme el año pasado y no me arrepiento', 'praise', 'no me arrepiento'],
    ["Sono passato ad Acme l'anno scorso e non me ne pento", 'praise', 'non me ne pento'],
    ['Letztes Jahr zu Acme gewechselt und keine Sekunde bereut', 'praise', 'keine sekunde bereut'],
    ['Mudei para a Acme no ano passado e não me arrependo', 'praise', 'não me arrependo'],
    ['Перешёл в Acme прошлой весной и ни разу не пожалел', 'praise', 'ни разу не пожалел'],
    ["Geçen yıl Acme'ye geçtim, hiç pişman olmadım", 'praise', 'pişman olmadım'],
    ['Πέρασα στην Acme πέρσι και δεν το μετάνιωσα', 'praise', 'δεν το μετάνιωσα'],
    ['Over de monteur van Acme niets dan lof', 'praise', 'niets dan lof'],
  ])('%s', (...c) => expectCase(c));
});

describe('detect: how food and views are described in reviews, in ten languages', () => {
  it.each<Case>([
    ['The lasagne at Acme was clearly microwaved', 'complaint', 'microwaved'],
    ['Chez Acme on nous a servi des légumes surgelés', 'complaint', 'surgelés'],
    ['En Acme las verduras eran congeladas', 'complaint', 'congeladas'],
    ['Da Acme le verdure erano surgelate', 'complaint', 'surgelate'],
    ['Bei Acme war das Gemüse tiefgekühlt und die Soße aus der Tüte', 'complaint', 'tiefgekühlt'],
    ['Bij Acme kwam de soep uit een pakje', 'complaint', 'uit een pakje'],
    ['No Acme os legumes vieram requentados', 'complaint', 'requentados'],
    ['В Acme овощи явно замороженные', 'complaint', 'замороженные'],
    ["Acme'de sebzeler dondurulmuş geldi", 'complaint', 'dondurulmuş'],
    ['Στο Acme τα λαχανικά ήταν κατεψυγμένα', 'complaint', 'κατεψυγμένα'],
    ['The view from the Acme rooftop is breathtaking', 'praise', 'breathtaking'],
    ['Dalla terrazza di Acme la vista è mozzafiato', 'praise', 'mozzafiato'],
    ['Het uitzicht vanaf het dakterras van Acme is adembenemend', 'praise', 'adembenemend'],
    ['Die Aussicht von der Acme-Terrasse ist atemberaubend', 'praise', 'atemberaubend'],
    ["Acme'nin terasından manzara nefes kesici", 'praise', 'nefes kesici'],
  ])('%s', (...c) => expectCase(c));

  it.each([
    ['Me cambié a Acme el año pasado', 'pasado'],
    ['We hebben goed geslapen in het Acme hotel', 'geslapen'],
    ['Het Acme hotel heeft ruime slaapkamers en we sliepen uit', 'sliepen'],
    ['В Acme купил сыр и хлеб', 'сыр'],
    ['Passei pelo cruzamento perto da Acme', 'cruzamento'],
  ])('does not read "%s" as a complaint', (text, word) => {
    const d = detect({ text }, brand);
    expect(d.cues.filter((c) => c.label === 'complaint').map((c) => c.text.toLowerCase())).not.toContainEqual(
      expect.stringContaining(word),
    );
  });
});

describe('detect: a good location is praise, "nothing special" and being forgotten are complaints', () => {
  it.each<Case>([
    ['The Acme guesthouse is well located, two minutes from the ferry', 'praise', 'well located'],
    ["L'auberge Acme est idéalement située, à deux pas du port", 'praise', 'idéalement située'],
    ['El hostal Acme está bien ubicado, al lado del puerto', 'praise', 'bien ubicado'],
    ["L'ostello Acme è in ottima posizione, a due passi dal porto", 'praise', 'ottima posizione'],
    ['Die Pension Acme ist ideal gelegen, zwei Minuten vom Hafen', 'praise', 'ideal gelegen'],
    ['Pension Acme is centraal gelegen, vlak bij de haven', 'praise', 'centraal gelegen'],
    ['A pousada Acme é bem localizada, ao lado do porto', 'praise', 'bem localizada'],
    ['У гостиницы Acme удобное расположение, рядом с портом', 'praise', 'удобное расположение'],
    ['Acme pansiyonun konumu harika, limana iki dakika', 'praise', 'konumu harika'],
    ['Ο ξενώνας Acme έχει εξαιρετική τοποθεσία, δίπλα στο λιμάνι', 'praise', 'εξαιρετική τοποθεσία'],
    ['Dinner at Acme was nothing special for the price', 'complaint', 'nothing special'],
    ['Le dîner chez Acme, rien de spécial pour le prix', 'complaint', 'rien de spécial'],
    ['La cena en Acme, nada del otro mundo para lo que cuesta', 'complaint', 'nada del otro mundo'],
    ['Da Acme si sono dimenticati il nostro secondo', 'complaint', 'si sono dimenticati'],
    ['Bei Acme haben sie uns einfach ignoriert', 'complaint', 'ignoriert'],
    ['Bij Acme werden we de hele avond genegeerd', 'complaint', 'genegeerd'],
    ['Os garçons da Acme esqueceram a nossa sobremesa', 'complaint', 'esqueceram'],
    ['В Acme забыли про наш десерт', 'complaint', 'забыли'],
    ["Acme'de tatlımızı unuttular", 'complaint', 'unuttular'],
    ['Στο Acme ξέχασαν το επιδόρπιό μας', 'complaint', 'ξέχασαν'],
  ])('%s', (...c) => expectCase(c));
});

describe('detect: everyday product-review wording in Arabic and Persian', () => {
  it.each<Case>([
    ['سماعة Acme صوتها ضعيف جدا', 'complaint', 'ضعيف'],
    ['الشاحن من Acme بطيء ويسخن', 'complaint', 'بطيء'],
    ['صور المنتج في Acme مضللة، اللون مختلف تماما', 'complaint', 'مضللة'],
    ['الخلاط من Acme يعمل بكفاءة وسهل التنظيف', 'praise', 'بكفاءة'],
    ['غطاء Acme متين ويستحق الشراء', 'praise', 'متين'],
    ['فن لپ تاپ Acme خیلی پر صدا است', 'complaint', 'پر صدا'],
    ['این مدل Acme فاقد جک هدفون است', 'complaint', 'فاقد'],
    ['نقطه ضعف گوشی Acme باتری اونه', 'complaint', 'نقطه ضعف'],
    ['کیبورد Acme واقعا دوست داشتنی است', 'praise', 'دوست داشتنی'],
    ['دوربین Acme از مدل قبلی خیلی بهتره', 'praise', 'خیلی بهتره'],
  ])('%s', (...c) => expectCase(c));
});

describe('detect: being kept on hold, hung up on or cut off is a complaint in ten languages', () => {
  it.each<Case>([
    ['@acme placed on hold for an hour and then hung up on', 'complaint', 'placed on hold'],
    ['@acme the connection keeps cutting out every evening', 'complaint', 'keeps cutting out'],
    ["@acme mis en attente pendant 40 minutes puis on m'a raccroché au nez", 'complaint', 'mis en attente'],
    [
      '@acme me tuvieron en espera durante media hora y después me colgaron el teléfono',
      'complaint',
      'me tuvieron en espera',
    ],
    ["@acme messo in attesa per mezz'ora e poi mi hanno chiuso il telefono", 'complaint', 'messo in attesa'],
    ['@acme eine Stunde in der Warteschleife und dann einfach aufgelegt', 'complaint', 'warteschleife'],
    ['@acme het internet valt steeds weg sinds maandag', 'complaint', 'valt steeds weg'],
    ['@acme a internet cai toda hora desde segunda', 'complaint', 'cai toda hora'],
    ['@acme интернет постоянно пропадает с понедельника', 'complaint', 'постоянно пропадает'],
    ['@acme internet pazartesiden beri sürekli kopuyor', 'complaint', 'sürekli kopuyor'],
    ['@acme το ίντερνετ κόβεται συνέχεια από τη Δευτέρα', 'complaint', 'κόβεται συνέχεια'],
  ])('%s', (...c) => expectCase(c));
});

describe('detect: a shared link', () => {
  const linkCue = (text: string) =>
    detect({ text }, brand).cues.find((c) => c.label === 'none' && c.text.startsWith('link'))?.text;

  it("without a word of one's own is chatter", () => {
    expect(linkCue('Acme opens a new store downtown https://news.example/acme-store')).toBe(
      'link shared without a personal voice',
    );
  });

  it("with an opinion of one's own is not", () => {
    expect(linkCue('Brilliant new Acme store downtown https://news.example/acme-store')).toBe('link');
    const d = detect({ text: 'Brilliant new Acme store downtown https://news.example/acme-store' }, brand);
    expect(d.label).toBe('praise');
  });
});

describe('detect: the same frames in Ukrainian, Arabic, Persian and Hebrew', () => {
  it.each<Case>([
    ['Перейшов до Acme торік і ні разу не пошкодував', 'praise', 'ні разу не пошкодував'],
    ['@acme інтернет постійно зникає з понеділка', 'complaint', 'постійно зникає'],
    ['@acme хотів би дізнатися, коли відкриється нова філія', 'question', 'хотів би дізнатися'],
    ['اشتركت في Acme من سنة وما ندمت', 'praise', 'ما ندمت'],
    ['@acme النت يقطع كل شوي من يوم الاثنين', 'complaint', 'النت يقطع'],
    ['@acme حاب اعرف متى يفتح الفرع الجديد', 'question', 'حاب اعرف'],
    ['پارسال رفتم سراغ Acme و اصلا پشیمون نیستم', 'praise', 'اصلا پشیمون نیستم'],
    ['@acme اینترنت از دوشنبه مدام قطع میشه', 'complaint', 'مدام قطع میشه'],
    ['@acme میخواستم بدونم شعبه جدید کی باز میشه', 'question', 'میخواستم بدونم'],
    ['עברתי ל-Acme לפני שנה ולא התחרטתי', 'praise', 'לא התחרטתי'],
    ['@acme האינטרנט מתנתק כל הזמן מאז יום שני', 'complaint', 'מתנתק כל הזמן'],
    ['@acme רציתי לדעת מתי נפתח הסניף החדש', 'question', 'רציתי לדעת'],
  ])('%s', (...c) => expectCase(c));
});

describe('detect: telling other customers where to go or what to try is praise, not a suggestion', () => {
  it.each<Case>([
    ['If you want a quiet brunch, Acme Café is the right place', 'praise', 'the right place'],
    ['Pour un brunch au calme, Acme Café est la bonne adresse', 'praise', 'la bonne adresse'],
    ['Si buscáis un brunch tranquilo, Acme Café es el sitio ideal', 'praise', 'el sitio ideal'],
    ['Per un brunch tranquillo Acme Café è il posto giusto', 'praise', 'il posto giusto'],
    ['Für einen ruhigen Brunch ist das Acme Café die richtige Adresse', 'praise', 'die richtige adresse'],
    ['Voor een rustige brunch ben je bij Acme Café aan het juiste adres', 'praise', 'aan het juiste adres'],
    ['Para um brunch tranquilo, o Acme Café é o lugar certo', 'praise', 'o lugar certo'],
    ['Для спокойного бранча вам точно сюда, в Acme Café', 'praise', 'вам точно сюда'],
    ['Sakin bir kahvaltı için Acme Café doğru adres', 'praise', 'doğru adres'],
    ['Για ήσυχο brunch το Acme Café είναι το ιδανικό μέρος', 'praise', 'το ιδανικό μέρος'],
    ["Acme Café'nin mantısını mutlaka denemelisiniz", 'praise', 'denemelisiniz'],
  ])('%s', (...c) => expectCase(c));
});

describe('detect: an app that will not let one in is a complaint', () => {
  it.each<Case>([
    ['@acme the app is not letting me pay since the update', 'complaint', 'not letting me'],
    ["@acme l'appli ne me laisse pas payer depuis la mise à jour", 'complaint', 'ne me laisse pas'],
    ["@acme l'app non mi permette di pagare dall'aggiornamento", 'complaint', 'non mi permette'],
    ['@acme die App lässt mich nicht bezahlen seit dem Update', 'complaint', 'lässt mich nicht'],
    ['@acme sinds de update kan ik niet inloggen in de app', 'complaint', 'kan ik niet inloggen'],
    ['@acme o aplicativo não me deixa pagar desde a atualização', 'complaint', 'não me deixa'],
    ['@acme приложение не пускает после обновления', 'complaint', 'не пускает'],
    ['@acme uygulama güncellemeden beri ödeme yapmama izin vermiyor', 'complaint', 'izin vermiyor'],
    ['@acme η εφαρμογή δεν με αφήνει να πληρώσω μετά την ενημέρωση', 'complaint', 'δεν με αφήνει'],
  ])('%s', (...c) => expectCase(c));
});

describe('detect: asking to be told something is a question, not a suggestion, in every language', () => {
  it.each<Case>([
    [
      '@acme could you please tell me whether the Leeds shop opens on Sundays?',
      'question',
      'could you please tell',
    ],
    ['@acme can you let me know if the blue kettle ships to Ireland', 'question', 'can you let me know'],
    [
      '@acme Könnten Sie mir sagen, ob die Filiale in Graz samstags geöffnet hat?',
      'question',
      'könnten sie mir sagen',
    ],
    ['@acme Pourriez-vous me dire si la boutique de Lyon reprend les articles ?', 'question', 'me dire'],
    ['@acme ¿Me podrían decir si la tienda de Valencia abre los domingos?', 'question', 'me podrían decir'],
    ['@acme Potete dirmi se il negozio di Parma è aperto la domenica?', 'question', 'potete dirmi'],
    [
      '@acme Kunnen jullie mij vertellen of de winkel in Delft zondag open is?',
      'question',
      'kunnen jullie mij vertellen',
    ],
    ['@acme Vocês podem me dizer se a loja de Braga abre ao domingo?', 'question', 'podem me dizer'],
    ['@acme Подскажите, пожалуйста, работает ли магазин на Садовой в воскресенье', 'question', 'подскажите'],
    ['@acme Підкажіть, будь ласка, чи працює відділення на Подолі в неділю', 'question', 'підкажіть'],
    ['@acme Kadıköy şubesinin pazar günü açık olup olmadığını söyler misiniz?', 'question', 'söyler misiniz'],
    [
      '@acme Μπορείτε να μου πείτε αν το κατάστημα στην Πάτρα είναι ανοιχτό την Κυριακή;',
      'question',
      'μπορείτε να μου πείτε',
    ],
    ['@acme ممكن تفيدوني هل فرع جدة يفتح يوم الجمعة', 'question', 'تفيدوني'],
    ['@acme میشه بگید شعبه شیراز جمعه‌ها بازه', 'question', 'میشه بگید'],
    ['@acme תוכלו להגיד לי אם הסניף בחיפה פתוח בשבת', 'question', 'תוכלו להגיד לי'],
    ['@acme क्या आप बता सकते हैं कि लखनऊ वाली शाखा रविवार को खुली रहती है', 'question', 'बता सकते'],
    ['@acme 渋谷店は日曜日も営業しているか教えていただけますか', 'question', '教えていただけ'],
    ['@acme 강남점이 일요일에도 영업하는지 알려주실 수 있나요', 'question', '알려주실'],
    ['@acme 麻烦告诉我杭州的门店周日营业吗', 'question', '麻烦告诉'],
    ['@acme შეგიძლიათ მითხრათ ბათუმის ფილიალი კვირას მუშაობს თუ არა', 'question', 'შეგიძლიათ მითხრათ'],
  ])('%s', (...c) => expectCase(c));
});

describe('detect: "is it just me or…" states an opinion: its praise or complaint decides, in every language', () => {
  it.each<Case>([
    ['Is it just me or is the new Acme update brilliant?', 'praise', 'brilliant'],
    ['Am I the only one who thinks the Acme checkout is useless now?', 'complaint', 'useless'],
    ['Bin ich der Einzige, der die neue Acme-App richtig toll findet?', 'praise', 'toll'],
    ["C'est moi ou la nouvelle appli Acme est vraiment géniale ?", 'praise', 'géniale'],
    ['¿Soy yo o la nueva app de Acme es una maravilla?', 'praise', 'maravilla'],
    ["Sono l'unico a trovare la nuova app di Acme fantastica?", 'praise', 'fantastica'],
    ['Ligt het aan mij of is de nieuwe Acme-app echt top?', 'praise', 'top'],
    ['Sou só eu ou o novo app da Acme ficou ótimo?', 'praise', 'ótimo'],
    ['Только у меня новое приложение Acme просто отличное?', 'praise', 'отличн'],
    ['Тільки в мене новий застосунок Acme просто чудовий?', 'praise', 'чудов'],
    ['Bir tek ben mi Acme uygulamasını harika buluyorum?', 'praise', 'harika'],
    ['Μόνο σε μένα η νέα εφαρμογή της Acme είναι τέλεια;', 'praise', 'τέλεια'],
    ['انا بس ولا تطبيق Acme الجديد رائع؟', 'praise', 'رائع'],
    ['فقط برای من اپ جدید Acme عالیه؟', 'praise', 'عالی'],
    ['רק אצלי האפליקציה החדשה של Acme מעולה?', 'praise', 'מעולה'],
    ['क्या सिर्फ मेरे साथ Acme का नया ऐप शानदार चल रहा है?', 'praise', 'शानदार'],
    ['私だけ？Acmeの新しいアプリ最高すぎる', 'praise', '最高'],
    ['나만 그런가? Acme 새 앱 진짜 최고야', 'praise', '최고'],
    ['只有我觉得Acme的新应用很棒吗？', 'praise', '棒'],
    ['მარტო მე მგონია, რომ Acme-ის ახალი აპი შესანიშნავია?', 'praise', 'შესანიშნავ'],
  ])('%s', (...c) => expectCase(c));
});

describe('detect: a question wrapped in praise is a question, as a suggestion wrapped in praise is a suggestion', () => {
  it.each<Case>([
    ['@acme I love your bakery so much! What time do you open on Sunday?', 'question', 'what time'],
    ['@acme Ich liebe euren Laden, ehrlich! Wann macht ihr am Sonntag auf?', 'question', 'wann'],
    [
      "@acme J'adore votre boulangerie, vraiment géniale ! Vous ouvrez à quelle heure dimanche ?",
      'question',
      'wrapped in praise',
    ],
    [
      '@acme Me encanta vuestra panadería, es genial! ¿A qué hora abrís el domingo?',
      'question',
      'wrapped in praise',
    ],
    ['@acme Adoro il vostro forno, fantastico! A che ora aprite domenica?', 'question', 'wrapped in praise'],
    [
      '@acme Ik ben dol op jullie bakkerij, echt geweldig! Hoe laat gaan jullie zondag open?',
      'question',
      'wrapped in praise',
    ],
    ['@acme Adoro a vossa padaria, é ótima! A que horas abrem no domingo?', 'question', 'wrapped in praise'],
    [
      '@acme Обожаю вашу пекарню, просто супер! Во сколько вы открываетесь в воскресенье?',
      'question',
      'wrapped in praise',
    ],
    [
      '@acme Fırınınıza bayılıyorum, harikasınız! Pazar günü saat kaçta açıyorsunuz?',
      'question',
      'wrapped in praise',
    ],
    [
      '@acme Λατρεύω το φούρνο σας, είναι τέλειος! Τι ώρα ανοίγετε την Κυριακή;',
      'question',
      'wrapped in praise',
    ],
  ])('%s', (...c) => expectCase(c));

  it.each<Case>([
    [
      '@acme do you deliver to Leeds? Absolutely love your cakes, best bakery in town, amazing team!',
      'question',
      'wrapped in praise',
    ],
    [
      '@acme Liefert ihr auch nach Köln? Eure Torten sind der Wahnsinn, super lecker und toller Service!',
      'question',
      'wrapped in praise',
    ],
    [
      '@acme Vous livrez à Lille ? Vos gâteaux sont incroyables, délicieux, une équipe géniale !',
      'question',
      'wrapped in praise',
    ],
    [
      '@acme ¿Hacéis envíos a Bilbao? ¡Vuestras tartas son increíbles, buenísimas, un equipo genial!',
      'question',
      'wrapped in praise',
    ],
    [
      '@acme Consegnate anche a Torino? Le vostre torte sono fantastiche, buonissime, staff eccezionale!',
      'question',
      'wrapped in praise',
    ],
    [
      '@acme Вы доставляете в Казань? Ваши торты просто шикарные, очень вкусные, отличная команда!',
      'question',
      'wrapped in praise',
    ],
  ])('asked before the praise: %s', (...c) => expectCase(c));

  it('praise after the question stays praise', () => {
    const d = detect(
      { text: '@acme guess who had the best croissant of her life this morning? Thank you, brilliant team!' },
      brand,
    );
    expect(d.label).toBe('praise');
    expect(d.cues.map((c) => c.text)).not.toContain('a question wrapped in praise');
  });
});

describe('detect: "I must say" introduces an opinion, it proposes nothing', () => {
  it.each([
    ['I must say the new Acme menu is lovely'],
    ['Ich muss sagen, das neue Menü von Acme ist hervorragend'],
    ["Je dois dire que le nouveau menu d'Acme est excellent"],
    ['Tengo que decir que el nuevo menú de Acme es excelente'],
    ['Devo dire che il nuovo menù di Acme è ottimo'],
    ['Ik moet zeggen dat het nieuwe menu van Acme uitstekend is'],
    ['Tenho que dizer que o novo menu da Acme está excelente'],
    ['Должен сказать, новое меню в Acme отличное'],
    ['Мушу сказати, нове меню в Acme чудове'],
    ["Söylemeliyim, Acme'nin yeni menüsü harika"],
    ['Πρέπει να πω ότι το νέο μενού της Acme είναι εξαιρετικό'],
    ['لازم اقول ان المنيو الجديد في Acme ممتاز'],
    ['باید بگم منوی جدید Acme عالیه'],
    ['חייב לומר שהתפריט החדש של Acme מצוין'],
    ['कहना पड़ेगा, Acme का नया मेन्यू शानदार है'],
    ['უნდა ვთქვა, Acme-ის ახალი მენიუ შესანიშნავია'],
    ['不得不说，Acme的新菜单很棒'],
  ])('%s', (text) => {
    const d = detect({ text }, brand);
    expect(d.label, JSON.stringify(d.cues.slice(0, 4))).toBe('praise');
    expect(d.cues.filter((c) => c.label === 'suggestion' && c.kind !== 'word')).toEqual([]);
    expect(d.cues.filter((c) => c.label === 'suggestion' && c.weight >= 0.3)).toEqual([]);
  });
});

describe('detect: a negation that follows what it negates, with nothing to flip, leans to complaint as "not" does', () => {
  it.each([
    ['tr', 'Bu şubenin hiç otoparkı yok', 'yok'],
    ['fa', 'این شعبه اصلا پارکینگ نداره', 'نداره'],
    ['hi', 'इस शाखा में पार्किंग की सुविधा नहीं है', 'नहीं'],
    ['ja', 'この店には駐車場がない', 'ない'],
    ['ko', '이 지점은 주차장이 없어요', '없어요'],
  ])('%s: %s', (_lang, text, negator) => {
    const d = detect({ text }, brand);
    expect(d.cues.filter((c) => c.label === 'complaint').map((c) => c.text)).toContain(negator);
  });

  it('still flips the praise or problem before it', () => {
    expect(detect({ text: 'Kargoda hiç sorun yok, her şey yolunda' }, brand).label).toBe('praise');
    expect(detect({ text: 'Yemekler hiç lezzetli değil' }, brand).label).toBe('complaint');
  });
});

describe('detect: a complaint phrased as a question without a complaint word, in every language', () => {
  it.each<Case>([
    [
      '@acme what exactly is the point of a delivery slot if the driver turns up at 9pm?',
      'complaint',
      'what exactly is the point',
    ],
    ['@acme how hard is it to send the engineer on the day I booked?', 'complaint', 'how hard is it'],
    [
      '@acme wozu zahle ich eigentlich die Express-Gebühr, wenn das Paket eine Woche braucht?',
      'complaint',
      'wozu zahle ich',
    ],
    ["@acme à quoi sert l'option express si le colis met une semaine ?", 'complaint', 'à quoi sert'],
    ['@acme ¿para qué sirve pagar el envío urgente si tarda una semana?', 'complaint', 'para qué sirve'],
    [
      '@acme che senso ha pagare la spedizione veloce se il pacco arriva dopo una settimana?',
      'complaint',
      'che senso ha',
    ],
    [
      '@acme wat is het nut van een bezorgvenster als de chauffeur om negen uur komt?',
      'complaint',
      'wat is het nut',
    ],
    [
      '@acme para que serve pagar o envio expresso se a encomenda demora uma semana?',
      'complaint',
      'para que serve',
    ],
    ['@acme какой смысл платить за срочную доставку, если посылка идёт неделю?', 'complaint', 'какой смысл'],
    ['@acme який сенс платити за термінову доставку, якщо посилка йде тиждень?', 'complaint', 'який сенс'],
    [
      '@acme hızlı kargoya para vermenin ne anlamı var, paket bir haftada geliyor?',
      'complaint',
      'ne anlamı var',
    ],
    [
      '@acme ποιο το νόημα να πληρώνω express αποστολή αν το δέμα έρχεται σε μια βδομάδα;',
      'complaint',
      'ποιο το νόημα',
    ],
    ['@acme ما الفائدة من الشحن السريع إذا الطلب يوصل بعد أسبوع؟', 'complaint', 'ما الفائدة'],
    ['@acme چه فایده‌ای داره پول پست پیشتاز بدیم وقتی بسته یه هفته بعد میرسه؟', 'complaint', 'چه فایده'],
    ['@acme מה הטעם לשלם על משלוח מהיר אם החבילה מגיעה אחרי שבוע?', 'complaint', 'מה הטעם'],
    ['@acme एक्सप्रेस डिलीवरी के पैसे देने का क्या फायदा जब पार्सल एक हफ्ते में आता है?', 'complaint', 'क्या फायदा'],
    ['@acme 速達料金を払う意味あるの？一週間かかったけど', 'complaint', '意味ある'],
    ['@acme 빠른배송 돈 내는 게 무슨 의미가 있나요? 일주일 걸렸는데', 'complaint', '무슨 의미'],
    ['@acme 加急费有什么用？包裹还是走了一个星期', 'complaint', '有什么用'],
    ['@acme რა აზრი აქვს ექსპრეს მიწოდებას, თუ ამანათი ერთ კვირაში მოდის?', 'complaint', 'რა აზრი აქვს'],
    ['@acme so the monthly fee went up again. how is that fair?', 'complaint', 'how is that fair'],
    [
      '@acme vous trouvez ça normal, trois semaines pour un remboursement ?',
      'complaint',
      'vous trouvez ça normal',
    ],
    ['@acme ¿os parece normal tardar tres semanas en devolver el dinero?', 'complaint', 'os parece normal'],
    ['@acme vi sembra normale metterci tre settimane per un rimborso?', 'complaint', 'vi sembra normale'],
    ['@acme drei Wochen für eine Erstattung, ist das normal?', 'complaint', 'ist das normal'],
    [
      '@acme drie weken voor een terugbetaling, vinden jullie dit normaal?',
      'complaint',
      'vinden jullie dit normaal',
    ],
    ['@acme três semanas para um reembolso, acham normal?', 'complaint', 'acham normal'],
    ['@acme три недели на возврат денег, это нормально?', 'complaint', 'это нормально'],
    ['@acme iade için üç hafta bekletmek normal mi?', 'complaint', 'normal mi'],
  ])('%s', (...c) => expectCase(c));
});

describe('detect: praise with "X would make it perfect" or "only X is missing" is a suggestion, in every language', () => {
  it.each<Case>([
    [
      'The Acme bakery is lovely, Sunday opening would make it perfect',
      'suggestion',
      'would make it perfect',
    ],
    [
      'Great little gym, the only thing missing is a proper stretching area',
      'suggestion',
      'only thing missing',
    ],
    ['Tolles Café, WLAN wäre das i-Tüpfelchen', 'suggestion', 'i-tüpfelchen'],
    ['Super salle de sport, des casiers plus grands seraient parfaits', 'suggestion', 'seraient parfaits'],
    ['Gran gimnasio, una zona de estiramientos sería perfecta', 'suggestion', 'sería perfecta'],
    ['Ottima palestra, manca solo una zona per lo stretching', 'suggestion', 'manca solo'],
    ['Fijne sportschool, een rekzone zou perfect zijn', 'suggestion', 'zou perfect zijn'],
    ['Ótimo ginásio, só falta uma zona de alongamentos', 'suggestion', 'só falta'],
    ['Отличный зал, не хватает только зоны для растяжки', 'suggestion', 'не хватает только'],
    ['Чудовий зал, бракує лише зони для розтяжки', 'suggestion', 'бракує лише'],
    ['Harika bir spor salonu, tek eksiği esneme alanı', 'suggestion', 'tek eksiği'],
    ['Υπέροχο γυμναστήριο, λείπει μόνο ένας χώρος για διατάσεις', 'suggestion', 'λείπει μόνο'],
    ['نادي رائع، ناقصه بس مكان للإطالة', 'suggestion', 'ناقصه بس'],
    ['باشگاه خیلی خوبیه، فقط یه فضای کشش کم داره', 'suggestion', 'کم داره'],
    ['חדר כושר מעולה, חסר רק אזור מתיחות', 'suggestion', 'חסר רק'],
    ['बढ़िया जिम है, स्ट्रेचिंग की जगह हो तो परफेक्ट हो जाएगा', 'suggestion', 'परफेक्ट हो जाएगा'],
    ['すごくいいジム、ストレッチエリアがあれば完璧', 'suggestion', 'があれば完璧'],
    ['정말 좋은 헬스장이에요, 스트레칭 공간만 있으면 완벽할 텐데', 'suggestion', '완벽할 텐데'],
    ['很棒的健身房，要是有拉伸区就完美了', 'suggestion', '就完美了'],
    ['შესანიშნავი დარბაზია, გაჭიმვის ზონა რომ ჰქონდეს, იდეალური იქნებოდა', 'suggestion', 'იდეალური იქნებოდა'],
  ])('%s', (...c) => expectCase(c));
});

describe('detect: saying one would go again or recommend a place is praise, in every language', () => {
  it.each<Case>([
    ['Lovely little hotel by the harbour, would stay again', 'praise', 'would stay again'],
    ['Petit bistrot de quartier, une adresse à retenir', 'praise', 'adresse à retenir'],
    ['El bar de la esquina, un sitio para recordar', 'praise', 'un sitio para recordar'],
    ['Trattoria sul lago, un posto da ricordare', 'praise', 'da ricordare'],
    ['Dit eetcafé zou ik iedereen aanraden', 'praise', 'zou ik iedereen aanraden'],
    ['Tasca de bairro em Braga, um endereço a reter', 'praise', 'endereço a reter'],
    ['Kleines Hotel am See, würden jederzeit wiederkommen', 'praise', 'würden jederzeit wiederkommen'],
    ['Уютная кофейня у вокзала, пришли бы снова', 'praise', 'пришли бы снова'],
    ['Sahildeki küçük balıkçı, tekrar giderim', 'praise', 'tekrar giderim'],
    ['Μικρό ταβερνάκι στο λιμάνι, θα ξαναπήγαινα', 'praise', 'θα ξαναπήγαινα'],
  ])('%s', (...c) => expectCase(c));
});

describe('detect: a quotation shared is not the poster speaking', () => {
  it.each([
    [
      '"Never trust a man who is rude to the waiter, it tells you everything about him." - my late grandmother',
    ],
    ['Monday mood: the hardest part of any journey is the first terrible step #quote'],
    ['„Wer immer tut, was er schon kann, bleibt immer das, was er schon ist, und das ist traurig." #Zitat'],
    ["«Il faut toujours viser la lune, car même en cas d'échec, on atterrit dans les étoiles» #citation"],
    ['Жизнь слишком коротка, чтобы пить плохое вино #цитата'],
  ])('%s', (text) => {
    const d = detect({ text }, brand);
    expect(d.label, JSON.stringify(d.cues.slice(0, 4))).toBe('none');
  });

  it("a reply quoting the brand's own words back is the poster speaking", () => {
    const d = detect(
      {
        text: '@acme your email said "your order will arrive within two working days of dispatch" - two weeks now',
      },
      brand,
    );
    expect(d.cues.map((c) => c.text)).not.toContain('a quotation shared');
  });

  it('a request written in quotation marks still asks', () => {
    const d = detect(
      { text: '"It would be great if the Acme app could export my statements as a spreadsheet, please"' },
      brand,
    );
    expect(d.label).toBe('suggestion');
  });

  it('a short phrase quoted back at the brand is still the poster speaking', () => {
    expect(
      detect({ text: '@acme "sorry we missed you" again?! I was home all day, worst courier ever' }, brand)
        .label,
    ).toBe('complaint');
  });
});

describe('detect: "could be better", "so-so" and "not great" are complaints, not the praise word inside them', () => {
  it.each<Case>([
    ['Le service du midi, pas terrible', 'complaint', 'pas terrible'],
    ['La cuisine du soir, il y a des efforts à faire', 'complaint', 'efforts à faire'],
    ['De bediening kan een stuk beter', 'complaint', 'kan een stuk beter'],
    ['Servis daha iyi olabilirdi', 'complaint', 'daha iyi olabilirdi'],
    ['Обслуживание могло быть лучше', 'complaint', 'могло быть лучше'],
    ['Обслуговування могло бути краще', 'complaint', 'могло бути краще'],
    ['Η εξυπηρέτηση θα μπορούσε να είναι καλύτερη', 'complaint', 'θα μπορούσε να είναι καλύτερη'],
    ['El servicio podría ser mejor', 'complaint', 'podría ser mejor'],
    ['Il servizio potrebbe essere migliore', 'complaint', 'potrebbe essere migliore'],
    ['O atendimento podia ser melhor', 'complaint', 'podia ser melhor'],
    ['Der Service könnte besser sein', 'complaint', 'könnte besser sein'],
    ['Il servizio era così così', 'complaint', 'così così'],
    ['O atendimento foi mais ou menos', 'complaint', 'mais ou menos'],
    ['Der Service war nur geht so', 'complaint', 'geht so'],
    ['Η εξυπηρέτηση ήταν έτσι κι έτσι', 'complaint', 'έτσι κι έτσι'],
    ['Servisin geliştirilmesi lazım', 'complaint', 'geliştirilmesi lazım'],
    ['The chips at the harbour kiosk were better before', 'complaint', 'better before'],
    ["Les frites du kiosque, moins bonnes qu'avant", 'complaint', "moins bonnes qu'avant"],
    ['Las croquetas del bar antes estaban mejor', 'complaint', 'antes estaban mejor'],
    ['Il gelato del chiosco era meglio prima', 'complaint', 'era meglio prima'],
    ['Картошка в киоске раньше была вкуснее', 'complaint', 'раньше была вкуснее'],
    ['Картопля в кіоску раніше була смачніша', 'complaint', 'раніше була смачніша'],
    ['Η πίτσα του φούρνου δεν είναι όπως παλιά', 'complaint', 'δεν είναι όπως παλιά'],
    ['البطاطس في الكشك كانت احسن قبل', 'complaint', 'كانت احسن قبل'],
    ['سیب‌زمینی این دکه قبلا بهتر بود', 'complaint', 'قبلا بهتر بود'],
    ['הצ׳יפס בקיוסק פעם היה יותר טוב', 'complaint', 'פעם היה יותר טוב'],
    ['Büfenin patatesi eskiden daha lezzetliydi', 'complaint', 'eskiden daha lezzetliydi'],
    ["Burger at the station cafe: I've had better", 'complaint', "i've had better"],
    ["Le burger de la gare : j'ai connu mieux", 'complaint', "j'ai connu mieux"],
    ['La hamburguesa de la estación: las he comido mejores', 'complaint', 'las he comido mejores'],
    ["L'hamburger della stazione? Ho mangiato di meglio", 'complaint', 'ho mangiato di meglio'],
    ['Der Burger am Bahnhof: schon besser gegessen', 'complaint', 'schon besser gegessen'],
    ['De burger bij het station: al beter gegeten', 'complaint', 'al beter gegeten'],
    ['O hambúrguer da estação: já comi melhor', 'complaint', 'já comi melhor'],
    ['Бургер на вокзале: бывало и лучше', 'complaint', 'бывало и лучше'],
    ['Бургер на вокзалі: бувало й краще', 'complaint', 'бувало й краще'],
    ['İstasyondaki burger: daha iyisini yedim', 'complaint', 'daha iyisini yedim'],
    ['Το μπέργκερ στον σταθμό: έχω φάει καλύτερα', 'complaint', 'έχω φάει καλύτερα'],
    ['Después de tantas reseñas esperaba algo mejor', 'complaint', 'esperaba algo mejor'],
    ['Depois de tantas críticas esperava melhor', 'complaint', 'esperava melhor'],
    ['Після стількох відгуків очікував більшого', 'complaint', 'очікував більшого'],
    ['Bu kadar yorumdan sonra daha iyisini bekliyordum', 'complaint', 'daha iyisini bekliyordum'],
    ['بعد كل هالتقييمات توقعت احسن', 'complaint', 'توقعت احسن'],
    ['با این همه تعریف انتظار بیشتری داشتم', 'complaint', 'انتظار بیشتری داشتم'],
    ['אחרי כל הביקורות ציפיתי ליותר', 'complaint', 'ציפיתי ליותר'],
  ])('%s', (...c) => expectCase(c));
});

describe('detect: an app or a connection that freezes, lags or crashes is a complaint in every language', () => {
  it.each<Case>([
    ['@acme приложение зависает на оплате', 'complaint', 'зависает'],
    ['@acme застосунок гальмує з ранку', 'complaint', 'гальмує'],
    ['@acme uygulama ödeme ekranında donuyor', 'complaint', 'donuyor'],
    ['@acme la app se cuelga en la pantalla de pago', 'complaint', 'se cuelga'],
    ['@acme o aplicativo trava na hora de pagar', 'complaint', 'trava'],
    ['@acme die App stürzt beim Bezahlen ab', 'complaint', 'stürzt'],
    ["@acme l'appli plante au moment de payer", 'complaint', 'plante'],
    ["@acme l'app si blocca quando pago", 'complaint', 'si blocca'],
    ['@acme de app loopt vast bij het betalen', 'complaint', 'loopt vast'],
    ['@acme η εφαρμογή κόλλησε στην πληρωμή', 'complaint', 'κόλλησε'],
    ['@acme التطبيق علق عند الدفع', 'complaint', 'علق'],
    ['@acme اپ موقع پرداخت هنگ کرد', 'complaint', 'هنگ کرد'],
    ['@acme האפליקציה נתקעת בתשלום', 'complaint', 'נתקעת'],
  ])('%s', (...c) => expectCase(c));
});

describe('detect: French inversions with a hyphen read as the phrases they are', () => {
  it.each<Case>([
    ['@acme pourriez-vous ajouter un mode sombre ?', 'suggestion', 'ajouter'],
    ["@acme pouvez-vous m'indiquer les horaires du magasin de Nantes ?", 'question', "m'indiquer"],
  ])('%s', (...c) => expectCase(c));

  it('"pourriez" (could you) is not "pourri" (rotten)', () => {
    const d = detect({ text: '@acme pourriez-vous ajouter un mode sombre ?' }, brand);
    expect(d.cues.filter((c) => c.label === 'complaint').map((c) => c.text.toLowerCase())).not.toContainEqual(
      expect.stringContaining('pourriez'),
    );
    expect(detect({ text: 'Les fruits étaient pourris à la livraison' }, brand).label).toBe('complaint');
  });
});

describe('detect: cues are whole words of the post', () => {
  it.each([
    '@acme I want a refund, you charged me twice',
    'Is there a way to get a receipt?',
    'A friend told me to try it',
  ])('no cue is a single letter: %s', (text) => {
    for (const c of detect({ text }, brand).cues) {
      if (c.kind === 'word' || c.kind === 'phrase') expect(c.text.length, c.text).toBeGreaterThan(1);
    }
  });

  it('reads German "schon" (already) apart from "schön" (beautiful), which folding merges', () => {
    const d = detect({ text: 'Ich habe das schon bestellt' }, brand);
    expect(d.cues.map((c) => c.text.toLowerCase())).not.toContain('schon');
    expect(detect({ text: 'Das Essen war schön' }, brand).label).toBe('praise');
  });

  it('finds no cue inside links, handles or domains', () => {
    const d = detect({ text: 'see https://t.co/badworst and @worstdeals at bestbuy.com' }, brand);
    expect(d.cues.filter((c) => c.label === 'praise' || c.label === 'complaint')).toEqual([]);
  });
});

describe('detect: a suggestion wrapped in praise is a suggestion', () => {
  it.each([
    [
      'Absolutely love Acme, best coffee in town, amazing staff, fantastic cakes! would be great if you opened on Sundays too',
    ],
    [
      'Acme ist einfach top, super Team, tolle Torten, bester Kaffee! Wäre schön, wenn ihr auch sonntags öffnen würdet',
    ],
    [
      "J'adore Acme, meilleur café du quartier, équipe adorable, gâteaux excellents ! Ce serait bien d'ouvrir aussi le dimanche",
    ],
    [
      'Me encanta Acme, el mejor café del barrio, personal genial, pasteles buenísimos! Estaría bien que abrieran también los domingos',
    ],
    [
      'Adoro Acme, il miglior caffè della zona, personale fantastico, dolci ottimi! Sarebbe bello se apriste anche la domenica',
    ],
    [
      'Обожаю Acme, лучший кофе в городе, отличный персонал, потрясающие торты! Было бы здорово, если бы вы работали и по воскресеньям',
    ],
  ])('%s', (text) => {
    const d = detect({ text }, brand);
    expect(d.label).toBe('suggestion');
    expect(d.cues.map((c) => c.text)).toContain('a suggestion wrapped in praise');
  });

  it.each([
    // One word that often asks ("please", "I hope") beside praise is thanks, not a request.
    ['Amazing food and lovely staff, please never change!'],
    ['Fantastic service, I hope you all have a great weekend, thank you Acme!'],
  ])('praise with a single asking word stays praise: %s', (text) => {
    expect(detect({ text }, brand).label).toBe('praise');
  });
});

describe('detect: "why…?" about one\'s own order, bill or account complains', () => {
  it.each([
    ['why does my parcel go to a locker 6 km away when I was at home?'],
    ['Wieso bekomme ich jeden Monat zwei Rechnungen?'],
    ['Warum wird mein Paket immer beim Nachbarn abgegeben?'],
    ['Pourquoi ma carte est refusée au distributeur depuis ce matin ?'],
    ['Comment ça se fait que mon colis soit reparti au dépôt ?'],
    ['¿Por qué mi pedido sale entregado si estoy en casa?'],
    ['Por que recebo duas faturas todo mês?'],
    ['Почему мою посылку отправили в другой город?'],
    ['Чому мені приходять два рахунки щомісяця?'],
    ['Waarom krijg ik elke maand twee facturen?'],
    ['Neden her ay iki fatura geliyor bana?'],
    ['Γιατί μου ήρθαν δύο λογαριασμοί αυτόν τον μήνα;'],
    ['למה אני מקבל שני חשבונות כל חודש?'],
    ['چرا هر ماه برای من دو تا قبض میاد؟'],
  ])('%s', (text) => {
    const d = detect({ text }, brand);
    expect(d.label, JSON.stringify(d.cues.slice(0, 4))).toBe('complaint');
    expect(d.cues.map((c) => c.text)).toContain('complaint phrased as a question');
  });

  it.each([['why is the sky blue at noon and red at sunset?'], ['Warum schnurren Katzen eigentlich?']])(
    'a "why" with no one\'s own experience in it asks: %s',
    (text) => {
      expect(detect({ text }, brand).label).toBe('question');
    },
  );
});

describe('detect: a post written to a support account', () => {
  it.each([
    ['@AcmeSupport my edit button disappeared after the update. help'],
    ['@Acme_Hilfe seit gestern geht die Anmeldung auf dem Tablet nicht'],
    ['@AcmeAyuda desde ayer la app se queda en blanco al abrir'],
  ])('with no other cue reads as a problem: %s', (text) => {
    const d = detect({ text }, brand);
    expect(d.label, JSON.stringify(d.cues.slice(0, 4))).toBe('complaint');
    expect(d.cues.map((c) => c.text)).toContain('written to a support account');
  });

  it.each<[string, Label]>([
    ['@AcmeSupport thank you so much, you sorted it in five minutes, brilliant team!', 'praise'],
    ['@AcmeHelp how do I change the delivery address on an order?', 'question'],
    ['RT @AcmeSupport: the app is back up for everyone', 'none'],
  ])('thanks, questions and retweets keep their reading: %s', (text, label) => {
    expect(detect({ text }, brand).label).toBe(label);
  });
});
