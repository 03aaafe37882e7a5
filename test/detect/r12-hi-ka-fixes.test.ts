import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Every row not marked as a guard was misread before these entries were added.

describe('Hindi: thanks for a cancellation, a double charge, a parcel given to someone else, "mazaak hai kya?", life in passing', () => {
  it.each<[text: string, label: Label]>([
    ['धन्यवाद Acme, टिकट कैंसल करके एक रुपया भी वापस नहीं किया। वाह।', 'complaint'],
    ['शुक्रिया Acme, एक ही ट्रांजैक्शन के दो बार पैसे काट लिए 🙏', 'complaint'],
    ['Thanks Acme, mera courier kisi aur ke ghar de diya. Badhiya.', 'complaint'],
    ['thanks Acme, booking thi phir bhi room nahi diya 👏', 'complaint'],
    ['Acme, paise kab wapas karoge? mazaak hai kya?', 'complaint'],
    ['भाई लोग, ये Acme की लिफ्ट कभी चलती भी है या नहीं?', 'complaint'],
    ['Acme ka packing tha ekdum mast, ek kharonch tak nahi aayi', 'praise'],
    ['सोचा था Acme में घंटों लगेंगे, पर दस मिनट में काम हो गया', 'praise'],
    ['Acme का केक बहुत अच्छा है, बस शुगर फ्री वाला भी रखें तो मज़ा आ जाए', 'suggestion'],
    ['पिछले महीने शिकायत की थी, आज Acme ने नया फोन भेज दिया, धन्यवाद', 'praise'],
    ['बस स्टॉप पर Acme की बस का इंतज़ार कर रहा था, तभी कॉलेज का दोस्त मिल गया', 'none'],
    // Guards: the same families where they were already read right.
    ['क्या आपके टेक्नीशियन को स्क्रू कसना भी नहीं आता? दो बार बुलाया', 'complaint'],
    ['Acme से ऑर्डर कैंसल करवाया, रिफंड आ गया, धन्यवाद', 'praise'],
    ['Acme, डेढ़ घंटे से इंतज़ार कर रहा हूँ, डिलीवरी बॉय का फोन बंद है', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Georgian: thanks for a cut-off without notice, a parcel at another address, "does anyone even check?", "…-ც დაამატეთ რა", life in passing', () => {
  it.each<[text: string, label: Label]>([
    ['madloba Acme, rom parkingi gafrtxilebis gareshe dagvikete. bravo.', 'complaint'],
    ['ბრავო, Acme, ოთხი დღეა გაზი არ მოდის და არც არავინ გვითხრა.', 'complaint'],
    ['Acme-ს კურიერმა ამანათი სხვა მისამართზე მიიტანა. ყოჩაღ, ძალიან პროფესიონალურად.', 'complaint'],
    ['Acme-ზე სტრიმი ყოველ ათ წუთში ჩერდება, მადლობა ამ სიამოვნებისთვის.', 'complaint'],
    ['Acme, ვინმე ამოწმებს საერთოდ ამ ჩატს?', 'complaint'],
    ['Acme-ში ხუთ წუთში მომემსახურნენ, არ მეგონა', 'praise'],
    ['Acme ძალიან გემრიელია, თუ შეიძლება ვანილის გემოც დაამატეთ', 'suggestion'],
    ['Acme-ს ავტობუსს ველოდებოდი და ძველი მეგობარი შემხვდა', 'none'],
    // Guards: the same families where they were already read right.
    ['Acme, კაფე მომწონს, ვეგანური მენიუც დაამატეთ რა', 'suggestion'],
    ['Acme-დან ნივთები ჩამოვიდა და ნაკაწრიც არ ჰქონდა, მადლობა', 'praise'],
    ['მადლობა Acme-ს, ინტერნეტი გამითიშეს და არავინ არაფერი თქვა 👏', 'complaint'],
    ['Acme, ავტობუსი ყველა გაჩერებაზე ჩერდება?', 'question'],
    ['Acme-ს მადლობა, გათიშვის შესახებ წინასწარ გაგვაფრთხილეს', 'praise'],
    ['Acme, ნახევარი საათი ველოდებოდი და კურიერი არ მოვიდა', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
