/**
 * How a change moves the outage scenarios (docs/domain.md §7): per scenario (matched by id) what
 * goes down and which targets break, before and after, for the scenarios where any of it
 * differs. A scenario only one side has (a location added or removed) is listed with nothing
 * on the other side. Pure; O(scenarios x impacted records).
 */
import type { ScenarioResult } from '../analytics/scenarios.ts';
import type { RecordKey } from '../model/key.ts';
import type { Namer } from './diff-findings.ts';

/** A record a scenario breaks or no longer breaks. */
export interface Named {
  key: RecordKey;
  title: string;
}

/** What one scenario breaks on one side. */
export interface ScenarioSide {
  functions: number;
  services: number;
  /** Keys of the functions and services whose target breaks (functions first, by key). */
  broken: RecordKey[];
  /** Keys whose target is at risk: no substitute and no exit plan for a lost vendor. */
  atRisk: RecordKey[];
}

export interface ScenarioChange {
  id: string;
  /** The title after the change (before, for a scenario the change removes). */
  title: string;
  /** null: no such scenario on that side. */
  before: ScenarioSide | null;
  after: ScenarioSide | null;
  /** Broken after, not before. */
  newlyBroken: Named[];
  /** Broken before, not after. */
  noLongerBroken: Named[];
}

const sideOf = (s: ScenarioResult): ScenarioSide => ({
  functions: s.counts.functions,
  services: s.counts.services,
  broken: [...s.broken],
  atRisk: [...s.atRisk],
});

/** The scenarios whose impact, broken or at-risk targets differ, in the order of the change's list (removed ones last). */
export function diffScenarios(
  before: readonly ScenarioResult[],
  after: readonly ScenarioResult[],
  name: Namer,
): ScenarioChange[] {
  const old = new Map(before.map((s) => [s.id, s]));
  const seen = new Set<string>();
  const out: ScenarioChange[] = [];
  const compare = (id: string, title: string, b?: ScenarioResult, a?: ScenarioResult) => {
    const sb = b ? sideOf(b) : null;
    const sa = a ? sideOf(a) : null;
    const was = new Set(sb?.broken ?? []);
    const is = new Set(sa?.broken ?? []);
    const named = (key: RecordKey): Named => ({ key, title: name(key) });
    const newlyBroken = (sa?.broken ?? []).filter((k) => !was.has(k)).map(named);
    const noLongerBroken = (sb?.broken ?? []).filter((k) => !is.has(k)).map(named);
    const same =
      sb !== null &&
      sa !== null &&
      sb.functions === sa.functions &&
      sb.services === sa.services &&
      newlyBroken.length === 0 &&
      noLongerBroken.length === 0 &&
      sb.atRisk.join() === sa.atRisk.join();
    if (!same) out.push({ id, title, before: sb, after: sa, newlyBroken, noLongerBroken });
  };
  for (const a of after) {
    seen.add(a.id);
    compare(a.id, a.title, old.get(a.id), a);
  }
  for (const b of before) if (!seen.has(b.id)) compare(b.id, b.title, b, undefined);
  return out;
}
