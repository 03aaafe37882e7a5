import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES } from '../../shared/detect/index.ts';
import { readCorpus } from '../../shared/detect/model/corpus.ts';
import { matchKey } from '../../shared/detect/text.ts';
import { LABELS } from '../../shared/domain/detection.ts';

const HOLDOUT = new URL('../../shared/detect/holdout/', import.meta.url).pathname;
const halves = ['a', 'b'].filter((h) => existsSync(`${HOLDOUT}${h}`));

/** Case, accents, spacing and links do not make a post new. */
const key = matchKey;

describe('held-out posts (shared/detect/holdout)', () => {
  it('has both halves', () => {
    expect(halves).toEqual(['a', 'b']);
  });

  it.each(halves)(
    'half %s covers every language and every label, each post with its brand and pattern',
    (half) => {
      const { examples, sizes } = readCorpus(`${HOLDOUT}${half}`);
      expect(Object.keys(sizes).sort()).toEqual([...SUPPORTED_LANGUAGES].sort());
      for (const lang of SUPPORTED_LANGUAGES) {
        const labels = new Set(examples.filter((e) => e.lang === lang).map((e) => e.label));
        expect([...labels].sort(), lang).toEqual([...LABELS].sort());
      }
      expect(examples.filter((e) => e.brand === undefined || e.pattern === undefined)).toEqual([]);
    },
  );

  it('shares no post with the training corpus, and the halves share none with each other', () => {
    const training = new Set(readCorpus().examples.map((e) => key(e.text)));
    const [a, b] = halves.map((h) => readCorpus(`${HOLDOUT}${h}`).examples.map((e) => key(e.text)));
    expect(a!.filter((t) => training.has(t))).toEqual([]);
    expect(b!.filter((t) => training.has(t))).toEqual([]);
    const inA = new Set(a);
    expect(b!.filter((t) => inA.has(t))).toEqual([]);
  });
});

const SCRIPT = new URL('../../scripts/holdout.ts', import.meta.url).pathname;
const holdout = (...args: string[]) =>
  promisify(execFile)(process.execPath, ['--import', 'tsx', SCRIPT, ...args], { encoding: 'utf8' }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({
      code: e.code,
      stdout: e.stdout,
      stderr: e.stderr,
    }),
  );

describe('npm run holdout', () => {
  it('reads a directory of posts with the whole detector, with and without the brand', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'holdout-'));
    writeFileSync(
      join(dir, 'en.jsonl'),
      [
        {
          text: '@acme my order is two weeks late and nobody answers',
          label: 'complaint',
          brand: 'Acme',
          pattern: 'plain',
        },
        {
          text: 'thank you @acme, the new app is brilliant',
          label: 'praise',
          brand: 'Acme',
          pattern: 'plain',
        },
      ]
        .map((r) => JSON.stringify(r))
        .join('\n'),
    );
    const { code, stdout } = await holdout(dir, '--json');
    expect(code).toBe(0);
    const r = JSON.parse(stdout);
    expect(r.n).toBe(2);
    expect(r.perLang.en.n).toBe(2);
    expect(r.perPattern.plain).toEqual({ n: 2, noBrand: 1, withBrand: 1 });
  });

  it('refuses to print the misreads of the measuring half', async () => {
    const { code, stdout, stderr } = await holdout('--errors', 'all');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/must stay unread/);
  });
});
