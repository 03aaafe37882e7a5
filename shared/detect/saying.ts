/**
 * A saying signed with its author ("… it is the journey that matters in the end. - Ursula Le Guin",
 * "… — Mark Twain, Following the Equator"): someone else's words, shared, not the poster's own
 * praise or complaint about a company.
 */

// The signature: a dash (- – — ―) or tilde after a space, then two to four capitalised words
// (initials allowed: "Ursula K. Le Guin"), optionally a comma and a title of up to ten words, then
// only closing marks. Links and tags after it are cut off first (`withoutTrailingTags`): as a
// repeated group at the end of this expression they backtracked exponentially on a run of tags.
const SIGNATURE =
  /\s[-~\u2013\u2014\u2015]\s*\p{Lu}[\p{L}'\u2019]*\.?(?:\s+\p{Lu}[\p{L}'\u2019]*\.?){1,3}(?:\s*,\s*[\p{L}\p{N}'\u2019]+(?:\s+[\p{L}\p{N}'\u2019]+){0,9})?[.!"\u201d)]*$/u;
const TAG_OR_LINK = /^(?:#|https?:\/\/)/;
/** Words before the signature: a saying is a sentence, not a name list or a one-word cheer. */
const MIN_WORDS = 6;
// The writer's own "I", "my", "we", "our" in the languages that sign sayings this way: a post about
// the writer's order or stay, signed with a full name, is the writer's own.
// /(?<!\p{L})(i|i'm|…|я|мой|…)(?!\p{L})/iu
const FIRST_PERSON =
  /(?<!\p{L})(?:i|i'm|i've|i'd|me|my|mine|we|our|us|ich|mein\p{L}*|mir|mich|wir|uns\p{L}*|je|j'|moi|mon|ma|mes|nous|notre|nos|yo|mis?|nosotros|nuestr\p{L}*|io|mio|mia|miei|mie|noi|nostr\p{L}*|eu|meu|minha|n\u00f3s|noss\p{L}+|ik|mijn|wij|ons|onze|\u044f|\u043c\u043e\u0439|\u043c\u043e\u044f|\u043c\u043d\u0435|\u043c\u0435\u043d\u044f|\u043c\u044b|\u043d\u0430\u0448\p{L}*)(?!\p{L})/iu;

/**
 * The signature's dash after a space. `withoutTrailingTags` only joins the post's own words with
 * spaces, so a dash after a space there is one after a space in the post: a post without one (most
 * posts) cannot be signed, and is not split and joined again to find that out.
 */
const DASH_AFTER_SPACE = /\s[-~\u2013\u2014\u2015]/;

export type Signature = 'none' | 'saying' | 'signed post';

/**
 * 'saying' for words signed with an author's name, 'signed post' when the words speak of their
 * writer (a review or complaint signed with the poster's own name), else 'none'.
 */
export function signature(text: string): Signature {
  return DASH_AFTER_SPACE.test(text) ? readSignature(text) : 'none';
}

/** `signature` without the check for a dash (exported for the test that both agree). */
export function readSignature(text: string): Signature {
  const signed = withoutTrailingTags(text);
  const m = SIGNATURE.exec(signed);
  if (!m) return 'none';
  const before = signed.slice(0, m.index).trim();
  if (before.split(/\s+/).length < MIN_WORDS) return 'none';
  return FIRST_PERSON.test(before) ? 'signed post' : 'saying';
}

/** The post without the links and tags that close it ("… - Dalai Lama #quote https://…"), its words joined by spaces. */
function withoutTrailingTags(text: string): string {
  const words = text.trim().split(/\s+/);
  let n = words.length;
  while (n > 0 && TAG_OR_LINK.test(words[n - 1]!)) n--;
  return words.slice(0, n).join(' ');
}
