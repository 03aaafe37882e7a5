/**
 * The shape of a language's lexicon as the team writes it. Each field is a comma-separated list
 * (no escape: Greek "ό,τι", the one word written with a comma, is read as "ότι" and written so):
 * - `word` matches the folded word exactly; `stem*` matches any word starting with `stem`;
 * - `two words` is a phrase (any word in it may end with `*`);
 * - a leading `!` marks a strong entry (counts 1.6×), a leading `~` a weak one (0.5×).
 * Languages written without spaces (`substrings: true`) match entries anywhere inside a run.
 */
export interface LexiconSource {
  lang: string;
  /** Frequent function words, used only to tell languages of one script apart. */
  stopwords?: string;
  /** Words and phrases of approval, delight, gratitude, recommendation. */
  praise: string;
  /** Words and frames of dissatisfaction: defects, delays, "still not", "again", "refund". */
  complaint: string;
  /** Question frames that count anywhere ("does anyone know"). */
  question?: string;
  /**
   * Questions to other people ("does anyone know", "has anyone tried"): a question, but one the
   * brand is asked only when the post addresses it (see `brand.ts`).
   */
  others?: string;
  /**
   * Words that call on readers ("девочки", "Kızlar", "חברים": girls, neighbours, friends, dog
   * owners): a question to other people when one opens a sentence of a post that asks (a question
   * mark); elsewhere they name people ("девочки на кассе", "with friends") and say nothing.
   */
  crowd?: string;
  /**
   * Indirect questions that ask without a question mark ("I would like to know", "je voudrais
   * savoir"): a question cue whether or not the post has one.
   */
  indirect?: string;
  /**
   * Questions that state an opinion ("is it just me or…", "c'est moi ou…", "только у меня…"): the
   * post is read by its praise or complaint words, not as a question.
   */
  observation?: string;
  /** Interrogatives and inverted auxiliaries that make a question when they open a sentence. */
  questionStart?: string;
  /** Interrogatives that turn rhetorical when the post also complains ("why", "how come"). */
  rhetorical?: string;
  /** Suggestion frames that count anywhere ("please add", "would be nice"). */
  suggestion?: string;
  /**
   * Words that make a question a proposal ("any plans to", "irgendwann", "would it be possible"):
   * they count for suggestion only in a post that asks (a question mark).
   */
  proposal?: string;
  /** Imperative verbs that make a request when they open a sentence ("add", "allow"). */
  suggestionStart?: string;
  /**
   * Not a moment of truth: promotions, giveaways, job posts, news wording, and (weak) the everyday
   * topics people feel things about that are not a company: family, weather, sport, holidays, pets,
   * school, health, films and books, politics, daily life.
   */
  none?: string;
  /** Negators that flip the polarity of the next few words ("not", "не", "no"). */
  negators?: string;
  /** Negators that follow what they negate ("değil", "نیست", "नहीं"). */
  postNegators?: string;
  intensifiers?: string;
  /** "too", "trop", "zu": before a neutral word ("too small", "zu teuer") they make a complaint. */
  excess?: string;
  /**
   * "Too" written after its word (Japanese "すぎ", "過ぎ"): it stresses the praise or complaint
   * just before it ("最高すぎ", "遅すぎ"); after any other word it says nothing ("3時過ぎ", and
   * "静かすぎて" praises as often as it complains).
   */
  postExcess?: string;
  /** "but": what follows it weighs more. */
  contrast?: string;
  /**
   * Conjunctions written with a negator of the lexicon that negate nothing (Arabic "قبل ما",
   * before; "بعد ما", after): read as one phrase, they keep the negator from being read alone.
   */
  connectives?: string;
  /**
   * Words that open a supposed case ("if", "in case", "falls", "если", "اگر"): in a post that asks,
   * a complaint word after them in the same clause is what is asked about ("what happens if my
   * flight is delayed?"), not a harm told.
   */
  conditionals?: string;
  /**
   * Questions about what to do in a case ("how do I report", "can I return", "am I entitled to"):
   * question phrases that, like `conditionals`, make the complaint words after them in their clause
   * the case asked about ("how do I claim for a delayed flight?").
   */
  askingAbout?: string;
  /** First- and second-person words: a personal voice makes a post less likely to be chatter. */
  personal?: string;
  /** Cheap sarcasm markers ("yeah right"); they turn surrounding praise into complaint. */
  sarcasm?: string;
  /**
   * What companies are judged on ("order", "delivery", "staff", "refund", "room", "app"): a post
   * naming one is about a service even when it also names an everyday topic ("my mum's birthday
   * cake arrived crushed").
   */
  service?: string;
  /**
   * Words read as they are, with no cue: listed so that an entry inside them is not read. In a run
   * of Chinese the longest piece wins, so "太阳" (sun), "太太" (Mrs) are no "太" (too); a Japanese
   * kanji listed here is no adjective before "すぎ" ("3時過ぎ", "寝すぎ").
   */
  neutral?: string;
  /**
   * Particles that close a word in a run of Chinese ("了", "啦", "吧"): the one or two characters no
   * entry knows between "太" and one of them are the word "太" qualifies ("太小了").
   */
  particles?: string;
  substrings?: boolean;
  /** Negation inside a word, for agglutinative languages (Turkish). */
  morphology?: Morphology;
}

/**
 * Negation carried by suffixes (Turkish -mA-, -sIz), read on folded words: a lexicon entry is a
 * stem, and what follows the stem in the word may negate it.
 */
export interface Morphology {
  /** What follows a praise or complaint stem and negates it: "beğen|medim", "sorun|suz". */
  negatingRest: RegExp;
  /** A word no entry covers that is a negated verb ("gelmedi", "çalışmıyor", "ulaşamadım"). */
  negatedVerb: RegExp;
  /** Negated verbs of existence ("yaşamadım", "olmadı", "çıkmadı"): a problem word before them becomes praise. */
  existential: RegExp;
  /**
   * A prefix that negates the rest of its word (Persian "بی" without, "ن" before "می"): a praise or
   * complaint entry after it flips ("بی‌سلیقه", "بی‌مشکل", "نمی‌چسبه").
   */
  negatingPrefix?: RegExp;
}

// 'others' comes first: where a phrase is listed both there and under 'question', 'others' wins.
export const CATEGORIES = [
  'others',
  'crowd',
  'praise',
  'complaint',
  'question',
  'askingAbout',
  'indirect',
  'observation',
  'questionStart',
  'rhetorical',
  'suggestion',
  'proposal',
  'suggestionStart',
  'none',
  'negators',
  'postNegators',
  'intensifiers',
  'excess',
  'postExcess',
  'contrast',
  'connectives',
  'conditionals',
  'personal',
  'sarcasm',
  'service',
  'neutral',
  'particles',
] as const;
export type Category = (typeof CATEGORIES)[number];
