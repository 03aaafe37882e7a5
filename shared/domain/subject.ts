/**
 * What a post is about, for reports: recurring complaint subjects and suggestions grouped by
 * subject. Deterministic, so the same post always lands in the same group:
 *
 * 1. the storm subject (storm.ts): the most specific product or feature keyword of the routing
 *    config the post names, else its first hashtag that is not the brand's, else its first link,
 *    else "outage" when it says the service is out; a hashtag of digits only (`#4411`, an order
 *    number) is no subject;
 * 2. else the detector's strongest word or phrase cue for the alert's type ("dark mode",
 *    "refund", "broken"), folded to lower case;
 * 3. else none: the report shows such posts under "(no subject)".
 */
import type { Cue, MomentType } from './detection.ts';
import { type StormVocabulary, stormSubject } from './storm.ts';

/** The group of posts that have no subject. */
export const NO_SUBJECT = '(no subject)';

const fold = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

export function reportSubject(
  text: string,
  type: MomentType,
  cues: readonly Cue[],
  vocabulary: StormVocabulary,
): string | undefined {
  const storm = stormSubject(text, vocabulary);
  if (storm && !/^#\d+$/.test(storm)) return storm;
  const cue = cues
    .filter((c) => c.label === type && (c.kind === 'word' || c.kind === 'phrase') && fold(c.text).length > 1)
    .sort((a, b) => b.weight - a.weight || fold(a.text).localeCompare(fold(b.text)))[0];
  return cue ? fold(cue.text).slice(0, 80) : undefined;
}
