/** Keyword and pattern matching on post text, in any script. */

const patternCache = new Map<string, RegExp>();
const keywordCache = new Map<string, RegExp>();

/** `/body/flags` keeps the given flags; a bare pattern is case-insensitive and Unicode-aware. */
export function compilePattern(source: string): RegExp {
  const cached = patternCache.get(source);
  if (cached) return cached;
  const literal = /^\/(.*)\/([a-z]*)$/s.exec(source);
  // g and y make RegExp#test stateful, which would make matching depend on the previous post.
  const flags = literal ? literal[2]!.replace(/[gy]/g, '') : 'i';
  const re = new RegExp(literal ? literal[1]! : source, /[uv]/.test(flags) ? flags : `${flags}u`);
  patternCache.set(source, re);
  return re;
}

/** Scripts written without spaces between words: a keyword may sit inside a longer run. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Case-insensitive, whole-word where the script has words, normalised for width and accents' forms. */
export function keywordRegex(keyword: string): RegExp {
  const cached = keywordCache.get(keyword);
  if (cached) return cached;
  const body = escapeRegex(keyword.normalize('NFKC').toLowerCase()).replace(/\s+/g, '\\s+');
  const re = UNSPACED.test(keyword)
    ? new RegExp(body, 'u')
    : new RegExp(`(?<![\\p{L}\\p{N}_])${body}(?![\\p{L}\\p{N}_])`, 'u');
  keywordCache.set(keyword, re);
  return re;
}

export const normaliseText = (text: string): string => text.normalize('NFKC').toLowerCase();

/** Keywords from `candidates` found in already-normalised `text`. */
export const keywordsIn = (text: string, candidates: readonly string[]): string[] =>
  candidates.filter((k) => keywordRegex(k).test(text));

/** Patterns from `candidates` that match the raw `text`. */
export const patternsIn = (text: string, candidates: readonly string[]): string[] =>
  candidates.filter((p) => compilePattern(p).test(text));
