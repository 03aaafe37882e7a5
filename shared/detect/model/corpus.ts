/**
 * The team's training corpus: `shared/detect/training/<lang>.jsonl`, one post per line, the
 * language taken from the file name. A line is `{"text","label"}`, optionally with `brand` (the
 * company whose team would see the post: the name it mentions or addresses; it may be absent from
 * the text) and `pattern` (which hard case the post was written for, see `PATTERNS`). Read in a
 * stable order (files by name, lines as written) so training is reproducible, and hashed so
 * weights.json can say what it was fitted on.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isLabel } from '../../domain/detection.ts';
import type { TrainingExample } from './fit.ts';

export const CORPUS_DIR = new URL('../training/', import.meta.url).pathname;

/** The hard cases a corpus line may say it was written for (cross-validation reports each). */
export const PATTERNS = [
  'plain',
  'sarcasm',
  'complaint-question',
  'praise-wrapped-suggestion',
  'proposing-question',
  'thanks-for-nothing',
  'negated-praise',
  'negated-complaint',
  'off-topic',
  'passing-mention',
  'question-to-others',
  'giveaway',
  'job-post',
  'promo',
  'news',
  'translit',
  'dialect',
  'slang',
  'typos',
  'code-switch',
  // A reply inside a conversation with the company: details asked for, acknowledgements, and the
  // replies of the other labels beside them ("sent you a DM", "DMed you 3 days ago, nothing").
  'thread-reply',
] as const;
export type Pattern = (typeof PATTERNS)[number];

const isPattern = (v: unknown): v is Pattern =>
  typeof v === 'string' && (PATTERNS as readonly string[]).includes(v);

export interface Corpus {
  examples: TrainingExample[];
  /** Posts per language. */
  sizes: Record<string, number>;
  /** sha256 over each file's name and content, files in name order. */
  hash: string;
}

export function readCorpus(dir: string = CORPUS_DIR): Corpus {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort();
  const hash = createHash('sha256');
  const examples: TrainingExample[] = [];
  const sizes: Record<string, number> = {};
  for (const file of files) {
    const content = readFileSync(join(dir, file), 'utf8');
    hash.update(`${file}\n${content}\n`);
    const lang = file.slice(0, -'.jsonl'.length);
    const lines = content.split('\n');
    let n = 0;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!.trim();
      if (line === '') continue;
      const where = `${file}:${i + 1}`;
      let row: { text?: unknown; label?: unknown; brand?: unknown; pattern?: unknown };
      try {
        row = JSON.parse(line) as typeof row;
      } catch {
        throw new Error(`${where}: not JSON`);
      }
      if (typeof row.text !== 'string' || !isLabel(row.label)) {
        throw new Error(`${where}: needs a string "text" and a label`);
      }
      if (row.brand !== undefined && (typeof row.brand !== 'string' || row.brand.trim() === '')) {
        throw new Error(`${where}: "brand" must be a non-empty string`);
      }
      if (row.pattern !== undefined && !isPattern(row.pattern)) {
        throw new Error(`${where}: unknown "pattern" ${JSON.stringify(row.pattern)}`);
      }
      examples.push({
        text: row.text,
        label: row.label,
        lang,
        ...(row.brand !== undefined && { brand: row.brand.trim() }),
        ...(row.pattern !== undefined && { pattern: row.pattern }),
      });
      n++;
    }
    sizes[lang] = n;
  }
  return { examples, sizes, hash: hash.digest('hex') };
}
