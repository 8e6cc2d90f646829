/**
 * Pairs the items of two lists that stand for the same thing before and after a change: by
 * identity (a gap's rule and record, a review's record and check), exact equals first, then
 * the rest of each identity in list order. What is left over was added or removed.
 * O(n) with maps, n = both lists' lengths.
 */

/** Items of two lists, paired. */
export interface Matched<T> {
  /** In `after` with no counterpart in `before`. */
  added: T[];
  /** In `before` with no counterpart in `after`. */
  removed: T[];
  /** Same identity on both sides but not equal: before and after. */
  changed: { before: T; after: T }[];
}

/**
 * Pairs `before` and `after` by `identity`; two items of one identity are the same item when
 * `same` says so (default: equal identity only). Output keeps `after`'s order (`removed`:
 * `before`'s order).
 */
export function matchItems<T>(
  before: readonly T[],
  after: readonly T[],
  identity: (item: T) => string,
  same: (a: T, b: T) => boolean = () => true,
): Matched<T> {
  // Positions in `before` still unpaired, per identity; items are tracked by position, so
  // repeated equal items (or equal strings) count one each.
  const pool = new Map<string, number[]>();
  before.forEach((b, i) => {
    const id = identity(b);
    const list = pool.get(id);
    if (list) list.push(i);
    else pool.set(id, [i]);
  });
  const unpaired: T[] = [];
  for (const a of after) {
    const list = pool.get(identity(a));
    const j = list ? list.findIndex((i) => same(before[i], a)) : -1;
    if (list && j >= 0) list.splice(j, 1);
    else unpaired.push(a);
  }
  const added: T[] = [];
  const changed: { before: T; after: T }[] = [];
  for (const a of unpaired) {
    const i = pool.get(identity(a))?.shift();
    if (i === undefined) added.push(a);
    else changed.push({ before: before[i], after: a });
  }
  const left = new Set([...pool.values()].flat());
  return { added, removed: before.filter((_, i) => left.has(i)), changed };
}
