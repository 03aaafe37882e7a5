/**
 * Is the post about the company? Where the brand stands in a post, from the brand context
 * (`brand.name`, handles, keywords):
 * - addressed: its @handle, a greeting or thanks before its name ("hey Acme", "thanks Acme"), its
 *   name opening the post as a vocative ("Acme, why…") or closing a clause ("…, Acme!");
 * - mentioned: its name, a keyword, a #tag or a link naming it, in passing;
 * - absent: none of these (a post found by a wider search, or feelings about something else).
 * With no brand context (an empty name, no handles, no keywords) nothing is known and every
 * signal is off, so such posts are read as before.
 */
import type { BrandContext } from '../domain/detection.ts';
import { fold, type Token, tokenize } from './text.ts';

export type BrandPlace = 'unknown' | 'addressed' | 'mentioned' | 'absent';

interface CompiledBrand {
  /** Every folded word of the brand's names, keywords and handles. */
  words: Set<string>;
  /** Handles and squashed names ("skyleafair"), folded. */
  handles: Set<string>;
  /** Each name or keyword as its folded words. */
  names: string[][];
  /** Squashed names of at least four letters, looked for inside #tags and links. */
  squashed: string[];
}

/** Words that make the name after them a vocative, in the detector's languages (folded at load). */
const GREETINGS = new Set(
  `hey, hi, hello, dear, yo, hiya, thanks, thank, thx, ty, cheers, hallo, liebe, lieber, danke, hola, estimado,
  estimada, estimados, querido, querida, gracias, bonjour, salut, coucou, cher, chere, merci, ciao, caro, cara,
  gentile, grazie, ola, oi, prezado, prezada, obrigado, obrigada, valeu, beste, hoi, dank, bedankt, привет,
  здравствуйте, уважаемый, уважаемая, уважаемые, спасибо, дорогой, дорогие, привіт, вітаю, шановний, шановні,
  дякую, γεια, αγαπητη, αγαπητε, ευχαριστω, merhaba, sayin, selam, tesekkurler, سلام, مرحبا, عزيزي, شكرا, يا,
  درود, ممنون, مرسی, שלום, היי, תודה, נמסטה, नमस्ते, हैलो, धन्यवाद, शुक्रिया, gamarjoba, გამარჯობა, მადლობა,
  privet, spasibo, shukran, marhaba, merci, mersi, salam, geia, efharisto, efxaristo`
    .split(/[,\s]+/)
    .filter((w) => w !== '')
    .map(fold),
);

/** "You" addressing a company, in the detector's languages and common transliterations, as written. */
const YOU_SPELLINGS =
  `you, your, yours, u, ur, y'all, yall, ihr, euch, euer, eure, euren, eurem, du, dich, dir, dein, deine, vous, votre,
  vos, tu, ton, ta, tes, toi, ustedes, vosotros, vuestro, vuestra, usted, vos, voi, vostro, vostra, vostri, vostre,
  vocês, voces, vcs, vc, jullie, jij, je, uw, вы, вас, вам, ваш, ваша, ваше, ваши, ты, тебя, твой, vy, vas, vam, vash,
  vashe, vashi, ви, вашої, твій, ти, εσείς, σας, sas, eseis, siz, sizin, size, sizde, sizi, انتم, عندكم, لديكم, منكم,
  شما, shoma, אתם, לכם, שלכם, אתכם, आप, आपके, आपका, आपकी, aap, aapke, aapka, aapki, tum, tumhara, 你们, 您, 你們,
  თქვენ, 당신, 귀사, anata`
    .split(/[,\s]+/)
    .filter((w) => w !== '');
/** The you-words, folded. */
const SECOND_PERSON = new Set(YOU_SPELLINGS.map(fold));
/** Folded you-words whose listed spelling carries an accent ("vocês", "εσείς"): any accent may be typed or left out. */
const ACCENTED = new Set(YOU_SPELLINGS.filter((w) => fold(w) !== w.toLowerCase()).map(fold));
// Combining accents once decomposed, but not the dot of Turkish "İ" (U+0307), which folding drops as case.
const ACCENT = /[\u0300-\u0306\u0308-\u036f]/;

/**
 * A word is a "you" when it folds to one and carries no accent its listed spelling lacks: folding
 * makes Portuguese "tá" (is) the French "ta" (your), and a Portuguese post does not address anyone with it.
 */
const isYou = (t: Token): boolean =>
  SECOND_PERSON.has(t.norm) && (ACCENTED.has(t.norm) || !ACCENT.test(t.raw.normalize('NFD')));

const compiled = new WeakMap<BrandContext, CompiledBrand | null>();

const squash = (s: string): string => fold(s).replace(/[^\p{L}\p{N}]+/gu, '');

function compile(brand: BrandContext): CompiledBrand | null {
  const handles = new Set<string>();
  const names: string[][] = [];
  const squashed = new Set<string>();
  for (const h of brand.handles) {
    const f = squash(h);
    if (f !== '') handles.add(f);
  }
  for (const n of [brand.name, ...brand.keywords]) {
    if (typeof n !== 'string' || n.trim() === '') continue;
    const words = tokenize(n)
      .filter((t) => t.type === 'word')
      .map((t) => t.norm);
    if (words.length > 0 && !names.some((w) => w.join(' ') === words.join(' '))) names.push(words);
    const s = squash(n);
    if (s.length >= 4) squashed.add(s);
  }
  for (const s of squashed) handles.add(s);
  if (handles.size === 0 && names.length === 0) return null;
  const words = new Set<string>(handles);
  for (const n of names) for (const w of n) words.add(w);
  return { words, handles, names, squashed: [...squashed] };
}

function compiledBrand(brand: BrandContext): CompiledBrand | null {
  let c = compiled.get(brand);
  if (c === undefined) {
    c = compile(brand);
    compiled.set(brand, c);
  }
  return c;
}

/** Length of the brand name starting at token `i` (0 when none starts there). */
function nameAt(tokens: readonly Token[], i: number, names: readonly string[][]): number {
  let best = 0;
  for (const words of names) {
    if (words.length <= best) continue;
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) {
      const t = tokens[i + k];
      ok = t !== undefined && t.type === 'word' && (t.norm === words[k] || t.squeezed === words[k]);
    }
    if (ok) best = words.length;
  }
  return best;
}

const closes = (t: Token | undefined): boolean =>
  t === undefined || t.type === 'break' || t.type === 'punct' || t.type === 'emoji' || t.type === 'emoticon';

/** A hyphen joining a case ending or suffix to the name ("Norvel-ის", "Norvel-ben") closes nothing. */
const suffixed = (after: Token | undefined, next: Token | undefined): boolean =>
  after?.type === 'break' && after.norm === '-' && next?.type === 'word';

/**
 * Where the brand stands in a tokenised post. `crowd`: the post asks other people ("does anyone…",
 * "vous en pensez quoi…"), so a "you" in it speaks to them, not to the brand.
 */
export function brandPlace(
  tokens: readonly Token[],
  brand: BrandContext | undefined,
  crowd = false,
): BrandPlace {
  if (!brand) return 'unknown';
  const b = compiledBrand(brand);
  if (b === null) return 'unknown';
  let mentioned = false;
  let opening = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type === 'handle') {
      const h = squash(t.norm);
      if (b.handles.has(h)) return 'addressed';
      // "@chariko_share" for Chariko, "@acme" for Acme Mobile.
      if (b.squashed.some((n) => h.includes(n) || (h.length >= 4 && n.startsWith(h)))) return 'addressed';
      continue;
    }
    if (t.type === 'hashtag' || t.type === 'url') {
      const s = squash(t.type === 'url' ? t.raw : t.norm);
      if (b.squashed.some((n) => s.includes(n))) mentioned = true;
      continue;
    }
    if (t.type !== 'word') {
      if (t.type !== 'break' && t.type !== 'punct') opening = false;
      continue;
    }
    const n = b.names.length > 0 ? nameAt(tokens, i, b.names) : 0;
    if (n === 0) {
      opening = false;
      continue;
    }
    const before = tokens[i - 1];
    const after = tokens[i + n];
    const joined = suffixed(after, tokens[i + n + 1]);
    // "Acme, …" opening the post; "hey Acme", "thanks Acme"; "…, Acme!" closing a clause.
    if (opening && !joined && after !== undefined && (after.type === 'break' || after.type === 'punct'))
      return 'addressed';
    if (before?.type === 'word' && GREETINGS.has(before.norm)) return 'addressed';
    if (before?.type === 'break' && !joined && closes(after)) return 'addressed';
    mentioned = true;
    opening = false;
    i += n - 1;
  }
  // A post that names the brand and speaks to "you" speaks to the brand ("do you ship to Oslo, Acme?").
  if (mentioned && !crowd) for (const t of tokens) if (t.type === 'word' && isYou(t)) return 'addressed';
  return mentioned ? 'mentioned' : 'absent';
}

const NO_WORDS: ReadonlySet<string> = new Set();

/** The brand's own words (names, keywords, handles), folded: they say nothing about a post's type. */
export function brandWords(brand: BrandContext | undefined): ReadonlySet<string> {
  return (brand && compiledBrand(brand)?.words) ?? NO_WORDS;
}

/** Sector words that name no brand on their own ("Nord Bank" is not mentioned by "bank"). */
const GENERIC = new Set(
  `bank, banka, банк, air, airlines, airways, mobile, telecom, energy, power, hotel, hotels, gym, fitness, motors,
  cars, auto, cafe, coffee, kitchen, bar, shop, store, stores, market, markets, group, insurance, foods, food,
  pharmacy, clinic, online, app, apps, studio, home, express, delivery, travel, games, tech, labs, digital, media,
  rail, bahn, bus, taxi, cab, games, beauty, fashion, books, sports, pizza, burger, the, and, der, die, das, les, la,
  le, el, los, las, il, de, van, het`
    .split(/[,\s]+/)
    .filter((w) => w !== '')
    .map(fold),
);

/**
 * The brand context of a training post, from the brand name its corpus line gives: its squashed
 * name as a handle and, as keywords, each distinctive word of a longer name (people write
 * "Kunterbunt" for "Spielwaren Kunterbunt").
 */
export function brandOfName(name: string): BrandContext {
  const handle = squash(name);
  const parts = name.split(/[\s&+/,.-]+/).filter((w) => w.length >= 4 && !GENERIC.has(fold(w)));
  return {
    name,
    handles: handle === '' ? [] : [handle],
    keywords: parts.length > 1 || (parts.length === 1 && parts[0] !== name) ? parts : [],
  };
}
