/**
 * The one line a reviewer reads first: what the change does to recovery, worst news first, in
 * plain words ("This change makes 3 targets unreachable and adds 1 RTO inversion."), or "No
 * effect on recovery" with what did change. Pure.
 */

/** The counts the verdict is made of. */
export interface Effects {
  /** False when a side could not be analysed: then only records and content problems are compared. */
  analysed: boolean;
  /** Content errors the change adds / resolves. */
  errors: { added: number; resolved: number };
  /** Targets that become unreachable / reachable again (docs/domain.md §4). */
  targets: { unreachable: number; reachable: number };
  rtoInversions: { added: number; resolved: number };
  rpoInversions: { added: number; resolved: number };
  cycles: { added: number; resolved: number };
  /** Targets broken in outage scenarios, summed over the scenarios (§7). */
  scenarioTargets: { broken: number; mended: number };
  /** Gaps added / resolved, besides target-unreachable (counted in `targets`). */
  gaps: { added: number; resolved: number };
  /** Services and functions whose recovery figures or place in the order moved. */
  figures: number;
  /** Records added, removed or edited (and organisation.yaml, when it changed). */
  records: number;
  /** Recurring checks that changed status or due date, or appeared or went. */
  reviews: number;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "a", "a and b", "a, b and c". */
export const andList = (parts: readonly string[]): string =>
  parts.length < 2 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;

/** The verdict sentence. */
export function toVerdict(e: Effects): string {
  const parts: string[] = [];
  const add = (n: number, s: string) => {
    if (n > 0) parts.push(s);
  };
  // Worse first, then better.
  add(e.errors.added, `adds ${plural(e.errors.added, 'content error')}`);
  add(e.targets.unreachable, `makes ${plural(e.targets.unreachable, 'target')} unreachable`);
  add(e.rtoInversions.added, `adds ${plural(e.rtoInversions.added, 'RTO inversion')}`);
  add(e.rpoInversions.added, `adds ${plural(e.rpoInversions.added, 'RPO inversion')}`);
  add(e.cycles.added, `adds ${plural(e.cycles.added, 'dependency cycle')}`);
  add(
    e.scenarioTargets.broken,
    `breaks ${plural(e.scenarioTargets.broken, 'more target')} in outage scenarios`,
  );
  add(e.gaps.added, `adds ${plural(e.gaps.added, 'gap')}`);
  add(e.errors.resolved, `fixes ${plural(e.errors.resolved, 'content error')}`);
  add(e.targets.reachable, `makes ${plural(e.targets.reachable, 'target')} reachable again`);
  add(e.rtoInversions.resolved, `resolves ${plural(e.rtoInversions.resolved, 'RTO inversion')}`);
  add(e.rpoInversions.resolved, `resolves ${plural(e.rpoInversions.resolved, 'RPO inversion')}`);
  add(e.cycles.resolved, `breaks ${plural(e.cycles.resolved, 'dependency cycle')}`);
  add(
    e.scenarioTargets.mended,
    `mends ${plural(e.scenarioTargets.mended, 'broken target')} in outage scenarios`,
  );
  add(e.gaps.resolved, `resolves ${plural(e.gaps.resolved, 'gap')}`);
  if (!e.analysed)
    return `The effect on recovery is unknown: the analysis could not run${parts.length ? `; this change ${andList(parts)}` : ''}${e.records > 0 ? `; ${plural(e.records, 'record')} changed` : ''}.`;
  if (parts.length) return `This change ${andList(parts)}.`;
  const reviews = e.reviews > 0 ? `; ${plural(e.reviews, 'review item')} changed` : '';
  if (e.figures > 0)
    return `No new or resolved problems: the recovery figures of ${plural(e.figures, 'service or function', 'services and functions')} move${reviews}.`;
  const records =
    e.records > 0 ? `: ${plural(e.records, 'record')} changed, no recovery figure moved` : '';
  return `No effect on recovery${records}${reviews}.`;
}
