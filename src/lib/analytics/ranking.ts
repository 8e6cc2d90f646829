/**
 * Priority ranking: what to recover first. Order: target RTO (tightest first, unknown last),
 * then worst business impact (most severe first), then how much depends on it (most first),
 * then id, so ties are stable. Each entry gets the reasons shown to people. O(n log n).
 */
import { formatDuration } from '../schema/duration.ts';
import type { RecordKey } from '../model/key.ts';
import { text, type Text } from '../model/text.ts';

export interface RankInput {
  key: RecordKey;
  id: string;
  /** The RTO it must meet, in minutes. */
  target?: number;
  /** Where the target comes from, for the reason text: "declared" or the path that requires it. */
  targetFrom?: Text;
  /** Index of the worst impact level in the scale (-1 none). */
  worstLevel: number;
  worstLabel?: string;
  /** Functions and services that fail with it. */
  dependents: number;
}

/** Ranks entries; returns rank (1-based) and reasons for each entry, in input order. */
export function rankByPriority(entries: RankInput[]): { rank: number; reasons: Text[] }[] {
  const order = entries
    .map((_, j) => j)
    .sort((x, y) => {
      const a = entries[x];
      const b = entries[y];
      return (
        (a.target ?? Infinity) - (b.target ?? Infinity) ||
        b.worstLevel - a.worstLevel ||
        b.dependents - a.dependents ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
      );
    });
  const out: { rank: number; reasons: Text[] }[] = new Array(entries.length);
  order.forEach((j, i) => {
    const e = entries[j];
    const reasons: Text[] = [
      e.target === undefined
        ? text`no RTO declared or required`
        : e.targetFrom
          ? text`RTO ${formatDuration(e.target)} (${e.targetFrom})`
          : text`RTO ${formatDuration(e.target)}`,
    ];
    if (e.worstLabel) reasons.push(text`worst impact ${e.worstLabel}`);
    if (e.dependents)
      reasons.push(text`${e.dependents} dependent${e.dependents === 1 ? '' : 's'} fail with it`);
    out[j] = { rank: i + 1, reasons };
  });
  return out;
}
