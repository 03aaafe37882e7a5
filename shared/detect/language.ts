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

function scriptOf(c: number): Script | undefined {
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
};

const HINTS_BY_CODE = new Map<number, [string, number][]>();
/** HINTED[code] is 1 for letters with a hint: a cheap test before the map lookup. */
const HINTED = new Uint8Array(0x700);
for (const [letter, hint] of Object.entries(LETTER_HINTS)) {
  for (const c of [letter.charCodeAt(0), letter.toUpperCase().charCodeAt(0)]) {
    HINTS_BY_CODE.set(c, hint);
    if (c < HINTED.length) HINTED[c] = 1;
  }
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
  ['ssimo', ['it', 1.5]],
  ['ssima', ['it', 1.5]],
  ['ísimo', ['es', 1.5]],
  ['ísima', ['es', 1.5]],
  ['lar', ['tr', 0.7]],
  ['ler', ['tr', 0.7]],
  ['dır', ['tr', 1.5]],
]);
const SUFFIX_LENGTHS = [2, 3, 4, 5, 6];

export interface StopwordIndex {
  get(word: string): string[] | undefined;
}

export function identifyLanguage(
  text: string,
  tokens: readonly Token[],
  stopwords: StopwordIndex,
  hint?: string,
): LanguageGuess {
  const counts: Partial<Record<Script, number>> = {};
  const hints: Record<string, number> = {};
  let best: Script | undefined;
  let bestCount = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xa1 && c < HINTED.length && HINTED[c] === 1) {
      const h = HINTS_BY_CODE.get(c);
      if (h) for (const [lang, w] of h) hints[lang] = (hints[lang] ?? 0) + w;
    }
    const s = scriptOf(c);
    if (s === undefined) continue;
    counts[s] = (counts[s] ?? 0) + 1;
  }
  // Kana decides Japanese even when Han characters outnumber it.
  if ((counts.kana ?? 0) > 0 && (counts.kana ?? 0) + (counts.han ?? 0) >= (counts.latin ?? 0) / 4) {
    best = 'kana';
  } else {
    for (const [s, n] of Object.entries(counts) as [Script, number][]) {
      // A few foreign words should not outvote the main script: Latin letters count a third.
      const weight = s === 'latin' ? n / 3 : s === 'han' || s === 'hangul' ? n * 2 : n;
      if (weight > bestCount) {
        best = s;
        bestCount = weight;
      }
    }
  }
  if (best === undefined || best === 'other') return { lang: 'und', script: best, candidates: [] };

  const fixed = SCRIPT_LANG[best];
  const mixedLatin = best !== 'latin' && (counts.latin ?? 0) >= 8 ? ['en'] : [];
  if (fixed) return { lang: fixed, script: best, candidates: [fixed, ...mixedLatin] };

  const family = LANGS_BY_SCRIPT[best as 'latin' | 'cyrillic' | 'arabic'];
  const votes: Record<string, number> = {};
  for (const l of family) votes[l] = hints[l] ?? 0;
  for (const t of tokens) {
    if (t.type !== 'word') continue;
    const langs = stopwords.get(t.norm);
    if (langs) for (const l of langs) if (l in votes) votes[l] = (votes[l] ?? 0) + 1 / langs.length;
    if (best === 'latin' && t.raw.length > 3) {
      const raw = t.raw.toLowerCase();
      for (const k of SUFFIX_LENGTHS) {
        const hint = raw.length > k ? SUFFIX_HINTS.get(raw.slice(-k)) : undefined;
        if (hint) votes[hint[0]] = (votes[hint[0]] ?? 0) + hint[1] / 2;
      }
      if ((t.norm[1] === "'" || t.norm[2] === "'") && /^(?:l|d|j|qu|n|c|s|m)'/.test(t.norm)) {
        votes.fr = (votes.fr ?? 0) + 0.6;
      }
    }
  }
  if (hint && hint in votes) votes[hint] = (votes[hint] ?? 0) + 1.5;
  const ranked = family.filter((l) => (votes[l] ?? 0) > 0).sort((a, b) => (votes[b] ?? 0) - (votes[a] ?? 0));
  const top = ranked[0];
  if (top === undefined) {
    // Cyrillic and Arabic script without a telltale letter: the most common language is the best guess.
    if (best !== 'latin') return { lang: family[0]!, script: best, candidates: family };
    // No function word at all: read with every lexicon of the script, English first.
    return { lang: 'und', script: best, candidates: family };
  }
  // Close runners-up read the post too: short posts and mixed-language posts are common.
  const candidates = [
    top,
    ...ranked.slice(1, 3).filter((l) => (votes[l] ?? 0) >= Math.max(1, (votes[top] ?? 0) / 3)),
  ];
  if (best !== 'latin' && (counts.latin ?? 0) >= 8) candidates.push('en');
  else if (best === 'latin' && !candidates.includes('en')) candidates.push('en');
  return { lang: top, script: best, candidates };
}
