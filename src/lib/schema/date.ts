/**
 * Calendar dates (no time of day, no time zone) as "YYYY-MM-DD" strings. YAML parsers turn
 * unquoted dates into Date objects at UTC midnight; both forms are accepted and normalised.
 * Strings of this form sort and compare correctly as text.
 */
import { z } from 'astro/zod';
import type { IssueParams } from './common.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Returns true when `text` is a real calendar date written as YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** A date field: "2026-03-31" (or a YAML date) in, "2026-03-31" out. */
export const IsoDate = z
  .union([z.string(), z.date()], {
    error: 'must be a date written as YYYY-MM-DD',
  })
  .transform((value, ctx) => {
    const text =
      value instanceof Date
        ? Number.isNaN(value.getTime())
          ? ''
          : value.toISOString().slice(0, 10)
        : value.trim();
    if (!isIsoDate(text)) {
      ctx.issues.push({
        code: 'custom',
        input: value,
        message: `"${String(value)}" is not a date. Write it as YYYY-MM-DD, for example 2026-03-31`,
        params: {
          rule: 'bad-date',
          fix: 'Write it as YYYY-MM-DD, for example 2026-03-31.',
        } satisfies IssueParams,
      });
      return z.NEVER;
    }
    return text;
  });

/** The date's parts; `date` must be YYYY-MM-DD (years 0000-9999). */
function parts(date: string): [number, number, number] {
  const digit = (i: number) => date.charCodeAt(i) - 48;
  return [
    digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3),
    digit(5) * 10 + digit(6),
    digit(8) * 10 + digit(9),
  ];
}

const two = (n: number) => (n < 10 ? `0${n}` : `${n}`);
const format = (y: number, m: number, d: number) =>
  `${String(y).padStart(4, '0')}-${two(m)}-${two(d)}`;

/** Days in a month of the proleptic Gregorian calendar (month 1-12). */
function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Days since 1970-01-01 (negative before). Reference: H. Hinnant, "chrono-Compatible Low-Level Date Algorithms" (days_from_civil). */
export function dayNumber(date: string): number {
  const [y0, m, d] = parts(date);
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/** Adds whole months to a YYYY-MM-DD date, clamping to the month's last day (Jan 31 + 1 = Feb 28). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return format(year, month, Math.min(d, daysInMonth(year, month)));
}
