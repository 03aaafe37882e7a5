import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import {
  brandContext,
  ConfigError,
  decideRoute,
  isBrandAuthor,
  loadRoutingConfigFile,
  loadRuntimeConfig,
  type RoutingConfig,
  routingDefine,
  watchRoutingConfig,
} from '../../shared/routing/index.ts';
import { ROUTING_SCHEMA_FILE, routingJsonSchemaText } from '../../shared/routing/json-schema.ts';
import { configText, detection, MONDAY_MORNING, mention } from './support.ts';

describe('config/routing.yaml (the shipped example)', () => {
  const config = loadRoutingConfigFile('config/routing.yaml');

  it('is valid and uses every section', () => {
    expect(config.brand.name).toBe('Acme');
    expect(config.rules.length).toBeGreaterThan(5);
    expect(config.businessHours?.timeZone).toBe('Europe/Berlin');
    expect(Object.keys(config.vip.lists).length).toBeGreaterThan(0);
    expect(config.brand.competitors.map((c) => c.mode).sort()).toEqual(['ignore', 'watch']);
  });

  it('routes each type to its demo channel', () => {
    const channel = (label: 'praise' | 'complaint' | 'question' | 'suggestion') =>
      decideRoute(
        { detection: detection(label), mention: mention({ platform: 'facebook' }) },
        config,
        MONDAY_MORNING,
      ).channel;
    expect([channel('complaint'), channel('question'), channel('praise'), channel('suggestion')]).toEqual([
      'beacon-complaints',
      'beacon-questions',
      'beacon-praise',
      'beacon-suggestions',
    ]);
  });

  it('points editors at the JSON Schema', () => {
    expect(readFileSync('config/routing.yaml', 'utf8').split('\n')[0]).toBe(
      '# yaml-language-server: $schema=./routing.schema.json',
    );
  });
});

describe('config/routing.schema.json', () => {
  it('is up to date with the zod schema (run `npx tsx scripts/routing-schema.ts` after changing it)', () => {
    expect(readFileSync(ROUTING_SCHEMA_FILE, 'utf8')).toBe(routingJsonSchemaText());
  });

  it('accepts the shipped file and rejects unknown keys, as an editor would', () => {
    const schema = z.fromJSONSchema(JSON.parse(readFileSync(ROUTING_SCHEMA_FILE, 'utf8')));
    const doc = parse(readFileSync('config/routing.yaml', 'utf8'));
    expect(schema.safeParse(doc).success).toBe(true);
    doc.windows.questoin = '1h';
    expect(schema.safeParse(doc).success).toBe(false);
  });
});

describe('brandContext and isBrandAuthor', () => {
  const config = loadRoutingConfigFile('config/routing.yaml');

  it('gives the detector the brand name, handles and every keyword and alias', () => {
    const brand = brandContext(config);
    expect(brand.name).toBe('Acme');
    expect(brand.handles).toEqual(expect.arrayContaining(['acme', 'acmesupport']));
    expect(brand.handles).not.toContain('100200300400500');
    expect(brand.keywords).toEqual(expect.arrayContaining(['Acme', 'acme corp', 'teléfono acme', 'アクメ']));
  });

  it.each([
    ['x', { id: '1', handle: '@AcmeSupport' }, true],
    ['x', { id: '2', handle: 'acme' }, true],
    ['facebook', { id: '100200300400500', handle: 'Acme Page' }, true],
    ['instagram', { id: '3', handle: 'acmesupport' }, false],
    ['x', { id: '4', handle: 'acme_fan' }, false],
  ])('on %s, %j is the brand: %s', (platform, author, expected) => {
    expect(isBrandAuthor(config, platform, author)).toBe(expected);
  });
});

describe('loadRuntimeConfig', () => {
  let dir: string;
  const saved = process.env.BEACON_ROUTING_FILE;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'beacon-routing-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    if (saved === undefined) delete process.env.BEACON_ROUTING_FILE;
    else process.env.BEACON_ROUTING_FILE = saved;
    delete (globalThis as { __BEACON_ROUTING__?: unknown }).__BEACON_ROUTING__;
  });

  it('reads config/routing.yaml from the working directory by default', () => {
    delete process.env.BEACON_ROUTING_FILE;
    expect(loadRuntimeConfig().source).toMatch(/config\/routing\.yaml$/);
  });

  it('reads the file named by BEACON_ROUTING_FILE, and again after it changes', () => {
    const file = join(dir, 'routing.yaml');
    writeFileSync(file, configText(''));
    process.env.BEACON_ROUTING_FILE = file;
    expect(loadRuntimeConfig().windows.byType.complaint).toBe(3600);
    writeFileSync(file, configText('').replace('complaint: 1h', 'complaint: 2h'));
    expect(loadRuntimeConfig().windows.byType.complaint).toBe(7200);
  });

  it('throws ConfigError for an invalid file', () => {
    const file = join(dir, 'routing.yaml');
    writeFileSync(file, 'version: 2\n');
    process.env.BEACON_ROUTING_FILE = file;
    expect(() => loadRuntimeConfig()).toThrow(ConfigError);
  });

  it('prefers the config baked in at deploy', () => {
    const baked = JSON.parse(routingDefine(loadRoutingConfigFile('config/routing.yaml')).__BEACON_ROUTING__!);
    (globalThis as { __BEACON_ROUTING__?: RoutingConfig }).__BEACON_ROUTING__ = { ...baked, source: 'baked' };
    process.env.BEACON_ROUTING_FILE = join(dir, 'missing.yaml');
    expect(loadRuntimeConfig().source).toBe('baked');
  });

  it('names a missing file', () => {
    process.env.BEACON_ROUTING_FILE = join(dir, 'missing.yaml');
    expect(() => loadRuntimeConfig()).toThrow(/missing\.yaml: file not found/);
  });
});

describe('the baked config', () => {
  it('survives JSON (esbuild define) and decides exactly as the parsed one', () => {
    const config = loadRoutingConfigFile('config/routing.yaml');
    const baked = JSON.parse(routingDefine(config).__BEACON_ROUTING__!) as RoutingConfig;
    const input = { detection: detection('complaint'), mention: mention({ text: 'refund please' }) };
    expect(decideRoute(input, baked, MONDAY_MORNING)).toEqual(decideRoute(input, config, MONDAY_MORNING));
  });
});

describe('watchRoutingConfig', () => {
  let dir: string;
  let stop: (() => void) | undefined;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'beacon-watch-'));
  });
  afterEach(() => {
    stop?.();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports a broken edit without stopping, then the next good one', async () => {
    const file = join(dir, 'routing.yaml');
    writeFileSync(file, configText(''));
    const events: Array<{ ok: true; complaint: number } | { ok: false; error: unknown }> = [];
    let notify: () => void = () => {};
    const next = () =>
      new Promise<void>((resolve) => {
        notify = resolve;
      });
    stop = watchRoutingConfig(
      file,
      (config) => {
        events.push({ ok: true, complaint: config.windows.byType.complaint });
        notify();
      },
      (error) => {
        events.push({ ok: false, error });
        notify();
      },
      { debounceMs: 10 },
    );

    let changed = next();
    writeFileSync(file, configText('').replace('complaint: 1h', 'complaint: 5s'));
    await changed;
    changed = next();
    writeFileSync(file, configText('').replace('complaint: 1h', 'complaint: 2h'));
    await changed;

    expect(events[0]).toMatchObject({ ok: false });
    expect((events[0] as { error: ConfigError }).error).toBeInstanceOf(ConfigError);
    expect(events[1]).toEqual({ ok: true, complaint: 7200 });
  });
});
