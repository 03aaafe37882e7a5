/**
 * `npm run rules-by-pattern [-- LANG…] [--errors PATTERN|all] [--corpus DIR]`
 *
 * The rules' accuracy (no trained layer) on the team corpus (or the posts in `DIR/<lang>.jsonl`, such
 * as the held-out set `shared/detect/holdout/a`), per pattern, for the languages given
 * (default all), read with each post's brand and without any brand (as `beacon eval` reads).
 * `--errors` prints the rules' misreads without a brand, for one pattern or all, as
 * `lang label -> predicted | text`: the list to read when looking for what a lexicon misses (it
 * refuses the measuring sets `shared/detect/holdout/b` and `d`).
 */
import './quiet-pipe.ts';
import { brandOfName, brandPlace } from '../shared/detect/brand.ts';
import { weigh } from '../shared/detect/decide.ts';
import { readCorpus } from '../shared/detect/model/corpus.ts';
import { readPost } from '../shared/detect/read.ts';
import { refuseToListMisreads } from './unread-sets.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--errors');
const errors = at >= 0 ? args[at + 1] : undefined;
const atCorpus = args.indexOf('--corpus');
const corpusDir = atCorpus >= 0 ? args[atCorpus + 1] : undefined;
const optionValues = new Set([at + 1, atCorpus + 1].filter((i) => i > 0));
const langs = args.filter((a, i) => !a.startsWith('--') && !optionValues.has(i));
if (errors && corpusDir) refuseToListMisreads('rules-by-pattern', corpusDir);

interface Tally {
  n: number;
  brand: number;
  noBrand: number;
}
const byPattern = new Map<string, Tally>();
const total: Tally = { n: 0, brand: 0, noBrand: 0 };
for (const ex of readCorpus(corpusDir).examples) {
  if (langs.length > 0 && !langs.includes(ex.lang)) continue;
  const reading = readPost(ex.text);
  const brand = ex.brand === undefined ? undefined : brandOfName(ex.brand);
  const asksOthers = reading.evidence.askOthers.length > 0;
  const withBrand = weigh(reading.evidence, [], brandPlace(reading.tokens, brand, asksOthers)).label;
  const noBrand = weigh(reading.evidence, [], 'unknown').label;
  const pattern = ex.pattern ?? 'plain';
  const tally = byPattern.get(pattern) ?? { n: 0, brand: 0, noBrand: 0 };
  for (const t of [tally, total]) {
    t.n++;
    if (withBrand === ex.label) t.brand++;
    if (noBrand === ex.label) t.noBrand++;
  }
  byPattern.set(pattern, tally);
  if ((errors === pattern || errors === 'all') && noBrand !== ex.label)
    console.log(`${ex.lang} ${ex.label} -> ${noBrand} | ${ex.text}`);
}
const share = (k: number, n: number) => (k / n).toFixed(3);
const line = (name: string, t: Tally) =>
  `${name.padEnd(26)} ${String(t.n).padStart(5)}  brand ${share(t.brand, t.n)}  no brand ${share(t.noBrand, t.n)}`;
for (const [pattern, t] of [...byPattern].sort((a, b) => a[0].localeCompare(b[0])))
  console.log(line(pattern, t));
console.log(line('all', total));
