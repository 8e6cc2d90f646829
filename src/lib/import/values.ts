/**
 * Cell values as people write them in inventories and BIA sheets, turned into what records
 * hold: free-text durations ("4 hours", "1.5h", "2 days", "PT4H"), tier labels ("Tier 1
 * Mission Critical") through the organisation's tier table, lists separated by comma,
 * semicolon, pipe or new line, and ids made from names. Cells are text, never formulas: a
 * leading apostrophe that an export put before = + - @ is taken off again. Pure.
 */
import { parseDuration } from '../schema/duration.ts';
import { toKebab } from '../schema/common.ts';

/** Characters a spreadsheet reads as the start of a formula. */
const FORMULA_START = /^[=+\-@]/;

/** A cell's text as the export writes it: an apostrophe before a formula-like start, so no spreadsheet runs it. */
export const toSafeCell = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);

/** A cell's text as imported: trimmed, the export's apostrophe before = + - @ taken off. Never evaluated. */
export const fromCell = (text: string): string => {
  const t = text.replace(/\r\n?/g, '\n').trim();
  return t.startsWith("'") && FORMULA_START.test(t.slice(1)) ? t.slice(1) : t;
};

/** Unit words and their minutes. */
const UNIT_WORDS: [RegExp, number][] = [
  [/^(weeks?|wks?|w)$/i, 10080],
  [/^(days?|d)$/i, 1440],
  [/^(hours?|hrs?|h)$/i, 60],
  [/^(minutes?|mins?|m)$/i, 1],
];

/**
 * Minutes of a duration as people write it: the schema's own forms ("4h", "1d 4h", "PT4H"),
 * numbers with unit words ("4 hours", "30 minutes", "1.5 h", "2 days", "1 week"), joined by
 * spaces, commas or "and". Undefined when it is not a duration (a bare number has no unit).
 */
export function parseDurationText(text: string): number | undefined {
  const own = parseDuration(text);
  if (own !== undefined) return own;
  // A decimal comma ("1,5 hours") is a point; other commas separate parts.
  const plain = text
    .trim()
    .toLowerCase()
    .replace(/(\d),(\d)/g, '$1.$2');
  const parts = plain.replace(/,|\band\b/g, ' ').match(/(\d+(?:\.\d+)?)\s*([a-z]+)/g);
  if (!parts || parts.join('').replace(/\s/g, '') !== plain.replace(/,|\band\b|\s/g, ''))
    return undefined;
  let total = 0;
  for (const part of parts) {
    const [, n, word] = /(\d+(?:\.\d+)?)\s*([a-z]+)/.exec(part) ?? [];
    const unit = UNIT_WORDS.find(([re]) => re.test(word ?? ''))?.[1];
    if (unit === undefined || n === undefined) return undefined;
    total += Number(n) * unit;
  }
  return Math.round(total);
}

/** A tier of the organisation's table (settings.tiers). */
export interface TierRow {
  tier: number;
  name: string;
  maxRto: number;
}

/**
 * The tier a label names: its number ("1", "T1", "Tier 1 Mission Critical", "tier-2") or its
 * name ("Critical", case and spacing aside; the longest name a label contains wins). Undefined
 * when it names no tier of the table.
 */
export function tierOfLabel(label: string, tiers: readonly TierRow[]): number | undefined {
  const text = label.trim().toLowerCase();
  const number = /^(?:tier|t)?\s*[-_ ]?\s*(\d+)\b/.exec(text);
  if (number) {
    const n = Number(number[1]);
    return tiers.some((t) => t.tier === n) ? n : undefined;
  }
  const words = ` ${text.replace(/[^a-z0-9]+/g, ' ').trim()} `;
  const named = tiers
    .filter((t) =>
      words.includes(
        ` ${t.name
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, ' ')
          .trim()} `,
      ),
    )
    .sort((a, b) => b.name.length - a.name.length);
  return named[0]?.tier;
}

/**
 * The items of a list cell, separated by comma, semicolon, pipe or new line outside brackets
 * ("payment-gateway (paypal.com, external), db" is two items); empty items dropped.
 */
export function splitList(cell: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of cell) {
    if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && ',;|\n'.includes(ch)) {
      items.push(current);
      current = '';
    } else current += ch;
  }
  items.push(current);
  return items.map((s) => s.trim()).filter((s) => s !== '');
}

/**
 * An id made from a name: lower case, kebab, accents folded, bracketed remarks and punctuation
 * dropped ("db (MySQL/MariaDB)" -> "db", "smtp.163.com (external SMTP)" -> "smtp-163-com",
 * "external_license_db" -> "external-license-db"). The whole name when the remarks are all
 * there is; "" when nothing is left.
 */
export function toImportId(name: string): string {
  const bare = toKebab(name.replace(/\([^)]*\)|\[[^\]]*\]|\{[^}]*\}/g, ' '));
  return bare || toKebab(name);
}
