import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

/**
 * Everyday Chinese and Japanese review wording the lexicons did not know: verdict slang ("一绝",
 * "二刷", "拉胯"), service and delivery reports ("绕路", "占线", "タメ口", "上から目線"), cosmetics
 * ("爆痘", "ヒリヒリ"), and negated problems that praise ("再也不卡了", "悪くない", "狭くない").
 * Each post was read as `none` or as the opposite label before these entries.
 */
const CASES: Record<string, [text: string, label: Label][]> = {
  zh: [
    ['这家店的牛肉面一绝，汤头浓郁，面很筋道', 'praise'],
    ['客服小姐姐处理得很快，问题一次解决，必须表扬', 'praise'],
    ['换了这个路由器以后打游戏再也不卡了', 'praise'],
    ['口红显色，不脱妆不拔干，已回购', 'praise'],
    ['鱼片嫩滑，入口即化，下次还要二刷', 'praise'],
    ['物业办事拖拉，报修一个月了一拖再拖', 'complaint'],
    ['骑手超时四十分钟，奶茶还洒了一半', 'complaint'],
    ['打车软件的司机绕路，多收了我三十块', 'complaint'],
    ['这款面霜用了两天就爆痘，脸上还刺痛', 'complaint'],
    ['售后推诿，电话一直占线，跑了好几趟', 'complaint'],
    ['充电宝明明还了还在扣费，莫名其妙', 'complaint'],
    ['空调不制热，晚上冻死了', 'complaint'],
    ['这家火锅店的服务员态度冷淡，爱搭不理', 'complaint'],
    ['性价比太低，拉胯', 'complaint'],
  ],
  ja: [
    ['問い合わせたら即日対応してくれて、本当に心強かった', 'praise'],
    ['このホテル、値段の割に狭くないし不満ゼロでした', 'praise'],
    ['配送が早すぎてびっくり、しかも翌朝届いた', 'praise'],
    ['接客も悪くなかったし味も悪くない', 'praise'],
    ['店員がタメ口で上から目線だった', 'complaint'],
    ['新しい美容液、使ったら肌がヒリヒリして赤くなった', 'complaint'],
    ['料理がぬるいし、写真と違う', 'complaint'],
    ['ホテルの部屋、綺麗じゃなかったし湿っぽい', 'complaint'],
    ['このアプリ、広告ばかりでしょぼい', 'complaint'],
  ],
};

describe('detect: everyday review vocabulary, second pass (zh, ja)', () => {
  for (const [lang, cases] of Object.entries(CASES)) {
    describe(lang, () => {
      it.each(cases)('%s → %s', (text, label) => {
        const d = detect({ text }, brand);
        expect(d.lang).toBe(lang);
        expect(d.label, JSON.stringify(d.cues)).toBe(label);
      });
    });
  }
});
