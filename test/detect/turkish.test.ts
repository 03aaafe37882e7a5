import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

/** text, expected label, a cue of that label whose text contains this (case-insensitive). */
type Case = [text: string, label: Label, cue: string];

function expectExplained(text: string, label: Label, cue: string): void {
  const d = detect({ text }, brand);
  expect(d.label, JSON.stringify(d.cues)).toBe(label);
  expect(d.cues[0]?.label).toBe(label);
  const explained = d.cues.filter((c) => c.label === label).map((c) => c.text.toLocaleLowerCase('tr'));
  expect(
    explained.some((t) => t.includes(cue.toLocaleLowerCase('tr'))),
    JSON.stringify(explained),
  ).toBe(true);
}

describe('detect: Turkish negation by suffix', () => {
  it.each<Case>([
    ['Bu modeli hiç beğenmedik, çok yavaş', 'complaint', 'beğenmedik'],
    ['Yeni ayakkabıları sevmedim açıkçası', 'complaint', 'sevmedim'],
    ['Bu markayı artık sevmiyorum', 'complaint', 'sevmiyorum'],
    ['Aldığım kulaklıktan memnun kalmadım', 'complaint', 'memnun kalmadım'],
    ['Kimseye tavsiye etmem', 'complaint', 'tavsiye etmem'],
  ])('a praise stem negated inside its word is a complaint: %s', expectExplained);

  it.each<Case>([
    ['Sorunsuz bir teslimat oldu, teşekkürler', 'praise', 'sorunsuz'],
    ['Problemsiz çalışıyor, gönül rahatlığıyla alın', 'praise', 'problemsiz'],
    ['Kalitesiz malzeme, iki günde yırtıldı', 'complaint', 'kalitesiz'],
  ])('"-sIz" (without) negates the noun before it: %s', expectExplained);

  it.each<Case>([
    ['Kargom bir haftadır gelmedi', 'complaint', 'gelmedi'],
    ['Çağrı merkezi telefonu açmıyor, kimse ilgilenmiyor', 'complaint', 'ilgilenmiyor'],
    ['Destek ekibine bir türlü ulaşamadım', 'complaint', 'ulaşamadım'],
    ['Siparişimi göndermediler, param da içeride kaldı', 'complaint', 'göndermediler'],
  ])('a negated verb no entry knows still says something went wrong: %s', expectExplained);

  it.each<Case>([
    ['Üç aydır kullanıyorum, hiç sorun yaşamadım', 'praise', 'sorun … yaşamadım'],
    ['Kurulumda hiçbir problem çıkmadı, çok memnunum', 'praise', 'memnun'],
  ])('a problem before a negated verb of existence is praise: %s', expectExplained);

  it.each<Case>([
    ['Ürünü hiç beğenmedim', 'complaint', 'beğenmedim'],
    ['Asla almayın, tam bir rezalet', 'complaint', 'rezalet'],
  ])('"hiç" and "asla" stress a negated verb instead of flipping it: %s', expectExplained);
});

describe('detect: Turkish praise and complaint vocabulary', () => {
  it.each<Case>([
    ['Emeğinize sağlık, paketleme çok özenliydi', 'praise', 'emeğinize sağlık'],
    ['Hızlı kargo ve sağlam ürün, beş yıldız', 'praise', 'hızlı kargo'],
    ['Müşteri hizmetleri sorunumu hemen çözdü, bravo', 'praise', 'çözdü'],
    ['Süper bir deneyimdi, bayıldım 😍', 'praise', 'bayıldım'],
    ['Kutu ezik geldi, ekran da kırık', 'complaint', 'kırık'],
    ['Sahte ürün gönderdiler, resmen dolandırıldım', 'complaint', 'dolandırıldım'],
    ['Üç gündür bekliyorum, tam bir zaman kaybı', 'complaint', 'zaman kaybı'],
    ['Güzel olmamış, beklediğim gibi değil', 'complaint', 'beklediğim gibi değil'],
  ])('%s → %s', expectExplained);
});

describe('detect: Turkish language identification', () => {
  it.each([
    'Kargom hala gelmedi, kimse cevap vermiyor',
    'Tavsiye etmiyorum, kalitesiz ürün',
    'Çok memnun kaldım, teşekkür ederim',
  ])('%s is read as Turkish', (text) => {
    expect(detect({ text }, brand).lang).toBe('tr');
  });
});
