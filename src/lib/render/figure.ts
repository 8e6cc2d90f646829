/**
 * A count as pages show it: the whole organisation's figure and how much of it is on records
 * the edition does not name, with the few phrasings pages use to say so.
 */

/** One count: the whole organisation's figure and how much of it the edition cannot name. */
export interface Figure {
  total: number;
  restricted: number;
}

/** " (3 of them on restricted records)", or "" when the edition names them all. */
export const ofThemRestricted = (f: Figure): string =>
  f.restricted ? ` (${f.restricted} of them on restricted records)` : '';

/** "12", or "12, 3 on restricted records": a count inside brackets. */
export const countWithRestricted = (f: Figure): string =>
  f.restricted ? `${f.total}, ${f.restricted} on restricted records` : `${f.total}`;

/** "12%" of a share between 0 and 1. */
export const percent = (x: number): string => `${Math.round(x * 100)}%`;

/** "1 record" / "2 records". */
export const plural = (n: number, one: string, many = `${one}s`): string =>
  `${n} ${n === 1 ? one : many}`;
