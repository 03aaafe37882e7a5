import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Every row not marked as a guard was misread before these entries.

describe('Arabic and Persian: life told in passing, questions to the crowd', () => {
  it.each<[text: string, label: Label]>([
    ['أول يوم لي كمعلمة في المدرسة، تعبت بس مبسوطة', 'none'],
    ['ولد صغير في الحديقة يغني بصوت حلو، ماما وقفت تسمعه', 'none'],
    ['اللي عندهم قطط، وش أفضل رمل؟', 'none'],
    ['اللي جرب مطعم الديرة، يستاهل؟', 'none'],
    ['اللي سوى ليزك، كم يوم ارتاح؟', 'none'],
    ['کسی گوشیشو داده نمایندگی؟ چقدر طول کشید؟', 'none'],
    ['کسی بازی جدید فوتبال رو داره؟ مرحله سه رو رد کردم', 'none'],
    ['kasi gooshisho dade tamir? chand rooz tool keshid?', 'none'],
    ['با خانواده رفتیم سفر شمال، باغ چای‌ها محشر بود', 'none'],
    ['یه سفر کوتاه با رفیقم رفتیم، بی‌نظیر بود', 'none'],
    // Guards: a crowd question that was read already, weather, and plain praise and complaints.
    ['حد يعرف مطعم حلو في الرياض؟', 'none'],
    ['الجو حار ومطر وغبار بنفس اليوم', 'none'],
    ['الخدمة ممتازة والموظفين محترمين', 'praise'],
    ['سفارشم با تاخیر رسید و غذا سرد بود', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Arabic: "is this intentional?" put to a company complains', () => {
  it.each<[text: string, label: Label]>([
    ['السعر على الرف غير عن اللي في الفاتورة، هذا مقصود؟', 'complaint'],
    // Guards: a "why" that proposes, "why" about one's own account, and praise.
    ['ऐप में डार्क मोड क्यों नहीं है? ज़रूर जोड़ो', 'suggestion'],
    ['leh el app bey2fel kol shwaya?', 'complaint'],
    ['چرا اپ هر روز منو بیرون میندازه؟', 'complaint'],
    ['डिलीवरी बहुत तेज़ थी, शानदार सर्विस', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Hindi and Georgian: questions to the crowd and everyday life', () => {
  it.each<[text: string, label: Label]>([
    ['कोई गिटार बजाने वाला है इधर? सीखना है', 'none'],
    ['कोई नोएडा से है यहाँ? शाम को क्रिकेट खेलने चलें', 'none'],
    ['मेट्रो में रोहित का शतक देखा, दिल खुश हो गया', 'none'],
    ['ბებიამ შვილიშვილებს ხაჭაპური გამოუცხო, რა ლამაზი დილაა', 'none'],
    ['გაზაფხულის ალერგია მაქვს, ცხვირი არ მიჩერდება 🤧', 'none'],
    ['ღამის ოთხამდე ვსწავლობდი, დილით გამოცდაა. მშვენიერია', 'none'],
    ['ევაკუატორმა ისევ მეზობლის მანქანა წაიყვანა, მერიამ ახალი წესი მოიფიქრა 🙄', 'none'],
    // Guards: everyday life read already, and praise of a courier.
    ['नानी अब भी दादी के नुस्खे ही मानती हैं, ज़माना बदल गया 😄', 'none'],
    ['კურიერი ძალიან თავაზიანი იყო, შეკვეთა დროზე მოვიდა', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Arabic, Persian and Georgian: complaints put as questions', () => {
  it.each<[text: string, label: Label]>([
    ['كم مرة لازم أتصل عشان تردون؟', 'complaint'],
    ['كم مرة لازم أعيد تسجيل الدخول؟', 'complaint'],
    ['این رسمشه؟ سه روزه منتظر جوابم', 'complaint'],
    ['ხომ არ ხუმრობთ? ფასი ისევ გაზარდეთ', 'complaint'],
    // Guards: "how many times" asked about one's life, and a fair question already read.
    ['كم مرة زرت مكة؟', 'question'],
    ['این انصافه که دو بار پول کم بشه؟', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
