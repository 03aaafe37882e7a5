import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Every row not marked as a guard was misread before these entries were added.

describe('Hindi: thanks for a harm named as its reason, charged in full, broken on the second day', () => {
  it.each<[text: string, label: Label]>([
    ['शुक्रिया PayNow, मेरा रिफंड दो हफ्ते से अटकाने के लिए 🙏', 'complaint'],
    ['Shukriya SmartPay, mera paisa 10 din se atka rakha hai 🙏', 'complaint'],
    ['Thanks CityNet, har mahine bill me 50 rupaye extra jodne ke liye', 'complaint'],
    ['धन्यवाद रेलवे, बिना बताए सीट बदल दी और परिवार अलग अलग डिब्बों में 👏', 'complaint'],
    ['धन्यवाद FreshKart, पैसे पूरे लिए और आधा सामान भेजा 👏', 'complaint'],
    ['Jai ho TeleOne, recharge ke baad bhi net band, paise pure le liye', 'complaint'],
    ['बहुत बढ़िया, नई वॉशिंग मशीन दूसरे ही दिन बंद हो गई', 'complaint'],
    // Guards: thanks after a problem was put right, and the same words sincerely.
    ['शुक्रिया टीम, पेमेंट अटका हुआ था, आपने एक घंटे में ठीक कर दिया 🙏', 'praise'],
    ['मदद के लिए शुक्रिया, समस्या 10 मिनट में ठीक हो गई 🙏', 'praise'],
    ['Shukriya bank, bina notice ke mera account freeze karne ke liye', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Hindi: questions that complain ("कोई फोन उठाएगा भी?", "किसने तय किया", "पैसे तो पूरे लेते हो")', () => {
  it.each<[text: string, label: Label]>([
    ['कोई फोन उठाएगा भी? तीन दिन से कॉल कर रहा हूँ', 'complaint'],
    ['किसने तय किया कि रविवार को सिर्फ़ एक काउंटर खुलेगा?', 'complaint'],
    ['हर रात नेट क्यों चला जाता है? पैसे तो पूरे लेते हो', 'complaint'],
    // Guards: the same families already read right.
    ['मेरे बिल में 700 ज़्यादा क्यों हैं, कोई समझाएगा?', 'complaint'],
    ['और कितने दिन लगेंगे रिफंड में? 12 दिन हो गए', 'complaint'],
    ['पहली बार बेटी ने साइकिल चलाई और गर्व से फूली नहीं समा रही 🚲', 'none'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Georgian: thanks and irony beside a harm told in plain words (blocked, sent back, charged, "მოგივათო")', () => {
  it.each<[text: string, label: Label]>([
    ['მადლობა ბანკს, ანგარიში უმიზეზოდ დამიბლოკეს 🙏', 'complaint'],
    ['დიდი მადლობა კურიერს, ამანათი უკან დაბრუნდა და ჩამომაჭრეს მიწოდების ფული', 'complaint'],
    ['მადლობა, ვადაგასული ყველი მომყიდეთ. გაიხარეთ', 'complaint'],
    ['მადლობა, თანხმობის გარეშე 15 ლარი დამარიცხეთ 👏', 'complaint'],
    ['madloba, tanxmobis gareshe abonenti damaricxet', 'complaint'],
    ['ოთხჯერ დავრეკე და ოთხჯერ სხვადასხვა პასუხი მითხრეს', 'complaint'],
    // Guards: an ironic blessing is a sincere one where nothing went wrong.
    ['მადლობა, ბარათი სწრაფად განმიბლოკეს, გაიხარეთ 🙏', 'praise'],
    ['ამანათი მალე მოვიდა, კურიერი თავაზიანი იყო, გაიხარეთ', 'praise'],
    ['ორ დღეში მოგივათო და ერთი კვირაა ველოდები 👏', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Georgian: questions that complain, slang praise, a match lost', () => {
  it.each<[text: string, label: Label]>([
    ['ვინ ამიხსნის, ეს თანხა რატომ ჩამომაჭრეს?', 'complaint'],
    ['ეს რა ფასებია, ხაჭაპური 25 ლარი?', 'complaint'],
    ['ბიჭო, ეს აპი რა ბომბია, ყველაფერი წამში იხსნება', 'praise'],
    ['ჩვენებმა ისევ წააგეს, გული მწყდება 💔', 'none'],
    // Guards: money given back is thanks, and a real wait asked about stays a complaint.
    ['ჯიბე ბანკს მადლობა, ფული დამიბრუნეს მეორე დღესვე', 'praise'],
    ['კიდევ რამდენი უნდა ველოდო ამანათს?', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Hindi and Georgian: plans switched unasked, parcels dumped at the door, "ठीक मैच के वक्त", "როდემდე უნდა ველოდოთ"', () => {
  it.each<[text: string, label: Label]>([
    ['शुक्रिया DishNet, बिना बताए मेरा प्लान बदल दिया 🙏', 'complaint'],
    ['थैंक यू डिलीवरी वाले भैया, पार्सल दरवाज़े पर फेंक कर चले गए', 'complaint'],
    ['वाह क्या टाइमिंग है, ठीक मैच के वक्त बिजली गायब 👏', 'complaint'],
    ['क्या इतना भी नहीं हो सकता कि कोई कॉल बैक करे?', 'complaint'],
    ['कल का मैच देखकर दिल खुश हो गया, क्या कैच पकड़ा 🏏', 'none'],
    ['მადლობა კურიერს, ამანათი კართან დააგდო და წავიდა', 'complaint'],
    ['მადლობა ბანკს, უკითხავად გადამიყვანეთ სხვა ტარიფზე', 'complaint'],
    ['როდემდე უნდა ველოდოთ თანხის დაბრუნებას?', 'complaint'],
    ['ამდენი ხანი რატომ სჭირდება ერთ გადარიცხვას?', 'complaint'],
    // Guard: "what timing" said of a batsman, with no harm beside it.
    ['क्या टाइमिंग है इस बल्लेबाज़ की, हर गेंद बाउंड्री पार 🏏', 'none'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
