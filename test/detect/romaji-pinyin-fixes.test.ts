import { describe, expect, it } from 'vitest';
import { detect } from '../../shared/detect/index.ts';
import type { BrandContext, Label } from '../../shared/domain/detection.ts';

const brand: BrandContext = { name: 'Acme', handles: ['acme'], keywords: ['acme'] };

const read = (text: string) => detect({ text }, brand);

// Every row but the guards was read wrong before: romaji and pinyin were identified as a
// Latin-script language and read by no Japanese or Chinese entry.
describe('Japanese in romaji', () => {
  it.each<[text: string, label: Label]>([
    ['kinou no haitatsu, totemo hayakatta. arigatou gozaimasu', 'praise'],
    ['koko no ramen hontou ni umai, mata ikitai', 'praise'],
    ['tenin-san ga sugoku yasashikatta, saikou desu', 'praise'],
    ['apuri ga wakariyasui, tasukarimashita', 'praise'],
    ['haitatsu mechakucha osoi, mada todokanai', 'complaint'],
    ['nedan ga takasugi desu, ryou mo sukunasugi', 'complaint'],
    ['dark mode o tsukete hoshii desu', 'suggestion'],
    ['yoyaku no henkou o apuri de dekiru you ni shite kudasai', 'suggestion'],
    ['kono hoteru no heya, hiroku te kirei deshita', 'praise'],
    ['mou nishuukan matte iru kedo, mada todoite inai', 'complaint'],
    ['kono apuri, saikin bagu ga ooi', 'complaint'],
    ['henkin wa itsu ni narimasu ka', 'question'],
    ['yabai, kono keeki umasugi', 'praise'],
    // Guards: romaji that was read right, and Japanese in its own script.
    ['apuri ga mata ochita, hontou ni fuben desu', 'complaint'],
    ['tenin no taido ga warui, nidoto ikanai', 'complaint'],
    ['kureka de harau koto wa dekimasu ka?', 'question'],
    ['めっちゃ美味しかった、また行きたい', 'praise'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Chinese in pinyin', () => {
  it.each<[text: string, label: Label]>([
    ['zhe jia dian de niurou mian zhen de hen haochi', 'praise'],
    ['kuaidi xiao ge hen shuai, song de ye kuai, xiexie', 'praise'],
    ['waimai tai man le, deng le yi ge xiaoshi hai mei dao', 'complaint'],
    ['zhe ge app zhen de bu hao yong, zong shi shan tui', 'complaint'],
    ['kefu bu li ren, zhen de wuyu', 'complaint'],
    ['jianyi zengjia ye jian moshi, wanshang kan zhe tai liang', 'suggestion'],
    ['xiwang neng duo kai ji jia dian, women zhe li tai yuan le', 'suggestion'],
    ['zhe ci gou wu ti yan hen hao, xia ci hai lai', 'praise'],
    ['dingdan yi jing san tian le hai mei fa huo', 'complaint'],
    ['bu hao yi si, wo xiang wen yi xia ying ye shi jian', 'question'],
    ['neng bu neng zao dian kai men', 'suggestion'],
    // Guards: pinyin that was read right, and Chinese in its own script.
    ['shangjia tai keng le, mai dao jia huo', 'complaint'],
    ['qingwen zhe ge ka zenme jihuo?', 'question'],
    ['外卖太慢了，等了一个小时', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Pinyin with tone marks, romaji with long vowels', () => {
  it.each<[text: string, label: Label]>([
    ['wàimài tài màn le, děng le yí ge xiǎoshí hái méi dào', 'complaint'],
    ['kèfú tàidu hěn chà, wèn shénme dōu bù huí', 'complaint'],
    ['zhè jiā diàn de miàn hěn hǎochī', 'praise'],
    ['jiànyì zēngjiā yèjiān móshì', 'suggestion'],
    ['tenin-san, saikō deshita. arigatō!', 'praise'],
    // Guards: the accents of Italian and Portuguese still vote for them.
    ['Il pacco è arrivato in perfetto stato, però un po in ritardo', 'complaint'],
    ['Ótimo atendimento, só a entrega que demorou', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Korean in Latin letters', () => {
  it.each<[text: string, label: Label]>([
    ['baedal neomu ppalla, ttak joa', 'praise'],
    // Guard: a Korean complaint that was read right.
    ['jumun-eun eoje haenneunde baesong-i an wayo', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});

describe('Latin-script posts with words that pinyin or romaji share', () => {
  it.each<[text: string, label: Label]>([
    // Guards: "demo" is a romaji "but", "hen" a pinyin "very": they stay English and Dutch.
    ['The delivery guy was so nice, thanks a lot', 'praise'],
    ['Demo version keeps crashing on my phone', 'complaint'],
    ['Hen dat niet gezegd, de bezorging was te laat', 'complaint'],
  ])('%s → %s', (text, label) => {
    expect(read(text).label).toBe(label);
  });
});
