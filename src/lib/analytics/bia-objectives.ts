/**
 * Objectives derived from a BIA's impact-over-time table: for each impact category, the first
 * time after disruption at which the impact becomes intolerable on the organisation's scale;
 * the earliest over all categories is the derived MTPD (ServiceNow derives RTO the same way).
 * Also the worst level the table reaches. O(cells) per function.
 */
import { parseDuration } from '../schema/duration.ts';
import type { Bia, Settings } from '../schema/index.ts';

export interface DerivedObjectives {
  /** Per category, the first intolerable time in minutes (undefined when the category never becomes intolerable). */
  byCategory: { category: string; intolerableAfter?: number }[];
  /** Earliest intolerable time over all categories: the derived MTPD. */
  mtpd?: number;
  /** Index in settings.impactScale of the worst level the table reaches (-1 for an empty table). */
  worstLevel: number;
}

/** Derives MTPD and worst level from a function's impact table. */
export function deriveObjectives(bia: Pick<Bia, 'impacts'>, settings: Settings): DerivedObjectives {
  let scale = SCALES.get(settings.impactScale);
  if (!scale) {
    scale = {
      rank: new Map(settings.impactScale.map((l, i) => [l.level, i])),
      intolerable: new Set(settings.impactScale.filter((l) => !l.tolerable).map((l) => l.level)),
    };
    SCALES.set(settings.impactScale, scale);
  }
  const { rank, intolerable } = scale;
  let worstLevel = -1;
  const byCategory = Object.entries(bia.impacts).map(([category, row]) => {
    let first: number | undefined;
    for (const [time, level] of Object.entries(row)) {
      worstLevel = Math.max(worstLevel, rank.get(level) ?? -1);
      let minutes = MINUTES.get(time);
      if (minutes === undefined && !MINUTES.has(time)) {
        if (MINUTES.size > 10_000) MINUTES.clear();
        MINUTES.set(time, (minutes = parseDuration(time)));
      }
      if (
        minutes !== undefined &&
        intolerable.has(level) &&
        (first === undefined || minutes < first)
      )
        first = minutes;
    }
    return { category, intolerableAfter: first };
  });
  const times = byCategory
    .map((c) => c.intolerableAfter)
    .filter((t): t is number => t !== undefined);
  return { byCategory, mtpd: times.length ? Math.min(...times) : undefined, worstLevel };
}

/** Lookups of each impact scale, made once per scale. */
const SCALES = new WeakMap<
  Settings['impactScale'],
  { rank: Map<string, number>; intolerable: Set<string> }
>();
/** Parsed impact-table times: tables repeat a handful of them ("4h", "1d"). */
const MINUTES = new Map<string, number | undefined>();
