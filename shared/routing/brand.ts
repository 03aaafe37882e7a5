/** What the detector and the pipeline need to know about the brand itself. */
import type { BrandContext } from '../domain/detection.ts';
import type { StormVocabulary } from '../domain/storm.ts';
import { normaliseHandle } from './compile.ts';
import type { RoutingConfig } from './types.ts';

export function brandContext(config: RoutingConfig): BrandContext {
  const { name, accounts, keywords, aliases } = config.brand;
  const handles = Object.values(accounts)
    .flatMap((h) => h ?? [])
    .filter((h) => !/^\d+$/.test(h));
  const words = [name, ...Object.values(aliases).flat(), ...Object.values(keywords).flat()];
  return {
    name,
    handles: [...new Set(handles)],
    keywords: [...new Set(words.map((w) => w.trim()).filter((w) => w.length > 0))],
  };
}

/** True when the author is one of the brand's own accounts on that platform (by handle or id). */
export function isBrandAuthor(
  config: RoutingConfig,
  platform: string,
  author: { id: string; handle: string },
): boolean {
  const own = config.brand.accounts[platform as keyof typeof config.brand.accounts] ?? [];
  return own.includes(normaliseHandle(author.handle)) || own.includes(author.id);
}

/**
 * Storm subjects come from the brand's keywords; its name, aliases and handles are never a subject
 * by themselves (list other names of the brand under `aliases`, products under `keywords`).
 */
export function stormVocabulary(config: RoutingConfig): StormVocabulary {
  const { name, accounts, keywords, aliases } = config.brand;
  return {
    subjects: [...new Set(Object.values(keywords).flat())],
    brandNames: [name, ...Object.values(aliases).flat(), ...Object.values(accounts).flatMap((h) => h ?? [])],
  };
}
