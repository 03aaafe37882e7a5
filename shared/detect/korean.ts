/**
 * Korean requests. A request is a verb joined to the auxiliary 주다 ("do for someone") in its
 * request form: "표시해주세요", "늘려주세여", "열어주이소", "바꿔주시면". No lexicon can list every
 * verb, so a Korean word that no entry knows whole is also looked up as its ending from that
 * auxiliary on ("주세요", "주시면"): the lexicon says what the ending means ("주세요" asks,
 * "주셔서" thanks). Endings the lexicons do not list are not read. Korean typed in Latin letters
 * writes the auxiliary "ju"/"jw": "neullyeojuseyo" is read as "juseyo".
 */
import type { Token } from './text.ts';

/** The syllables the auxiliary 주다 opens its forms with: 주 (주세요, 주시면), 줘 (줘요), 줬 (줬으면). */
const AUXILIARY: ReadonlySet<number> = new Set([0xc8fc, 0xc918, 0xc92c]);

const isHangul = (c: number): boolean => c >= 0xac00 && c <= 0xd7a3;
/** A lone jamo, as folding leaves "ㅋ", "ㅠ" (U+1100–U+11FF; compatibility jamo fold to these). */
const isJamo = (c: number): boolean => c >= 0x1100 && c <= 0x11ff;

/**
 * The ending of a folded Korean word from its auxiliary 주다 on ("보여주세요" → "주세요"), when
 * `known` accepts it and a verb stands before it (or the word is the auxiliary alone, "주세요");
 * else undefined. The last auxiliary syllable counts ("주문해주세요": "주세요", not the "주" of "주문").
 */
export function requestEnding(word: string, known: (ending: string) => boolean): string | undefined {
  if (isHangul(word.charCodeAt(0))) {
    // The auxiliary alone ("주세요", "줘요": give me) is its own ending.
    // Laughter or tears typed onto the word ("풀어주셈ㅋㅋ", "늘려주세요ㅠ") are no part of its ending.
    let end = word.length;
    while (end > 1 && isJamo(word.charCodeAt(end - 1))) end--;
    for (let k = end - 1; k >= (end <= 3 ? 0 : 1); k--) {
      if (!AUXILIARY.has(word.charCodeAt(k))) continue;
      const ending = word.slice(k, end);
      return known(ending) ? ending : undefined;
    }
    return undefined;
  }
  // Typed in Latin letters the auxiliary is "ju"/"jw" ("neullyeojuseyo", "haejwoyo"), after a verb
  // of two letters or more.
  const k = Math.max(word.lastIndexOf('ju'), word.lastIndexOf('jw'));
  if (k < 2) return undefined;
  const ending = word.slice(k);
  return known(ending) ? ending : undefined;
}

/**
 * Endings that report what was promised or claimed, said of any verb and read whatever the verb:
 * "준다더니", "맛있다더니" (they said it was tasty, and…), "무료라더니". The claim is what the post
 * contradicts, so the verb's own praise does not count.
 */
const REPORTED = ['다더니', '라더니'];

/** The reported-claim ending of a folded Korean word ("맛있다더니" → "다더니"), else undefined. */
export function reportedEnding(word: string): string | undefined {
  if (word.length < 4 || !isHangul(word.charCodeAt(0))) return undefined;
  for (const ending of REPORTED) if (word.endsWith(ending)) return ending;
  return undefined;
}

/**
 * Sets `ending` on each Korean word of a post read as Korean whose request or reported-claim ending
 * a lexicon knows; a reported claim is read before the verb (`endingFirst`).
 */
export function markRequestEndings(tokens: readonly Token[], known: (ending: string) => boolean): void {
  for (const t of tokens) {
    if (t.type !== 'word' || t.stem !== undefined) continue;
    const reported = reportedEnding(t.norm);
    if (reported !== undefined && known(reported)) {
      t.ending = reported;
      t.endingFirst = true;
      continue;
    }
    const ending = requestEnding(t.norm, known);
    if (ending !== undefined) t.ending = ending;
  }
}
