import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

describe('Russian: harms counted in hours and cut-offs beside thanks and irony, hyperbole, hassle idioms, relief after a feared problem, life told in passing', () => {
  it.each<[text: string, label: Label]>([
    // Each of these was misread before the entries of this round.
    ['Благодарю, отрубили интернет без единого уведомления, пока я был на созвоне', 'complaint'],
    ['Обожаю Акме: курьер едет уже три часа, наверное на оленях', 'complaint'],
    ['Сервис мирового уровня: чтобы сменить тариф, пришлось три раза ехать в офис', 'complaint'],
    ['Чтобы закрыть вклад, надо станцевать с бубном в трёх отделениях', 'complaint'],
    ['Браво дизайнеры, кнопку оплаты теперь не найти', 'complaint'],
    ['Боялась, что будут навязывать допы, но претензий ноль: всё честно и без подвохов', 'praise'],
    ['Пользуюсь уже три года, претензий нет', 'praise'],
    ['Весь вечер льёт, зонт сломался, маршрутка ушла из-под носа', 'none'],
    ['Кофе у вас отличный, но работайте хотя бы до десяти вечера', 'suggestion'],
    ['Будет ли в продаже зимняя резина в декабре?', 'question'],
    [
      'Спасибо банку за то, что заблокировали перевод на три дня. Очень удобно, особенно перед праздниками',
      'complaint',
    ],
    ['Лучший интернет во вселенной: страница грузится пять минут', 'complaint'],
    ['Обещали доставку за час, привезли через шесть. Молниеносно, что сказать', 'complaint'],
    ['Благодарю за счёт на 8000 за воду, которой не было две недели', 'complaint'],
    ['Какая забота: смс о скидке в два часа ночи', 'complaint'],
    ['Ну спасибо, оператор, за отключённый роуминг прямо в аэропорту Стамбула', 'complaint'],
    ['Ваще красавцы, тока заказал — через час уже дома', 'praise'],
    // Guards: the same words where the reading was already right.
    ['Спасибо «Акме» за отменённую в последний момент доставку, весь день просидела дома', 'complaint'],
    ['Пять лет брака отметили дома, муж сам испёк торт', 'none'],
    ['Привезли день в день, как и обещали, спасибо', 'praise'],
    ['Отличное начало отпуска: номер с видом на море и завтрак до обеда', 'praise'],
    ['Пришлось ждать 10 минут, зато всё свежее и очень вкусное', 'praise'],
    ['А можно узнать, когда откроется новый магазин?', 'question'],
    ['Вот это сервис! Привезли за 20 минут, всё горячее', 'praise'],
    ['Какая забота, положили салфетки и конфетку к заказу', 'praise'],
    ['Лучшие суши во вселенной, спасибо повару', 'praise'],
    ['Посылка ехала две недели, но всё пришло целым, спасибо', 'praise'],
    ['Красавцы, третий раз привозите не тот размер', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Ukrainian: cut-offs beside thanks and irony, "перевершили самі себе", relief after "буде як завжди", a child in passing, "в планах немає"', () => {
  it.each<[text: string, label: Label]>([
    // Each of these was misread before the entries of this round.
    ['Дякую, що вимкнули інтернет посеред робочого дня, дуже допомогли так', 'complaint'],
    ['Світло вимкнули о 18:00, а графік обіцяв о 20:00. Перевершили самі себе', 'complaint'],
    ['Думала, знову буде як завжди, а от і ні: привезли день у день, все ціле', 'praise'],
    ['Йшли з малим через парк, а він розповідав про динозаврів усю дорогу', 'none'],
    ['А в планах немає додати оплату частинами? Щоразу незручно', 'suggestion'],
    ['Спасибо Укрпошті, посилка їхала з Києва до Львова три тижні. Швидше пішки', 'complaint'],
    ['Найкращий інтернет у всесвіті: відео вантажиться хвилину', 'complaint'],
    ['Обіцяли доставку за годину, привезли через шість. Блискавично', 'complaint'],
    ['Дякую за рахунок на 3000 за воду, якої не було два тижні', 'complaint'],
    ['Дякую оператору за відключений роумінг прямо в аеропорту', 'complaint'],
    ["Бабуля наша вчора вперше поговорила по відеозв'язку з правнуком, плакала від щастя", 'none'],
    ["Ходили з кумою на каток біля ТЦ, я впала раз п'ять, але було весело", 'none'],
    // Guards: the same words where the reading was already right.
    ['Велике спасибі за скасований рейс без жодного повідомлення', 'complaint'],
    ['Повернення коштів триває вже тридцятий день, хоча обіцяли тиждень', 'complaint'],
    ['Чудовий початок дня: кава і круасан за 50 грн', 'praise'],
    ['Привезли день у день, дякую', 'praise'],
    ['Дуже мило з вашого боку, що додали листівку', 'praise'],
    ['Яка турбота, поклали серветки і цукерку до замовлення', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Turkish: waits counted beside thanks, "her güncellemeden sonra", "böyle esnaf kalmadı", giveaways, "biri söylesin", "düşünür müsünüz", football in passing', () => {
  it.each<[text: string, label: Label]>([
    // Each of these was misread before the entries of this round.
    ['Koltuk için 3 ay bekledim, harikasınız gerçekten', 'complaint'],
    ['Ne güzel uygulama, her güncellemeden sonra kartımı baştan giriyorum', 'complaint'],
    ['Haber bile vermeden siparişimi iptal ettiler', 'complaint'],
    ['Tam dediğiniz gibi, ertesi gün kapımdaydı. Böyle esnaf kalmadı', 'praise'],
    ['Böyle esnaf kalmadı diyorlar ama siz varsınız', 'praise'],
    ["Kadıköy'de yaşayan biri söylesin, oradaki şube hâlâ açık mı?", 'none'],
    ['Taksitli ödeme için bir kampanya yapmayı düşünür müsünüz?', 'suggestion'],
    ['slm siparişim ne zamn kargoya verilecek acaba', 'question'],
    ['Galatasaray yine son dakikada gol yedi, bu takım beni erken yaşlandıracak', 'none'],
    ['Teşekkürler Acme, kargom 3 haftadır yolda, yürüseydim daha hızlı gelirdi', 'complaint'],
    ['Su faturası 2000 TL gelmiş, iki haftadır su yokken. Çok teşekkürler', 'complaint'],
    ['Harika bir hizmet, internet üç gündür yok ve kimse aramıyor', 'complaint'],
    // Guards: the same words where the reading was already right.
    ['Teşekkürler Acme, siparişimi iptal edip haber bile vermediğiniz için', 'complaint'],
    ['Sağ olun, 50 dakika beklettikten sonra randevumu iptal ettiniz', 'complaint'],
    ['Mecburen aldım ama çok memnun kaldım', 'praise'],
    ['Kişisel gelişim kitaplarınız çok güzel, hızlı kargo için teşekkürler', 'praise'],
    ['Siparişim kargoya verilecek mi bugün?', 'question'],
    ['🎁 Çekiliş zamanı! Katılmak için sayfamızı takip et ve arkadaşını etiketle', 'none'],
    ['Kızım bugün ehliyet sınavını geçti, benden çok heyecanlandı', 'none'],
    ['Şehir dışına teslimat yapmayı düşünür müsünüz? Her seferinde gitmek zor', 'suggestion'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
