import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(path, 'utf8');

describe('the Node version', () => {
  const major = read('.nvmrc').trim();

  it('is one major release in .nvmrc, engines, the Lambda runtime and the bundle target', () => {
    const engines = (JSON.parse(read('package.json')) as { engines: { node: string } }).engines.node;
    const lockEngines = (
      JSON.parse(read('package-lock.json')) as { packages: Record<string, { engines?: { node: string } }> }
    ).packages['']?.engines?.node;
    const construct = read('infra/lib/constructs/beacon-function.ts');

    expect(major).toMatch(/^\d+$/);
    expect(engines).toMatch(new RegExp(`^\\^${major}\\.`));
    expect(lockEngines).toBe(engines);
    expect(construct).toContain(`Runtime.NODEJS_${major}_X`);
    expect(construct).toContain(`target: 'node${major}'`);
    const runtimes = [...construct.matchAll(/Runtime\.NODEJS_(\d+)_X/g)].map((m) => m[1]);
    expect(new Set(runtimes)).toEqual(new Set([major]));
  });

  it('is the release CI installs when a machine has another one', () => {
    expect(read('.ci/run')).toMatch(new RegExp(`NODE_RELEASE=${major}\\.\\d+\\.\\d+`));
  });

  it('types the Node APIs of that release', () => {
    const types = (JSON.parse(read('package.json')) as { devDependencies: Record<string, string> })
      .devDependencies['@types/node'];
    expect(types?.split('.')[0]).toBe(major);
  });
});
