import { describe, expect, it } from 'vitest';
import { weigh } from '../../shared/detect/decide.ts';
import { detect } from '../../shared/detect/index.ts';
import { readPost } from '../../shared/detect/read.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);
const rules = (text: string) => weigh(readPost(text).evidence).label;

// Replies in a thread with the company. Rows not marked as guards were misread before these
// entries by the whole detector.
describe('Arabic, Persian, Hindi and Georgian replies: "ok, I will try / wait", problems that stay, proposals', () => {
  it.each<[text: string, label: Label]>([
    ['@acme კარგი, ხვალ ვცდი', 'none'],
    ['@acme კარგი, დაველოდებით', 'none'],
    ['@acme ოკ, გასაგებია', 'none'],
    ['@acme تمام، هجرب واقولكم', 'none'],
    ['@acme ماشي، هستنى', 'none'],
    ['@acme accha ji, kal try karunga', 'none'],
    ['@acme مشکلی نیست، منتظر میمونم', 'none'],
    ['@acme جربت كل الحلول ولسه فاصل', 'complaint'],
    ['@acme ایمیل زدم ولی هیچ جوابی نیومده', 'complaint'],
    ['@acme بازم همون جواب همیشگی', 'complaint'],
    ['@acme ბარათი შევცვალე და არაფერი შეცვლილა', 'complaint'],
    ['@acme იგივე მიპასუხეს ცხელ ხაზზეც', 'complaint'],
    ['@acme الافضل تحطوا زر للالغاء في التطبيق', 'suggestion'],
    ['@acme tracking bhi app mein dikha do', 'suggestion'],
    // Guards: waiting told as a grievance, a "no" before a problem, a question after "sent", thanks.
    ['@acme سه روزه منتظرم', 'complaint'],
    ['@acme 3 din se intezaar kar raha hu', 'complaint'],
    ['@acme ორი დღეა ველოდები', 'complaint'],
    ['@acme roz try karta hu par login nahi hota', 'complaint'],
    ['@acme بعتلكم الصور امبارح ومحدش رد', 'complaint'],
    ['@acme لا، لسه التطبيق ما يفتح', 'complaint'],
    ['@acme نه، هنوز وصل نشده', 'complaint'],
    ['@acme არა, ისევ არ მუშაობს', 'complaint'],
    ['@acme بعتلكم امبارح، وصلتكم؟', 'question'],
    ['@acme تمام اشتغل، شكرا', 'praise'],
    ['@acme კარგი სერვისია, მადლობა', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

// Replies with no cue left: the rules misread each before (a "no" that answers read as a loose
// negation, "ok" words read as praise, "again" and "not yet" read as complaints); the trained
// layer reads them once retrained with the thread replies.
describe('the rules: "no, …" that answers, "not tried yet", "ok, I will wait"', () => {
  it.each<[text: string, label: Label]>([
    ['@acme لا، الطلب باسم اخوي', 'none'],
    ['@acme نه، سفارش به اسم خواهرمه', 'none'],
    ['@acme nahi, order meri wife ke number se hai', 'none'],
    ['@acme არა, შეკვეთა ჩემი დის სახელზეა', 'none'],
    ["@acme no, the account is under my husband's email", 'none'],
    ['@acme अच्छा ठीक है', 'none'],
    ['@acme ठीक है, फिर से कोशिश करूंगा', 'none'],
    ['@acme koi baat nahi, intezaar karta hu', 'none'],
    ['@acme لسه ما جربت، هقولكم بكرة', 'none'],
    ['@acme هنوز امتحانش نکردم', 'none'],
    ['@acme ჯერ არ მიცდია', 'none'],
    ['@acme abhi try nahi kiya', 'none'],
    // Guards: a "no" that is the whole reply, or not the post's first word, still says something is wrong.
    ['@acme არა', 'complaint'],
    ['@acme nahi', 'complaint'],
    ['@acme nahi, abhi bhi nahi aaya', 'complaint'],
    ['Dans ma cuisine, le réseau passe. Dans le salon, non.', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(rules(text)).toBe(label);
  });
});
