/**
 * `npm run -s beacon -- eval FILE.jsonl [--json] [--errors N] [--predictions]`
 *
 * Runs the detector over labelled posts (one `{"text","label","lang"?,"id"?}` per line) and prints
 * per-class precision/recall/F1, macro-F1, the expected calibration error of the confidences,
 * the confusion matrix, macro-F1 per language and the time per post.
 */
import { readFile } from 'node:fs/promises';
import { type Example, type Prediction, type Report, report, worstMistakes } from '../detect/evaluate.ts';
import { detect } from '../detect/index.ts';
import { type BrandContext, isLabel, LABELS } from '../domain/detection.ts';

const USAGE = 'usage: npm run -s beacon -- eval FILE.jsonl [--json] [--errors N] [--predictions]';

/** Evaluation posts are not addressed to a known brand. */
const NO_BRAND: BrandContext = { name: '', handles: [], keywords: [] };

interface Options {
  file: string;
  json: boolean;
  errors: number;
  predictions: boolean;
}

function parseArgs(args: string[]): Options | string {
  let file: string | undefined;
  let json = false;
  let errors = 0;
  let predictions = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') json = true;
    else if (a === '--predictions') predictions = true;
    else if (a === '--errors') {
      const n = Number(args[++i]);
      if (!Number.isInteger(n) || n < 0) return '--errors needs a whole number';
      errors = n;
    } else if (a.startsWith('--')) return `unknown option ${a}`;
    else if (file === undefined) file = a;
    else return `unexpected argument ${a}`;
  }
  return file === undefined ? 'missing FILE.jsonl' : { file, json, errors, predictions };
}

export function parseExamples(content: string): Example[] | string {
  const out: Example[] = [];
  const lines = content.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch {
      return `line ${i + 1}: not JSON`;
    }
    const r = row as Record<string, unknown>;
    if (typeof r.text !== 'string') return `line ${i + 1}: "text" must be a string`;
    if (!isLabel(r.label)) return `line ${i + 1}: "label" must be one of ${LABELS.join(', ')}`;
    const ex: Example = { text: r.text, label: r.label };
    if (typeof r.lang === 'string' && r.lang !== '') ex.lang = r.lang;
    if (typeof r.id === 'string' || typeof r.id === 'number') ex.id = String(r.id);
    out.push(ex);
  }
  return out;
}

export function predictAll(examples: readonly Example[]): { predictions: Prediction[]; usPerPost: number } {
  // Warm-up passes (at least 20,000 posts, at most 30 passes) let the JIT optimise the hot paths,
  // so the timing reflects a running service, not start-up.
  for (let warmed = 0, pass = 0; warmed < 20_000 && pass < 30 && examples.length > 0; pass++) {
    for (const ex of examples) detect({ text: ex.text }, NO_BRAND);
    warmed += examples.length;
  }
  const predictions: Prediction[] = [];
  // CPU time of this process: the cost on one core, even when the machine is busy with other work.
  const started = process.cpuUsage();
  for (const example of examples) {
    const d = detect({ text: example.text }, NO_BRAND);
    predictions.push({ example, predicted: d.label, confidence: d.confidence, lang: d.lang });
  }
  const used = process.cpuUsage(started);
  return { predictions, usPerPost: examples.length === 0 ? 0 : (used.user + used.system) / examples.length };
}

const pct = (n: number): string => n.toFixed(3);

export function formatReport(r: Report): string {
  const lines: string[] = [];
  lines.push(`posts: ${r.n}   macro-F1: ${pct(r.macroF1)}   µs/post (CPU): ${r.usPerPost.toFixed(1)}`, '');
  lines.push(
    `${'class'.padEnd(12)}${'precision'.padStart(10)}${'recall'.padStart(10)}${'F1'.padStart(10)}${'n'.padStart(7)}`,
  );
  for (const label of LABELS) {
    const c = r.perClass[label];
    if (!c) continue;
    lines.push(
      `${label.padEnd(12)}${pct(c.precision).padStart(10)}${pct(c.recall).padStart(10)}${pct(c.f1).padStart(10)}${String(c.support).padStart(7)}`,
    );
  }
  lines.push('', `expected calibration error (ECE, 10 bins): ${pct(r.ece)}`);
  lines.push('', 'confusion (rows: true label, columns: predicted)');
  lines.push(`${''.padEnd(12)}${LABELS.map((l) => l.slice(0, 10).padStart(11)).join('')}`);
  for (const gold of LABELS) {
    const row = r.confusion[gold];
    if (LABELS.every((p) => row[p] === 0)) continue;
    lines.push(`${gold.padEnd(12)}${LABELS.map((p) => String(row[p]).padStart(11)).join('')}`);
  }
  lines.push('', `${'language'.padEnd(12)}${'n'.padStart(7)}${'macro-F1'.padStart(10)}`);
  for (const [lang, v] of Object.entries(r.perLang)) {
    lines.push(`${lang.padEnd(12)}${String(v.n).padStart(7)}${pct(v.macroF1).padStart(10)}`);
  }
  return lines.join('\n');
}

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').slice(0, 160);

export async function run(args: string[]): Promise<number> {
  const opts = parseArgs(args);
  if (typeof opts === 'string') {
    console.error(`${opts}\n${USAGE}`);
    return 2;
  }
  let content: string;
  try {
    content = await readFile(opts.file, 'utf8');
  } catch {
    console.error(`cannot read ${opts.file}`);
    return 2;
  }
  const examples = parseExamples(content);
  if (typeof examples === 'string') {
    console.error(`${opts.file}: ${examples}`);
    return 2;
  }
  const { predictions, usPerPost } = predictAll(examples);
  if (opts.predictions) {
    for (const p of predictions) {
      const row = {
        ...(p.example.id === undefined ? {} : { id: p.example.id }),
        text: p.example.text,
        label: p.example.label,
        predicted: p.predicted,
        confidence: p.confidence,
        lang: p.lang,
      };
      console.log(JSON.stringify(row));
    }
    return 0;
  }
  const r = report(predictions, usPerPost);
  if (opts.json) {
    const { confusion: _confusion, ...summary } = r;
    const perClass = Object.fromEntries(
      Object.entries(summary.perClass).map(([l, c]) => [
        l,
        { precision: c.precision, recall: c.recall, f1: c.f1 },
      ]),
    );
    console.log(JSON.stringify({ ...summary, perClass }));
  } else {
    console.log(formatReport(r));
  }
  if (opts.errors > 0) {
    const worst = worstMistakes(predictions, opts.errors);
    const out = opts.json ? console.error : console.log;
    out(`\nworst ${worst.length} mistakes (most confident first)`);
    for (const p of worst) {
      out(
        `  [${p.example.label} → ${p.predicted} ${p.confidence.toFixed(2)} ${p.lang}]${p.example.id ? ` ${p.example.id}` : ''} ${oneLine(p.example.text)}`,
      );
    }
  }
  return 0;
}
