/**
 * The function bundles as the stack builds them (`functionBundling`, same esbuild options), checked
 * for what costs init time without showing in the source: an ES-module import of a Node built-in
 * makes Node build the module's whole namespace at load, running every lazy getter (`node:http`
 * loads the WebSocket client, undici, which no function uses); a `require` of the same module does
 * not. Lambda hands a function its role's credentials in the environment, so the SDK's other
 * credential providers (profiles, SSO, web identity, container and instance metadata) are left out.
 * A bundle built this way is then run as Lambda runs it, against the local SQS.
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
const inputs = new Map<string, string[]>();

beforeAll(async () => {
  const bundling = functionBundling(loadRoutingForSynth());
  for (const name of NAMES) {
    const result = await build({
      ...esbuildOptions(bundling, `${FUNCTIONS_DIR}${name}.ts`, `/virtual/${name}`),
      write: false,
      metafile: true,
    });
    // The entry and its chunks: a chunk may import a built-in too.
    const code = result.outputFiles
      .filter((f) => f.path.endsWith('.mjs'))
      .map((f) => f.text)
      .join('\n');
    bundles.set(name, code);
    inputs.set(
      name,
      Object.values(result.metafile.outputs).flatMap((output) =>
        Object.entries(output.inputs)
          .filter(([, input]) => input.bytesInOutput > 0)
          .map(([path]) => path),
      ),
    );
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

  it("keep detect's bundle ASCII, so Node holds its source as one byte per character", () => {
    // A regular expression is bundled as written: one character outside ASCII in one makes the
    // whole source a two-byte string, decoded and scanned at every cold start.
    const outside = [...(bundles.get('detect') ?? '').matchAll(/.{0,30}[\u0080-\uffff].{0,10}/g)].map(
      (m) => m[0],
    );
    expect(outside).toEqual([]);
  });

  it('carry the environment credential provider only', () => {
    const otherProviders = (paths: string[]) =>
      paths.filter((p) =>
        /node_modules\/@aws-sdk\/(credential-provider-(?!env\/)[a-z-]+|nested-clients|token-providers)\//.test(
          p,
        ),
      );
    for (const [name, paths] of inputs) {
      expect(
        paths.some((p) => p.includes('node_modules/@aws-sdk/credential-provider-env/')),
        name,
      ).toBe(true);
      expect(otherProviders(paths), name).toEqual([]);
    }
  });
});
