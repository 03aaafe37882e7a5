import type { Label } from '../../domain/detection.ts';

/** Emoji and emoticons read the same in every language. Weights are per occurrence (capped per post). */
const EMOJI: Record<string, [Label, number]> = {};
const add = (label: Label, weight: number, list: string): void => {
  for (const e of list.split(/\s+/).filter(Boolean)) EMOJI[e.replace(/\uFE0F/g, '')] = [label, weight];
};
add(
  'praise',
  1,
  '😍 🥰 😘 😊 😀 😃 😄 😁 ☺ 🙂 👍 👏 🙌 💯 ❤ 💕 💖 💗 💙 💚 💛 💜 🧡 🤍 🖤 💓 💞 💘 🤩 🥳 🌟 ✨ 🎉 👌 💪 😎 😻 🤗 ♥ 🫶 🔝 🏆 🥇 ✅',
);
add('praise', 0.6, '😂 🤣 😆 😅 🙏 ⭐ 🔥 😋 🤤 🆒');
add(
  'complaint',
  1,
  '😡 😠 🤬 😤 😞 😔 😢 😭 😩 😫 👎 💩 🙄 😒 🤦 🤦‍♂ 🤦‍♀ 😑 😕 ☹ 🙁 🤮 🤢 💔 😣 😖 😓 😾 😿 🖕 ❌ 🚫 ⛔ 😪 🤯 😬',
);
add('complaint', 0.6, '😐 😶 😟 😧 😨 😰 😱 🥲');
/** The upside-down face is irony: a complaint as strong as 🙄, and it turns the praise beside it (decide.ts). */
export const UPSIDE_DOWN = '🙃';
add('complaint', 1, UPSIDE_DOWN);
/** Faces that turn the praise beside them (decide.ts): the upside-down face and the rolled eyes. */
export const TURNING_FACES: ReadonlySet<string> = new Set([UPSIDE_DOWN, '🙄']);
// Mockery and waiting: a clown for a company that acts like one, a snail for a delivery, a bin for a product.
add('complaint', 0.8, '🤡 🐌 🗑 😮‍💨');
add('praise', 0.6, '🥹 🫡 😇 💝');
add('question', 0.8, '🤔 ❓ ❔ 🧐 🤷 🤷‍♂ 🤷‍♀');
add('none', 0.8, '🎁 📢 📰 📣 🚨 👉 ➡ 🔗 📸 🎥 📺 💸 🛒 🏷');
add('suggestion', 0.6, '💡');
// Heat and cold: the weather far more often than a service (a broken air conditioner names its fault in words).
add('none', 0.5, '🥵 🥶');

export const emojiCue = (e: string): [Label, number] | undefined => EMOJI[e];

/**
 * Emoji that say how strongly something is felt, not what: loud crying is joy as readily as grief
 * ("the new camera is so good 😭"), laughter is a joke or mockery as often as delight, a weary or
 * bittersweet face is about life as often as a company, and a party popper as often announces a
 * sale or an engagement as it praises a company. Each keeps its cue above but takes the side of the
 * post's words (decide.ts); the number is the share of its weight it keeps with no praise or
 * complaint word beside it: lone tears lean to a grievance ("@acme 😭😭"), a lone laugh, sigh or
 * party popper says nothing of a company.
 */
export const FELT_EMOJI: ReadonlyMap<string, number> = new Map([
  ['😭', 0.6],
  ['😂', 0],
  ['🤣', 0],
  ['😩', 0],
  ['🥲', 0],
  ['🎉', 0],
]);

const EMOTICON_PRAISE = /^(?:[:;=8][-'^o]?[)\]dp*3]+|x-?[d)]|<3|\^_*\^|[(]+[-']?[:;=])$/;
const EMOTICON_COMPLAINT = /^(?:[:;=][-'^o]?[([/\\|]+|>[:;]-?\(|d:|t_t|;_;|-_-|<\/3|[)]+[-']?[:;=]|x-?\()$/;

/** Brackets alone: "((" is as sad as ":(", but "))" is also mere politeness ("помогите))"). */
const BRACKET_SMILE = /^\){2,}$/;
const BRACKET_FROWN = /^\({2,}$/;

export function emoticonCue(e: string): [Label, number] | undefined {
  if (BRACKET_FROWN.test(e)) return ['complaint', 1];
  if (BRACKET_SMILE.test(e)) return ['praise', 0.6];
  const s = e.toLowerCase();
  if (EMOTICON_COMPLAINT.test(s)) return ['complaint', 1];
  if (EMOTICON_PRAISE.test(s)) return ['praise', 1];
  return undefined;
}

/** Hashtags that say what a post is, whatever the language around them. */
export const HASHTAG_CUES: Record<string, [Label, number]> = {
  fail: ['complaint', 1.5],
  epicfail: ['complaint', 1.6],
  'epic fail': ['complaint', 1.6],
  sucks: ['complaint', 1.5],
  boycott: ['complaint', 1.4],
  disappointed: ['complaint', 1.4],
  'customer service': ['complaint', 0.4],
  'customer service fail': ['complaint', 1.6],
  'worst service': ['complaint', 1.6],
  shame: ['complaint', 1.2],
  not: ['complaint', 1.2],
  sarcasm: ['complaint', 1.2],
  love: ['praise', 1.2],
  winning: ['praise', 1],
  happy: ['praise', 1],
  thankyou: ['praise', 1.2],
  'thank you': ['praise', 1.2],
  thanks: ['praise', 1.2],
  impressed: ['praise', 1.2],
  // A saying shared, tagged as such in any language.
  quote: ['none', 1.6],
  quotes: ['none', 1.6],
  quoteoftheday: ['none', 1.6],
  'quote of the day': ['none', 1.6],
  zitat: ['none', 1.6],
  zitate: ['none', 1.6],
  citation: ['none', 1.6],
  citations: ['none', 1.6],
  cita: ['none', 1.6],
  citas: ['none', 1.6],
  citazione: ['none', 1.6],
  citazioni: ['none', 1.6],
  citaat: ['none', 1.6],
  citacao: ['none', 1.6],
  citacoes: ['none', 1.6],
  цитата: ['none', 1.6],
  цитаты: ['none', 1.6],
  цитати: ['none', 1.6],
  alinti: ['none', 1.6],
  αποφθεγμα: ['none', 1.6],
  αποφθεγματα: ['none', 1.6],
  اقتباس: ['none', 1.6],
  اقتباسات: ['none', 1.6],
  ציטוט: ['none', 1.6],
  名言: ['none', 1.6],
  명언: ['none', 1.6],
  语录: ['none', 1.6],
  giveaway: ['none', 2],
  'give away': ['none', 2],
  contest: ['none', 1.5],
  sweepstakes: ['none', 2],
  win: ['praise', 0.6],
  ad: ['none', 1.6],
  sponsored: ['none', 1.6],
  promo: ['none', 1.4],
  sale: ['none', 1.2],
  deal: ['none', 1],
  deals: ['none', 1.2],
  jobs: ['none', 1.8],
  job: ['none', 1.6],
  hiring: ['none', 1.8],
  'now hiring': ['none', 2],
  careers: ['none', 1.6],
  news: ['none', 1.2],
  'breaking news': ['none', 1.6],
  breaking: ['none', 1.4],
  'feature request': ['suggestion', 1.6],
  suggestion: ['suggestion', 1.4],
  idea: ['suggestion', 1],
  help: ['question', 0.8],
  question: ['question', 1.2],
};
