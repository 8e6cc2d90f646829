/**
 * Priority ranking: what to recover first. Order: target RTO (tightest first, unknown last),
 * then worst business impact (most severe first), then how much depends on it (most first),
 * then id, so ties are stable. O(n log n). The reasons shown to people are derived from the
 * figures of a record when they are shown (`reasonsOf`), not stored.
 */
import { formatDuration } from '../schema/duration.ts';
import type { RecordKey } from '../model/key.ts';
import { pathText, text, type Text } from '../model/text.ts';
import type { NodeRecovery } from './recovery.ts';

export interface RankInput {
  key: RecordKey;
  id: string;
  /** The RTO it must meet, in minutes. */
  target?: number;
  /** Index of the worst impact level in the scale (-1 none). */
  worstLevel: number;
  /** Functions and services that fail with it. */
  dependents: number;
}

/** Ranks entries; returns the rank (1-based) of each entry, in input order. */
export function rankByPriority(entries: RankInput[]): number[] {
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
  const ranks: number[] = new Array(entries.length);
  order.forEach((j, i) => (ranks[j] = i + 1));
  return ranks;
}

/**
 * Why a record ranks where it does, from its own figures: the RTO it must meet and where that
 * comes from (declared, or the path that requires it), its worst impact, how much fails with it.
 */
export function reasonsOf(x: Pick<NodeRecovery, 'rto' | 'impact'>): Text[] {
  const { target, required, declared, requiredPath } = x.rto;
  const fromRequired = required !== undefined && (declared === undefined || required < declared);
  const reasons: Text[] = [
    target === undefined
      ? text`no RTO declared or required`
      : fromRequired
        ? text`RTO ${formatDuration(target)} (required by ${pathText(requiredPath)})`
        : text`RTO ${formatDuration(target)} (declared)`,
  ];
  if (x.impact.worstLabel) reasons.push(text`worst impact ${x.impact.worstLabel}`);
  const dependents = x.impact.functions + x.impact.services;
  if (dependents)
    reasons.push(text`${dependents} dependent${dependents === 1 ? '' : 's'} fail with it`);
  return reasons;
}
