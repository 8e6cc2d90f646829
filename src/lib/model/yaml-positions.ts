/**
 * Where a field is written in a YAML text: the line and column of the key (or of the list item)
 * at a field path, so an editor or a CI annotation can point at it. Only files with problems
 * are parsed again for this (with the `yaml` package, which keeps source ranges); every file is
 * read for the model with the fast parser once.
 *
 * A path that is not written (a missing required field) points at the deepest part of it that
 * is: the parent's key, or the start of the YAML text. Lines and columns are 1-based and
 * counted in the whole file: `firstLine` is the file line the YAML text starts on (2 for
 * frontmatter after its opening "---", 1 for organisation.yaml).
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { FieldPath } from './issue.ts';

/** A place in a file. */
export interface Position {
  line: number;
  column: number;
}

/** Finds field paths in one YAML text; parses it once for all the paths asked. */
export function yamlLocator(text: string, firstLine = 1): (path: FieldPath) => Position {
  const lines = new LineCounter();
  let doc: ReturnType<typeof parseDocument> | undefined;
  try {
    doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false });
  } catch {
    doc = undefined;
  }
  const at = (offset: number): Position => {
    const p = lines.linePos(offset);
    return { line: p.line + firstLine - 1, column: p.col };
  };
  const start: Position = { line: firstLine, column: 1 };
  return (path) => {
    let node: unknown = doc?.contents;
    const range = (node as Node | null | undefined)?.range;
    let found: Position = range ? at(range[0]) : start;
    for (const part of path) {
      if (isMap(node)) {
        const pair = node.items.find(
          (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(part),
        );
        if (!pair) return found;
        const key = pair.key as Node;
        if (key.range) found = at(key.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof part === 'number') {
        const item = node.items[part] as Node | undefined;
        if (!item) return found;
        if (item.range) found = at(item.range[0]);
        node = item;
      } else return found;
    }
    return found;
  };
}
