import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Every row not marked as a guard was misread before these entries: the harm was told in words no
// lexicon listed, so the thanks or the ironic praise beside it won (or the post read as chatter).

describe('Russian: harms told in plain words beside thanks and irony', () => {
  it.each<[text: string, label: Label]>([
    ['Спасибо, Аэролайн, за чудесные пять часов в аэропорту. Всю жизнь мечтала', 'complaint'],
    ['Кроссовки прослужили две недели, рекорд я считаю', 'complaint'],
    ['Отличный тариф, повысили цену в третий раз за год', 'complaint'],
    ['Пачка теперь 800 г вместо килограмма, а цена та же. Щедро', 'complaint'],
    ['Ну прекрасно: купил премиум, а реклама всё равно лезет', 'complaint'],
    ['Спасибо за помощь: в поддержке мне посоветовали погуглить', 'complaint'],
    ['Таксист высадил меня за километр от подъезда, под дождём. Спасибо', 'complaint'],
    ['Спасибо, страховая, нашли десять причин не платить', 'complaint'],
    ['Посылка шла ко мне месяц, наверное пешком несли', 'complaint'],
    ['Футболка села на размер после первой стирки', 'complaint'],
    ['Обожаю стоять в очереди по сорок минут, спасибо магазину', 'complaint'],
    ['Телефон раскалился и расплавился прямо на зарядке', 'complaint'],
    ['Курьеры у вас золото, но ну дайте нормальный поиск', 'suggestion'],
    // Guards: the same words in sincere praise and in a classified.
    ['Вещи пришли быстро и прослужили уже два года, спасибо', 'praise'],
    ['Посылка шла ко мне всего два дня, очень быстро, спасибо', 'praise'],
    ['Ремонт сделали за день, телефон как почти новый, спасибо', 'praise'],
    ['Продаю велосипед, почти новый, пишите в личку', 'none'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Ukrainian: harms told in plain words beside thanks and irony', () => {
  it.each<[text: string, label: Label]>([
    ['Дякую, авіакомпаніє, за третій перенос рейсу поспіль', 'complaint'],
    ['Серіал у 4К, а дивлюся переважно коло завантаження. Якість!', 'complaint'],
    ['Прибирання ми бачили тільки на фото, дякую за сервіс', 'complaint'],
    ['Переказ «за хвилину» тривав три дні', 'complaint'],
    ['Замовив піцу, а привезли чуже замовлення. Дякую', 'complaint'],
    ['Дякую за пораду, я перезавантажив уже десять разів', 'complaint'],
    ['Номер з видом на смітник, дуже романтично', 'complaint'],
    ['Светр сів на розмір після першого прання', 'complaint'],
    ["Кур'єри золото, але ну дайте вже темну тему", 'suggestion'],
    // Guard: prices that did not rise.
    ['Ціни не підняли, а порції більші, дякую', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Turkish: harms told in plain words beside thanks and irony', () => {
  it.each<[text: string, label: Label]>([
    ['Kargo firmasına bravo, evdeydim ama adreste bulunamadı yazmışlar', 'complaint'],
    ['Havale tam üç gün sürdü, anında işlem buymuş', 'complaint'],
    ['Levrek buzluk tadındaydı, teşekkürler', 'complaint'],
    ['Şarkının ortasında araya reklam soktular', 'complaint'],
    ['Teşekkürler, paketimi sormadan komşuya bıraktınız', 'complaint'],
    ['Üç taksit dediniz, kasada tek çekim oldu, alkışlıyorum', 'complaint'],
    ['Rafta başka kasada başka fiyat, teşekkürler', 'complaint'],
    ['Eczane reçetemdeki yerine başka ilaç vermiş, sağ olsunlar', 'complaint'],
    ['Çekim gücü harika. Gençler için de ucuz bir paket olsa', 'suggestion'],
    // Guards: a quick delivery and a price rise that the praise after "ama" outweighs.
    ['Kargo bir gün sürdü, çok hızlı, teşekkürler', 'praise'],
    ['Fiyatı 200 lira olmuş ama kalitesi harika', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('German: harms told in plain words, wishes wrapped in praise', () => {
  it.each<[text: string, label: Label]>([
    ['Die Cloud hat meine Urlaubsfotos ins Nirwana geschickt', 'complaint'],
    ['Über Nacht ging die Heizung aus, na wunderbar', 'complaint'],
    ['Der ICE fuhr wieder in umgekehrter Wagenreihung, Sport ist gesund', 'complaint'],
    ['Herzlichen Dank, 15 Jahre Beiträge gezahlt und beim ersten Schaden nichts', 'complaint'],
    ['Danke für die Geburtstagskarte, mein Auto steht seit Wochen in eurer Werkstatt', 'complaint'],
    ['Das Paket war drei Wochen unterwegs, gemütliches Tempo', 'complaint'],
    ['Der Bus ist mir vor der Nase weggefahren, obwohl ich gewunken hab. Danke', 'complaint'],
    ['Zwei Wochen ohne Internet, danke Netzfix', 'complaint'],
    ['Bestes Netz, sagt ihr. Im Büro nur Notrufe möglich, Glückwunsch', 'complaint'],
    ['Tolle Werkstatt! Ein Ersatzwagen während der Reparatur wär noch das Tüpfelchen', 'suggestion'],
    ['Super Fitnessstudio. Eine Kinderecke und ich würde nie wieder wechseln', 'suggestion'],
    // Guards: the heating back on, a parcel on time.
    ['Heizung geht wieder, danke für die schnelle Reparatur', 'praise'],
    ['Paket nach zwei Tagen da, super', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Greek: harms told in plain words beside thanks and irony', () => {
  it.each<[text: string, label: Label]>([
    ['Ο ταξιτζής έκανε κύκλους για να ανέβει το ταξίμετρο, μπράβο σας', 'complaint'],
    ['Πλήρωσα premium και έχει διαφημίσεις. Τι πρωτότυπο', 'complaint'],
    ['Μήπως νομίζετε ότι τυπώνω χρήματα; Λογαριασμός 300 ευρώ', 'complaint'],
    ['Το βαγόνι σκέτη σάουνα, ευχαριστούμε πολύ', 'complaint'],
    ['Ο καναπές ήρθε με ένα πόδι λιγότερο, ευχαριστώ', 'complaint'],
    ['Ωραίο ξενοδοχείο, δωμάτιο με θέα σε τοίχο', 'complaint'],
    ['Τόσες φορές το έχω στείλει για επισκευή, μπράβο σας', 'complaint'],
    ['Καφές στο μπαλκόνι με θέα τα βουνά, δεν χρειάζομαι τίποτα άλλο', 'none'],
    // Guard: a sauna as a hotel's amenity.
    ['Σάουνα και πισίνα στο ξενοδοχείο, όλα τέλεια', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('All five: flights moved, notes wiped, coffee lukewarm, batteries that last half a day', () => {
  it.each<[text: string, label: Label]>([
    ['Рейс перенесли на шесть часов, спасибо за заботу', 'complaint'],
    ['После обновления удалились все заметки', 'complaint'],
    ['Кофе принесли еле тёплый', 'complaint'],
    ['Скасували рейс за годину до вильоту', 'complaint'],
    ['Сорок хвилин висів на лінії, потім скинули дзвінок', 'complaint'],
    ['Батарея тримає півдня, дякую', 'complaint'],
    ['Uçuşumu altı saat ertelediler, teşekkürler', 'complaint'],
    ['Teslimat tam bir çileye dönüştü', 'complaint'],
    ['Nach dem Update sind alle Notizen weg', 'complaint'],
    ['Die Lieferung wurde zur Odyssee', 'complaint'],
    ['Η πτήση μετατέθηκε για το βράδυ, ευχαριστούμε', 'complaint'],
    ['Η μπαταρία κρατάει μισή μέρα', 'complaint'],
    ['Kahve ılıktı', 'complaint'],
    // Guards: a move asked for, a battery that lasts.
    ['Η μπαταρία κρατάει δύο μέρες, τέλεια', 'praise'],
    ['Termin wurde auf meinen Wunsch verschoben, super freundlich', 'praise'],
    ['Рейс перенесли по моей просьбе, спасибо за гибкость', 'praise'],
    ['Рейс перенесли на моє прохання, дякую за гнучкість', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('All five: a parcel sent to another city, an app that crashes at every start', () => {
  it.each<[text: string, label: Label]>([
    ['Заказ привезли в другой город, спасибо', 'complaint'],
    ['Замовлення відправили в інше місто, дякую', 'complaint'],
    ['Siparişimi başka şehre göndermişler, teşekkürler', 'complaint'],
    ['Danke, Paket an die falsche Adresse geliefert', 'complaint'],
    ['Tolle App, stürzt bei jedem Start ab', 'complaint'],
    ['Ευχαριστώ, το δέμα στάλθηκε σε άλλη πόλη', 'complaint'],
    // Guard: shipping to another city offered, not suffered.
    ['Kostenloser Versand in eine andere Stadt, super', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('All five: plain complaints in everyday words; Greek "καθόλου" negates', () => {
  it.each<[text: string, label: Label]>([
    ['Свитер скатался после двух стирок', 'complaint'],
    ['Ждали официанта полчаса, хотя зал пустой', 'complaint'],
    ['Прислали не ту книгу, спасибо', 'complaint'],
    ['Досить слати мені листи щодня', 'complaint'],
    ['Піцу привезли, сир прилип до кришки', 'complaint'],
    ['Кава має хімічний присмак', 'complaint'],
    ['Die Seite ist beim Sale wieder zusammengebrochen', 'complaint'],
    ['Nur eine Kasse offen und die Schlange bis zur Tür', 'complaint'],
    ['Der Tee schmeckt nach Chemie', 'complaint'],
    ['Δεν ήταν καθόλου καλό το φαγητό', 'complaint'],
    ['Το δέμα ήρθε μετά τα Χριστούγεννα, ευχαριστώ', 'complaint'],
    ['Δεν είχαμε καθόλου πρόβλημα με την παράδοση', 'praise'],
    // Guards: no wait at all, a hotline in a good mood, a stain removed.
    ['Καθόλου αναμονή, τέλεια εξυπηρέτηση', 'praise'],
    ['Die Hotline war gut aufgelegt und hat sofort geholfen', 'praise'],
    ['Химчистка вывела пятно от вина, волшебники', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Russian and Ukrainian: praise in everyday words, "подвёл" as a fault', () => {
  it.each<[text: string, label: Label]>([
    ['Мама плакала от счастья, когда открыла коробку', 'praise'],
    ['Курьер приехал минута в минуту', 'praise'],
    ['Хлеб как в детстве, беру каждый день', 'praise'],
    ['Оператор решила вопрос за две минуты', 'praise'],
    ['Консультант действительно разбирается в технике', 'praise'],
    ['Три года с этим роутером, ни одного потерянного соединения', 'praise'],
    ['Мастер нашёл проблему за десять минут', 'praise'],
    ['Уронил и ничего, крепкий чехол', 'praise'],
    ['Дякую, вирішили мою проблему за день', 'praise'],
    ['Майстер знайшов поломку, яку ніхто не міг знайти. Повага', 'praise'],
    ['Суп як у бабусі, беру щотижня', 'praise'],
    ['Ноутбук подвёл в самый важный момент', 'complaint'],
    ['Повербанк підвів у найважливіший момент', 'complaint'],
    // Guards: "всё понятно" said in anger, a fault the next day, a device that never failed.
    ['Старый ноутбук не подвёл и в этот раз, спасибо мастерам', 'praise'],
    ['С вами всё понятно, больше не закажу', 'complaint'],
    ['Телефон сломался на следующий день после покупки', 'complaint'],
    ['Повербанк ні разу не підвів', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('German, Greek and Turkish: praise in everyday words', () => {
  it.each<[text: string, label: Label]>([
    ['Die Hotline hat mein Problem in zehn Minuten gelöst', 'praise'],
    ['Neue Laufschuhe, zum ersten Mal keine Blasen nach zwanzig Kilometern', 'praise'],
    ['Endlich eine Verkäuferin, die sich auskennt', 'praise'],
    ['Reifen noch am selben Tag gewechselt', 'praise'],
    ['Meine Haare waren nie besser', 'praise'],
    ['Τα ακουστικά έχουν εξαιρετική ακύρωση θορύβου', 'praise'],
    ['Μας έφεραν γλυκό χωρίς να το ζητήσουμε', 'praise'],
    ['Sırada biraz bekledik ama beklemeye değdi', 'praise'],
    ['Usta söylediği fiyattan fazla almadı', 'praise'],
    // Guards: the same words where the exchange was refused and the call cut off.
    ['Der Umtausch wurde abgelehnt, nicht umgetauscht, keine Kulanz', 'complaint'],
    ['Sorunumu çözmeden telefonu kapattılar', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Greek: requests whose imperative does not open the sentence', () => {
  it.each<[text: string, label: Label]>([
    ['Στην ετικέτα γράψτε και τη χώρα προέλευσης', 'suggestion'],
    ['Το καλοκαίρι πυκνώστε τα δρομολόγια προς το αεροδρόμιο', 'suggestion'],
    ['Τις Κυριακές κρατήστε ανοιχτό τουλάχιστον ένα κατάστημα', 'suggestion'],
    // Guard: "keep a candle lit for me" wishes luck, it asks a company nothing.
    ['Αύριο δίνω εξετάσεις οδήγησης, κρατήστε μου καντήλι', 'none'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
