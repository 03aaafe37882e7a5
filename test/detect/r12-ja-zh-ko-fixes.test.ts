import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Every row above the guards was misread before these entries; the guards read right before and
// after (sincere uses of the same words, and a harm already read).
describe('Japanese, Chinese and Korean: thanks and irony beside harms in plain words, problems that did not come', () => {
  it.each<[text: string, label: Label]>([
    ['知らないうちに有料オプションが付いてた。感謝しかない', 'complaint'],
    ['新しいランチ、量は半分になって値段は同じ。すごい魔法ですね', 'complaint'],
    ['買って三日で壊れたドライヤー、耐久性が素晴らしいです', 'complaint'],
    ['この冷蔵庫、七年使ってるけど不調なし', 'praise'],
    ['連休で遅れるかと思ったら、予定どおり届いた', 'praise'],
    ['このルーター、半年間一回も切れてない', 'praise'],
    ['混む時間だったのに待ち時間ほぼゼロでびっくり', 'praise'],
    ['手続きが長いと身構えてたのに、五分で終わった', 'praise'],
    ['谢谢某某物流，我的海鲜在仓库放了两天，到手全臭了', 'complaint'],
    ['感谢某电信偷偷给我开通了会员，一个月扣了三十', 'complaint'],
    ['这网速打开个视频要转半天圈，速度绝了', 'complaint'],
    ['耳机送修回来杂音响得更厉害了，谢谢啊', 'complaint'],
    ['这个台灯用了两年，一次毛病都没出过', 'praise'],
    ['下那么大的雨，快递盒子一点都没湿', 'praise'],
    ['换了新路由器以后，一次都没断过网', 'praise'],
    ['以为春运肯定晚点，结果准点到达', 'praise'],
    ['한겨울에 전기 끊어주셔서 감사합니다. 덕분에 정신 번쩍', 'complaint'],
    ['통신사가 몰래 요금제 바꿔놨네요. 감사해요 정말', 'complaint'],
    ['책상 산 지 한 달 만에 다리 부러짐. 내구성 최고네요', 'complaint'],
    ['업데이트하니까 즐겨찾기 기능이 사라짐. 미니멀리즘 좋네요', 'complaint'],
    ['이 청소기 3년 썼는데 고장 한 번 안 났어요', 'praise'],
    ['빵 진짜 맛있어요. 일요일에도 문 열면 딱인데', 'suggestion'],
    ['引っ越しで電気止めてもらう手続き、五分で終わった。楽でした', 'praise'],
    // Guards.
    ['光回線なのに夜は動画が止まる。さすがの速さ', 'complaint'],
    ['混雑する時間でも待ち時間ゼロなのは嬉しい', 'praise'],
    ['この店の量が半分のハーフサイズ、ちょうどよくて好き', 'praise'],
    ['客服真厉害，十分钟就搞定了，谢谢', 'praise'],
    ['사장님이 서비스로 몰래 음료 챙겨주셨어요 감사합니다', 'praise'],
    ['날씨가 추워서 하루 종일 집에서 드라마 봤다', 'none'],
    ['ほうれん草が魔法みたいにシャキシャキ。最高', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
