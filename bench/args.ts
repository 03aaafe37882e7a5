/**
 * The bench command line: words are file filters, `--json` asks for JSON, and every other
 * `--name value` (or `--name=value`) is an option for the benches (e.g. `--mentions 10000`).
 */
export interface BenchArgs {
  filters: string[];
  json: boolean;
  options: Record<string, string>;
}

/** Flags that take no value, so the word after them stays a filter. */
const FLAGS = new Set(['json']);

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const parsed: BenchArgs = { filters: [], json: false, options: {} };
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] ?? '';
    if (!word.startsWith('--')) {
      parsed.filters.push(word);
      continue;
    }
    const [name = '', inline] = word.slice(2).split(/=(.*)/s, 2);
    if (FLAGS.has(name)) {
      if (name === 'json') parsed.json = inline === undefined || inline !== 'false';
      continue;
    }
    const next = argv[i + 1];
    if (inline !== undefined) parsed.options[name] = inline;
    else if (next !== undefined && !next.startsWith('--')) {
      parsed.options[name] = next;
      i++;
    } else parsed.options[name] = 'true';
  }
  return parsed;
}

/** A numeric bench option, or `fallback` when it is absent; refuses what is not a number. */
export function numberOption(args: BenchArgs | undefined, name: string, fallback: number): number {
  const raw = args?.options[name];
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value)) throw new Error(`--${name} must be a number, not "${raw}"`);
  return value;
}
