/** Where running code gets its routing config: baked in at deploy, or read from a file locally. */
import { type FSWatcher, readFileSync, watch } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { bakedConfig } from './baked.ts';
import { loadRoutingConfigFile, parseRoutingConfig } from './parse.ts';
import type { RoutingConfig } from './types.ts';

export const DEFAULT_ROUTING_FILE = 'config/routing.yaml';

/** esbuild `define` entry that bakes `config` into a bundle for `loadRuntimeConfig`. */
export const routingDefine = (config: RoutingConfig): Record<string, string> => ({
  __BEACON_ROUTING__: JSON.stringify(config),
});

let cached: { path: string; text: string; config: RoutingConfig } | undefined;

/**
 * The config baked in at deploy, else the file named by BEACON_ROUTING_FILE, else
 * config/routing.yaml in the working directory. The file is read on every call (cheap) and parsed
 * again only when its text changed. Throws ConfigError.
 */
export function loadRuntimeConfig(): RoutingConfig {
  const baked = bakedConfig();
  if (baked) return baked;
  const path = resolve(process.env.BEACON_ROUTING_FILE || DEFAULT_ROUTING_FILE);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return loadRoutingConfigFile(path); // reports the missing or unreadable file in the usual form
  }
  if (cached && cached.path === path && cached.text === text) return cached.config;
  const config = parseRoutingConfig(text, path);
  cached = { path, text, config };
  return config;
}

/**
 * Calls `onChange` with the new config each time the file changes and parses, `onError` when it
 * does not; keeps watching either way. Watches the folder, because editors often save by
 * replacing the file. Returns a function that stops watching.
 */
export function watchRoutingConfig(
  path: string,
  onChange: (config: RoutingConfig) => void,
  onError: (err: unknown) => void,
  options: { debounceMs?: number } = {},
): () => void {
  const file = resolve(path);
  const debounceMs = options.debounceMs ?? 50;
  let timer: NodeJS.Timeout | undefined;
  let lastGood: string | undefined;
  const reload = (): void => {
    timer = undefined;
    try {
      const config = loadRoutingConfigFile(file);
      const fingerprint = JSON.stringify(config);
      if (fingerprint === lastGood) return;
      lastGood = fingerprint;
      onChange(config);
    } catch (err) {
      lastGood = undefined;
      onError(err);
    }
  };
  try {
    lastGood = JSON.stringify(loadRoutingConfigFile(file));
  } catch {
    lastGood = undefined;
  }
  const watcher: FSWatcher = watch(dirname(file), (_event, name) => {
    if (name !== null && name !== basename(file)) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(reload, debounceMs);
  });
  watcher.on('error', onError);
  return () => {
    if (timer) clearTimeout(timer);
    watcher.close();
  };
}
