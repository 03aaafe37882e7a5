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
const sets = ['a', 'b', 'c', 'd'].filter((h) => existsSync(`${HOLDOUT}${h}`));

/** Case, accents, spacing and links do not make a post new. */
const key = matchKey;

describe('held-out posts (shared/detect/holdout)', () => {
  it('has the two halves a and b, the set read in the eleventh round (c) and the tuning set (d)', () => {
    expect(sets).toEqual(['a', 'b', 'c', 'd']);
  });

  it.each(sets)(
    'set %s covers every language and every label, each post with its brand and pattern',
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

  it('shares no post with the training corpus, and the sets share none with each other', () => {
    const training = new Set(readCorpus().examples.map((e) => key(e.text)));
    const seen = new Map<string, string>();
    for (const set of sets) {
      const keys = readCorpus(`${HOLDOUT}${set}`).examples.map((e) => key(e.text));
      expect(
        keys.filter((t) => training.has(t)),
        set,
      ).toEqual([]);
      expect(
        keys.filter((t) => seen.has(t)).map((t) => `${seen.get(t)}/${set}`),
        set,
      ).toEqual([]);
      for (const t of keys) seen.set(t, set);
    }
  });
});

const SCRIPT = new URL('../../scripts/holdout.ts', import.meta.url).pathname;
const RULES = new URL('../../scripts/rules-by-pattern.ts', import.meta.url).pathname;
const run = (script: string, args: string[]) =>
  promisify(execFile)(process.execPath, ['--import', 'tsx', script, ...args], { encoding: 'utf8' }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({
      code: e.code,
      stdout: e.stdout,
      stderr: e.stderr,
    }),
  );
const holdout = (...args: string[]) => run(SCRIPT, args);

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

  it('refuses to list the misreads of the measuring sets b and d', async () => {
    for (const args of [
      ['--errors', 'all'],
      [`${HOLDOUT}d/`, '--errors', 'sarcasm'],
    ]) {
      const { code, stdout, stderr } = await holdout(...args);
      expect(code, args.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/must stay unread/);
    }
    const rules = await run(RULES, ['--corpus', `${HOLDOUT}b`, '--errors', 'all']);
    expect(rules.code).toBe(2);
    expect(rules.stderr).toMatch(/must stay unread/);
  });

  it('lists the misreads of a set that may be read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'holdout-'));
    writeFileSync(
      join(dir, 'en.jsonl'),
      JSON.stringify({
        text: 'thank you @acme, the new app is brilliant',
        label: 'complaint',
        brand: 'Acme',
      }),
    );
    const { code, stdout } = await holdout(dir, '--errors', 'all');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^en complaint -> praise [0-9.]+ \| thank you @acme/);
  });
});
