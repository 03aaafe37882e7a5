/**
 * `npm run lexicons`: compiles the detector's lexicons (shared/detect/lexicon/sources.ts) into
 * shared/detect/lexicon/compiled.json, the data the detector loads. Run it after changing a
 * lexicon; a test fails while the committed file is stale. Deterministic: same sources, same file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseLexicon, serializeLexicons } from '../shared/detect/lexicon/compile.ts';
import { COMPILED_FILE, SOURCES } from '../shared/detect/lexicon/sources.ts';

const text = serializeLexicons(SOURCES.map(parseLexicon));
let before = '';
try {
  before = readFileSync(COMPILED_FILE, 'utf8');
} catch {
  // First run: nothing to compare with.
}
if (before === text) console.log(`${COMPILED_FILE}: up to date`);
else {
  writeFileSync(COMPILED_FILE, text);
  console.log(`${COMPILED_FILE}: written (${(text.length / 1024).toFixed(0)} KiB)`);
}
