/**
 * `npm run holdout [-- DIR] [--json] [--errors PATTERN|all]`
 *
 * The whole detector (rules and trained layer) on a held-out set written like the training corpus
 * (`DIR/<lang>.jsonl`, default `shared/detect/holdout/b`) but never trained on. Each post is read
 * twice, as `beacon eval` reads (no brand) and with its brand's context (`brandOfName`), and the
 * script prints macro-F1 overall, per class and per language, and accuracy per pattern.
 * `--errors` prints the misreads without a brand, for one pattern or all, as
 * `lang label -> predicted confidence | text`; it refuses the measuring sets `b` and `d`, which must
 * stay unread.
 */

import './quiet-pipe.ts';
import { brandOfName } from '../shared/detect/brand.ts';
import { score } from '../shared/detect/evaluate.ts';
import { detect } from '../shared/detect/index.ts';
import { readCorpus } from '../shared/detect/model/corpus.ts';
import type { TrainingExample } from '../shared/detect/model/fit.ts';
import type { Label } from '../shared/domain/detection.ts';
import { HOLDOUT_DIR, refuseToListMisreads } from './unread-sets.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--errors');
const errors = at >= 0 ? args[at + 1] : undefined;
const json = args.includes('--json');
const dir = args.find((a, i) => !a.startsWith('--') && (at < 0 || i !== at + 1));
const DEFAULT_DIR = `${HOLDOUT_DIR}b`;

const NO_BRAND = { name: '', handles: [], keywords: [] };

if (errors) refuseToListMisreads('holdout', dir ?? DEFAULT_DIR);

interface Read {
  example: TrainingExample;
  noBrand: Label;
  withBrand: Label;
  confidence: number;
}

const reads: Read[] = readCorpus(dir ?? DEFAULT_DIR).examples.map((example) => {
  const plain = detect({ text: example.text, lang: example.lang }, NO_BRAND);
  const branded = example.brand
    ? detect({ text: example.text, lang: example.lang }, brandOfName(example.brand)).label
    : plain.label;
  return { example, noBrand: plain.label, withBrand: branded, confidence: plain.confidence };
});

const macro = (rs: readonly Read[], pick: (r: Read) => Label) =>
  score(rs.map((r) => ({ gold: r.example.label, predicted: pick(r) })));
const accuracy = (rs: readonly Read[], pick: (r: Read) => Label) =>
  rs.filter((r) => pick(r) === r.example.label).length / rs.length;
const groupBy = (key: (r: Read) => string) => {
  const groups = new Map<string, Read[]>();
  for (const r of reads) {
    const group = groups.get(key(r));
    if (group) group.push(r);
    else groups.set(key(r), [r]);
  }
  return [...groups].sort((a, b) => a[0].localeCompare(b[0]));
};
const noBrand = (r: Read) => r.noBrand;
const withBrand = (r: Read) => r.withBrand;

const overall = { noBrand: macro(reads, noBrand), withBrand: macro(reads, withBrand) };
const perLang = groupBy((r) => r.example.lang).map(([lang, rs]) => ({
  lang,
  n: rs.length,
  noBrand: macro(rs, noBrand).macroF1,
  withBrand: macro(rs, withBrand).macroF1,
}));
const perPattern = groupBy((r) => r.example.pattern ?? 'plain').map(([pattern, rs]) => ({
  pattern,
  n: rs.length,
  noBrand: accuracy(rs, noBrand),
  withBrand: accuracy(rs, withBrand),
}));

if (errors) {
  for (const r of reads) {
    if (r.noBrand === r.example.label) continue;
    if (errors !== 'all' && (r.example.pattern ?? 'plain') !== errors) continue;
    console.log(
      `${r.example.lang} ${r.example.label} -> ${r.noBrand} ${r.confidence.toFixed(2)} | ${r.example.text}`,
    );
  }
} else if (json) {
  console.log(
    JSON.stringify({
      n: reads.length,
      macroF1: overall.noBrand.macroF1,
      macroF1WithBrand: overall.withBrand.macroF1,
      perClass: Object.fromEntries(Object.entries(overall.noBrand.perClass).map(([l, s]) => [l, s.f1])),
      perLang: Object.fromEntries(perLang.map(({ lang, ...rest }) => [lang, rest])),
      perPattern: Object.fromEntries(perPattern.map(({ pattern, ...rest }) => [pattern, rest])),
    }),
  );
} else {
  const f3 = (n: number) => n.toFixed(3);
  const row = (name: string, n: number, a: number, b: number) =>
    `${name.padEnd(28)}${String(n).padStart(5)}  no brand ${f3(a)}  brand ${f3(b)}`;
  console.log(row('macro-F1', reads.length, overall.noBrand.macroF1, overall.withBrand.macroF1));
  console.log(
    `per class (no brand): ${Object.entries(overall.noBrand.perClass)
      .map(([l, s]) => `${l} ${f3(s.f1)}`)
      .join(', ')}`,
  );
  console.log('\nper language, macro-F1');
  for (const l of perLang) console.log(row(l.lang, l.n, l.noBrand, l.withBrand));
  console.log('\nper pattern, accuracy');
  for (const p of perPattern) console.log(row(p.pattern, p.n, p.noBrand, p.withBrand));
}
