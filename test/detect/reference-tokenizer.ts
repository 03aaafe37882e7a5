/**
 * The tokeniser written as one regular expression: slow, but easy to read. The hand-written
 * scanner in shared/detect/text.ts must split every string exactly like it (a property test checks).
 */
import { fold } from '../../shared/detect/text.ts';

const TLD = 'com|net|org|io|co|ly|me|app|gl|gg|tv|info|shop|store|de|fr|es|it|uk|ru|tr|br|nl|gr|jp';
const TOKEN_RE = new RegExp(
  [
    String.raw`(https?:\/\/\S+|www\.\S+|\b[a-zA-Z0-9-]+(?:\.[a-zA-Z0-9-]+)*\.(?:${TLD})(?![a-zA-Z0-9-])(?:\/\S*)?)`, // 1 url
    String.raw`([@＠][\p{L}\p{N}_.]*[\p{L}\p{N}_])`, // 2 handle
    String.raw`([#＃][\p{L}\p{M}\p{N}_]+)`, // 3 hashtag
    String.raw`((?<![\p{L}\p{N}])(?:[:;=8][-'^o]?[)(\]\[dDpPoO/\\|*3]+|[xX][-]?[D)(]|<\/?3|\^_*\^|[)(]+[-']?[:;]|[tT]_[tT]|;_;|-_-|[dD]:|>[:;]-?\()(?![\p{L}\p{N}])|\){2,}(?![\p{L}\p{N}])|\({2,}(?![\p{L}\p{N}]))`, // 4 emoticon
    String.raw`(\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}|\p{EMod})*|[\u{1F1E6}-\u{1F1FF}]{2})`, // 5 emoji
    String.raw`([οόΟΌ],[τΤ][ιΙίΊ](?![\p{L}\p{M}\p{N}])|[\p{L}\p{M}](?:[\p{L}\p{M}\p{N}'’]|(?<=[\u05D0-\u05EA])["\u05F4](?=[\u05D0-\u05EA](?![\p{L}\p{M}]))|(?<=[\u05D0-\u05EA])\u05F3(?=[\u05D0-\u05EA]))*|\p{N}+[\p{L}\p{M}]+[\p{L}\p{M}\p{N}]*)`, // 6 word
    String.raw`([?!？！؟¿¡;]+|\.{2,}|…)`, // 7 marks
    String.raw`([.。．!|\n,،、：:«»"“”„()\-–—])`, // 8 clause break
  ].join('|'),
  'gu',
);

/** An apostrophe right before `i` with no letter, mark or digit before it opens a quotation. */
const opensQuote = (text: string, i: number): boolean =>
  /['’‘]$/u.test(text.slice(0, i)) && !/[\p{L}\p{M}\p{N}]['’‘]$/u.test(text.slice(0, i));

/** A quoted word's closing apostrophes belong to the quotation ("'processing'"). */
const closeQuote = (raw: string): string => raw.replace(/(?<=.)['’]+$/u, '');

/** [type, raw, norm] per token: enough to compare with the scanner. */
export function referenceTokens(input: string): [string, string, string][] {
  const text = input.normalize('NFKC');
  const out: [string, string, string][] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const raw = m[0];
    if (m[1] !== undefined) out.push(['url', raw, 'url']);
    else if (m[2] !== undefined) out.push(['handle', raw, fold(raw.slice(1))]);
    else if (m[3] !== undefined) out.push(['hashtag', raw, '']);
    else if (m[4] !== undefined) out.push(['emoticon', raw, raw.toLowerCase()]);
    else if (m[5] !== undefined) out.push(['emoji', raw, raw.replace(/\uFE0F|\p{EMod}/gu, '')]);
    else if (m[6] !== undefined) out.push(['word', opensQuote(text, m.index) ? closeQuote(raw) : raw, '']);
    else if (m[7] !== undefined) out.push(['punct', raw, raw]);
    else out.push(['break', raw, raw]);
  }
  return out;
}
