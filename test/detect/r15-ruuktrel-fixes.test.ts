import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Every row but the guards was misread before these entries.

describe('Ukrainian and Russian: thanks for a hang-up, "можна хоч раз", "як так виходить", life beside a feeling', () => {
  it.each<[text: string, label: Label]>([
    ['Окреме дякую консультантці, яка просто поклала трубку', 'complaint'],
    ['А можна хоч раз доставити посилку в той день, який ви самі назвали?', 'complaint'],
    ['Як так виходить, що в чеку одна сума, а з картки зняли іншу?', 'complaint'],
    ["Дякую Acme, в мороз вимкнуло опалення на весь під'їзд", 'complaint'],
    ['Обожнюю як банк блокує картку саме тоді коли я стою на касі', 'complaint'],
    ['Коли повернуть гроші за скасований концерт?', 'question'],
    ['Ревла весь вечір над останньою серією, головний герой не заслужив такого 😭', 'none'],
    ['Спасибо оператору, которая молча положила трубку на середине разговора', 'complaint'],
    ['А можно хоть раз привезти продукты без помятых яиц?', 'complaint'],
    ['Как так получается, что тариф вырос, а письма никакого не было?', 'complaint'],
    ['Когда вы почините банкомат у метро?', 'complaint'],
    ['spasibo acme, internet opyat otvalilsya vo vremya zvonka', 'complaint'],
    ['Когда вернут деньги за отменённый концерт?', 'question'],
    ['Реву над книгой уже второй час, главный герой всё-таки погиб', 'none'],
    ['Acme, чому за паркування тепер треба платити окремо?', 'complaint'],
    ['Acme, а чого в чеку дві однакові позиції?', 'complaint'],
    ['Acme, почему на кассе цена другая, чем на полке?', 'complaint'],
    // Guards: thanks that are meant, "люблю, когда" said sincerely, a plain "when" question, a
    // "why is there no…" that asks for a feature.
    ['Acme, чому в застосунку немає темної теми?', 'question'],
    ['Дякую, оператор усе пояснила і навіть передзвонила сама', 'praise'],
    ['Коли відкриється нове відділення на Подолі?', 'question'],
    ['Спасибо, курьер донёс коробку до двери и помог открыть', 'praise'],
    ['Люблю, когда всё приходит вовремя, спасибо', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Turkish and Greek: parcels stuck in transit, "hangi akla hizmet", "πόσες φορές ακόμα", life in passing', () => {
  it.each<[text: string, label: Label]>([
    ['Teşekkürler kargo, paketim bir haftadır aktarma merkezinde bekliyor', 'complaint'],
    ['Hangi akla hizmet her ay faturaya yeni bir ücret ekliyorsunuz?', 'complaint'],
    ['Asansörü ne zaman tamir edeceksiniz?', 'complaint'],
    ['Yağmur yağınca internetim kesiliyor', 'complaint'],
    ['İptal edilen siparişin parası ne zaman iade edilir?', 'question'],
    ['Kuzenimin nişanında sabaha kadar eğlendik, çok güzeldi', 'none'],
    ['Ευχαριστώ πολύ, το φαγητό ήρθε μετά από δύο ώρες', 'complaint'],
    ['Πόσες φορές ακόμα θα στείλω το ίδιο email;', 'complaint'],
    ['Δεν γίνεται μια φορά να απαντήσετε στο τηλέφωνο;', 'complaint'],
    ['Πότε θα φτιάξετε το ασανσέρ;', 'complaint'],
    ['euxaristw, to internet epese pali', 'complaint'],
    ['Πότε επιστρέφονται τα χρήματα για ακυρωμένη κράτηση;', 'question'],
    ['Χορεύαμε μέχρι το πρωί στο πάρτι της ξαδέρφης μου, τέλεια βραδιά', 'none'],
    // Guards: thanks for a fast delivery, "λατρεύω" meant.
    ['Teşekkürler, paket bir günde geldi', 'praise'],
    ['Ευχαριστώ πολύ, ήρθε ζεστό ζεστό σε 20 λεπτά', 'praise'],
    ['Λατρεύω αυτή την εφαρμογή', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
