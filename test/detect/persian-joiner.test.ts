import { describe, expect, it } from 'vitest';
import { buildFeedbackModel, detect } from '../../shared/detect/index.ts';
import { compileLexicon, parseLexicon, type TrieNode } from '../../shared/detect/lexicon/compile.ts';
import { fa } from '../../shared/detect/lexicon/fa.ts';
import { readPost } from '../../shared/detect/read.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const ZWNJ = '\u200c';
/**
 * The three ways Persian users join a verb prefix ("می", "نمی", "بی") or an inflectional suffix
 * ("ها", "ای", "ست", "تون"…) to its word: the zero-width non-joiner, a space, or nothing. A `|` in
 * a post below marks such a joint.
 */
const SPELLINGS = { zwnj: ZWNJ, space: ' ', joined: '' } as const;
const spell = (post: string, joint: string): string => post.replaceAll('|', joint);

/** post (joints marked with `|`), expected label, a cue of that label whose text contains this (with a ZWNJ at each joint). */
type Case = [post: string, label: Label, cue: string];

const POSTS: Case[] = [
  ['این فروشگاه رو به همه دوست|هام پیشنهاد می|کنم، جنس|ها اصل بود و زود رسید', 'praise', 'پیشنهاد'],
  ['دستتون درد نکنه، کارمند|های شعبه خیلی با حوصله جواب سوال|هام رو دادن', 'praise', 'با حوصله'],
  ['بسته|ها همیشه بی|دردسر و سر وقت می|رسه، خیلی راضی|ام', 'praise', 'دردسر'],
  ['دو هفته|ست منتظر سفارشم هستم و پشتیبانی هم جواب نمی|ده', 'complaint', 'جواب'],
  ['هر چی به پشتیبانی زنگ زدم هیچ فایده|ای نداشت، کارمند|ها خیلی بی|ادب بودن', 'complaint', 'فایده'],
  ['این شارژر|ها اصلا کار نمی|کنه، پولمو دور ریختم', 'complaint', 'کار نمی'],
  ['سلام، ساعت کاری شعبه|های تهران جمعه|ها تا کیه؟ می|خوام حضوری بیام', 'question', '؟'],
  ['می|خواستم بدونم هزینه ارسال برای شهرستان|ها چقدره', 'question', 'خواستم'],
  ['کاش یه گزینه بذارید که آدرس|های قبلی ذخیره بشه، کار رو خیلی راحت می|کنه', 'suggestion', 'کاش'],
  ['خیلی خوب می|شه اگه برای سفارش|های بالای یک میلیون ارسال رو رایگان کنید', 'suggestion', 'خوب می‌شه اگه'],
];

describe('detect: Persian joints read alike whether written with a ZWNJ, a space or nothing', () => {
  it.each(POSTS)('%s', (post, label, cue) => {
    const read = Object.values(SPELLINGS).map((joint) => detect({ text: spell(post, joint) }, brand));
    for (const d of read) {
      expect(d.label, JSON.stringify(d.cues)).toBe(label);
      expect(d.lang).toBe('fa');
    }
    // The same reading: the same scores and the same cues, whatever the spelling of the joints.
    const [zwnj, ...others] = read;
    for (const d of others) {
      for (const l of Object.keys(zwnj!.scores) as Label[])
        expect(d.scores[l]).toBeCloseTo(zwnj!.scores[l], 9);
      expect(d.cues.map((c) => [c.label, c.kind, c.weight])).toEqual(
        zwnj!.cues.map((c) => [c.label, c.kind, c.weight]),
      );
    }
    // Cues quote the post as written.
    const explained = zwnj!.cues.filter((c) => c.label === label).map((c) => c.text);
    expect(
      explained.some((t) => t.includes(cue)),
      JSON.stringify(explained),
    ).toBe(true);
  });

  it('joins a detached verb prefix and suffix into the word the joined spelling has, keeping the text as written', () => {
    const norms = (text: string) => readPost(text).tokens.map((t) => t.norm);
    const joined = norms('پشتیبانی جواب نمیده، سفارشها هنوز نرسیده');
    expect(norms(`پشتیبانی جواب نمی${ZWNJ}ده، سفارش${ZWNJ}ها هنوز نرسیده`)).toEqual(joined);
    expect(norms('پشتیبانی جواب نمی ده، سفارش ها هنوز نرسیده')).toEqual(joined);
    const raw = readPost(`جواب نمی${ZWNJ}ده و سفارش ها`).tokens.map((t) => t.raw);
    expect(raw).toEqual(['جواب', `نمی${ZWNJ}ده`, 'و', 'سفارش ها']);
  });

  it('reads a word with an inflectional suffix as its stem when the word itself is no entry', () => {
    for (const joint of Object.values(SPELLINGS)) {
      const d = detect({ text: `بعد از آپدیت آخر باگ${joint}های اپ خیلی زیاد شده` }, brand);
      expect(d.label, JSON.stringify(d.cues)).toBe('complaint');
      expect(d.cues[0]?.text).toBe(`باگ${joint}های`);
    }
  });

  it('a verb negated by "نمی" flips the praise before it, in every spelling', () => {
    for (const joint of Object.values(SPELLINGS)) {
      const d = detect({ text: `غذاش دیگه مثل قبل خوشمزه نمی${joint}شه` }, brand);
      expect(d.label, JSON.stringify(d.cues)).toBe('complaint');
      expect(d.cues[0]?.text).toContain('خوشمزه');
    }
  });

  it('a problem after "بی" (without) is praise, in every spelling', () => {
    for (const joint of Object.values(SPELLINGS)) {
      const d = detect({ text: `نصب و راه‌اندازی کاملا بی${joint}مشکل انجام شد` }, brand);
      expect(d.label, JSON.stringify(d.cues)).toBe('praise');
      expect(d.cues[0]?.text).toBe(`بی${joint}مشکل`);
    }
  });

  it('a relabelled post teaches its words to posts spelling the joints another way', () => {
    const model = buildFeedbackModel([
      {
        text: spell('پیک|ها همیشه زنگ نمی|زنن و بسته رو بی|خبر دم در می|ذارن', ZWNJ),
        from: 'none',
        to: 'complaint',
        at: '2026-01-01T00:00:00Z',
        by: 'U1',
      },
    ]);
    const read = Object.values(SPELLINGS).map((joint) =>
      detect({ text: spell('امروز هم پیک|ها زنگ نمی|زنن', joint) }, brand, model),
    );
    for (const d of read) {
      expect(d.cues.filter((c) => c.kind === 'feedback').map((c) => c.text)).toEqual(
        read[0]!.cues.filter((c) => c.kind === 'feedback').map((c) => c.text),
      );
      expect(d.cues.some((c) => c.kind === 'feedback' && c.text.includes('نمیزنن'))).toBe(true);
    }
  });

  it('leaves Arabic posts as they are: "أي", "أم", "ها" and "بي" are words of their own there', () => {
    const tokens = readPost('هل يوجد أي فرع مفتوح اليوم أم لا؟ ها هو الرقم، اتصلوا بي بعد الظهر').tokens;
    expect(tokens.filter((t) => t.type === 'word').map((t) => t.norm)).toContain('ای');
    expect(tokens.map((t) => t.norm)).toEqual(expect.arrayContaining(['ام', 'ها', 'بی']));
  });
});

describe('Persian lexicon: entries are normalised as posts are', () => {
  it('compiles the three spellings of a joint to one entry', () => {
    const lex = compileLexicon({
      lang: 'fa',
      praise: `پیشنهاد می${ZWNJ}کنم, حرفه ای*`,
      complaint: 'جواب نمی ده, جواب نمیدن',
    });
    expect(lex.phrases.get('پیشنهاد')?.map((e) => e.words)).toEqual([['پیشنهاد', 'میکنم']]);
    expect(lex.phrases.get('جواب')?.map((e) => e.words)).toEqual([
      ['جواب', 'نمیده'],
      ['جواب', 'نمیدن'],
    ]);
    // "حرفه ای*" is the stem "حرفهای*", as "حرفه‌ای" and "حرفهای" are written.
    let node: TrieNode | undefined = lex.stems;
    for (const c of 'حرفهای') node = node?.next.get(c.charCodeAt(0));
    expect(node?.entry?.category).toBe('praise');
  });

  it('lists each entry of the Persian lexicon once', () => {
    const seen = new Set<string>();
    const twice: string[] = [];
    for (const e of parseLexicon(fa).entries) {
      const key = `${e.category} ${e.strength} ${e.words.map((w, i) => (e.prefix[i] ? `${w}*` : w)).join(' ')}`;
      if (seen.has(key)) twice.push(key);
      seen.add(key);
    }
    expect(twice).toEqual([]);
  });
});
