/**
 * Placeholders: the value `TODO`, which `npm run new` writes for what only the author can give
 * (a title, the owning team, the kind of service). The shape layer reports each as an error
 * naming its field, in place of whatever the schema would say about the word, so a new record
 * cannot pass the check, nor be built, before every placeholder is filled in. Linear in the size
 * of the frontmatter.
 */
import type { FieldPath } from './issue.ts';

/** The placeholder value, as `npm run new` writes it. */
export const PLACEHOLDER = 'TODO';

/** True when `value` is the placeholder (surrounding spaces aside). */
export const isPlaceholder = (value: unknown): boolean =>
  typeof value === 'string' && value.trim() === PLACEHOLDER;

/** The path of every placeholder in parsed frontmatter, in document order. */
export function findPlaceholders(data: unknown): FieldPath[] {
  const found: FieldPath[] = [];
  const visit = (v: unknown, path: (string | number)[]): void => {
    if (isPlaceholder(v)) found.push(path);
    else if (Array.isArray(v)) v.forEach((x, i) => visit(x, [...path, i]));
    else if (v !== null && typeof v === 'object' && !(v instanceof Date))
      for (const [k, x] of Object.entries(v)) visit(x, [...path, k]);
  };
  visit(data, []);
  return found;
}
