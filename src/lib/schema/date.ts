/**
 * Calendar dates (no time of day, no time zone) as "YYYY-MM-DD" strings. YAML parsers turn
 * unquoted dates into Date objects at UTC midnight; both forms are accepted and normalised.
 * Strings of this form sort and compare correctly as text.
 */
import { z } from 'astro/zod';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Returns true when `text` is a real calendar date written as YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** A date field: "2026-03-31" (or a YAML date) in, "2026-03-31" out. */
export const IsoDate = z.union([z.string(), z.date()], {
  error: 'must be a date written as YYYY-MM-DD',
}).transform((value, ctx) => {
  const text = value instanceof Date ? (Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10)) : value.trim();
  if (!isIsoDate(text)) {
    ctx.issues.push({ code: 'custom', input: value, message: `"${String(value)}" is not a date. Write it as YYYY-MM-DD, for example 2026-03-31` });
    return z.NEVER;
  }
  return text;
});

// Real content repeats a few hundred dates: remember results instead of recomputing them.
const monthsCache = new Map<string, string>();

/** Adds whole months to a YYYY-MM-DD date, clamping to the month's last day (Jan 31 + 1 = Feb 28). */
export function addMonths(date: string, months: number): string {
  const key = `${date}+${months}`;
  let out = monthsCache.get(key);
  if (out === undefined) {
    out = computeAddMonths(date, months);
    if (monthsCache.size > 100_000) monthsCache.clear();
    monthsCache.set(key, out);
  }
  return out;
}

function computeAddMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Adds whole days to a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
