/**
 * How a change moves the recovery figures of services and business functions (docs/domain.md
 * §1-§5, §8): per record its tier, declared / required / target / achievable RTO and gap,
 * declared / required RPO, inversions, wave and priority rank, before and after. A record is
 * listed when it changed itself or one of those figures (wave and rank aside) changed; wave
 * moves are listed for every record, rank moves for the listed records only, since one record
 * moving up shifts everything it overtakes by one place (those are counted, not listed).
 * Pure; O(services + functions).
 */
import type { NodeRecovery, RecoveryAnalysis } from '../analytics/recovery.ts';
import type { RecordKey } from '../model/key.ts';

/** The recovery figures of one record; minutes, null for unknown. */
export interface Figures {
  tier: number | null;
  rto: {
    declared: number | null;
    required: number | null;
    target: number | null;
    achievable: number | null;
    /** achievable - target; positive: the target cannot be met. */
    gap: number | null;
    inversion: boolean;
  };
  rpo: { declared: number | null; required: number | null; inversion: boolean };
  wave: number | null;
  /** Priority rank among its kind, 1 first. */
  rank: number;
  /** What the rank is decided by besides the target: the worst impact level among what fails with it (-1: none), and how many functions and services fail with it. */
  worstLevel: number;
  dependents: number;
}

/** A service or function whose figures changed, or that changed itself. */
export interface FigureChange {
  key: RecordKey;
  kind: 'services' | 'bia';
  title: string;
  /** True when the record itself was added, removed or edited. */
  edited: boolean;
  /** True when its figures differ (wave and rank aside), or it is on one side only. */
  moved: boolean;
  /** null: the record is not on that side. */
  before: Figures | null;
  after: Figures | null;
}

/** A record whose wave or rank differs. */
export interface Move {
  key: RecordKey;
  kind: 'services' | 'bia';
  title: string;
  before: number | null;
  after: number | null;
}

export interface FiguresDiff {
  /** Services, then functions, each by priority after the change (removed ones last). */
  changed: FigureChange[];
  /** Records on both sides whose wave differs, in the order of `changed`, then by key. */
  waves: Move[];
  /** Records on both sides whose rank and ranking keys differ, in the order of `changed`, then by key. */
  ranks: Move[];
  /** How many other records' rank differs: shifted by the ones that moved, arrived or left. */
  otherRanks: number;
  /** Records whose target cannot be met after the change but could (or was unknown, or absent) before. */
  unreachable: RecordKey[];
  /** Records whose target could not be met before and can after (or is unknown now). */
  reachable: RecordKey[];
}

const n = (v: number | undefined): number | null => (v === undefined ? null : v);

/** The figures of one node as plain data. */
export function toFigures(x: NodeRecovery): Figures {
  return {
    tier: n(x.tier),
    rto: {
      declared: n(x.rto.declared),
      required: n(x.rto.required),
      target: n(x.rto.target),
      achievable: n(x.rto.achievable),
      gap: n(x.rto.gap),
      inversion: x.rto.inversion,
    },
    rpo: { declared: n(x.rpo.declared), required: n(x.rpo.required), inversion: x.rpo.inversion },
    wave: n(x.wave),
    rank: x.rank,
    worstLevel: x.impact.worstLevel,
    dependents: x.impact.functions + x.impact.services,
  };
}

/** True when the figures that describe a record's recovery (not its place in the order) differ. */
const differ = (a: Figures, b: Figures): boolean =>
  a.tier !== b.tier ||
  a.rto.declared !== b.rto.declared ||
  a.rto.required !== b.rto.required ||
  a.rto.target !== b.rto.target ||
  a.rto.achievable !== b.rto.achievable ||
  a.rto.gap !== b.rto.gap ||
  a.rto.inversion !== b.rto.inversion ||
  a.rpo.declared !== b.rpo.declared ||
  a.rpo.required !== b.rpo.required ||
  a.rpo.inversion !== b.rpo.inversion;

const late = (f: Figures | null): boolean => f !== null && f.rto.gap !== null && f.rto.gap > 0;

const KIND_ORDER = { services: 0, bia: 1 } as const;

/**
 * Compares the recovery of two sides. `edited` holds the keys of records the change added,
 * removed or edited. A side without an analysis (it could not run) counts as having no records.
 */
export function diffFigures(
  before: Pick<RecoveryAnalysis, 'nodes'> | undefined,
  after: Pick<RecoveryAnalysis, 'nodes'> | undefined,
  edited: ReadonlySet<RecordKey>,
): FiguresDiff {
  const old = new Map((before?.nodes ?? []).map((x) => [x.key, x]));
  const now = new Map((after?.nodes ?? []).map((x) => [x.key, x]));
  const changed: FigureChange[] = [];
  const waves: Move[] = [];
  const ranks: Move[] = [];
  let otherRanks = 0;
  const unreachable: RecordKey[] = [];
  const reachable: RecordKey[] = [];
  const keys = [...new Set([...now.keys(), ...old.keys()])];
  const figures = new Map<RecordKey, { b: Figures | null; a: Figures | null }>();
  for (const key of keys) {
    const o = old.get(key);
    const x = now.get(key);
    figures.set(key, { b: o ? toFigures(o) : null, a: x ? toFigures(x) : null });
  }
  // Services then functions, by rank after (then before), removed after present ones.
  const place = (key: RecordKey) => {
    const { a, b } = figures.get(key) ?? { a: null, b: null };
    const node = now.get(key) ?? old.get(key);
    return [node ? KIND_ORDER[node.kind] : 2, a ? 0 : 1, a?.rank ?? b?.rank ?? 0] as const;
  };
  keys.sort((p, q) => {
    const [k1, s1, r1] = place(p);
    const [k2, s2, r2] = place(q);
    return k1 - k2 || s1 - s2 || r1 - r2 || (p < q ? -1 : p > q ? 1 : 0);
  });
  for (const key of keys) {
    const node = (now.get(key) ?? old.get(key)) as NodeRecovery;
    const { b, a } = figures.get(key) as { b: Figures | null; a: Figures | null };
    const differs = a === null || b === null || differ(b, a);
    const named = { key, kind: node.kind, title: node.title };
    if (differs || edited.has(key))
      changed.push({ ...named, edited: edited.has(key), moved: differs, before: b, after: a });
    if (a && b && a.wave !== b.wave) waves.push({ ...named, before: b.wave, after: a.wave });
    if (a && b && a.rank !== b.rank) {
      const rankedAnew =
        a.rto.target !== b.rto.target ||
        a.worstLevel !== b.worstLevel ||
        a.dependents !== b.dependents;
      if (rankedAnew) ranks.push({ ...named, before: b.rank, after: a.rank });
      else otherRanks++;
    }
    if (late(a) && !late(b)) unreachable.push(key);
    if (late(b) && a !== null && !late(a)) reachable.push(key);
  }
  return { changed, waves, ranks, otherRanks, unreachable, reachable };
}
