/**
 * Frontmatter values as plain JSON data, for comparing two versions of a record and writing the
 * difference: dates as "YYYY-MM-DD" (js-yaml reads unquoted dates as Date), keys in the order
 * the author wrote them, undefined left out; compared with keys sorted, so reordering the keys
 * of a mapping changes nothing. Pure; O(size of the value).
 */

/** A JSON value. */
export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

/** `value` as plain JSON data. */
export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (value instanceof Date)
    return Number.isNaN(value.getTime())
      ? String(value)
      : value.toISOString().replace(/T00:00:00\.000Z$/, '');
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const out: { [key: string]: Plain } = {};
    for (const k of Object.keys(value)) {
      const v = (value as Record<string, unknown>)[k];
      if (v !== undefined) out[k] = toPlain(v);
    }
    return out;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  return String(value);
}

/** JSON text of a plain value with every mapping's keys sorted: equal values, equal text. */
export function canonical(v: Plain | undefined): string {
  if (v === undefined) return 'undefined';
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v !== null && typeof v === 'object')
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`)
      .join(',')}}`;
  return JSON.stringify(v);
}

/** True when two plain values are equal (mappings whatever their key order). */
export const isSamePlain = (a: Plain | undefined, b: Plain | undefined): boolean =>
  canonical(a) === canonical(b);

/**
 * A plain value the way an author writes YAML in flow style: `8h`, `[ledger-db, dns]`,
 * `{service: cache, type: soft}`. Strings that would read as something else are quoted.
 */
export function showPlain(v: Plain | undefined): string {
  if (v === undefined) return '(none)';
  if (v === null) return 'null';
  if (typeof v === 'string')
    return v === '' ||
      /^[\s[{"'#&*!|>%@`-]|[:,[\]{}]\s|[:,]$|^(true|false|null|~|[\d.+-]+)$/i.test(v)
      ? JSON.stringify(v)
      : v;
  if (Array.isArray(v)) return `[${v.map(showPlain).join(', ')}]`;
  if (typeof v === 'object')
    return `{${Object.entries(v)
      .map(([k, x]) => `${k}: ${showPlain(x)}`)
      .join(', ')}}`;
  return String(v);
}
