/**
 * Durations as people write them ("15m", "4h", "2d", "1w", "1h30m") or as ISO 8601
 * ("PT4H", "P1D", "P1W"), normalised once to whole minutes. A day is 24 hours and a week
 * 7 days: recovery objectives are wall-clock times, not business days.
 */
import { z } from 'astro/zod';
import type { IssueParams } from './common.ts';

const UNIT_MINUTES: Record<string, number> = { m: 1, min: 1, h: 60, d: 1440, w: 10080 };
const HUMAN = /^(?:(\d+(?:\.\d+)?)\s*(w|d|h|min|m)\s*)+$/i;
const HUMAN_PART = /(\d+(?:\.\d+)?)\s*(w|d|h|min|m)/gi;
const ISO =
  /^P(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?)?$/i;

/** Parses a duration into minutes, or returns undefined when the text is not a duration. */
export function parseDuration(text: string): number | undefined {
  const s = text.trim();
  if (s === '') return undefined;
  if (HUMAN.test(s)) {
    let total = 0;
    for (const m of s.matchAll(HUMAN_PART))
      total += Number(m[1]) * UNIT_MINUTES[m[2].toLowerCase()];
    return Math.round(total);
  }
  const iso = ISO.exec(s);
  if (iso && s.length > 1 && s.toUpperCase() !== 'PT') {
    const [, w, d, h, min] = iso.map((v) => (v === undefined ? 0 : Number(v)));
    return Math.round(w * 10080 + d * 1440 + h * 60 + min);
  }
  return undefined;
}

/** Formats minutes the way people write them: "45m", "4h", "1d 12h", "2w". */
export function formatDuration(minutes: number | undefined): string {
  if (minutes === undefined || !Number.isFinite(minutes)) return 'unknown';
  let text = FORMATTED.get(minutes);
  if (text === undefined) {
    if (FORMATTED.size > 10_000) FORMATTED.clear();
    FORMATTED.set(minutes, (text = format(minutes)));
  }
  return text;
}

/** Formatted durations: content repeats a few dozen of them thousands of times. */
const FORMATTED = new Map<number, string>();

function format(minutes: number): string {
  if (minutes === 0) return '0m';
  const parts: string[] = [];
  let rest = Math.round(minutes);
  for (const [unit, size] of [
    ['w', 10080],
    ['d', 1440],
    ['h', 60],
    ['m', 1],
  ] as const) {
    if (rest >= size) {
      parts.push(`${Math.floor(rest / size)}${unit}`);
      rest %= size;
    }
  }
  return parts.join(' ');
}

/** A duration field of `what` ("a duration" or "a duration or 0"): text in, whole minutes out. */
function durationField(zero: boolean) {
  return z
    .string({ error: 'must be a duration such as "15m", "4h", "2d", "1w" or "PT4H"' })
    .transform((text, ctx) => {
      const minutes = parseDuration(text);
      const fail = (message: string, rule: string, fix: string) => {
        ctx.issues.push({
          code: 'custom',
          input: text,
          message,
          params: { rule, fix } satisfies IssueParams,
        });
        return z.NEVER;
      };
      if (minutes === undefined)
        return fail(
          `"${text}" is not a duration`,
          'bad-duration',
          'Write it as "15m", "4h", "2d", "1w" or ISO 8601 "PT4H".',
        );
      if (!Number.isSafeInteger(minutes))
        return fail(
          `"${text.length > 40 ? `${text.slice(0, 37)}...` : text}" is too long a duration to mean anything`,
          'bad-duration',
          'Write a duration of at most a few years, for example "52w".',
        );
      if (minutes === 0 && !zero)
        return fail(
          `"${text}" is no time at all`,
          'zero-duration',
          'Write the real time it takes, at least "1m"; nothing recovers in no time.',
        );
      return minutes;
    });
}

/** A duration field: text in, whole minutes out; at least one minute. */
export const Duration = durationField(false);

/** A data-loss duration (RPO, a measured recovery point): 0 means no data lost. */
export const DataLoss = durationField(true);
