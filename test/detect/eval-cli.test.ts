import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../shared/cli/eval.ts';

const FIXTURE = fileURLToPath(new URL('./fixtures/eval-small.jsonl', import.meta.url));

/** Runs the command and returns its exit code and what it printed. */
async function evalCli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  const code = await run(args);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

afterEach(() => vi.restoreAllMocks());

// The fixture has six posts; the detector gets five right and calls the Spanish one (labelled
// complaint on purpose) praise.
describe('eval command', () => {
  it('prints per-class, per-language and overall figures as JSON', async () => {
    const { code, out } = await evalCli(FIXTURE, '--json');
    expect(code).toBe(0);
    const r = JSON.parse(out);
    expect(Object.keys(r).sort()).toEqual(['ece', 'macroF1', 'n', 'perClass', 'perLang', 'usPerPost']);
    expect(r.n).toBe(6);
    expect(r.perClass.praise).toEqual({ precision: 0.5, recall: 1, f1: 0.6667 });
    expect(r.perClass.complaint).toEqual({ precision: 1, recall: 0.5, f1: 0.6667 });
    for (const l of ['question', 'suggestion', 'none'])
      expect(r.perClass[l]).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(r.macroF1).toBeCloseTo((0.6667 * 2 + 3) / 5, 3);
    expect(r.perLang).toEqual({ en: { n: 5, macroF1: 1 }, es: { n: 1, macroF1: 0 } });
    expect(r.usPerPost).toBeGreaterThan(0);
    // Five right and one wrong: the calibration error is the gap between confidence and accuracy.
    const { out: lines } = await evalCli(FIXTURE, '--predictions');
    const rows = lines
      .split('\n')
      .map((l) => JSON.parse(l) as { confidence: number; predicted: string; label: string });
    const bins = new Map<number, { n: number; conf: number; right: number }>();
    for (const p of rows) {
      const b = Math.min(9, Math.floor(p.confidence * 10));
      const s = bins.get(b) ?? { n: 0, conf: 0, right: 0 };
      bins.set(b, {
        n: s.n + 1,
        conf: s.conf + p.confidence,
        right: s.right + (p.predicted === p.label ? 1 : 0),
      });
    }
    const ece = [...bins.values()].reduce((e, s) => e + Math.abs(s.conf - s.right), 0) / rows.length;
    expect(r.ece).toBeCloseTo(ece, 3);
  });

  it('prints a readable report with the confusion matrix', async () => {
    const { code, out } = await evalCli(FIXTURE);
    expect(code).toBe(0);
    expect(out).toContain('posts: 6   macro-F1: 0.867   µs/post (CPU): ');
    expect(out).toMatch(/expected calibration error \(ECE, 10 bins\): 0\.\d{3}/);
    expect(out).toMatch(/complaint\s+1\s+1\s+0\s+0\s+0/);
    expect(out).toMatch(/confusion \(rows: true label, columns: predicted\)/);
    expect(out).toMatch(/es\s+1\s+0\.000/);
  });

  it('lists the worst mistakes with --errors N', async () => {
    const { out } = await evalCli(FIXTURE, '--errors', '3');
    expect(out).toContain('worst 1 mistakes');
    expect(out).toMatch(/\[complaint → praise [0-9.]+ es\] f Servicio excelente/);
  });

  it('prints one JSON line per post with --predictions', async () => {
    const { out } = await evalCli(FIXTURE, '--predictions');
    const rows = out.split('\n').map((l) => JSON.parse(l));
    expect(rows).toHaveLength(6);
    expect(rows[5]).toMatchObject({ id: 'f', label: 'complaint', predicted: 'praise', lang: 'es' });
    for (const r of rows) {
      expect(Object.keys(r).sort()).toEqual(['confidence', 'id', 'label', 'lang', 'predicted', 'text']);
      expect(r.confidence).toBeGreaterThan(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
    }
  });

  it.each([
    [[], 'missing FILE.jsonl'],
    [['/no/such/file.jsonl'], 'cannot read'],
    [[FIXTURE, '--errors', 'x'], '--errors needs a whole number'],
    [[FIXTURE, '--nope'], 'unknown option'],
  ])('refuses %j with exit code 2', async (args, message) => {
    const { code, err } = await evalCli(...args);
    expect(code).toBe(2);
    expect(err).toContain(message);
  });
});
