/**
 * Text normalisation and tokenisation shared by the detector and its lexicon compiler, so that
 * a lexicon entry and a post are folded the same way (case, Latin accents, Arabic letter forms,
 * elongation).
 */

export type TokenType = 'word' | 'hashtag' | 'handle' | 'url' | 'emoji' | 'emoticon' | 'punct' | 'break';

export interface Token {
  type: TokenType;
  /** Folded form used for lookups (for hashtags: the tag's words, for punctuation: the marks). */
  norm: string;
  /** The text as it appears in the post (case kept), for cues. */
  raw: string;
  /** For an elongated word ("sooo"): the form with every repeated letter collapsed ("so"). */
  squeezed?: string;
  /** First word of a sentence or clause (ignoring leading @handles, #tags and links). */
  start: boolean;
  /** True when the raw word was written in capitals (shouting). */
  caps?: boolean;
}

const ARABIC_MARKS = /[\u064B-\u065F\u0670\u0640]|\u200C|\u200D|\u200E|\u200F/g;
const LATIN_MARKS = /[\u0300-\u036f]/g;
const NON_ASCII = /[\u0080-\uffff]/;
const QUOTES = /[’‘`´]/g;
const DOTLESS_I = /ı/g;
const LATIN_GREEK_CYRILLIC = /[\u00c0-\u04ff\u1e00-\u1fff]/;
const ARABIC = /[\u0600-\u06ff]/;

const ARABIC_FOLD: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ی',
  ي: 'ی',
  ك: 'ک',
  ة: 'ه',
  ؤ: 'و',
  ئ: 'ی',
  '۰': '0',
};
const ARABIC_FOLD_RE = /[أإآٱىيكةؤئ]/g;

/**
 * Folds text for matching: NFKC (full-width forms, Greek question mark, ligatures), lower case,
 * Latin/Greek/Cyrillic accents dropped (people often omit them), Arabic and Persian letter
 * variants unified and diacritics removed.
 */
export function fold(text: string): string {
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  // Dotless ı folds to i: Turkish is often typed without its own letters.
  let s = text.normalize('NFKC').toLowerCase().replace(QUOTES, "'").replace(DOTLESS_I, 'i');
  if (LATIN_GREEK_CYRILLIC.test(s)) s = s.normalize('NFD').replace(LATIN_MARKS, '').normalize('NFC');
  if (ARABIC.test(s)) s = s.replace(ARABIC_MARKS, '').replace(ARABIC_FOLD_RE, (c) => ARABIC_FOLD[c] ?? c);
  return s;
}

/** True when a letter repeats three times in a row ("sooo"): people stretch words for emphasis. */
function elongated(w: string): boolean {
  for (let i = 2; i < w.length; i++) if (w[i] === w[i - 1] && w[i] === w[i - 2]) return true;
  return false;
}

/** "sooo" → "soo" (kept for words that double letters legitimately, e.g. "good"). */
const squeezeTo2 = (w: string): string => w.replace(/(\p{L})\1{2,}/gu, '$1$1');
/** "soo" → "so". */
const squeezeTo1 = (w: string): string => w.replace(/(\p{L})\1+/gu, '$1');

const TOKEN_RE = new RegExp(
  [
    String.raw`(https?:\/\/\S+|www\.\S+|\b[a-z0-9-]+\.(?:com|ly|co|io|me|net|org)\/\S*)`, // 1 url
    String.raw`([@＠][\p{L}\p{N}_.]*[\p{L}\p{N}_])`, // 2 handle
    String.raw`([#＃][\p{L}\p{M}\p{N}_]+)`, // 3 hashtag
    String.raw`((?<![\p{L}\p{N}])(?:[:;=8][-'^o]?[)(\]\[dpPoO/\\|*3]+|[xX][-]?[D)(]|<\/?3|\^_*\^|[)(]+[-']?[:;]|[tT]_[tT]|;_;|-_-|[dD]:|>[:;]-?\()(?![\p{L}\p{N}]))`, // 4 emoticon
    String.raw`(\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}|\p{EMod})*|[\u{1F1E6}-\u{1F1FF}]{2})`, // 5 emoji
    String.raw`([\p{L}\p{M}][\p{L}\p{M}\p{N}'’]*|\p{N}+[\p{L}\p{M}]+[\p{L}\p{M}\p{N}]*)`, // 6 word
    String.raw`([?!？！؟¿¡;]+|\.{2,}|…)`, // 7 marks
    String.raw`([.。．!|\n,،、：:«»"“”()\-–—])`, // 8 clause break
  ].join('|'),
  'gu',
);

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]/;

/** Splits "#SoRude" / "#dark_mode" into "so rude" / "dark mode". */
function hashtagWords(tag: string): string {
  const body = tag.slice(1);
  const spaced = body
    .replace(/_/g, ' ')
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2');
  return fold(spaced);
}

/** Tokenises a post. `text` must be the raw post; folding is done per token. */
export function tokenize(input: string): Token[] {
  const text = input.normalize('NFKC');
  const out: Token[] = [];
  let start = true;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const raw = m[0];
    if (m[1] !== undefined) out.push({ type: 'url', norm: 'url', raw, start: false });
    else if (m[2] !== undefined) out.push({ type: 'handle', norm: fold(raw.slice(1)), raw, start: false });
    else if (m[3] !== undefined) {
      out.push({ type: 'hashtag', norm: hashtagWords(raw), raw, start: false });
    } else if (m[4] !== undefined) out.push({ type: 'emoticon', norm: raw.toLowerCase(), raw, start: false });
    else if (m[5] !== undefined)
      out.push({ type: 'emoji', norm: raw.replace(/\uFE0F|\p{EMod}/gu, ''), raw, start: false });
    else if (m[6] !== undefined) {
      const folded = fold(raw);
      const stretched = elongated(folded);
      const norm = stretched ? squeezeTo2(folded) : folded;
      const tok: Token = { type: 'word', norm, raw, start };
      if (stretched) tok.squeezed = squeezeTo1(norm);
      if (raw.length >= 3 && raw === raw.toUpperCase() && raw !== raw.toLowerCase()) tok.caps = true;
      out.push(tok);
      start = false;
    } else if (m[7] !== undefined) {
      out.push({ type: 'punct', norm: raw.normalize('NFKC'), raw, start: false });
      start = true;
    } else {
      const brk = raw === '\n' || raw === '.' || raw === '。' || raw === '．' || raw === '!' || raw === '|';
      out.push({ type: 'break', norm: raw, raw, start: false });
      if (brk) start = true;
    }
  }
  return out;
}

export const hasCjk = (s: string): boolean => CJK.test(s);
