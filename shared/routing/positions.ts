/** Finds where a field path lives in a YAML document, to put line and column on every error. */
import { type Document, isAlias, isMap, isScalar, isSeq, type LineCounter, type Node, type Pair } from 'yaml';
import type { PathSegment } from './errors.ts';

export interface Located {
  line: number;
  column: number;
  /** How many path segments exist in the document (the rest are missing). */
  depth: number;
}

export function locate(
  doc: Document,
  counter: LineCounter,
  path: readonly PathSegment[],
  atKey = false,
): Located {
  let node: unknown = doc.contents;
  let pair: Pair | undefined;
  let depth = 0;
  for (const seg of path) {
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const found = node.items.find(
        (p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(seg),
      );
      if (!found) break;
      pair = found;
      node = found.value;
    } else if (isSeq(node) && typeof seg === 'number' && seg < node.items.length) {
      pair = undefined;
      node = node.items[seg];
    } else break;
    depth++;
  }
  const complete = depth === path.length;
  const keyNode = pair?.key as Node | undefined;
  const valueNode = node as Node | null | undefined;
  // A missing field is reported at its parent's key; a key-level issue at the key itself.
  const target = (atKey || !complete) && keyNode?.range ? keyNode : valueNode?.range ? valueNode : keyNode;
  const offset = target?.range?.[0] ?? 0;
  const { line, col } = counter.linePos(offset);
  return { line, column: col, depth };
}
