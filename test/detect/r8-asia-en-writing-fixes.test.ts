import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Every row above the guards was misread before these entries.
describe('Korean slang: 띵작, 오래가요; Japanese "not what you would expect at that price"', () => {
  it.each<[text: string, label: Label]>([
    ['이번 화 완전 띵작이었어요 작가님 천재', 'praise'],
    ['이 보조배터리 진짜 오래가요 이틀은 거뜬', 'praise'],
    ['この値段とは思えないクオリティで驚いた', 'praise'],
    // Guards (read right before and after): requests in slang, "개뿔", slang praise, a polite request that asks.
    ['한정판 굿즈 재판매 좀 해주라 제발', 'suggestion'],
    ['다크모드 좀 만들어주라 눈 아파 죽겠음', 'suggestion'],
    ['무료배송이라더니 배송비 따로 받네 무료는 개뿔', 'complaint'],
    ['주말에도 배송 해주실 수 있나요?', 'suggestion'],
    ['여기 떡볶이 맛 미쳤어요 또 올게요', 'praise'],
    ['ログインボーナスもう少し増やしてクレメンス', 'suggestion'],
    ['ログインできないし問い合わせても返事がない', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Chinese in pinyin: nothing rotten; English "must watch" inside a Korean post', () => {
  it.each<[text: string, label: Label]>([
    ['shuiguo song dao de shihou yi ge dou mei lan, hen xinxian', 'praise'],
    ['이번 다큐 must watch 입니다', 'praise'],
    // Guards (read right before and after).
    ['jianyi zengjia ye jian moshi, wanshang kan de yanjing tong', 'suggestion'],
    ['bolibei bao de hen hao, yi ge dou mei huai', 'praise'],
    ['waimai tai man le, hai mei dao', 'complaint'],
    ['the new docuseries is a must watch', 'praise'],
    ['why must i call three times to cancel', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
