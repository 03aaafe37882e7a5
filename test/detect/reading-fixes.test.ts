import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Detection } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Tovik', handles: ['tovik'], keywords: ['Tovik'] };

const cues = (d: Detection): string => JSON.stringify(d.cues.slice(0, 4));
const complains = (d: Detection): boolean => d.cues.some((c) => c.label === 'complaint');

describe('a word listed in two fields is read the same way in tags as in text', () => {
  it.each([
    ['#TooSalty', '#TooSalty'],
    ['#TooBig', '#TooBig'],
    ['ordered the soup again #TooSalty', '#TooSalty'],
  ])('"too" in a tag makes a neutral word a complaint: %s', (text, tag) => {
    const d = detect({ text }, brand);
    expect(d.label, cues(d)).toBe('complaint');
    expect(d.cues).toContainEqual(
      expect.objectContaining({ label: 'complaint', kind: 'pattern', text: tag }),
    );
  });

  it.each([['#TooGood'], ['#TooCute']])('"too" before praise in a tag stays praise: %s', (text) => {
    const d = detect({ text }, brand);
    expect(d.label, cues(d)).toBe('praise');
    expect(complains(d), cues(d)).toBe(false);
  });
});

describe('"太" in a run of Chinese makes a neutral word a complaint, and stresses praise', () => {
  it.each([
    ['衣服太小了', '太小'],
    ['房间太小了，住着不舒服', '太小'],
    ['屏幕太暗了', '太暗'],
    ['晚上声音太大了', '太大'],
  ])('%s', (text, cue) => {
    const d = detect({ text }, brand);
    expect(d.label, cues(d)).toBe('complaint');
    expect(d.cues).toContainEqual(
      expect.objectContaining({ label: 'complaint', kind: 'pattern', text: cue }),
    );
  });

  it.each([['太好了'], ['太棒了'], ['太感谢了'], ['这家店太好吃了']])('%s stays praise', (text) => {
    const d = detect({ text }, brand);
    expect(d.label, cues(d)).toBe('praise');
    expect(complains(d), cues(d)).toBe(false);
  });

  it.each([['我太太很喜欢这家店'], ['今天终于出太阳了'], ['比以前方便太多了']])(
    '%s: "太" in a word, or after praise ("far handier"), is no "too"',
    (text) => {
      const d = detect({ text }, brand);
      expect(complains(d), cues(d)).toBe(false);
    },
  );

  it('stresses the praise after it as "too" does ("太好吃" weighs 1.5× "好吃")', () => {
    const plain = detect({ text: '好吃' }, brand).cues.find((c) => c.label === 'praise');
    const stressed = detect({ text: '太好吃了' }, brand).cues.find((c) => c.label === 'praise');
    expect(stressed?.weight).toBeCloseTo((plain?.weight ?? 0) * 1.5);
  });
});

describe('"すぎ" after its word stresses the praise or complaint before it (Japanese)', () => {
  it('"最高すぎる" weighs 1.5× "最高だね"', () => {
    const plain = detect({ text: '最高だね' }, brand).cues.find((c) => c.label === 'praise');
    const stressed = detect({ text: '最高すぎる' }, brand).cues.find((c) => c.label === 'praise');
    expect(plain?.text).toBe('最高');
    expect(stressed?.weight).toBeCloseTo((plain?.weight ?? 0) * 1.5);
  });

  it.each([['3時過ぎに届きました'], ['昼過ぎに着きました']])(
    '%s: a time "past three" is no complaint',
    (text) => {
      const d = detect({ text }, brand);
      expect(complains(d), cues(d)).toBe(false);
    },
  );
});

describe('an entry that carries its own negation is not flipped by a negator before it', () => {
  it.each([
    ['手机没电再也不慌了', 'zh'],
    ['没想到不卡', 'zh'],
    ['배달 전혀 안 늦었어요', 'ko'],
    ['전혀 안 늦었어요 감사합니다', 'ko'],
  ])('%s (%s)', (text, lang) => {
    const d = detect({ text }, brand);
    expect(d.lang).toBe(lang);
    expect(d.label, cues(d)).toBe('praise');
    expect(
      d.cues.some((c) => c.label === 'complaint' && c.kind === 'pattern'),
      cues(d),
    ).toBe(false);
  });

  it('a negator before a plain praise word still flips it ("没 … 满意", "안 좋아요")', () => {
    for (const text of ['我一点都没满意', '서비스가 안 좋아요']) {
      const d = detect({ text }, brand);
      expect(d.label, `${text} ${cues(d)}`).toBe('complaint');
    }
  });
});

describe('a negation after a frame that already holds its polarity does not flip it (Korean)', () => {
  it.each([
    ['흠잡을 곳 없어요', 'praise'],
    ['흠잡을 데가 없어요', 'praise'],
    ['결제 완료 떴는데 왜 쿠폰이 없어요?', 'complaint'],
    ['며칠째 연락이 없어요', 'complaint'],
    ['환불이 안 돼요', 'complaint'],
  ])('%s → %s', (text, label) => {
    const d = detect({ text }, brand);
    expect(d.lang).toBe('ko');
    expect(d.label, cues(d)).toBe(label);
  });

  it('a plain praise word before "않아요" is still negated ("친절하지 않아요")', () => {
    const d = detect({ text: '직원이 친절하지 않아요' }, brand);
    expect(d.label, cues(d)).toBe('complaint');
  });
});

describe('function words, intensifiers and copulas do not use up a negation’s scope', () => {
  it.each([
    ["it's not really all that good", 'en', 'not … good'],
    ['δεν είναι και τόσο βολικό το κατάστημα', 'el', 'δεν … βολικό'],
    ['no es que sea muy bueno', 'es', 'no … muy bueno'],
  ])('%s (%s)', (text, lang, cue) => {
    const d = detect({ text }, brand);
    expect(d.lang).toBe(lang);
    expect(d.label, cues(d)).toBe('complaint');
    expect(d.cues).toContainEqual(
      expect.objectContaining({ label: 'complaint', kind: 'pattern', text: cue }),
    );
  });

  it('a content word still ends the scope ("did not bring the order and the food was good")', () => {
    const d = detect({ text: 'they did not bring the order and the food was good' }, brand);
    expect(
      d.cues.some((c) => c.kind === 'pattern' && c.text.includes('good')),
      cues(d),
    ).toBe(false);
  });
});
