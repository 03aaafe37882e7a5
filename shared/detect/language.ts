/**
 * Language identification in two cheap steps: the Unicode script of the letters decides most
 * languages outright (Greek, Georgian, Hebrew, Hindi, Korean, Japanese, Chinese); within Latin,
 * Cyrillic and Arabic script, function words and a few telltale letters vote.
 */
import type { Token } from './text.ts';

export type Script =
  | 'latin'
  | 'cyrillic'
  | 'greek'
  | 'arabic'
  | 'hebrew'
  | 'devanagari'
  | 'georgian'
  | 'hangul'
  | 'kana'
  | 'han'
  | 'other';

const SCRIPT_LANG: Partial<Record<Script, string>> = {
  greek: 'el',
  hebrew: 'he',
  devanagari: 'hi',
  georgian: 'ka',
  hangul: 'ko',
  kana: 'ja',
  han: 'zh',
};

export const LANGS_BY_SCRIPT: Record<'latin' | 'cyrillic' | 'arabic', string[]> = {
  latin: ['en', 'es', 'pt', 'fr', 'de', 'it', 'tr', 'nl'],
  cyrillic: ['ru', 'uk'],
  arabic: ['ar', 'fa'],
};

/**
 * Languages often written in Latin letters too (Russian, Ukrainian, Georgian and Hebrew in Latin
 * letters, Greeklish, Arabizi, Finglish, Hinglish): they read a Latin-script post only when their
 * Latin-letter function words or a platform hint vote for them, never in the fallback that reads
 * with every Latin lexicon.
 */
export const TRANSLITERATED = ['ru', 'uk', 'el', 'ar', 'fa', 'hi', 'ka', 'he', 'ko', 'ja', 'zh'];

export const SCRIPT_OF_LANG: Record<string, Script> = {
  en: 'latin',
  es: 'latin',
  pt: 'latin',
  fr: 'latin',
  de: 'latin',
  it: 'latin',
  tr: 'latin',
  nl: 'latin',
  ru: 'cyrillic',
  uk: 'cyrillic',
  ar: 'arabic',
  fa: 'arabic',
  el: 'greek',
  he: 'hebrew',
  hi: 'devanagari',
  ka: 'georgian',
  ko: 'hangul',
  ja: 'kana',
  zh: 'han',
};

/** The script of a UTF-16 unit: the definition `SCRIPT_OF` is built from (a test checks the two agree). */
export function scriptOf(c: number): Script | undefined {
  if (c < 0x41) return undefined;
  if (c <= 0x7a) return c >= 0x61 || c <= 0x5a ? 'latin' : undefined;
  if (c >= 0xc0 && c <= 0x24f) return c === 0xd7 || c === 0xf7 ? undefined : 'latin';
  if (c >= 0x370 && c <= 0x3ff) return 'greek';
  if (c >= 0x400 && c <= 0x4ff) return 'cyrillic';
  if (c >= 0x590 && c <= 0x5ff) return 'hebrew';
  if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f) || (c >= 0xfb50 && c <= 0xfeff)) {
    return c >= 0x660 && c <= 0x669 ? undefined : 'arabic';
  }
  if (c >= 0x900 && c <= 0x97f) return 'devanagari';
  if ((c >= 0x10a0 && c <= 0x10ff) || (c >= 0x1c90 && c <= 0x1cbf)) return 'georgian';
  if (c >= 0x1f00 && c <= 0x1fff) return 'greek';
  if (c >= 0x3040 && c <= 0x30ff) return 'kana';
  if ((c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff)) return 'han';
  if ((c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f)) {
    return 'hangul';
  }
  if (c > 0x24f && c < 0x2000) return 'other';
  return undefined;
}

export interface LanguageGuess {
  /** ISO 639-1, or 'und'. */
  lang: string;
  script: Script | undefined;
  /** Languages whose lexicons should read the post, most likely first. */
  candidates: string[];
  /**
   * Whether the function words leave no doubt (at least 1.5 votes, twice any other language's):
   * only then are they the post's own words alone (see `scan`).
   */
  sure?: boolean;
}

/** Letters that point to one language of a script (counted on the unfolded text). */
const LETTER_HINTS: Record<string, [string, number][]> = {
  ñ: [['es', 2]],
  '¿': [['es', 3]],
  '¡': [['es', 3]],
  ã: [['pt', 3]],
  õ: [['pt', 3]],
  ç: [
    ['pt', 1],
    ['fr', 1],
    ['tr', 1],
  ],
  ê: [
    ['pt', 1],
    ['fr', 1],
  ],
  é: [
    ['fr', 1],
    ['es', 0.5],
    ['pt', 0.5],
    ['it', 0.3],
  ],
  è: [
    ['fr', 1],
    ['it', 1],
  ],
  à: [
    ['fr', 1],
    ['it', 1],
    ['pt', 0.5],
  ],
  á: [
    ['es', 1],
    ['pt', 1],
  ],
  í: [
    ['es', 1],
    ['pt', 0.5],
  ],
  ó: [
    ['es', 1],
    ['pt', 0.5],
  ],
  ú: [
    ['es', 1],
    ['pt', 0.5],
  ],
  â: [
    ['pt', 1],
    ['fr', 0.5],
    ['tr', 0.5],
  ],
  ô: [
    ['pt', 1],
    ['fr', 1],
  ],
  î: [['fr', 1]],
  û: [['fr', 1]],
  ë: [
    ['nl', 1],
    ['fr', 0.3],
  ],
  ï: [
    ['fr', 0.5],
    ['nl', 0.5],
  ],
  ò: [['it', 2]],
  ù: [
    ['it', 1],
    ['fr', 1],
  ],
  ì: [['it', 2]],
  œ: [['fr', 3]],
  ß: [['de', 3]],
  ä: [['de', 2]],
  ö: [
    ['de', 1],
    ['tr', 1],
  ],
  ü: [
    ['de', 1],
    ['tr', 1],
  ],
  ğ: [['tr', 3]],
  ı: [['tr', 3]],
  ş: [['tr', 3]],
  і: [['uk', 2]],
  ї: [['uk', 3]],
  є: [['uk', 3]],
  ґ: [['uk', 3]],
  ы: [['ru', 2]],
  э: [['ru', 2]],
  ё: [['ru', 2]],
  ъ: [['ru', 2]],
  پ: [['fa', 2]],
  چ: [['fa', 2]],
  ژ: [['fa', 2]],
  گ: [['fa', 2]],
  ی: [['fa', 0.5]],
  ک: [['fa', 0.5]],
  ة: [['ar', 1]],
  ى: [['ar', 0.5]],
  // Pinyin tone marks: the third tone's caron is written by no Latin-script language; the first
  // tone's macron is also Japanese romaji's long vowel ("saikō", "arigatō").
  ǎ: [['zh', 3]],
  ě: [['zh', 3]],
  ǐ: [['zh', 3]],
  ǒ: [['zh', 3]],
  ǔ: [['zh', 3]],
  ǚ: [['zh', 3]],
  ǘ: [['zh', 3]],
  ǜ: [['zh', 3]],
  ā: [['zh', 1]],
  ē: [['zh', 1]],
  ī: [['zh', 1]],
  ō: [
    ['ja', 1],
    ['zh', 0.5],
  ],
  ū: [
    ['ja', 1],
    ['zh', 0.5],
  ],
};

/** Script of every UTF-16 unit, as an index into SCRIPTS (0: none), built once. */
const SCRIPTS: readonly (Script | undefined)[] = [
  undefined,
  'latin',
  'cyrillic',
  'greek',
  'arabic',
  'hebrew',
  'devanagari',
  'georgian',
  'hangul',
  'kana',
  'han',
  'other',
];
const SCRIPT_ID = new Map<Script, number>(SCRIPTS.slice(1).map((s, i) => [s as Script, i + 1]));
const SCRIPT_OF = new Uint8Array(0x10000);
// Filled by ranges, `scriptOf`'s tests in their order of precedence reversed (calling it for each
// of the 65,536 units took milliseconds of every cold start): the catch-all "other" first, then the
// scripts, then the units `scriptOf` leaves without a script inside their ranges.
const fillScript = (s: Script | undefined, from: number, to: number): void => {
  SCRIPT_OF.fill(s === undefined ? 0 : SCRIPT_ID.get(s)!, from, to + 1);
};
fillScript('other', 0x250, 0x1fff);
fillScript('latin', 0x41, 0x5a);
fillScript('latin', 0x61, 0x7a);
fillScript('latin', 0xc0, 0x24f);
fillScript('greek', 0x370, 0x3ff);
fillScript('cyrillic', 0x400, 0x4ff);
fillScript('hebrew', 0x590, 0x5ff);
fillScript('arabic', 0x600, 0x6ff);
fillScript('arabic', 0x750, 0x77f);
fillScript('arabic', 0xfb50, 0xfeff);
fillScript('devanagari', 0x900, 0x97f);
fillScript('georgian', 0x10a0, 0x10ff);
fillScript('georgian', 0x1c90, 0x1cbf);
fillScript('greek', 0x1f00, 0x1fff);
fillScript('kana', 0x3040, 0x30ff);
fillScript('han', 0x3400, 0x4dbf);
fillScript('han', 0x4e00, 0x9fff);
fillScript('hangul', 0xac00, 0xd7af);
fillScript('hangul', 0x1100, 0x11ff);
fillScript('hangul', 0x3130, 0x318f);
fillScript(undefined, 0xd7, 0xd7);
fillScript(undefined, 0xf7, 0xf7);
fillScript(undefined, 0x660, 0x669);

/** The script `SCRIPT_OF` holds for a UTF-16 unit. */
export const scriptAt = (c: number): Script | undefined => SCRIPTS[SCRIPT_OF[c]!];
const LATIN = SCRIPT_ID.get('latin')!;
const KANA = SCRIPT_ID.get('kana')!;
const HAN = SCRIPT_ID.get('han')!;
const HANGUL = SCRIPT_ID.get('hangul')!;

/** Every language a hint or a function word can vote for, as an index into `votes`. */
const ALL_LANGS = [...new Set([...Object.values(LANGS_BY_SCRIPT).flat(), ...TRANSLITERATED])];
const LANG_ID = new Map(ALL_LANGS.map((l, i) => [l, i]));
const FR = LANG_ID.get('fr')!;
const AR = LANG_ID.get('ar')!;

/**
 * Transliterated languages whose letter hints are all Latin letters (pinyin's tone marks): they
 * vote in a Latin-script post, where a stray Cyrillic or Arabic letter says nothing.
 */
const LATIN_HINTED = new Uint8Array(ALL_LANGS.length);
for (const lang of TRANSLITERATED) {
  const letters = Object.entries(LETTER_HINTS).filter(([, hint]) => hint.some(([l]) => l === lang));
  if (letters.length > 0 && letters.every(([letter]) => scriptOf(letter.charCodeAt(0)) === 'latin'))
    LATIN_HINTED[LANG_ID.get(lang)!] = 1;
}

/** HINTS_BY_CODE[code]: [language index, weight, …] for letters with a hint. */
const HINTS_BY_CODE: (number[] | undefined)[] = new Array(0x700);
for (const [letter, hint] of Object.entries(LETTER_HINTS)) {
  const flat = hint.flatMap(([lang, w]) => [LANG_ID.get(lang)!, w]);
  for (const c of new Set([letter.charCodeAt(0), letter.toUpperCase().charCodeAt(0)]))
    HINTS_BY_CODE[c] = flat;
}

/** Word endings typical of one language (Latin script). */
const SUFFIX_HINTS = new Map<string, [string, number]>([
  ['ção', ['pt', 2]],
  ['ções', ['pt', 2]],
  ['ão', ['pt', 1]],
  ['ción', ['es', 2]],
  ['ciones', ['es', 2]],
  ['zione', ['it', 2]],
  ['zioni', ['it', 2]],
  ['ung', ['de', 1]],
  ['keit', ['de', 1.5]],
  ['heit', ['de', 1.5]],
  ['lich', ['de', 1]],
  ['lijk', ['nl', 2]],
  ['heid', ['nl', 2]],
  ['eux', ['fr', 1.5]],
  ['euse', ['fr', 1.5]],
  ['ée', ['fr', 1]],
  ['ness', ['en', 1]],
  ['ing', ['en', 0.7]],
  // Italian doubles its consonants where Spanish and Portuguese write one ("prodotto", "difetto",
  // "viaggio", "pezzo") and has a conditional of its own ("dovrebbe", "sarebbe").
  ['tto', ['it', 1.5]],
  ['tta', ['it', 1]],
  ['tti', ['it', 0.7]],
  ['ggio', ['it', 1.5]],
  ['zzo', ['it', 1]],
  ['rebbe', ['it', 2]],
  ['rebbero', ['it', 2]],
  ['ati', ['it', 1]],
  ['abile', ['it', 1.5]],
  ['ibile', ['it', 1.5]],
  ['dad', ['es', 1.5]],
  ['inho', ['pt', 1.5]],
  ['inha', ['pt', 1.5]],
  ['ões', ['pt', 1.5]],
  ['ssimo', ['it', 1.5]],
  ['ssima', ['it', 1.5]],
  ['ísimo', ['es', 1.5]],
  ['ísima', ['es', 1.5]],
  ['lar', ['tr', 0.7]],
  ['ler', ['tr', 0.7]],
  ['dır', ['tr', 1.5]],
  ['iyor', ['tr', 1.5]],
  ['ıyor', ['tr', 2]],
  ['uyor', ['tr', 1.5]],
  ['üyor', ['tr', 2]],
  ['yorum', ['tr', 2]],
  ['yoruz', ['tr', 2]],
  ['dım', ['tr', 1.5]],
  ['lık', ['tr', 1.5]],
  ['sız', ['tr', 1.5]],
  // Georgian typed in Latin letters: "-tvis" (for), "-shi" (in), plural "-ebi", "-ebs".
  ['tvis', ['ka', 2]],
  ['shi', ['ka', 0.8]],
  ['ebi', ['ka', 1]],
  ['ebs', ['ka', 1]],
  // Greeklish first person plural: "kseroume", "perimenoume".
  ['oume', ['el', 1.5]],
  // Korean typed in Latin letters: polite endings ("isseoyo", "haseyo", "gamsahamnida") and
  // "-neunde" (and yet), "-sseo" (past: "haesseo").
  ['eoyo', ['ko', 1.5]],
  ['seyo', ['ko', 1.5]],
  ['mnida', ['ko', 2]],
  ['neunde', ['ko', 2]],
  ['sseo', ['ko', 1]],
  // Korean particles and endings written on the word ("gyesan-dae-eseo", "gulji-reul",
  // "noin-bun-deul", "naomyeo", "eoullineun", "jwoyo").
  ['eseo', ['ko', 1.5]],
  ['reul', ['ko', 1.5]],
  ['deul', ['ko', 1]],
  ['myeon', ['ko', 1.5]],
  ['myeo', ['ko', 1.5]],
  ['neun', ['ko', 1]],
  ['woyo', ['ko', 1.5]],
  // Japanese in romaji: polite verb endings ("narimasu", "shimashita", "dekimasen"), past adjectives
  // ("yokatta", "oishikatta"), "-shii" adjectives ("ureshii"), "-yasui" (easy to) and the passive
  // past ("iyasareta", "mataserareta").
  ['masu', ['ja', 1.5]],
  ['mashita', ['ja', 2]],
  ['masen', ['ja', 2]],
  ['katta', ['ja', 1.5]],
  ['shii', ['ja', 1]],
  ['yasui', ['ja', 2]],
  ['sareta', ['ja', 2]],
  ['rareta', ['ja', 2]],
]);
/** Endings grouped by their last letter, shortest first (the order they vote in). */
const SUFFIXES_BY_LAST: ({ suffix: string; lang: number; weight: number }[] | undefined)[] = new Array(0x80);
for (const [suffix, [lang, weight]] of [...SUFFIX_HINTS].sort((a, b) => a[0].length - b[0].length)) {
  const last = suffix.charCodeAt(suffix.length - 1);
  if (last >= 0x80) throw new Error(`suffix hint ${suffix} must end with an ASCII letter`);
  const list = SUFFIXES_BY_LAST[last] ?? [];
  list.push({ suffix, lang: LANG_ID.get(lang)!, weight });
  SUFFIXES_BY_LAST[last] = list;
}

/**
 * `raw.toLowerCase().endsWith(suffix)` for a lower-case Latin suffix, without building the lower-case
 * word: ASCII and Latin-1 capitals are the only ones that lower-case to a suffix letter.
 */
function endsWithFolded(raw: string, suffix: string): boolean {
  const n = suffix.length;
  if (raw.length < n) return false;
  for (let j = 1; j <= n; j++) {
    let c = raw.charCodeAt(raw.length - j);
    if ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)) c += 32;
    if (c !== suffix.charCodeAt(n - j)) return false;
  }
  return true;
}
const ELISION = /^(?:l|d|j|qu|n|c|s|m)'/;

/**
 * Arabizi writes Arabic letters with no Latin counterpart as digits (2 ء, 3 ع, 5 خ, 7 ح, 9 ص), so a
 * digit between two letters of a word of three letters or more ("ba3d", "mo7taram", "ta2kheer")
 * points to Arabic; English shorthand puts digits at the edges ("2day", "5mins", "ps5"), and 8 is
 * also Greeklish θ.
 */
function arabiziDigit(word: string): boolean {
  if (word.length < 4) return false;
  let letters = 0;
  let inside = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) letters++;
    else if ((c === 50 || c === 51 || c === 53 || c === 55 || c === 57) && i > 0 && i < word.length - 1) {
      const before = word.charCodeAt(i - 1);
      const after = word.charCodeAt(i + 1);
      if (before >= 97 && before <= 122 && after >= 97 && after <= 122) inside = true;
    }
  }
  return inside && letters >= 3;
}

/** Function-word languages as indices into the votes (-1: a language outside every script family). */
export const stopwordLanguageIds = (langs: readonly string[]): number[] =>
  langs.map((l) => LANG_ID.get(l) ?? -1);

/** Scratch counters, reset on every call (the detector is synchronous, so one set is enough). */
const scriptCounts = new Float64Array(SCRIPTS.length);
const hintVotes = new Float64Array(ALL_LANGS.length);
const votes = new Float64Array(ALL_LANGS.length);

/** `tokens` carry their vocabulary records (`attachRecords`): function words are read from them. */
export function identifyLanguage(text: string, tokens: readonly Token[], hint?: string): LanguageGuess {
  scriptCounts.fill(0);
  hintVotes.fill(0);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xa1 && c < 0x700) {
      const h = HINTS_BY_CODE[c];
      if (h !== undefined) for (let k = 0; k < h.length; k += 2) hintVotes[h[k]!]! += h[k + 1]!;
    }
    const s = SCRIPT_OF[c]!;
    if (s !== 0) scriptCounts[s]!++;
  }
  const kana = scriptCounts[KANA]!;
  const latinLetters = scriptCounts[LATIN]!;
  let best: Script | undefined;
  let bestCount = 0;
  // Kana decides Japanese even when Han characters outnumber it.
  if (kana > 0 && kana + scriptCounts[HAN]! >= latinLetters / 4) {
    best = 'kana';
  } else {
    for (let s = 1; s < SCRIPTS.length; s++) {
      const n = scriptCounts[s]!;
      if (n === 0) continue;
      // A few foreign words should not outvote the main script: Latin letters count a third.
      const weight = s === LATIN ? n / 3 : s === HAN || s === HANGUL ? n * 2 : n;
      if (weight > bestCount) {
        best = SCRIPTS[s];
        bestCount = weight;
      }
    }
  }
  if (best === undefined || best === 'other') return { lang: 'und', script: best, candidates: [] };

  const fixed = SCRIPT_LANG[best];
  if (fixed) return { lang: fixed, script: best, candidates: latinLetters >= 8 ? [fixed, 'en'] : [fixed] };

  const family = LANGS_BY_SCRIPT[best as 'latin' | 'cyrillic' | 'arabic'];
  const latin = best === 'latin';
  // A Latin-script post may also be a transliterated one: those languages take function-word votes.
  const inFamily = latin ? LATIN_READERS_MASK : FAMILY_MASK[best as 'latin' | 'cyrillic' | 'arabic'];
  votes.fill(0);
  // Letter hints vote only within the script's own family (a stray `ы` says nothing of a Latin post).
  const own = FAMILY_MASK[best as 'latin' | 'cyrillic' | 'arabic'];
  for (let l = 0; l < votes.length; l++)
    if (own[l] === 1 || (latin && LATIN_HINTED[l] === 1)) votes[l] = hintVotes[l]!;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type !== 'word') continue;
    const ids = t.rec?.stopIds;
    if (ids !== undefined) {
      for (let k = 0; k < ids.length; k++) {
        const l = ids[k]!;
        if (l >= 0 && inFamily[l] === 1) votes[l]! += 1 / ids.length;
      }
    }
    if (latin && t.raw.length > 3) {
      let last = t.raw.charCodeAt(t.raw.length - 1);
      if (last >= 65 && last <= 90) last += 32;
      const suffixes = last < 0x80 ? SUFFIXES_BY_LAST[last] : undefined;
      if (suffixes) {
        for (const s of suffixes) {
          if (t.raw.length > s.suffix.length && endsWithFolded(t.raw, s.suffix))
            votes[s.lang]! += s.weight / 2;
        }
      }
      if ((t.norm[1] === "'" || t.norm[2] === "'") && ELISION.test(t.norm)) votes[FR]! += 0.6;
      if (arabiziDigit(t.norm)) votes[AR]! += 1;
    }
  }
  const hinted = hint === undefined ? undefined : LANG_ID.get(hint);
  if (hinted !== undefined && inFamily[hinted] === 1) votes[hinted]! += 1.5;
  // Most votes first; on a tie the family's order (most common language first).
  // Transliterated languages come after the family, so a tie goes to the Latin-script language.
  const ranked: string[] = [];
  const readers = latin ? LATIN_READERS : family;
  const readerIds = latin ? LATIN_READER_IDS : FAMILY_IDS[best as 'latin' | 'cyrillic' | 'arabic'];
  for (let k = 0; k < readerIds.length; k++) {
    const id = readerIds[k]!;
    if (votes[id]! <= 0) continue;
    // Insertion by votes, after every language with as many (ties keep the family's order).
    let at = ranked.length;
    ranked.push(readers[k]!);
    while (at > 0 && votes[LANG_ID.get(ranked[at - 1]!)!]! < votes[id]!) {
      ranked[at] = ranked[at - 1]!;
      at--;
    }
    ranked[at] = readers[k]!;
  }
  const top = ranked[0];
  if (top === undefined) {
    // Cyrillic and Arabic script without a telltale letter: the most common language is the best guess.
    if (!latin) return { lang: family[0]!, script: best, candidates: family };
    // No function word at all: read with every lexicon of the script, English first.
    return { lang: 'und', script: best, candidates: family };
  }
  // Close runners-up read the post too: short posts and mixed-language posts are common.
  const topVotes = votes[LANG_ID.get(top)!]!;
  if (latin && topVotes < 1) {
    // No unambiguous function word ("en" is Dutch, French and Spanish): as little known as with
    // none at all, so every lexicon of the script reads it, the likeliest first.
    const candidates = [...ranked];
    for (const l of family) if (!candidates.includes(l)) candidates.push(l);
    return { lang: top, script: best, candidates };
  }
  const candidates = [top];
  const second = ranked.length > 1 ? votes[LANG_ID.get(ranked[1]!)!]! : 0;
  const sure = topVotes >= 1.5 && second <= topVotes / 2;
  for (let k = 1; k < 3 && k < ranked.length; k++) {
    // With little evidence (one or two function words) a runner-up at half the votes is as likely.
    const floor = Math.max(topVotes / 3, Math.min(1, topVotes / 2));
    if (votes[LANG_ID.get(ranked[k]!)!]! >= floor) candidates.push(ranked[k]!);
  }
  if (!latin && latinLetters >= 8) candidates.push('en');
  else if (latin && !candidates.includes('en')) candidates.push('en');
  return { lang: top, script: best, candidates, sure };
}

/** Each script's languages as indices into `votes`, in the family's order. */
const FAMILY_IDS = Object.fromEntries(
  Object.entries(LANGS_BY_SCRIPT).map(([script, langs]) => [script, langs.map((l) => LANG_ID.get(l)!)]),
) as Record<'latin' | 'cyrillic' | 'arabic', number[]>;

/** FAMILY_MASK[script][language index] is 1 when the language is written in that script. */
const FAMILY_MASK = Object.fromEntries(
  Object.entries(LANGS_BY_SCRIPT).map(([script, langs]) => {
    const mask = new Uint8Array(ALL_LANGS.length);
    for (const l of langs) mask[LANG_ID.get(l)!] = 1;
    return [script, mask];
  }),
) as Record<'latin' | 'cyrillic' | 'arabic', Uint8Array>;

/** Languages that may read a Latin-script post: the Latin family, then the transliterated ones. */
const LATIN_READERS = [...LANGS_BY_SCRIPT.latin, ...TRANSLITERATED];
const LATIN_READER_IDS = LATIN_READERS.map((l) => LANG_ID.get(l)!);
const LATIN_READERS_MASK = new Uint8Array(ALL_LANGS.length);
for (const id of LATIN_READER_IDS) LATIN_READERS_MASK[id] = 1;
