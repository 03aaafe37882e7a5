import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: '', handles: [], keywords: [] };

const read = (text: string) => detect({ text }, brand);

describe('Turkish requests whose verb ends the clause', () => {
  it.each<[text: string, label: Label]>([
    // Turkish puts the verb last: the plural imperative closes the request.
    ['Eczane Plus, hafta sonu da açık tutun', 'suggestion'],
    ['Market Dünyası, kasalara bir de engelli şeridi açın', 'suggestion'],
    ['Sinema Kulübü, öğrencilere biraz indirim verin, bilet çok pahalı oldu', 'suggestion'],
    ['Otobüs Bilet, sitede koltuk planını önceden gösterin', 'suggestion'],
    ['Pastane Tatlı, vitrine glutensiz bir şeyler de koyun', 'suggestion'],
    // "if you did X": the conditional of the plural asks politely.
    ['Spor salonunda duş süresini biraz uzatsanız, beş dakika yetmiyor', 'suggestion'],
    ['Faturayı her ay mesajla gönderseniz kimse ödemeyi unutmaz', 'suggestion'],
    ['Kasaları öğle saatinde ikiye ayırsanız sıra bu kadar uzamaz', 'suggestion'],
    ['Kargo takibini uygulamada gösterseniz müşteri hizmetlerini aramayız', 'suggestion'],
    // Guards: "koyun" (sheep) beside a complaint, and a post that tells without asking.
    ['Kurye paketimi yanlış adrese bıraktı, kimse doğru bilgi vermiyor', 'complaint'],
    ['Köyde dedemin koyunları kuzuladı, bahar geldi', 'none'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
    expect(read(text).lang).toBe('tr');
  });
});

describe('Turkish praise that negates a problem with a light verb', () => {
  it.each<[text: string, label: Label]>([
    // "rötar yapmadı" (no delay), "iptal etmedi" (did not cancel): the problem noun takes "yap"/"et"
    // and the negation is the verb's suffix; the pair praises.
    ['Gece uçuşu bu kez hiç rötar yapmadı, tam saatinde indik', 'praise'],
    ['Bu güneş kremi hassas cildimde bile tahriş yapmadı', 'praise'],
    ['Tarihi iki kez değiştirmeme rağmen otel rezervasyonumu iptal etmediler', 'praise'],
    ['Kartı kapatmak istedim, hiç zorluk çıkarmadılar', 'praise'],
    ['Yeni modemi kurmak hiç uğraştırmadı, on dakikada internet geldi', 'praise'],
    ['Şubede hiç beklemeden hesabımı açtılar', 'praise'],
    ['Bu şampuan saçımı kurutmuyor, kokusu da güzel', 'praise'],
    // Guards: the same words when the problem happened, and a praise phrase beside a worse fact.
    ['Uçuş yine rötar yaptı, aktarmayı kaçırdık', 'complaint'],
    ['Uçuşumu haber vermeden iptal ettiler, param da yandı', 'complaint'],
    ['Kimse yardım etmedi, saatlerce bekledim', 'complaint'],
    ['Rötar yapmadı ama bagajım kayboldu', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Ukrainian praise that says a problem did not happen', () => {
  it.each<[text: string, label: Label]>([
    // "без жодних питань" (no questions asked), "не підвів" (never let me down): the negator is
    // the praise, not a complaint of its own.
    ['Повернули гроші за куртку без жодних питань, навіть чек не знадобився', 'praise'],
    ['Обміняли зарядку, що перегрівалась, без зайвих питань', 'praise'],
    ['Магазин побутової техніки прийняв пилосос назад без суперечок', 'praise'],
    ['Мій провайдер за всю зиму не підвів, інтернет був навіть у блекаут', 'praise'],
    ['Таксі вночі ні разу не скасували поїздку, водії завжди на місці', 'praise'],
    ['Застосунок банку більше не вилітає після оновлення, нарешті', 'praise'],
    // Guards: the same words where the problem did happen, and a Russian post stays Russian.
    ['Доставка знову підвела, посилка не прийшла вчасно', 'complaint'],
    ['Застосунок банку знову вилітає після оновлення', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
    expect(read(text).lang).toBe('uk');
  });

  it('keeps a Russian post with the same frame Russian', () => {
    expect(read('Вернули деньги за куртку без лишних вопросов, спасибо').lang).toBe('ru');
  });
});

describe('Ukrainian everyday praise slang', () => {
  it.each<[text: string, label: Label]>([
    ["Нова кав'ярня на Подолі — кайф, круасани ще теплі", 'praise'],
    ['Кінотеатр Зоря, кайфую від ваших нічних сеансів', 'praise'],
    ["Кур'єр допоміг занести шафу на п'ятий поверх, так мило з його боку", 'praise'],
    ["Піцерія Вогник, ваша маргарита — це щось, беремо щоп'ятниці", 'praise'],
    // Guard: "мило" alone is soap; soap that dries the skin complains.
    ['Купила мило в Чорнобривцях, а воно пересушує шкіру', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
    expect(read(text).lang).toBe('uk');
  });
});

describe('Turkish "gibi" comparisons in the past, and everyday outages', () => {
  it.each<[text: string, label: Label]>([
    // "X gibiydi" (was like X) is the same comparison as "X gibi".
    ['Dün aldığım pidenin hamuru lastik gibiydi', 'complaint'],
    ['Yeni kargo firması bu sefer jet gibiydi', 'praise'],
    ['Otelin yatakları bulut gibi, çarşaflar mis gibiydi', 'praise'],
    // An outage told as a recurring fact, and a repair with no news.
    ['Bizim mahallede elektrik kesiliyor, her gün aynı saatte', 'complaint'],
    ['Telefonu tamire verdim, iki haftadır hâlâ haber yok', 'complaint'],
    // Guards: news stays news, and "not like X" still complains.
    ['Son dakika: bölgede elektrik kesintisi planlandığı açıklandı', 'none'],
    ['Ürün anlatıldığı gibi değildi, iade ettim', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Russian requests in the imperfective imperative', () => {
  it.each<[text: string, label: Label]>([
    // "ставьте", "делайте", "указывайте": the everyday request form, after the brand's name too.
    ['Такси Ветер, ставьте в машины зарядки для телефонов', 'suggestion'],
    ['Делайте скидку пенсионерам хотя бы по будням', 'suggestion'],
    ['Обувной Мир, указывайте на сайте полноту колодки', 'suggestion'],
    ['Принимайте оплату по QR-коду, наличных ни у кого нет', 'suggestion'],
    ['Онлайн-запись к врачу была бы очень кстати', 'suggestion'],
    // Guards: a dismissive "делайте что хотите", a call to like a post, and a Ukrainian request.
    ['Делайте что хотите, я к вам больше не приду', 'complaint'],
    ['Ставьте лайк, если тоже ждёте лето', 'none'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
    expect(read(text).lang).toBe('ru');
  });
});

describe('Ukrainian requests: "було б доречно" and imperatives at the end', () => {
  it.each<[text: string, label: Label]>([
    ['Паркування для велосипедів біля входу було б дуже доречним', 'suggestion'],
    ['Нічні рейси у вихідні були б доречні, останній автобус о десятій', 'suggestion'],
    ['Меблевий Двір, вагу шаф на сайті позначайте, щоб знати, чи донесемо самі', 'suggestion'],
    ['Метро, станції англійською теж оголошуйте', 'suggestion'],
    // Guard: advice to a friend stays chatter.
    ['Тобі варто зробити перерву і відпочити', 'none'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
    expect(read(text).lang).toBe('uk');
  });
});

describe('Turkish "you need to" and "if only we could" requests', () => {
  it.each<[text: string, label: Label]>([
    ['Uygulamaya karanlık mod eklemeniz lazım artık', 'suggestion'],
    ['Siparişlere fatura seçeneği koymanız gerekiyor', 'suggestion'],
    ['Bileti uygulamadan koltuğuyla birlikte seçebilsek', 'suggestion'],
    ['Plastik poşet yerine kağıt torba düşünün', 'suggestion'],
    // Guard: asking friends for prayers is no request to a company.
    ['Geçmiş olsun, annem yarın ameliyata giriyor, dualarınızı gönderin', 'none'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
