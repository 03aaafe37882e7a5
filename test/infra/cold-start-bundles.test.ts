/**
 * The function bundles as the stack builds them (`functionBundling`, same esbuild options), checked
 * for what costs init time without showing in the source: an ES-module import of a Node built-in
 * makes Node build the module's whole namespace at load, running every lazy getter (`node:http`
 * loads the WebSocket client, undici, which no function uses); a `require` of the same module does not.
 */

import { readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { esbuildOptions, functionBundling } from '../../infra/lib/constructs/beacon-function.ts';
import { loadRoutingForSynth } from '../../infra/lib/routing.ts';

const FUNCTIONS_DIR = fileURLToPath(new URL('../../functions/', import.meta.url));
const NAMES = readdirSync(FUNCTIONS_DIR)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.slice(0, -3));

const bundles = new Map<string, string>();

beforeAll(async () => {
  const bundling = functionBundling(loadRoutingForSynth());
  for (const name of NAMES) {
    const result = await build({
      ...esbuildOptions(bundling, `${FUNCTIONS_DIR}${name}.ts`, `/virtual/${name}/index.mjs`),
      write: false,
    });
    const code = result.outputFiles.find((f) => f.path.endsWith('index.mjs'))?.text ?? '';
    bundles.set(name, code);
  }
}, 180_000);

const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** The specifiers of the bundle's static `import … from '…'` and bare `import '…'` statements. */
const staticImports = (code: string): string[] =>
  [...code.matchAll(/(?:\bfrom\s*|\bimport\s*)["']([^"']+)["']/g)].map((m) => m[1] ?? '');

describe('function bundles as deployed', () => {
  it('builds every function', () => {
    expect([...bundles.keys()].sort()).toEqual([...NAMES].sort());
    for (const [name, code] of bundles) expect(code.length, name).toBeGreaterThan(10_000);
  });

  it('import no Node built-in as an ES module (the banner may import `module` for `require`)', () => {
    for (const [name, code] of bundles) {
      const builtins = staticImports(code).filter((s) => BUILTINS.has(s) && s !== 'module');
      expect(builtins, name).toEqual([]);
    }
  });
});
