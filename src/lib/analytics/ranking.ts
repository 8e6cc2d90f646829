/**
 * Priority ranking: what to recover first. Order: target RTO (tightest first, unknown last),
 * then worst business impact (most severe first), then how much depends on it (most first),
 * then id, so ties are stable. Each entry gets the reasons shown to people. O(n log n).
 */
import { formatDuration } from '../schema/duration.ts';

export interface RankInput {
  key: string;
  id: string;
  /** The RTO it must meet, in minutes. */
  target?: number;
  /** Where the target comes from, for the reason text: "declared" or a path. */
  targetFrom?: string;
  /** Index of the worst impact level in the scale (-1 none). */
  worstLevel: number;
  worstLabel?: string;
  /** Functions and services that fail with it. */
  dependents: number;
}

/** Ranks entries; returns rank (1-based) and reasons per key. */
export function rankByPriority(entries: RankInput[]): Map<string, { rank: number; reasons: string[] }> {
  const sorted = [...entries].sort((a, b) =>
    (a.target ?? Infinity) - (b.target ?? Infinity) || b.worstLevel - a.worstLevel || b.dependents - a.dependents || (a.id < b.id ? -1 : a.id > b.id ? 1 : a.key < b.key ? -1 : 1));
  const out = new Map<string, { rank: number; reasons: string[] }>();
  sorted.forEach((e, i) => {
    const reasons = [
      e.target === undefined ? 'no RTO declared or required' : `RTO ${formatDuration(e.target)}${e.targetFrom ? ` (${e.targetFrom})` : ''}`,
      ...(e.worstLabel ? [`worst impact ${e.worstLabel}`] : []),
      ...(e.dependents ? [`${e.dependents} dependent${e.dependents === 1 ? '' : 's'} fail with it`] : []),
    ];
    out.set(e.key, { rank: i + 1, reasons });
  });
  return out;
}
