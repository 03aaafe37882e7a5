/**
 * Reading a routing file: YAML syntax, then shape (zod), then meaning (compile.ts). Every problem
 * found on the way becomes a ConfigIssue with file, line, column, field path and, where a name is
 * misspelt, the closest valid one. All issues are collected, not just the first.
 */
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, type YAMLError } from 'yaml';
import type { core } from 'zod';
import { compileRouting } from './compile.ts';
import { ConfigError, type ConfigIssue, formatPath, type PathSegment } from './errors.ts';
import { locate } from './positions.ts';
import { routingFileSchema } from './schema.ts';
import { closest } from './suggest.ts';
import type { RoutingConfig } from './types.ts';

type ZodIssue = core.$ZodIssue;

const YAML_MESSAGES: Record<string, string> = {
  TAB_AS_INDENT: 'tabs are not allowed for indentation in YAML; indent with spaces',
  DUPLICATE_KEY: 'this key appears twice in the same section',
  MISSING_CHAR: 'a character is missing (an unclosed quote or bracket?)',
  MULTIPLE_DOCS: 'only one YAML document is allowed (remove the `---` separator)',
};
const DEEPER_INDENT = 'wrong indentation: this line is indented deeper than the line above it';

/**
 * YAML syntax errors, one per line, in words a manager understands. A tab or a line indented too
 * deep makes the parser report knock-on errors further down; only the cause is kept.
 */
function yamlIssues(
  errors: readonly YAMLError[],
  text: string,
  counter: LineCounter,
  file: string,
): ConfigIssue[] {
  const lines = text.split('\n');
  const indentOf = (line: string): number => line.length - line.trimStart().length;
  const located = errors.map((e) => {
    const { line, col } = counter.linePos(e.pos[0]);
    if (e.code === 'BLOCK_AS_IMPLICIT_KEY' || e.code === 'MULTILINE_IMPLICIT_KEY') {
      // Reported at the value that swallowed the next line; point at the over-indented line instead.
      const base = indentOf(lines[line - 1] ?? '');
      for (let n = line; n < lines.length; n++) {
        const l = lines[n]!;
        if (l.trim() === '' || l.trimStart().startsWith('#')) continue;
        if (indentOf(l) > base)
          return { code: e.code, line: n + 1, column: indentOf(l) + 1, message: DEEPER_INDENT };
        break;
      }
      return { code: e.code, line, column: col, message: DEEPER_INDENT };
    }
    const known = YAML_MESSAGES[e.code];
    const raw = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, '');
    const message =
      known ?? (e.code === 'BAD_INDENT' ? `wrong indentation: ${lowerFirst(raw)}` : lowerFirst(raw));
    return { code: e.code, line, column: col, message };
  });
  const causes = ['TAB_AS_INDENT', 'BAD_INDENT'].map((code) => located.filter((e) => e.code === code));
  const kept = causes.find((c) => c.length > 0) ?? located;
  const seen = new Set<number>();
  return kept
    .filter((e) => {
      if (seen.has(e.line)) return false;
      seen.add(e.line);
      return true;
    })
    .map((e) => ({ file, line: e.line, column: e.column, path: '', message: `YAML syntax: ${e.message}` }));
}

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

export function parseRoutingConfig(text: string, fileName: string): RoutingConfig {
  const counter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter: counter,
    prettyErrors: false,
    uniqueKeys: true,
    merge: true,
  });
  const issue = (
    path: PathSegment[],
    message: string,
    extra: { suggestion?: string; atKey?: boolean } = {},
  ) => {
    const at = locate(doc, counter, path, extra.atKey);
    const out: ConfigIssue = {
      file: fileName,
      line: at.line,
      column: at.column,
      path: formatPath(path),
      message,
    };
    if (extra.suggestion !== undefined) out.suggestion = extra.suggestion;
    return out;
  };

  if (doc.errors.length > 0) throw new ConfigError(yamlIssues(doc.errors, text, counter, fileName));
  if (doc.contents === null) {
    throw new ConfigError([{ file: fileName, line: 0, column: 0, path: '', message: 'the file is empty' }]);
  }

  const parsed = routingFileSchema.safeParse(doc.toJS({ maxAliasCount: 1000 }), { reportInput: true });
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.flatMap((i) => describeZodIssue(i, issue)));
  }
  const { config, issues } = compileRouting(parsed.data, fileName);
  if (issues.length > 0) {
    throw new ConfigError(
      issues.map((i) =>
        issue(i.path, i.message, {
          ...(i.suggestion !== undefined && { suggestion: i.suggestion }),
          ...(i.atKey !== undefined && { atKey: i.atKey }),
        }),
      ),
    );
  }
  return config;
}

export function loadRoutingConfigFile(path: string): RoutingConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const reason =
      (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (err as Error).message;
    throw new ConfigError([{ file: path, line: 0, column: 0, path: '', message: reason }]);
  }
  return parseRoutingConfig(text, path);
}

type MakeIssue = (
  path: PathSegment[],
  message: string,
  extra?: { suggestion?: string; atKey?: boolean },
) => ConfigIssue;

const show = (value: unknown): string =>
  value === undefined
    ? 'nothing'
    : value === null
      ? 'an empty value'
      : Array.isArray(value)
        ? 'a list'
        : typeof value === 'object'
          ? 'a mapping'
          : JSON.stringify(value);

const typeName = (expected: string): string =>
  ({
    object: 'a mapping of keys',
    array: 'a list',
    string: 'text',
    number: 'a number',
    boolean: 'true or false',
  })[expected] ?? expected;

/** Picks the union branch the writer most likely meant: the one that got furthest. */
function bestBranch(errors: ZodIssue[][], path: readonly PropertyKey[]): ZodIssue[] {
  const score = (branch: ZodIssue[]): number => {
    const first = branch[0];
    if (!first) return Number.POSITIVE_INFINITY;
    const rootTypeMismatch = first.code === 'invalid_type' && first.path.length === 0;
    return (
      (rootTypeMismatch ? 1000 : 0) - Math.max(...branch.map((i) => i.path.length)) + branch.length / 100
    );
  };
  const sorted = [...errors].sort((a, b) => score(a) - score(b));
  const chosen = sorted[0] ?? [];
  // Nested issues are relative to the union's own path.
  return chosen.map((i) => ({ ...i, path: [...path, ...i.path] }) as ZodIssue);
}

function describeZodIssue(i: ZodIssue, issue: MakeIssue): ConfigIssue[] {
  const path = i.path.filter((p): p is PathSegment => typeof p !== 'symbol');
  const input = (i as { input?: unknown }).input;
  switch (i.code) {
    case 'invalid_union': {
      // A branch that expects a mapping or list explains a scalar badly; prefer the other one.
      const branch = bestBranch(i.errors, i.path);
      return branch.length > 0 ? branch.flatMap((b) => describeZodIssue(b, issue)) : [issue(path, i.message)];
    }
    case 'unrecognized_keys':
      return i.keys.map((key) => {
        const known = keysAt(routingFileSchema, path);
        const suggestion = closest(key, known);
        const where = path.length > 0 ? ` in ${formatPath(path)}` : ' at the top level';
        const expected =
          known.length > 0 && known.length <= 12 ? `; expected one of ${known.join(', ')}` : '';
        const home = suggestion === undefined ? otherHome(path, key) : undefined;
        const moved = home ? `; "${key}" belongs under \`${home}\`` : '';
        return issue([...path, key], `unknown key "${key}"${where}${moved}${expected}`, {
          atKey: true,
          ...(suggestion !== undefined && { suggestion }),
        });
      });
    case 'invalid_key': {
      const key = path[path.length - 1];
      const nested = i.issues[0];
      const values = nested && nested.code === 'invalid_value' ? nested.values.map(String) : [];
      const suggestion = typeof key === 'string' && values.length > 0 ? closest(key, values) : undefined;
      const expected =
        values.length > 0 ? `; expected one of ${values.join(', ')}` : nested ? `: ${nested.message}` : '';
      return [
        issue(path, `invalid key "${String(key)}"${expected}`, {
          atKey: true,
          ...(suggestion !== undefined && { suggestion }),
        }),
      ];
    }
    case 'invalid_value': {
      const values = i.values.map((v) => String(v));
      const suggestion = typeof input === 'string' ? closest(input, values) : undefined;
      const expected = values.length === 1 ? `expected ${values[0]}` : `expected one of ${values.join(', ')}`;
      return [issue(path, `${expected}; got ${show(input)}`, suggestion !== undefined ? { suggestion } : {})];
    }
    case 'invalid_type': {
      if (input === undefined) {
        const field = path[path.length - 1];
        return [issue(path, `missing required field "${String(field)}"`)];
      }
      const custom = !i.message.startsWith('Invalid input');
      return [issue(path, custom ? i.message : `expected ${typeName(i.expected)}; got ${show(input)}`)];
    }
    case 'invalid_format':
    case 'custom':
      return [
        issue(
          path,
          input !== undefined && typeof input !== 'object' ? `${i.message}; got ${show(input)}` : i.message,
        ),
      ];
    default:
      return [
        issue(
          path,
          input !== undefined && typeof input !== 'object' ? `${i.message}; got ${show(input)}` : i.message,
        ),
      ];
  }
}

/** A condition written under `then`, or an action under `when`: say where it belongs. */
function otherHome(path: readonly PathSegment[], key: string): string | undefined {
  const last = path[path.length - 1];
  const sibling = last === 'when' ? 'then' : last === 'then' ? 'when' : undefined;
  if (!sibling) return undefined;
  return keysAt(routingFileSchema, [...path.slice(0, -1), sibling]).includes(key) ? sibling : undefined;
}

interface ZodDefLike {
  type: string;
  shape?: Record<string, unknown>;
  element?: unknown;
  valueType?: unknown;
  options?: unknown[];
  innerType?: unknown;
  in?: unknown;
  keyType?: unknown;
  entries?: Record<string, unknown>;
}
const defOf = (schema: unknown): ZodDefLike => (schema as { _zod: { def: ZodDefLike } })._zod.def;

/** Keys the schema allows for the object at `path`, to suggest the closest one. */
export function keysAt(schema: unknown, path: readonly PathSegment[]): string[] {
  const unwrap = (s: unknown): unknown => {
    let cur = s;
    for (;;) {
      const d = defOf(cur);
      if (d.innerType !== undefined) cur = d.innerType;
      else if (d.type === 'pipe' && d.in !== undefined) cur = d.in;
      else return cur;
    }
  };
  const walk = (s: unknown, rest: readonly PathSegment[]): string[] => {
    const d = defOf(unwrap(s));
    if (d.type === 'union') return [...new Set((d.options ?? []).flatMap((o) => walk(o, rest)))];
    if (rest.length === 0) {
      if (d.type === 'object') return Object.keys(d.shape ?? {});
      // A record keyed by an enum (platforms, weekdays, types) allows exactly those keys.
      if (d.type === 'record') return Object.keys(defOf(d.keyType).entries ?? {});
      return [];
    }
    const [seg, ...tail] = rest;
    if (d.type === 'object') {
      const next = d.shape?.[String(seg)];
      return next ? walk(next, tail) : [];
    }
    if (d.type === 'array' && typeof seg === 'number') return walk(d.element, tail);
    if (d.type === 'record') return walk(d.valueType, tail);
    return [];
  };
  return walk(schema, path);
}
