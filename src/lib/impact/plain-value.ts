/**
 * Frontmatter values as plain JSON data, for comparing two versions of a record and writing the
 * difference: dates as "YYYY-MM-DD" (js-yaml reads unquoted dates as Date), object keys sorted,
 * undefined left out. Pure; O(size of the value).
 */

/** A JSON value. */
export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

/** `value` as plain JSON data with sorted object keys: two equal values give equal JSON text. */
export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (value instanceof Date)
    return Number.isNaN(value.getTime())
      ? String(value)
      : value.toISOString().replace(/T00:00:00\.000Z$/, '');
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const out: { [key: string]: Plain } = {};
    for (const k of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[k];
      if (v !== undefined) out[k] = toPlain(v);
    }
    return out;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  return String(value);
}

/** True when two plain values are equal. */
export const isSamePlain = (a: Plain | undefined, b: Plain | undefined): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * A plain value the way an author writes YAML in flow style: `8h`, `[ledger-db, dns]`,
 * `{service: cache, type: soft}`. Strings that would read as something else are quoted.
 */
export function showPlain(v: Plain | undefined): string {
  if (v === undefined) return '(none)';
  if (v === null) return 'null';
  if (typeof v === 'string')
    return v === '' || /^[\s[{"'#&*!|>%@`-]|[:,[\]{}]\s|[:,]$|^(true|false|null|~|[\d.+-]+)$/i.test(v)
      ? JSON.stringify(v)
      : v;
  if (Array.isArray(v)) return `[${v.map(showPlain).join(', ')}]`;
  if (typeof v === 'object')
    return `{${Object.entries(v)
      .map(([k, x]) => `${k}: ${showPlain(x)}`)
      .join(', ')}}`;
  return String(v);
}
