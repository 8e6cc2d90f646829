/**
 * Recovery tier of a service or business function, from its RTO and the organisation's tier
 * table (settings.tiers).
 *
 * Computes: the tier of the first row, in ascending maxRto order, whose maxRto is at least the
 * RTO. Guarantees: an RTO exactly equal to a maxRto belongs to that tier; an RTO looser than
 * every row belongs to the last (least critical) tier, so a declared RTO always has a tier; no
 * RTO means no tier. The table is not modified and need not be written in order.
 * Complexity: O(t) for t tiers (a handful), after one sorted copy per table.
 * Reference: ITIL 4 service continuity management (recovery classes); docs/domain.md §1.
 */
import type { Settings } from '../schema/settings.ts';

/**
 * The tier number (1 is the most critical) of an RTO in minutes.
 *
 * @param rtoMinutes declared RTO in minutes, or undefined when none is declared.
 * @param tiers the parsed tier table (maxRto in minutes), in any order.
 * @returns the tier number, or undefined when `rtoMinutes` is undefined.
 */
export function tierOf(
  rtoMinutes: number | undefined,
  tiers: Settings['tiers'],
): number | undefined {
  if (rtoMinutes === undefined || tiers.length === 0) return undefined;
  let sorted = SORTED.get(tiers);
  if (!sorted)
    SORTED.set(tiers, (sorted = [...tiers].sort((a, b) => a.maxRto - b.maxRto || a.tier - b.tier)));
  return (sorted.find((t) => t.maxRto >= rtoMinutes) ?? sorted[sorted.length - 1]).tier;
}

/** Each tier table sorted once (the tables are not modified after parsing). */
const SORTED = new WeakMap<Settings['tiers'], Settings['tiers']>();
