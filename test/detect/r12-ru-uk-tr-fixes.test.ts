import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

describe('Russian: thanks for a rejection, a cut-off, a hang-up or a double charge, "читает жалобы", relief "без единой заминки", requests after praise', () => {
  it.each<[text: string, label: Label]>([
    // Each of these was misread before the entries of this round.
    ['Спасибо Акме, что отклонили мой возврат без объяснений. Просто браво.', 'complaint'],
    ['Благодарю Акме, отключили интернет прямо во время созвона. Спасибо огромное.', 'complaint'],
    ['Спасибо за списание дважды за одну подписку. Вы лучшие.', 'complaint'],
    ['Спасибо, Акме, держали меня на линии сорок минут, а потом сбросили. Супер.', 'complaint'],
    ['Кто-нибудь в Акме вообще читает жалобы?', 'complaint'],
    ['Боялся, что на кассе опять будут проблемы, но всё прошло без единой заминки', 'praise'],
    ['Отличная кофейня! Ещё бы работали по утрам с семи', 'suggestion'],
    ['Хорошая аптека, советую добавить доставку по району', 'suggestion'],
    // Guards: the same words where the reading was already right.
    ['Спасибо Акме, курьер приехал раньше времени, всё целое', 'praise'],
    ['Отключили интернет на три дня, никто не предупредил', 'complaint'],
    ['Советую всем, отличный магазин', 'praise'],
    ['Досмотрела вчера третий сезон, плакала весь вечер', 'none'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Ukrainian: thanks for a rejection, a cut-off, lost papers or a hang-up, "читає скарги", "нарікань немає", relief after "знову будуть проблеми", "раджу додати"', () => {
  it.each<[text: string, label: Label]>([
    // Each of these was misread before the entries of this round.
    ['Дякую Акме, що відхилили мою заявку без жодної причини. Браво.', 'complaint'],
    ['Щиро дякую, відрубали інтернет якраз посеред уроку', 'complaint'],
    ['Дякую Акме за втрачені документи. Дуже приємно.', 'complaint'],
    ['Дякую, тримали мене на лінії пів години, а потім кинули слухавку. Клас.', 'complaint'],
    ['Хтось в Акме взагалі читає скарги?', 'complaint'],
    ['Нарікань немає, користуюся вже другий рік', 'praise'],
    ['Думала, знову будуть проблеми з оплатою, але жодної заминки', 'praise'],
    ['Гарна аптека, раджу додати доставку по району', 'suggestion'],
    // Guards: the same words where the reading was already right.
    ['Дякую Акме, замовлення прийшло вчасно', 'praise'],
    ['Скасували мій рейс без попередження, жах', 'complaint'],
    ['Чудова пекарня! Ще б працювали в неділю', 'suggestion'],
    ['Додивився вчора третій сезон, плакав увесь вечір', 'none'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Turkish: "kapattığınız için teşekkürler", "şikayetleri okuyan biri var mı", relief after "yine sorun çıkar", "eklemenizi öneririm", "-senize", a match lost', () => {
  it.each<[text: string, label: Label]>([
    // Each of these was misread before the entries of this round.
    ['Hesabımı sebepsiz kapattığınız için teşekkürler Acme', 'complaint'],
    ['Şikayetleri okuyan biri var mı gerçekten?', 'complaint'],
    ['Kargoda yine sorun çıkar diye düşünüyordum, hiçbir aksaklık olmadı', 'praise'],
    ['Dükkanınız çok güzel, vegan seçenekler eklemenizi öneririm', 'suggestion'],
    ['Uygulama harika, bir de karanlık tema eklesenize', 'suggestion'],
    ['Bizimkiler yine yenildi, moralim sıfır', 'none'],
    // Guards: the same words where the reading was already right.
    ['Siparişimi haber vermeden iptal ettiğiniz için teşekkürler', 'complaint'],
    ['Yardımınız için çok teşekkürler Acme, sorunum çözüldü', 'praise'],
    ['Siparişim iki hafta sonra geldi, rezalet', 'complaint'],
    ['Çok güzel bir mağaza, herkese öneririm', 'praise'],
    ['Fırınınız harika, hafta sonu daha erken açsanız keşke', 'suggestion'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
