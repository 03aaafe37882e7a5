/**
 * The team's training corpus: `shared/detect/training/<lang>.jsonl`, one `{"text","label"}` per
 * line, the language taken from the file name. Read in a stable order (files by name, lines as
 * written) so training is reproducible, and hashed so weights.json can say what it was fitted on.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isLabel } from '../../domain/detection.ts';
import type { TrainingExample } from './fit.ts';

export const CORPUS_DIR = new URL('../training/', import.meta.url).pathname;

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
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!.trim();
      if (line === '') continue;
      const row = JSON.parse(line) as { text?: unknown; label?: unknown };
      if (typeof row.text !== 'string' || !isLabel(row.label)) {
        throw new Error(`${file}:${i + 1}: needs a string "text" and a label`);
      }
      examples.push({ text: row.text, label: row.label, lang });
    }
    sizes[lang] = examples.filter((e) => e.lang === lang).length;
  }
  return { examples, sizes, hash: hash.digest('hex') };
}
