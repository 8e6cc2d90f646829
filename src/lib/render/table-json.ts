/**
 * The rows of a paginated table as a small static JSON file (`services/rows.json`), written at
 * build time from the same view rows as the table's pages, so that public/js/table.js can filter
 * and sort across every page. Compact: each row is an array, each cell a string when it is
 * plain text. Only what the edition names is in it (the view rows already say "restricted
 * record" for the rest). Plain data; the endpoint only serialises it.
 */

/**
 * A piece of a cell: plain text; a link as [text, address]; or a span with text, a class (`c`),
 * a title (`ti`) and words only screen readers hear before the text (`sr`).
 */
export type JsonPart =
  string | [string, string] | { t: string; c?: string; ti?: string; sr?: string };

/**
 * A cell: its text; or [its text or parts, its sort value (`data-value`, "" for none), its
 * class], the last two left off when empty.
 */
export type JsonCell = string | [string | JsonPart[], string?, string?];

/** One row: its `data-*` filter values (in the order of `TableJson.data`), then its cells. */
export type JsonRow = [string[], ...JsonCell[]];

export interface TableJson {
  /** Rows in the whole list, named or not (the "of M" of "N of M shown"). */
  total: number;
  /** Names of the rows' `data-*` attributes the filter form matches ("tier", "owner"). */
  data: string[];
  /** The cell that is the row's header (`<th scope="row">`). */
  head: number;
  /** Every row the edition names, in the list's order. */
  rows: JsonRow[];
}

/** A link part, or "restricted record" as the pages show it when there is no address. */
export const linkPart = (ref: { href?: string; label: string }): JsonPart =>
  ref.href ? [ref.label, ref.href] : { t: ref.label, c: 'restricted' };

/** A cell: plain text when it has one text part and nothing else, else its parts. */
export function toJsonCell(parts: JsonPart[], value?: string, className?: string): JsonCell {
  const kept = parts.filter((p) => p !== '');
  const content = kept.length === 1 && typeof kept[0] === 'string' ? kept[0] : kept;
  if (value === undefined && !className && typeof content === 'string') return content;
  if (className) return [content, value ?? '', className];
  return value === undefined ? [content] : [content, value];
}

/** The tier badge of TierBadge.astro as a part. */
export const tierPart = (tier?: number): JsonPart =>
  tier
    ? { t: `T${tier}`, c: `badge tier tier-${tier}`, ti: `Tier ${tier}`, sr: 'tier ' }
    : { t: 'no tier', c: 'note' };
