/**
 * The held-out sets that measure (`shared/detect/holdout/b` and `d`) stay unread: once their
 * misreads are read to change the detector, their figures say nothing more about posts it was not
 * built from. Scripts that list misreads refuse them.
 */
import { basename, dirname, resolve } from 'node:path';

export const HOLDOUT_DIR = new URL('../shared/detect/holdout/', import.meta.url).pathname;
const UNREAD_SETS: readonly string[] = ['b', 'd'];

/** Exits with status 2 when `dir` is a measuring set. */
export function refuseToListMisreads(tool: string, dir: string): void {
  const target = resolve(dir);
  if (dirname(target) !== resolve(HOLDOUT_DIR) || !UNREAD_SETS.includes(basename(target))) return;
  console.error(
    `${tool}: --errors would list the misreads of a measuring set (shared/detect/holdout/${basename(target)}), which must stay unread; give another directory, e.g. shared/detect/holdout/a or c`,
  );
  process.exit(2);
}
