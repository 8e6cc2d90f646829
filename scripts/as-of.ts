/**
 * The build's "today": ITSCM_AS_OF (YYYY-MM-DD), else SOURCE_DATE_EPOCH (seconds), else the
 * day the build runs (UTC). Read here, once, so nothing in src/lib reads the clock.
 */
import { isIsoDate } from '../src/lib/schema/date.ts';

export function resolveAsOf(env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): string {
  const explicit = env.ITSCM_AS_OF?.trim();
  if (explicit) {
    if (!isIsoDate(explicit))
      throw new Error(`ITSCM_AS_OF="${explicit}" is not a date: write it as YYYY-MM-DD.`);
    return explicit;
  }
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch) {
    if (!/^\d+$/.test(epoch))
      throw new Error(`SOURCE_DATE_EPOCH="${epoch}" is not a whole number of seconds.`);
    return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  }
  return now.toISOString().slice(0, 10);
}
