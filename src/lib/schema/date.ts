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

/** The date `days` after 1970-01-01 (before, when negative): the inverse of dayNumber (Hinnant's civil_from_days). */
export function dateOfDay(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return format(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d);
}

/** Adds whole days to a YYYY-MM-DD date (subtracts when negative). */
export const addDays = (date: string, days: number): string => dateOfDay(dayNumber(date) + days);

/** Adds whole months to a YYYY-MM-DD date, clamping to the month's last day (Jan 31 + 1 = Feb 28). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return format(year, month, Math.min(d, daysInMonth(year, month)));
}

const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})$/;

/**
 * A moment written "YYYY-MM-DDTHH:MM" (or with a space for the T), in the organisation's own
 * time: no zone, no seconds. Incidents are timed to the minute; everything is compared as
 * minutes (minuteOf), never through the machine's clock or zone.
 */
export const IsoDateTime = z
  .union([z.string(), z.date()], {
    error: 'must be a date and time written as YYYY-MM-DDTHH:MM',
  })
  .transform((value, ctx) => {
    const text =
      value instanceof Date
        ? Number.isNaN(value.getTime())
          ? ''
          : value.toISOString().slice(0, 16)
        : value.trim();
    const m = ISO_DATE_TIME.exec(text);
    if (!m || !isIsoDate(m[1]) || Number(m[2]) > 23 || Number(m[3]) > 59) {
      ctx.issues.push({
        code: 'custom',
        input: value,
        message: `"${String(value)}" is not a date and time. Write it as YYYY-MM-DDTHH:MM, for example 2026-03-31T14:05`,
        params: {
          rule: 'bad-date-time',
          fix: 'Write it as YYYY-MM-DDTHH:MM in 24-hour time, for example 2026-03-31T14:05.',
        } satisfies IssueParams,
      });
      return z.NEVER;
    }
    return `${m[1]}T${m[2]}:${m[3]}`;
  });

/** Minutes since 1970-01-01T00:00 of a normalised "YYYY-MM-DDTHH:MM" (or of a date's midnight). */
export function minuteOf(moment: string): number {
  const hours =
    moment.length > 10 ? Number(moment.slice(11, 13)) * 60 + Number(moment.slice(14, 16)) : 0;
  return dayNumber(moment.slice(0, 10)) * 1440 + hours;
}
