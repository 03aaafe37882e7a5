import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Each row but the guards was misread before these entries.
describe('Turkish typed without its letters, and its slang', () => {
  it.each<[text: string, label: Label]>([
    ['Kahve Durağı kapida odeme secenegi var mi?', 'question'],
    ['Yeni ruj serisi bomba 💄', 'praise'],
    ["Pide Evi'nde lahmacun yedik, kesinlikle tekrar", 'praise'],
    ['Siparişi verdim, yarım saat dolmadan kapıdaydı', 'praise'],
    ['Kurye on dakikada kapıdaydı kanka', 'praise'],
    ['Uygulama süper ama paketler cebimizi yaktı, biraz azaltın', 'suggestion'],
    ['Oyun süper de reklamlar bizi bitirdi, reklamları azaltın', 'suggestion'],
    ['Teşekkürler Kargom, sizin yüzünüzden düğüne hediyesiz gittik', 'complaint'],
    // Guards: the same words where something went wrong or something is asked for.
    ['Kargo yine gelmedi, üç gündür bekliyorum', 'complaint'],
    ['Taksit seçeneği ekleyin lütfen', 'suggestion'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Arabic requests written without the final alef, and slang praise', () => {
  it.each<[text: string, label: Label]>([
    ['مطعم الريم جيبو اطباق نباتية في المنيو', 'suggestion'],
    ['تطبيق المشاوير سوو عروض للطلاب ايام الامتحانات', 'suggestion'],
    ['المكتبة زيدو ساعات الدوام ايام الامتحانات', 'suggestion'],
    ['فريق الصيانة وحوش، خلصوا كل شي في ساعة', 'praise'],
    ['فريق التوصيل وحوش بجد', 'praise'],
    // Guards.
    ['ضيفوا خيار الدفع عند الاستلام', 'suggestion'],
    ['الطلب وصل بارد والسواق ما رد علي', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Hinglish: "thik kro", "cancel hone par"', () => {
  it.each<[text: string, label: Label]>([
    ['booking cancel karne par kitna charge lagta hai?', 'question'],
    ['ticket cancel hone par refund kitne din me aata hai?', 'question'],
    // Guard: a cancellation that happened.
    ['mera order bina bataye cancel ho gaya', 'complaint'],
    ['login wala page jaldi thik kro yaar', 'suggestion'],
    ['payment page thik karo, baar baar atakta hai', 'suggestion'],
    // Guard.
    ['app bilkul bekar hai, kuch kaam nahi karta', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
