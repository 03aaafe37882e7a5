/**
 * Reads a tokenised post with the lexicons of its likely languages and collects evidence: each
 * hit is a cue for one label with a weight, after negation, intensifiers, "but" and sentence
 * position have been applied. Deciding between labels is left to `decide.ts`.
 */
import type { CueKind, Label } from '../domain/detection.ts';
import { stopwordLanguageIds } from './language.ts';
import {
  type CompiledLexicon,
  type Entry,
  mayBePair,
  mayHaveStemmedSecond,
  STRONG,
  type TrieNode,
  wordHash,
} from './lexicon/compile.ts';
import { LEXICON_SLOT, type StemNode, WORD_INDEX, type WordInfo } from './lexicon/index.ts';
import type { Morphology } from './lexicon/types.ts';
import { emojiCue, emoticonCue, HASHTAG_CUES } from './lexicon/universal.ts';
import { hasCjk, type Token } from './text.ts';
import { correctTypo } from './typos.ts';
import { isLexical, isSyllable, walkStems } from './vocab.ts';

/** Breaks that end a clause but not its sentence. */
const CLAUSE_BREAKS = ',،、:«»"“”„-';

export interface Hit {
  label: Label;
  kind: CueKind;
  text: string;
  weight: number;
  /** Position (token index, or character index inside a run of CJK text) for negation scope. */
  pos: number;
  polar?: boolean;
  negated?: boolean;
  sentence: number;
  /** A sarcasm marker's praise word ("oh great", "ne güzel"): its weight when the post is sincere. */
  praise?: number;
  /**
   * Its entry holds a negation of its own ("안 늦었어요", "再也不慌"), or is a complaint phrase
   * ("떴는데 왜"): a negation after it is part of it, and flips nothing.
   */
  own?: boolean;
  /** "too" before a neutral word ("too short", "太忙"): a complaint only about what is judged. */
  excess?: boolean;
  /** Read after "if" in its clause ("if my parcel is damaged"): a harm supposed, not told. */
  supposed?: boolean;
}

export interface Evidence {
  hits: Hit[];
  /** Interrogatives that may be rhetorical ("why…?"); they count for complaint when the post complains. */
  rhetorical: Hit[];
  /** Questions to other people ("does anyone know"); their question cues are also in `hits`. */
  askOthers: Hit[];
  /** "Is it just me or…": a question that states an opinion. */
  observation: boolean;
  sarcasm: Hit[];
  looseNegations: Hit[];
  questionMark: boolean;
  exclamations: number;
  personal: number;
  /** Sentences with a first- or second-person word, as bits (sentences past 31 share the last bit). */
  personalSentences: number;
  urls: number;
  leadingHandles: number;
  handles: string[];
  retweet: boolean;
  words: number;
  shouting: number;
  /** Short spans in quotation marks: a company's own words quoted back ("sorry we missed you") often mock. */
  quoted: number;
  /** Most of the post is a quotation of more than a phrase (a saying, someone else's words), not a reply. */
  quotation: boolean;
  /** Words for what companies are judged on ("order", "staff", "refund"): the post is about a service. */
  service: number;
  /**
   * A strong complaint phrase after praise in its sentence ("thanks @X for losing my suitcase"):
   * the thanks name a harm, and the praise beside it is irony.
   */
  harmThanked: boolean;
}

const BASE: Partial<Record<string, number>> = {
  praise: 1,
  complaint: 1,
  question: 1,
  questionStart: 1,
  suggestion: 1.3,
  // A request opening its sentence outweighs one complaint word of its own size, which a tie would
  // hand to the complaint ("Zeigt die Wartezeit schon in der App an" asks for a change).
  suggestionStart: 1.05,
  none: 1,
};
const UNASKED = 0.35;
/** A proposal word in a question ("any plans to…?") is enough to read the question as a proposal. */
const PROPOSAL = 1.3;
const LOOSE_NEGATION = 0.45;
/**
 * A verb negated by its own suffix ("gelmedi", "ulaşamadım") says more than a loose "not": the
 * negation is certainly about that verb.
 */
const NEGATED_VERB = 0.65;
/** A problem negated ("no problems", "nicht kaputt") says the thing is good, a little less than praise does. */
const NEGATED_PROBLEM = 0.7;
const EXCESS = 0.8;
/**
 * After "zu" and "te", words that make them "to": a German noun ("Hause", "Fuß") or an infinitive
 * ("machen", "ändern", "sammeln"; "bestellen"), but not the few adjectives with those endings
 * ("zu selten", "te open").
 */
const ALSO_TO: Partial<Record<string, RegExp>> = {
  de: /^(?:\p{Lu}\p{Ll}|(?!(?:selten|trocken|offen|eben|verschieden)$)\p{Ll}+(?:en|ern|eln)$)/u,
  nl: /^(?!(?:open|gesloten|verboden|gebroken|verlopen|verschillend)$)\p{Ll}+en$/u,
};
const NEGATION_SCOPE = 3;
/**
 * Korean "안", "못" negate the verb right after them ("안 만들었대요 30분 기다림": the wait is
 * not negated); "전혀", "절대" stand before that verb too.
 */
const KOREAN_NEGATION_SCOPE = 1;
/** Function words and intensifiers that a negation's scope reads past (see `passNegation`). */
const MAX_PASSED = 3;

interface Match {
  entry: Entry;
  /** Tokens consumed (a phrase's words and any hyphens between them). */
  length: number;
  /** A word's second role beside an entry that counts only at the start of a sentence ("didn't"). */
  also: Entry | undefined;
}

const wordMatches = (t: Token, word: string, prefix: boolean): boolean =>
  t.type === 'word' &&
  (prefix
    ? t.norm.startsWith(word) || (t.squeezed?.startsWith(word) ?? false)
    : t.norm === word || t.squeezed === word || t.stem === word || t.ending === word);

/** A single-word match on a stem of one Hangul syllable ("좋*", "늦*"). */
const syllableStem = (m: Match): boolean =>
  m.length === 1 &&
  m.entry.words.length === 1 &&
  m.entry.prefix[0] === true &&
  m.entry.words[0]!.length === 1;

/** A hyphen between two words ("pouvez-vous", "rip-off"): a phrase reads through it. */
const isHyphen = (t: Token | undefined): boolean => t !== undefined && t.type === 'break' && t.norm === '-';

/**
 * A list of phrases indexed by its second word: a post's next word picks the few phrases that can
 * go on with it, instead of trying every phrase a common first word ("i", "not") opens.
 */
interface SecondWords {
  /** The list's length when this was built: a list that grew is read again. */
  length: number;
  /** Positions in the list of the phrases whose second word is this exact word, in list order. */
  byWord: Map<string, number[]>;
  /** Positions of the phrases whose second word is a stem, which `byWord` cannot answer for. */
  stemmed: number[];
  /**
   * Every phrase's words in list order, the phrase at position e from `starts[e]` to
   * `starts[e + 1]`, and whether each matches as a prefix: the phrases a post's words are tried
   * against are read from these few arrays, and an entry itself only once it matches.
   */
  words: string[];
  prefix: Uint8Array;
  starts: Int32Array;
}
const SECOND_WORDS = new WeakMap<readonly Entry[], SecondWords>();

function secondWords(entries: readonly Entry[]): SecondWords {
  let s = SECOND_WORDS.get(entries);
  if (s === undefined || s.length !== entries.length) {
    s = { length: entries.length, byWord: new Map(), stemmed: [], ...flatWords(entries) };
    for (let e = 0; e < entries.length; e++) {
      const entry = entries[e]!;
      if (entry.prefix[1]) s.stemmed.push(e);
      else {
        const word = entry.words[1]!;
        const at = s.byWord.get(word);
        if (at === undefined) s.byWord.set(word, [e]);
        else at.push(e);
      }
    }
    SECOND_WORDS.set(entries, s);
  }
  return s;
}

function flatWords(entries: readonly Entry[]): Pick<SecondWords, 'words' | 'prefix' | 'starts'> {
  const words: string[] = [];
  const starts = new Int32Array(entries.length + 1);
  for (let e = 0; e < entries.length; e++) {
    words.push(...entries[e]!.words);
    starts[e + 1] = words.length;
  }
  const prefix = new Uint8Array(words.length);
  for (let e = 0; e < entries.length; e++) {
    const flags = entries[e]!.prefix;
    for (let k = 0; k < flags.length; k++) if (flags[k]) prefix[starts[e]! + k] = 1;
  }
  return { words, prefix, starts };
}

/** The best phrase so far while a list is read: its position in the list (-1: found before it). */
let bestAt = -1;

/**
 * Tries the phrases at `positions` of `entries` from token `i`; the longest wins, and of equally
 * long ones the first in the list, as reading the whole list in order would choose.
 */
function tryPhrases(
  tokens: readonly Token[],
  i: number,
  entries: readonly Entry[],
  s: SecondWords,
  positions: readonly number[] | undefined,
  best: Match | undefined,
): Match | undefined {
  if (positions === undefined) return best;
  for (let p = 0; p < positions.length; p++) {
    const e = positions[p]!;
    const from = s.starts[e]!;
    const n = s.starts[e + 1]! - from;
    if (best) {
      const m = best.entry.words.length;
      if (n < m || (n === m && (bestAt < 0 || e >= bestAt))) continue;
    }
    let ok = true;
    // The first word matches already: the entries were found through it.
    let j = i + 1;
    for (let k = 1; k < n; k++, j++) {
      // Phrases read through elongation and hyphens but not across sentence breaks.
      if (isHyphen(tokens[j]) && tokens[j + 1]?.type === 'word') j++;
      const t = tokens[j];
      if (!t || !wordMatches(t, s.words[from + k]!, s.prefix[from + k] === 1)) {
        ok = false;
        break;
      }
    }
    if (ok) {
      best = { entry: entries[e]!, length: j - i, also: undefined };
      bestAt = e;
    }
  }
  return best;
}

/** The hashes of the forms of the word asked about last in `mayFollow` (0 for a form it lacks). */
let hashed: Token | undefined;
let normHash = 0;
let squeezedHash = 0;
let stemHash = 0;
let endingHash = 0;

/**
 * Whether a phrase opened by `first` may go on with `next` in one of the forms `wordMatches` reads
 * (false: surely not). The word after a post's word is asked about for every list that word opens,
 * so its hashes are kept for the last word asked about.
 */
function mayFollow(first: string, next: Token): boolean {
  const h = wordHash(first);
  if (mayHaveStemmedSecond(h)) return true;
  if (next !== hashed) {
    hashed = next;
    normHash = wordHash(next.norm);
    squeezedHash = next.squeezed === undefined ? 0 : wordHash(next.squeezed);
    stemHash = next.stem === undefined ? 0 : wordHash(next.stem);
    endingHash = next.ending === undefined ? 0 : wordHash(next.ending);
  }
  return (
    mayBePair(h, normHash) ||
    (next.squeezed !== undefined && mayBePair(h, squeezedHash)) ||
    (next.stem !== undefined && mayBePair(h, stemHash)) ||
    (next.ending !== undefined && mayBePair(h, endingHash))
  );
}

/**
 * The longest phrase of `entries` at token `i`, or `best` when none is longer. `first` is the word
 * or stem that opens every phrase of the list, when the caller knows it: the list is then read only
 * if the next word may go on with it.
 */
function phraseAt(
  tokens: readonly Token[],
  i: number,
  entries: Entry[] | undefined,
  best: Match | undefined,
  first: string | undefined,
) {
  // Every phrase has a second word: nothing to do before punctuation or at the end.
  if (!entries) return best;
  const second = isHyphen(tokens[i + 1]) ? i + 2 : i + 1;
  const next = tokens[second];
  if (next?.type !== 'word') return best;
  if (first !== undefined && !mayFollow(first, next)) return best;
  // The forms a second word is matched by (see `wordMatches`), each looked up once.
  const s = secondWords(entries);
  bestAt = -1;
  best = tryPhrases(tokens, i, entries, s, s.byWord.get(next.norm), best);
  const { squeezed, stem, ending } = next;
  if (squeezed !== undefined && squeezed !== next.norm)
    best = tryPhrases(tokens, i, entries, s, s.byWord.get(squeezed), best);
  if (stem !== undefined && stem !== next.norm && stem !== squeezed)
    best = tryPhrases(tokens, i, entries, s, s.byWord.get(stem), best);
  if (ending !== undefined && ending !== next.norm && ending !== squeezed && ending !== stem)
    best = tryPhrases(tokens, i, entries, s, s.byWord.get(ending), best);
  if (s.stemmed.length > 0) best = tryPhrases(tokens, i, entries, s, s.stemmed, best);
  return best;
}

const ARABIC_CLITICS = ['وال', 'بال', 'فال', 'کال', 'لل', 'ال', 'و', 'ف', 'ب', 'ل'];

/**
 * The reading of a word (its exact entry, with its second role), else the longest stem (2+
 * letters, or a Hangul syllable) that begins it.
 */
function lookupWord(lex: CompiledLexicon, word: string): Match | undefined {
  const exact = lex.exact.get(word);
  if (exact) return { entry: exact[0]!, length: 1, also: lex.also.get(word) };
  let found: Entry | undefined;
  let node: TrieNode | undefined = lex.stems;
  for (let k = 0; k < word.length; k++) {
    node = node.next.get(word.charCodeAt(k));
    if (node === undefined) break;
    if ((k >= 1 || isSyllable(word.charCodeAt(0))) && node.entry !== undefined) found = node.entry;
  }
  return found === undefined ? undefined : { entry: found, length: 1, also: undefined };
}

function matchAt(tokens: readonly Token[], i: number, lex: CompiledLexicon): Match | undefined {
  const t = tokens[i]!;
  let best: Match | undefined;
  best = phraseAt(tokens, i, lex.phrases.get(t.norm), best, t.norm);
  if (t.squeezed) best = phraseAt(tokens, i, lex.phrases.get(t.squeezed), best, t.squeezed);
  let node: TrieNode | undefined = lex.stems;
  for (let k = 0; k < t.norm.length; k++) {
    node = node.next.get(t.norm.charCodeAt(k));
    if (node === undefined) break;
    if ((k >= 1 || isSyllable(t.norm.charCodeAt(0))) && node.phrases !== undefined)
      best = phraseAt(tokens, i, node.phrases, best, undefined);
  }
  const c0 = t.norm.charCodeAt(0);
  if (!best && (c0 === 0x648 || c0 === 0x641) && t.norm.length > 2) {
    // "ومحد رد", "وحل المشكلة": "and" and "so" written on the first word of a phrase.
    const rest = t.norm.slice(1);
    best = phraseAt(tokens, i, lex.phrases.get(rest), best, rest);
  }
  if (best) return best;
  let word = lookupWord(lex, t.norm);
  if (!word && t.squeezed) word = lookupWord(lex, t.squeezed);
  if (!word) {
    const c = t.norm.charCodeAt(0);
    if (c >= 0x600 && c <= 0x6ff) {
      for (const clitic of ARABIC_CLITICS) {
        if (t.norm.length > clitic.length + 1 && t.norm.startsWith(clitic)) {
          word = lookupWord(lex, t.norm.slice(clitic.length));
          if (word) break;
        }
      }
    }
  }
  return word;
}

/** Stems that begin a word the vocabulary does not know, and an elongated word's short form. */
const path: StemNode[] = [];
const squeezedPath: StemNode[] = [];
const elidedPath: StemNode[] = [];
const markerPath: StemNode[] = [];
const stemPath: StemNode[] = [];

/** Elided articles, prepositions and pronouns of French and Italian ("l'", "d'", "qu'", "dell'", "un'"). */
const ELISIONS: ReadonlySet<string> = new Set([
  'l',
  'd',
  'j',
  'n',
  's',
  'c',
  'm',
  't',
  'qu',
  'jusqu',
  'lorsqu',
  'puisqu',
  'un',
  'dell',
  'dall',
  'all',
  'nell',
  'sull',
  'coll',
  'quest',
  'quell',
  'bell',
  'sant',
]);

/** The word after an elided article or pronoun ("d'arnaque" → "arnaque", "un'ottima" → "ottima"). */
function afterElision(norm: string): string | undefined {
  const k = norm.indexOf("'");
  if (k < 1 || k > 6 || k >= norm.length - 2) return undefined;
  return ELISIONS.has(norm.slice(0, k)) ? norm.slice(k + 1) : undefined;
}

/** The longest stem entry of a lexicon among the walked nodes. */
function stemIn(stems: readonly StemNode[], slot: number): Entry | undefined {
  for (let k = stems.length - 1; k >= 0; k--) {
    const e = stems[k]!.stem?.[slot];
    if (e !== undefined) return e;
  }
  return undefined;
}

/**
 * `matchAt` for one lexicon, from the combined index: phrases first (exact first word, elongated
 * form, then stems shortest first; longer wins), else the word itself or its longest stem.
 */
function matchIndexed(
  tokens: readonly Token[],
  i: number,
  lex: CompiledLexicon,
  slot: number,
  info: WordInfo | undefined,
  word: string | undefined,
  stems: readonly StemNode[],
  squeezedInfo: WordInfo | undefined,
  squeezedStem: Entry | undefined,
): Match | undefined {
  let best: Match | undefined;
  best = phraseAt(tokens, i, info?.phrases[slot], best, word);
  best = phraseAt(tokens, i, squeezedInfo?.phrases[slot], best, tokens[i]!.squeezed);
  for (let k = 0; k < stems.length; k++) {
    const node = stems[k]!;
    const phrases = node.phrases?.[slot];
    if (phrases !== undefined) best = phraseAt(tokens, i, phrases, best, node.text);
  }
  if (best) return best;
  const exact = info?.exact[slot];
  if (exact) return { entry: exact, length: 1, also: info?.also[slot] };
  const entry = stemIn(stems, slot) ?? squeezedInfo?.exact[slot] ?? squeezedStem;
  if (entry) return { entry, length: 1, also: undefined };
  const c = tokens[i]!.norm.charCodeAt(0);
  // Arabic script: a word may carry a clitic ("و", "ال"…) before the word the lexicon knows.
  return c >= 0x600 && c <= 0x6ff ? matchAt(tokens, i, lex) : undefined;
}

/** Whether a praise or complaint stem is negated by what follows it in the word ("beğen|medim"). */
function negatedInWord(t: Token, entry: Entry, m: Morphology): boolean {
  if (!entry.prefix[0] || (entry.category !== 'praise' && entry.category !== 'complaint')) return false;
  const stem = entry.words[0]!;
  const word = t.norm.startsWith(stem) ? t.norm : (t.squeezed ?? '');
  return word.length > stem.length && m.negatingRest.test(word.slice(stem.length));
}

const prefixPath: StemNode[] = [];

/**
 * The praise or complaint entry (its own, else its longest stem) of what follows a negating prefix
 * in a word ("بی|سلیقه"), when that is three letters or more; else undefined.
 */
function negatedByPrefix(norm: string, m: Morphology, slot: number): Entry | undefined {
  const prefix = m.negatingPrefix?.exec(norm);
  if (!prefix || norm.length - prefix[0].length < 3) return undefined;
  const rest = norm.slice(prefix[0].length);
  let e = WORD_INDEX.get(rest)?.exact[slot];
  if (e === undefined) {
    prefixPath.length = 0;
    walkStems(rest, prefixPath);
    e = stemIn(prefixPath, slot);
  }
  return e?.category === 'praise' || e?.category === 'complaint' ? e : undefined;
}

class Scanner {
  readonly ev: Evidence = {
    hits: [],
    rhetorical: [],
    askOthers: [],
    observation: false,
    sarcasm: [],
    looseNegations: [],
    questionMark: false,
    exclamations: 0,
    personal: 0,
    personalSentences: 0,
    urls: 0,
    leadingHandles: 0,
    handles: [],
    retweet: false,
    words: 0,
    shouting: 0,
    quoted: 0,
    quotation: false,
    service: 0,
    harmThanked: false,
  };
  private negUntil = -1;
  /** Words of the negation's scope that did not use it up (see `passNegation`). */
  private negPassed = 0;
  private negText = '';
  private negPos = -1;
  /** The last word of an unbroken run of passed words just after the negator (see `passNegation`). */
  private negReach = -1;
  /** Negators that negated no praise or complaint word: "they did not bring the order". */
  private pendingNegation: Hit | undefined;
  /** Words read in the current clause, and in the post (a run of Chinese or Japanese counts two). */
  private clauseWords = 0;
  private postWords = 0;
  /**
   * A negator that opened the post as a clause of its own ("@acme no, it's under my wife's name",
   * "نه، …"): an answer when more words follow, a loose negation when it is the whole post.
   */
  private answer: Hit | undefined;
  /** A verb-final negator read as its clause's first word: kept until the clause ends. */
  private firstNegator: Hit | undefined;
  /** "too" waiting for its word: a neutral word after it makes "too X" a complaint cue. */
  private excess: Hit | undefined;
  private intensity = 1;
  private intensityUntil = -1;
  private afterContrast = false;
  /** Inside a clause opened by "if" (see `conditionals`). */
  private supposing = false;
  private sentence = 0;
  /** The sentence of the last praise cue read, -1 before any. */
  private praiseSentence = -1;
  /** The sentence whose strong harm made `harmThanked`, -1 before any. */
  private harmThankedSentence = -1;

  constructor(
    private readonly questionMark: boolean,
    /** Words a negator before them reaches (Korean "안", "못" negate the one verb after them). */
    private readonly negationScope = NEGATION_SCOPE,
    /**
     * "Too" that is also "to" (German "zu", Dutch "te"): before an infinitive ("zu machen", "te
     * bestellen") or a German noun ("zu Hause") it is not "too".
     */
    private readonly alsoTo: RegExp | undefined = undefined,
  ) {
    this.ev.questionMark = questionMark;
  }

  /**
   * Resolves a pending "too": the next content word decides, unless it is itself praise or
   * complaint. `word` is the word's text (in a run of Chinese, the character after "太").
   */
  afterWord(word: string, pos: number, entry: Entry | undefined, inRun = false): void {
    const excess = this.excess;
    if (!excess || pos === excess.pos) return;
    if (pos > excess.pos + 2) {
      this.excess = undefined;
      return;
    }
    const c = entry?.category;
    if (c === 'intensifiers' || c === 'excess') return;
    this.excess = undefined;
    if (c === 'praise' || c === 'complaint' || c === 'negators') return;
    if (this.alsoTo?.test(word)) return;
    excess.text = inRun ? excess.text + word : `${excess.text} ${word}`;
    this.ev.hits.push(excess);
  }

  /** "Too" written after its neutral word ("暗すぎ"): a complaint, as "too dark" is. */
  excessAfter(text: string, pos: number): void {
    const h = this.make('complaint', 'pattern', text, EXCESS, pos);
    h.excess = true;
    this.ev.hits.push(h);
  }

  /**
   * In a run of Chinese, the one or two characters no entry knows between a pending "太" and `pos`
   * (a particle, or the end of the run) are the word it qualifies ("太小了", "太复杂"): a neutral
   * word, so "too" makes it a complaint. Longer stretches ("太阳出来了") are not such a word.
   */
  closeRunWord(s: string, base: number, pos: number): void {
    const excess = this.excess;
    if (excess === undefined) return;
    const from = excess.pos + excess.text.length;
    if (from < base || pos <= from || pos > from + 2) return;
    this.afterWord(s.slice(from - base, pos - base), from, undefined, true);
  }

  /**
   * A function word or an intensifier inside a negation's scope does not use it up: "not really
   * all that good", "δεν είναι και τόσο βολικό", "no es que sea muy bueno" negate the praise four
   * or five words on. At most MAX_PASSED such words, so a negation still ends within a clause.
   */
  passNegation(pos: number, passes: boolean): void {
    if (passes && pos === this.negReach + 1) this.negReach = pos;
    if (pos > this.negUntil || pos === this.negPos || this.negPassed >= MAX_PASSED) return;
    if (!passes) {
      // Only the words between the negator and the first content word after it are passed.
      this.negPassed = MAX_PASSED;
      return;
    }
    this.negUntil++;
    this.negPassed++;
  }

  /**
   * A negation starting at `pos` whose reach counts from `end`, its last word (or character in a
   * run), `extra` words further: the one place a negation's scope is set.
   */
  private negate(text: string, pos: number, end: number, extra: number): void {
    this.negUntil = end + this.negationScope + extra;
    this.negPassed = 0;
    this.negText = text;
    this.negPos = end;
    this.negReach = end;
    this.pendingNegation ??= this.make('complaint', 'word', text, LOOSE_NEGATION, pos);
  }

  /** A negation that found nothing polar to flip still says something went wrong. */
  private settleNegation(): void {
    if (this.firstNegator) this.settleLoose(this.firstNegator);
    if (this.pendingNegation) this.settleLoose(this.pendingNegation);
    this.firstNegator = undefined;
    this.pendingNegation = undefined;
  }

  /** A lone negator that opened the post may answer (`finish` decides); any other is a complaint cue. */
  private settleLoose(loose: Hit): void {
    if (this.clauseWords === 1 && this.postWords === 1) this.answer = loose;
    else this.ev.looseNegations.push(loose);
  }

  /** A word of the post: after a lone negator, that negator answered something. */
  word(run: boolean): void {
    if (this.clauseWords === 0) this.answer = undefined;
    this.clauseWords += run ? 2 : 1;
    this.postWords += run ? 2 : 1;
  }

  /** The end of the post: a lone negator with nothing after it ("@acme no") is a loose negation. */
  finish(): void {
    this.endClause(true);
    if (this.answer) this.ev.looseNegations.push(this.answer);
    this.answer = undefined;
  }

  endClause(sentence: boolean): void {
    this.settleNegation();
    this.clauseWords = 0;
    this.excess = undefined;
    this.negUntil = -1;
    this.intensityUntil = -1;
    this.supposing = false;
    if (sentence) {
      this.afterContrast = false;
      this.sentence++;
    }
  }

  /** A first- or second-person word: the post speaks for someone or to someone. */
  personalWord(): void {
    this.ev.personal++;
    this.ev.personalSentences |= 1 << Math.min(this.sentence, 31);
  }

  /** `stressing`: an intensifier phrase with a negator of its own lexicon in it ("never had such"). */
  apply(
    entry: Entry,
    text: string,
    pos: number,
    start: boolean,
    emphasis: number,
    stressing = false,
    inRun = false,
    frame = false,
  ): void {
    const { category, strength } = entry;
    // In a run of Chinese or Japanese, an entry of three characters or more is a phrase ("就完美了").
    const kind: CueKind = entry.words.length > 1 || frame || (inRun && text.length >= 3) ? 'phrase' : 'word';
    switch (category) {
      case 'praise':
      case 'complaint': {
        let weight = strength * emphasis;
        if (pos <= this.intensityUntil) weight *= this.intensity;
        if (this.afterContrast) weight *= 1.3;
        // A complaint phrase carries its own negation ("memnun değilim", "no funciona"), as does an
        // entry holding a negator ("안 늦었어요", "再也不慌"): a negator before it ("hiç", "nunca",
        // "전혀") stresses it rather than flipping it.
        // Other complaint phrases hold for themselves too, except after a negator just before them
        // ("no dropped calls", "sem taxas escondidas"): one further away belongs to another clause
        // ("don't know why I was charged twice").
        const own =
          entry.ownNegation === true ||
          (category === 'complaint' &&
            entry.words.length > 1 &&
            !(entry.negatable === true && pos <= this.negUntil && pos === this.negReach + 1));
        const negated = pos <= this.negUntil && !own;
        // A negator just before an entry holding its own ("전혀 안 늦었어요") is part of it.
        if (entry.ownNegation === true && this.negPos === pos - 1 && pos <= this.negUntil) {
          this.negUntil = -1;
          this.pendingNegation = undefined;
        }
        if (negated) {
          const flipped: Label = category === 'praise' ? 'complaint' : 'praise';
          this.hit(
            flipped,
            'pattern',
            `${this.negText} … ${text}`,
            weight * (category === 'praise' ? 1 : NEGATED_PROBLEM),
            pos,
            true,
            true,
          );
          this.negUntil = -1;
          this.pendingNegation = undefined;
        } else {
          if (category === 'praise') {
            // Praise after the harm in its sentence tells the repair ("thanks, the payment was
            // stuck, you fixed it in an hour"): the thanks are meant.
            if (this.harmThankedSentence === this.sentence) this.ev.harmThanked = false;
            this.praiseSentence = this.sentence;
          } else if (kind === 'phrase' && strength >= STRONG && this.praiseSentence === this.sentence) {
            this.ev.harmThanked = true;
            this.harmThankedSentence = this.sentence;
          }
          this.hit(category, kind, text, weight, pos, true, false, own);
        }
        return;
      }
      case 'negators': {
        // A negator inside another's scope is the same negation ("não … nada", "no estuvo nada
        // mal", "non … niente"): the Romance languages repeat it, and it negates once.
        if (this.negPos !== pos - 1 && pos > this.negUntil) this.settleNegation();
        // In a run, positions count characters: a negator of several ("没有任何", "没想象中") reaches
        // from its last, and one character further, past the "那么" such a frame goes on with.
        const end = inRun ? pos + text.length - 1 : pos;
        this.negate(text, pos, end, end > pos ? 1 : 0);
        return;
      }
      case 'postNegators': {
        // A pre-negator of the same clause ("hiç", "اصلا") and this one are one negation.
        this.pendingNegation = undefined;
        for (let k = this.ev.hits.length - 1; k >= 0; k--) {
          const h = this.ev.hits[k]!;
          // In a run of Japanese, positions count characters: praise is negated from where its
          // word ends, however long ("おいしく|なかった"). A complaint piece is a frame that goes on
          // to its own negation ("まだ届|かない", "もうここでしか買わ|ない"): only a short one flips.
          const at = inRun && h.label === 'praise' ? h.pos + h.text.length - 1 : h.pos;
          if (at < pos - NEGATION_SCOPE || h.sentence !== this.sentence) break;
          if (!h.polar) continue;
          // "اصلاً بد نشده", "hiç kötü değil": a word its pre-negator already flipped is one negation.
          if (h.negated) return;
          // "흠잡을 곳 없어요" … the negation belongs to a frame that holds its own.
          if (h.own) return;
          const flipped: Label = h.label === 'praise' ? 'complaint' : 'praise';
          h.weight = h.label === 'praise' ? h.weight : h.weight * NEGATED_PROBLEM;
          h.label = flipped;
          h.kind = 'pattern';
          h.text = `${h.text} … ${text}`;
          h.negated = true;
          return;
        }
        // A phrase that opens with its negator ("არ იყო ცუდი", wasn't bad) with nothing polar
        // before it negates what follows, as the negator alone does.
        if (entry.words.length > 1) {
          this.negate(text, pos, pos + entry.words.length - 1, 0);
          return;
        }
        // Nothing polar to flip ("otopark yok", "پارکینگ نداره"): like "no parking", it says
        // something is missing; alone in its clause ("nahi, …"), it may answer (`settleNegation`).
        const loose = this.make('complaint', 'word', text, LOOSE_NEGATION, pos);
        if (this.clauseWords === 1) this.firstNegator = loose;
        else this.ev.looseNegations.push(loose);
        return;
      }
      case 'intensifiers':
        this.intensity = 1.5;
        // A phrase stresses the two words after its last.
        this.intensityUntil = pos + entry.words.length + 1;
        // A negation that stresses ("never had such … great service", "non sono mai stato così")
        // flips nothing, and a negator just before it ("non", "n'ai") is part of it.
        if (stressing) {
          this.pendingNegation = undefined;
          this.negUntil = -1;
        }
        return;
      case 'excess':
        this.intensity = 1.5;
        this.intensityUntil = pos + 2;
        this.excess = this.make('complaint', 'pattern', text, EXCESS, pos);
        this.excess.excess = true;
        return;
      case 'postExcess': {
        // "最高すぎ", "遅すぎ": the praise or complaint just before it is stressed, as after "too".
        const h = this.ev.hits[this.ev.hits.length - 1];
        if (h?.polar && !h.negated && h.sentence === this.sentence && h.pos + h.text.length === pos)
          h.weight *= 1.5;
        return;
      }
      case 'contrast':
        for (const h of this.ev.hits) if (h.sentence === this.sentence && h.polar) h.weight *= 0.7;
        this.afterContrast = true;
        return;
      case 'personal':
        this.personalWord();
        return;
      case 'sarcasm':
        this.ev.sarcasm.push(this.make('complaint', 'pattern', text, 1.2 * strength, pos));
        return;
      case 'rhetorical':
        if (start || this.questionMark)
          this.ev.rhetorical.push(this.make('question', 'word', text, strength, pos));
        return;
      case 'questionStart':
        if (!start) return;
        this.hit('question', 'word', text, strength * (this.questionMark ? 1 : UNASKED), pos);
        return;
      case 'crowd':
        // "Девочки, …?", "Kızlar, …?": readers called on at a sentence's start, in a post that asks.
        if (!start || !this.questionMark) return;
        this.ev.askOthers.push(this.make('none', 'phrase', text, strength, pos));
        this.hit('question', 'phrase', text, strength * 1.2, pos);
        return;
      case 'others':
        this.ev.askOthers.push(this.make('none', 'phrase', text, strength, pos));
        this.hit('question', 'phrase', text, strength * (this.questionMark ? 1.2 : UNASKED), pos);
        return;
      case 'question':
        this.hit('question', 'phrase', text, strength * (this.questionMark ? 1.2 : UNASKED), pos);
        return;
      case 'askingAbout':
        this.hit('question', 'phrase', text, strength * (this.questionMark ? 1.2 : UNASKED), pos);
        this.supposing = true;
        return;
      case 'observation':
        this.ev.observation = true;
        return;
      case 'indirect':
        this.hit('question', 'phrase', text, strength * (this.questionMark ? 1.2 : 1), pos);
        return;
      case 'proposal':
        if (!this.questionMark) return;
        this.hit('suggestion', 'phrase', text, strength * PROPOSAL, pos);
        return;
      case 'suggestionStart':
        if (!start) return;
        this.hit('suggestion', 'word', text, strength * (BASE.suggestionStart ?? 1), pos);
        return;
      case 'suggestion':
        this.hit('suggestion', kind, text, strength * (BASE.suggestion ?? 1), pos);
        return;
      case 'none':
        this.hit('none', kind, text, strength, pos);
        return;
      case 'service':
        this.ev.service++;
        return;
      case 'connectives':
        return;
      case 'conditionals':
        this.supposing = true;
        return;
    }
  }

  /** A praise or complaint stem negated by a suffix of its own word ("beğenmedim", "sorunsuz"). */
  negatedWord(entry: Entry, text: string, pos: number, emphasis: number): void {
    let weight = entry.strength * emphasis;
    if (pos <= this.intensityUntil) weight *= this.intensity;
    if (this.afterContrast) weight *= 1.3;
    const praise = entry.category === 'praise';
    this.hit(
      praise ? 'complaint' : 'praise',
      'pattern',
      text,
      weight * (praise ? 1 : NEGATED_PROBLEM),
      pos,
      true,
      true,
    );
    this.negUntil = -1;
    this.pendingNegation = undefined;
  }

  /**
   * A negated verb no entry covers ("gelmedi"): it negates praise just before it ("güzel
   * olmadı"), and a problem before a verb of existence ("sorun yaşamadım"); else, like a loose
   * negation, it says something did not happen ("kargo gelmedi").
   */
  negatedVerb(text: string, pos: number, existential: boolean): void {
    for (let k = this.ev.hits.length - 1; k >= 0; k--) {
      const h = this.ev.hits[k]!;
      if (h.pos < pos - NEGATION_SCOPE || h.sentence !== this.sentence) break;
      if (!h.polar || h.negated) continue;
      if (h.label === 'complaint' && !existential) break;
      // "hiç sorun yaşamadım" (no problem at all) is as clear as praise gets; other flips count half.
      h.weight = h.label === 'praise' || existential ? h.weight : h.weight * NEGATED_PROBLEM;
      h.label = h.label === 'praise' ? 'complaint' : 'praise';
      h.kind = 'pattern';
      h.text = `${h.text} … ${text}`;
      h.negated = true;
      return;
    }
    this.ev.looseNegations.push(this.make('complaint', 'word', text, NEGATED_VERB, pos));
  }

  private make(label: Label, kind: CueKind, text: string, weight: number, pos: number): Hit {
    return {
      label,
      kind,
      text,
      weight,
      pos,
      polar: false,
      negated: false,
      sentence: this.sentence,
      own: false,
    };
  }

  hit(
    label: Label,
    kind: CueKind,
    text: string,
    weight: number,
    pos: number,
    polar = false,
    negated = false,
    own = false,
  ): void {
    const h: Hit = { label, kind, text, weight, pos, polar, negated, sentence: this.sentence, own };
    if (this.supposing && label === 'complaint') h.supposed = true;
    this.ev.hits.push(h);
  }
}

const isQuestionMark = (s: string, lang: string): boolean =>
  // Regular expressions are written with \u escapes for characters outside ASCII (their readable form in
  // the comment above each): esbuild bundles a regular expression as written, and a single such
  // character makes Node decode the whole bundle into a two-byte string at every cold start.
  // /[?？؟¿]/
  /[?\uff1f\u061f\u00bf]/.test(s) || (lang === 'el' && s.includes(';'));

/** Kana that end an adjective's stem before "すぎ": 難し, 細か, 冷た, 明る, 少な. */
const STEM_KANA: ReadonlySet<number> = new Set([0x3057, 0x304b, 0x305f, 0x308b, 0x306a]);

// /\p{Script=Han}/ written with escapes, as above.
const isKanji = (c: number): boolean => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);

/**
 * The adjective stem no entry knows just before a Japanese "すぎ" at `i` ("暗すぎ", "辛すぎる",
 * "細かすぎ"): one kanji, alone in its word, with the kana that ends its stem, or 0 when there is none.
 */
function neutralStem(s: string, i: number, polarEnd: number, lex: CompiledLexicon): number {
  let k = i;
  if (k > 0 && STEM_KANA.has(s.charCodeAt(k - 1))) k--;
  if (k === 0 || polarEnd > k - 1) return 0;
  const c = s.charCodeAt(k - 1);
  // A kanji listed as `neutral` is no adjective: times ("3時過ぎ", "昼過ぎ"), verbs ("寝すぎ").
  if (!isKanji(c) || lex.pieceTrie.next.get(c)?.entry?.category === 'neutral') return 0;
  if (k > 1 && isKanji(s.charCodeAt(k - 2))) return 0;
  return i - k + 1;
}

/** Scans a CJK run (no spaces) for lexicon pieces, longest first. */
function scanRun(sc: Scanner, t: Token, lex: CompiledLexicon, base: number): void {
  const s = t.norm;
  let i = 0;
  // Where the last praise or complaint piece ended: "方便太多了" is "far handier", not "too many".
  let polarEnd = -1;
  while (i < s.length) {
    let found: Entry | undefined;
    let length = 0;
    let node: TrieNode | undefined = lex.pieceTrie;
    for (let j = i; j < s.length; j++) {
      node = node.next.get(s.charCodeAt(j));
      if (node === undefined) break;
      if (node.entry !== undefined) {
        found = node.entry;
        length = j - i + 1;
      }
    }
    if (found) {
      const text = s.slice(i, i + length);
      // A word with no cue ("太阳", sun: field `neutral`) hides the entries inside it.
      if (found.category === 'neutral' || (found.category === 'excess' && polarEnd === i)) {
        i += length;
        continue;
      }
      // A particle closes the characters no entry knows after "太" ("太小了"): field `particles`.
      if (found.category === 'particles') {
        sc.closeRunWord(s, base, base + i);
        i += length;
        continue;
      }
      // "すぎ" after an adjective no entry knows ("暗すぎ", "辛すぎる") is "too" before a neutral word.
      if (found.category === 'postExcess' && polarEnd !== i) {
        const stem = neutralStem(s, i, polarEnd, lex);
        if (stem > 0) sc.excessAfter(s.slice(i - stem, i + length), base + i - stem);
      }
      // An entry right after "太" decides it, as the word after "too" does ("太好了" is praise).
      sc.afterWord(text, base + i, found, true);
      sc.apply(found, text, base + i, i === 0 && t.start, 1, false, true);
      // A sarcasm marker's praise piece ("一生忘れない旅" holds "一生忘れない") counts when the post is
      // sincere, as a spaced marker's praise word does.
      if (found.category === 'sarcasm') {
        const marker = sc.ev.sarcasm[sc.ev.sarcasm.length - 1];
        if (marker !== undefined && marker.pos === base + i) marker.praise = praiseInPiece(text, lex);
      }
      i += length;
      if (found.category === 'praise' || found.category === 'complaint') polarEnd = i;
    } else i++;
  }
  sc.closeRunWord(s, base, base + s.length);
}

/** The strongest praise piece inside a sarcasm marker of a run ("真贴心" holds "贴心"), 0 when it has none. */
function praiseInPiece(piece: string, lex: CompiledLexicon): number {
  let w = 0;
  for (let i = 0; i < piece.length; i++) {
    let node: TrieNode | undefined = lex.pieceTrie;
    for (let j = i; j < piece.length; j++) {
      node = node.next.get(piece.charCodeAt(j));
      if (node === undefined) break;
      const e = node.entry;
      if (e?.category === 'praise' && j - i + 1 < piece.length && e.strength > w) w = e.strength;
    }
  }
  return w;
}

/**
 * The praise and complaint entries among a tag's words, each flipped by a negator before it in the
 * tag ("#NotHappy"), and "too" before a word that is neither ("#TooSalty"), as in a post's text.
 * Nothing else is read: a tag such as "#NoFilter" negates nothing, and says nothing went wrong.
 */
function readTagWords(
  sc: Scanner,
  sub: readonly Token[],
  lexicons: readonly CompiledLexicon[],
  raw: string,
  pos: number,
): void {
  let negated = false;
  let excess = false;
  for (let k = 0; k < sub.length; ) {
    let best: Match | undefined;
    for (const lex of lexicons) {
      const m = matchAt(sub, k, lex);
      if (m && (!best || m.length > best.length)) best = m;
    }
    const category = best?.entry.category;
    if (excess && category !== 'intensifiers' && category !== 'excess') {
      // "#TooGood" stays praise, "#NotTooBig" says nothing went wrong.
      if (category !== 'praise' && category !== 'complaint' && category !== 'negators' && !negated)
        sc.hit('complaint', 'pattern', raw, EXCESS, pos);
      excess = false;
    }
    if (!best) {
      k++;
      continue;
    }
    const { strength } = best.entry;
    if (category === 'negators' || best.also?.category === 'negators') negated = true;
    else if (category === 'excess') excess = true;
    else if (category === 'praise' || category === 'complaint') {
      const label: Label = negated ? (category === 'praise' ? 'complaint' : 'praise') : category;
      sc.hit(
        label,
        negated ? 'pattern' : 'word',
        raw,
        strength * (negated && category === 'complaint' ? 0.5 : 1),
        pos,
        true,
        negated,
      );
      negated = false;
    }
    k += best.length;
  }
}

/** An intensifier phrase with a negator of the same lexicon in it: "never had such", "noch nie so". */
/** The strongest praise word inside a sarcasm marker ("oh great", "bravo"), 0 when it has none. */
function praiseWithin(entry: Entry, slot: number): number {
  let w = 0;
  for (const word of entry.words) {
    // Each word read as a post's word is: its own entry, else its longest stem ("güzel*").
    let e = WORD_INDEX.get(word)?.exact[slot];
    // A marker that is itself the word ("ყოჩაღ", well done) is praise by the stem it begins with.
    if (e === undefined || e.category !== 'praise') {
      markerPath.length = 0;
      walkStems(word, markerPath);
      e = stemIn(markerPath, slot) ?? e;
    }
    if (e?.category === 'praise' && e.strength > w) w = e.strength;
  }
  return w;
}

function stressesNegation(entry: Entry, slot: number): boolean {
  if (entry.category !== 'intensifiers' || entry.words.length < 2) return false;
  for (const w of entry.words) if (WORD_INDEX.get(w)?.exact[slot]?.category === 'negators') return true;
  return false;
}

/**
 * The index of the word after a vocative that opens the post ("Acme, add…", "البراق، افتحوا…",
 * "نادي القوة، خلوا…", "«Acme», add…"): one to three words, quoted or not, and a comma. That
 * word opens a request or a question as the first word of a sentence does; -1 when the post opens
 * otherwise.
 */
function vocativeEnd(tokens: readonly Token[]): number {
  let words = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // A name in quotation marks («Зелёная корзина», …) is a vocative as a bare one is.
    if (t.type === 'handle' || (t.type === 'break' && QUOTES.has(t.norm))) continue;
    if (t.type === 'word') {
      if (++words > 3) return -1;
      continue;
    }
    if (t.type !== 'break' || (t.norm !== ',' && t.norm !== '،') || words === 0) return -1;
    return tokens[i + 1]?.type === 'word' ? i + 1 : -1;
  }
  return -1;
}

/** `sure`: the post's language is beyond doubt, so its function words are its own (see below). */
export function scan(
  tokens: readonly Token[],
  lexicons: readonly CompiledLexicon[],
  lang: string,
  sure = true,
): Evidence {
  // A post's tokens are read as they stand now, not as an earlier post's reading left them.
  hashed = undefined;
  let questionMark = false;
  for (let i = 0; i < tokens.length && !questionMark; i++) {
    const t = tokens[i]!;
    questionMark = t.type === 'punct' && isQuestionMark(t.norm, lang);
  }
  const sc = new Scanner(questionMark, lang === 'ko' ? KOREAN_NEGATION_SCOPE : NEGATION_SCOPE, ALSO_TO[lang]);
  const ev = sc.ev;
  const substring: CompiledLexicon[] = [];
  const spaced: CompiledLexicon[] = [];
  // Chinese and Japanese read runs of their script as pieces and Latin words (pinyin, romaji) as words.
  for (const lex of lexicons) {
    if (lex.substrings) substring.push(lex);
    spaced.push(lex);
  }
  const slots: number[] = [];
  let morphology: Morphology | undefined;
  let morphologySlot = -1;
  for (const lex of spaced) {
    if (morphology !== undefined || lex.morphology === undefined) continue;
    morphology = lex.morphology;
    morphologySlot = LEXICON_SLOT.get(lex.lang)!;
  }
  const squeezedStems: (Entry | undefined)[] = [];
  for (const lex of spaced) slots.push(LEXICON_SLOT.get(lex.lang)!);
  const leadSlot = sure && spaced[0]?.lang === lang;
  const leadId = stopwordLanguageIds([lang])[0]!;
  const spacedIds = stopwordLanguageIds(spaced.map((l) => l.lang));
  let pos = 0;
  let leading = true;
  let askedOnce = false;
  let openBrackets = 0;
  let afterVocative = vocativeEnd(tokens);
  for (let i = 0; i < tokens.length; i++, pos++) {
    const t = tokens[i]!;
    switch (t.type) {
      case 'url':
        ev.urls++;
        continue;
      case 'handle':
        ev.handles.push(t.norm);
        if (leading) ev.leadingHandles++;
        continue;
      case 'hashtag': {
        leading = false;
        const cue = HASHTAG_CUES[t.norm];
        if (cue) {
          sc.hit(cue[0], 'word', t.raw, cue[1], pos);
          continue;
        }
        // A tag is read like the words it is made of ("#SoRude"): as one entry, else by the
        // praise and complaint words in it ("#WorstServiceEver", "#NotHappy").
        const words = t.norm.split(' ');
        const sub = words.map((w) => ({ type: 'word', norm: w, raw: w, start: false }) as Token);
        let whole = false;
        for (const lex of spaced) {
          const m = sub.length > 0 ? matchAt(sub, 0, lex) : undefined;
          if (m && m.length === sub.length) {
            sc.apply(m.entry, t.raw, pos, false, 1);
            if (m.also !== undefined) sc.apply(m.also, t.raw, pos, false, 1);
            whole = true;
            break;
          }
        }
        if (!whole && sub.length > 1) readTagWords(sc, sub, spaced, t.raw, pos);
        continue;
      }
      case 'emoji': {
        leading = false;
        const cue = emojiCue(t.norm);
        if (cue) sc.hit(cue[0], 'emoji', t.raw, cue[1], pos);
        continue;
      }
      case 'emoticon': {
        leading = false;
        // "(really))" closes its brackets first: only what is left of the run smiles.
        if (t.norm.charCodeAt(0) === 41 && openBrackets > 0) {
          const left = t.norm.length - openBrackets;
          openBrackets = Math.max(0, openBrackets - t.norm.length);
          if (left < 2) continue;
        }
        const cue = emoticonCue(t.norm);
        if (cue) sc.hit(cue[0], 'emoji', t.raw, cue[1], pos);
        continue;
      }
      case 'punct': {
        if (isQuestionMark(t.norm, lang)) {
          if (!askedOnce) sc.hit('question', 'punctuation', t.raw, 1.2, pos);
          askedOnce = true;
        }
        if (t.norm.includes('!') || t.norm.includes('！')) ev.exclamations += t.norm.length;
        sc.endClause(true);
        continue;
      }
      case 'break':
        if (t.norm === '(') openBrackets++;
        else if (t.norm === ')' && openBrackets > 0) openBrackets--;
        // A comma, a colon or a quotation mark goes on with the sentence: quoted words are part of it.
        sc.endClause(!CLAUSE_BREAKS.includes(t.norm));
        continue;
      case 'word':
        break;
    }
    if (leading && i === 0 && t.norm === 'rt' && tokens[1]?.type === 'handle') ev.retweet = true;
    leading = false;
    ev.words++;
    if (t.caps) ev.shouting++;
    const run = substring.length > 0 && hasCjk(t.norm);
    sc.word(run);
    if (run) {
      for (const lex of substring) scanRun(sc, t, lex, pos);
      pos += t.norm.length;
      continue;
    }
    let best: Match | undefined;
    // The vocabulary record holds the word's lexicon entries and stem walk; other words walk the stems.
    const rec = t.rec;
    let info: WordInfo | undefined;
    let stems: readonly StemNode[];
    let lexical: boolean;
    if (rec !== undefined) {
      info = rec.info;
      stems = rec.stems;
      lexical = rec.lexical;
    } else {
      path.length = 0;
      walkStems(t.norm, path);
      stems = path;
      lexical = isLexical(undefined, path);
    }
    const squeezed = t.squeezed;
    let squeezedInfo: WordInfo | undefined;
    if (squeezed !== undefined) {
      squeezedInfo = WORD_INDEX.get(squeezed);
      squeezedPath.length = 0;
      walkStems(squeezed, squeezedPath);
      for (let k = 0; k < spaced.length; k++) squeezedStems[k] = stemIn(squeezedPath, slots[k]!);
    }
    const c0 = t.norm.charCodeAt(0);
    // Arabic script: a word may carry a clitic ("و", "ال"…) before the word the lexicon knows.
    let bestIn = -1;
    // A function word of the post's language is that language's word: Portuguese "no" (in the)
    // is not the English negator, nor "né" (isn't it) the Italian one. Another lexicon reads it
    // alone only when it is a function word there too, else inside a phrase of its own; when the
    // language is in doubt ("No volvemos." is Spanish), every lexicon reads it.
    const ids = leadSlot ? rec?.stopIds : undefined;
    const ownWord = ids?.includes(leadId) === true;
    if (lexical || squeezed !== undefined || (c0 >= 0x600 && c0 <= 0x6ff)) {
      for (let k = 0; k < spaced.length; k++) {
        const squeezedStem = squeezed === undefined ? undefined : squeezedStems[k];
        const m = matchIndexed(
          tokens,
          i,
          spaced[k]!,
          slots[k]!,
          info,
          t.norm,
          stems,
          squeezedInfo,
          squeezedStem,
        );
        if (m && k > 0 && ownWord && m.length === 1 && !ids!.includes(spacedIds[k]!)) continue;
        if (m && (!best || m.length > best.length)) {
          best = m;
          bestIn = k;
        }
      }
    }
    const rest = best === undefined ? afterElision(t.norm) : undefined;
    if (rest !== undefined) {
      // "l'accueil", "d'arnaque", "un'ottima": the word the lexicons know follows the apostrophe.
      const restInfo = WORD_INDEX.get(rest);
      elidedPath.length = 0;
      walkStems(rest, elidedPath);
      for (let k = 0; k < spaced.length; k++) {
        const m = matchIndexed(
          tokens,
          i,
          spaced[k]!,
          slots[k]!,
          restInfo,
          rest,
          elidedPath,
          undefined,
          undefined,
        );
        if (m && (!best || m.length > best.length)) {
          best = m;
          bestIn = k;
        }
      }
    }
    if (!best && t.stem !== undefined) {
      // A Persian word with a suffix no entry knows whole ("سفارش‌ها"): read as its stem.
      stemPath.length = 0;
      walkStems(t.stem, stemPath);
      const stemInfo = WORD_INDEX.get(t.stem);
      for (let k = 0; k < spaced.length; k++) {
        const m = matchIndexed(
          tokens,
          i,
          spaced[k]!,
          slots[k]!,
          stemInfo,
          t.stem,
          stemPath,
          undefined,
          undefined,
        );
        if (m && (!best || m.length > best.length)) {
          best = m;
          bestIn = k;
        }
      }
    }
    let requestEnding = false;
    if (t.ending !== undefined && (best === undefined || syllableStem(best) || t.endingFirst === true)) {
      // A Korean verb no entry knows, read by its request ending ("표시해주세요": "주세요"); also
      // one that begins with an adjective of one syllable, since a request makes it a verb of
      // change: "늦춰주세요" (put it later), "넓혀주세요" (widen it), not "late" or "wide".
      const before = best;
      best = undefined;
      stemPath.length = 0;
      walkStems(t.ending, stemPath);
      const endingInfo = WORD_INDEX.get(t.ending);
      for (let k = 0; k < spaced.length; k++) {
        const m = matchIndexed(
          tokens,
          i,
          spaced[k]!,
          slots[k]!,
          endingInfo,
          t.ending,
          stemPath,
          undefined,
          undefined,
        );
        if (m && (!best || m.length > best.length)) {
          best = m;
          bestIn = k;
          requestEnding = true;
        }
      }
      if (!requestEnding) best = before;
    }
    // A Korean request with a question mark right after it asks whether it is done ("배달도
    // 해주세요?": do you deliver too?): the question mark says so, the request says nothing.
    const after = tokens[i + 1];
    if (
      t.ending !== undefined &&
      best?.entry.category === 'suggestion' &&
      best.length === 1 &&
      after?.type === 'punct' &&
      isQuestionMark(after.norm, lang)
    )
      best = undefined;
    if (!best && squeezed === undefined && rec?.stopIds === undefined) {
      // A word the lexicons reading the post do not know may be one of their praise or complaint
      // words with a slip in it ("terible", "excelent").
      const typo = correctTypo(t.norm, slots);
      if (typo !== undefined) {
        for (let k = 0; k < spaced.length; k++) {
          const m = matchIndexed(
            tokens,
            i,
            spaced[k]!,
            slots[k]!,
            typo.info,
            undefined,
            typo.stems,
            undefined,
            undefined,
          );
          if (m && (!best || m.length > best.length)) {
            best = m;
            bestIn = k;
          }
        }
      }
    }
    sc.afterWord(t.raw, pos, best?.entry);
    // Function words, intensifiers and copulas ("is", "είναι", "es": inverted auxiliaries).
    const category = best?.entry.category;
    sc.passNegation(
      pos,
      category === undefined
        ? rec?.stopIds !== undefined
        : category === 'intensifiers' || category === 'questionStart',
    );
    if (!best) {
      // A praise or problem word after a negating prefix of its word ("بی‌سلیقه", "بی‌مشکل").
      const negated =
        morphology === undefined ? undefined : negatedByPrefix(t.norm, morphology, morphologySlot);
      if (negated !== undefined) {
        sc.negatedWord(negated, t.raw, pos, (t.squeezed ? 1.2 : 1) * (t.caps && ev.words > 1 ? 1.2 : 1));
        continue;
      }
      // A negated verb no entry covers, in a language that negates inside its words.
      if (morphology?.negatedVerb.test(t.norm)) {
        sc.negatedVerb(t.raw, pos, morphology.existential.test(t.norm));
      }
      continue;
    }
    let text = t.raw;
    for (let k = 1; k < best.length; k++) {
      const next = tokens[i + k]!;
      text += next.type === 'break' || tokens[i + k - 1]!.type === 'break' ? next.raw : ` ${next.raw}`;
      // "charge me twice", "what am I paying for": the phrase's own "me" and "I" still speak.
      if (next.rec?.info?.exact[slots[bestIn]!]?.category === 'personal') sc.personalWord();
    }
    const emphasis = (t.squeezed ? 1.2 : 1) * (t.caps && ev.words > 1 ? 1.2 : 1);
    const m = spaced[bestIn]!.morphology;
    if (m !== undefined && best.length === 1 && negatedInWord(t, best.entry, m)) {
      sc.negatedWord(best.entry, text, pos, emphasis);
      continue;
    }
    // A clause that says something of its own ("Подскажите, пожалуйста, …", "Great, …") is no
    // vocative: only names and the words for what companies are judged on stand in one.
    if (i < afterVocative && best.entry.category !== 'service' && best.entry.category !== 'none')
      afterVocative = -1;
    // After a vocative, an imperative that is also a present tense ("κάνετε", "سووا") asks in a
    // post with a question mark ("Acme, κάνετε delivery;"): it opens a request only elsewhere.
    // Readers called on ("Девочки, …") stand apart from their sentence, set off by a comma: at the
    // start of one, "Народ ждёт" is its subject.
    const start =
      (t.start || (i === afterVocative && !(questionMark && best.entry.category === 'suggestionStart'))) &&
      (best.entry.category !== 'crowd' || tokens[i + best.length]?.type === 'break');
    // A verb with its request ending is a whole request, as a frame of several words is.
    sc.apply(
      best.entry,
      text,
      pos,
      start,
      emphasis,
      stressesNegation(best.entry, slots[bestIn]!),
      false,
      requestEnding || (t.ending !== undefined && best.entry.category === 'suggestion'),
    );
    if (best.entry.category === 'sarcasm') {
      const marker = ev.sarcasm[ev.sarcasm.length - 1];
      if (marker !== undefined && marker.pos === pos)
        marker.praise = praiseWithin(best.entry, slots[bestIn]!);
    }
    // "didn't" opens a question at the start of a sentence and negates wherever it stands;
    // "should" asks for something wherever it does not open a question.
    if (best.also !== undefined && (best.also.category !== 'suggestion' || !(start && questionMark)))
      sc.apply(best.also, text, pos, start, emphasis);
    i += best.length - 1;
    pos += best.length - 1;
  }
  sc.finish();
  ev.quoted = quotedSpans(tokens);
  // Two thirds of the post inside quotation marks, and not a reply: a saying or someone else's
  // words, shared (a reply quoting the brand's own words back is the poster speaking).
  ev.quotation = citedWords > 0 && citedWords * 3 >= ev.words * 2 && ev.leadingHandles === 0;
  return ev;
}

const QUOTES = new Set(['"', '“', '”', '«', '»', '„', '‟', '″', '״']);
/** A quoted span longer than this is a citation, not a phrase quoted back. */
const MAX_QUOTED_WORDS = 8;

/** Words inside quotation spans longer than a phrase quoted back (citations), found by `quotedSpans`. */
let citedWords = 0;

/** Spans of 1 to 8 words between quotation marks; also counts the words of longer spans in `citedWords`. */
function quotedSpans(tokens: readonly Token[]): number {
  let spans = 0;
  let open = false;
  let words = 0;
  citedWords = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type === 'break' && QUOTES.has(t.norm)) {
      if (open && words > 0 && words <= MAX_QUOTED_WORDS) spans++;
      if (open && words > MAX_QUOTED_WORDS) citedWords += words;
      open = !open;
      words = 0;
      continue;
    }
    if (open && t.type === 'word') words++;
  }
  return spans;
}
