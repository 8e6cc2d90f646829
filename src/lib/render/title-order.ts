/**
 * The one order of names people read: English, numbers by value ("Risk 9" before "Risk 10",
 * not "Risk 10, Risk 109, Risk 11"), case and accents only to break ties. Made once: a collator
 * per comparison (`localeCompare`) is slow on large lists. Node's own ICU makes it the same on
 * every machine. Ties between equal titles are for the caller to break (by key).
 */
const TITLES = new Intl.Collator('en', { numeric: true });

/** Compares two titles or names for sorting. */
export const compareTitles = (a: string, b: string): number => TITLES.compare(a, b);
