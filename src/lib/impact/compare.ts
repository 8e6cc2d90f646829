/**
 * The impact of a change: the content at a base commit and the content of the working tree,
 * each loaded and analysed with the same code and the same as-of date, compared record by
 * record and figure by figure (records, content problems, recovery figures, gaps, warnings,
 * cycles, scenarios, reviews, and the picture of what changed), with the verdict on top. Plain
 * data in (both sides' records, models and analyses), plain data out, ready for the Markdown
 * report or JSON. Pure; O(records + findings + scenario items) on each side.
 */
import type { RawRecord } from '../model/parse-records.ts';
import type { Model } from '../model/model.ts';
import type { Analysis } from '../analytics/analyse.ts';
import { idOf, type RecordKey } from '../model/key.ts';
import { diffRecords, type RecordsDiff } from './diff-records.ts';
import { diffIssues, type IssuesDiff } from './diff-issues.ts';
import { diffFigures, type FiguresDiff } from './diff-figures.ts';
import { diffCycles, diffFindings, type CyclesDiff, type FindingsDiff } from './diff-findings.ts';
import { diffScenarios, type ScenarioChange } from './diff-scenarios.ts';
import { diffReviews, type ReviewChange } from './diff-reviews.ts';
import { toImpactGraph, type ImpactGraph } from './impact-graph.ts';
import { toVerdict, type Effects } from './verdict.ts';

/** One side of the comparison: what was read, the model built from it, its analysis. */
export interface ImpactSide {
  raws: readonly RawRecord[];
  /** organisation.yaml as parsed ({} when absent). */
  settings: unknown;
  model: Model;
  /** Undefined when the analysis could not run; `analysisError` says why. */
  analysis?: Analysis;
  analysisError?: string;
}

/** Where the two sides come from, for the report's header. */
export interface ImpactSource {
  /** The base as given ("origin/main") and the commit it names. */
  base: { ref: string; commit: string };
  /** The content folder, relative to the repository root ("src/content"; "" for the root). */
  content: string;
  /** False when the base has no content folder (a new repository): the base counts as empty. */
  baseHasContent: boolean;
  asOf: string;
}

export interface Impact {
  /** The verdict sentence. */
  verdict: string;
  source: ImpactSource;
  effects: Effects;
  /** Content problems of each side; `analysis` says when a side's analysis could not run. */
  problems: IssuesDiff & { analysis: { before: string | null; after: string | null } };
  records: RecordsDiff;
  figures: FiguresDiff;
  gaps: FindingsDiff;
  /** Analysis warnings: RTO and RPO inversions, MTPD tables (cycles are in `cycles`). */
  warnings: FindingsDiff;
  cycles: CyclesDiff;
  scenarios: ScenarioChange[];
  reviews: ReviewChange[];
  graph: ImpactGraph;
}

const CYCLE_RULE = 'dependency-cycle';

/** Compares the base (`before`) with the change (`after`). */
export function compareSides(before: ImpactSide, after: ImpactSide, source: ImpactSource): Impact {
  const name = (key: RecordKey): string =>
    (after.model.index.get(key)?.data as { title?: string } | undefined)?.title ??
    (before.model.index.get(key)?.data as { title?: string } | undefined)?.title ??
    idOf(key);
  const records = diffRecords(before, after);
  const added = new Set(records.added.map((r) => r.key));
  const removed = new Set(records.removed.map((r) => r.key));
  const edited = new Set(records.changed.map((r) => r.key));
  const touched = new Set([...added, ...removed, ...edited]);
  const problems = diffIssues(before.model.issues, after.model.issues);
  // Figures compared with a side that has none would all read as added or removed: compare
  // them only when both sides were analysed.
  const analysed = before.analysis !== undefined && after.analysis !== undefined;
  const a = analysed ? after.analysis : undefined;
  const b = analysed ? before.analysis : undefined;
  const figures = diffFigures(b?.recovery, a?.recovery, touched);
  const gaps = diffFindings(b?.gaps ?? [], a?.gaps ?? [], name);
  const warningsOf = (x?: Analysis) => (x?.issues ?? []).filter((w) => w.rule !== CYCLE_RULE);
  const warnings = diffFindings(warningsOf(b), warningsOf(a), name);
  const cycles = diffCycles(b?.recovery.cycles ?? [], a?.recovery.cycles ?? [], name);
  const scenarios = diffScenarios(b?.scenarios ?? [], a?.scenarios ?? [], name);
  const reviews = diffReviews(b?.reviews ?? [], a?.reviews ?? [], name);
  const moved = new Set([
    ...figures.changed.filter((f) => f.moved).map((f) => f.key),
    ...figures.waves.map((m) => m.key),
  ]);
  const tiers = new Map(
    [...(b?.recovery.nodes ?? []), ...(a?.recovery.nodes ?? [])].map((x) => [x.key, x.tier]),
  );
  const graph = toImpactGraph(
    b?.recovery.graph,
    a?.recovery.graph,
    { added, removed, edited, affected: moved, tier: (k) => tiers.get(k) ?? null },
    name,
  );
  const rules = (d: FindingsDiff, rule: string) => ({
    added: d.added.filter((w) => w.rule === rule).length,
    resolved: d.resolved.filter((w) => w.rule === rule).length,
  });
  // Unreachable targets are counted as targets; the gaps that say so are not counted again.
  const other = (lines: FindingsDiff['added']) =>
    lines.filter((g) => g.rule !== 'target-unreachable');
  const sum = (f: (s: ScenarioChange) => number) => scenarios.reduce((n, s) => n + f(s), 0);
  const effects: Effects = {
    analysed,
    errors: {
      added: problems.added.filter((i) => i.severity === 'error').length,
      resolved: problems.resolved.filter((i) => i.severity === 'error').length,
    },
    targets: { unreachable: figures.unreachable.length, reachable: figures.reachable.length },
    rtoInversions: rules(warnings, 'rto-inversion'),
    rpoInversions: rules(warnings, 'rpo-inversion'),
    cycles: { added: cycles.added.length, resolved: cycles.resolved.length },
    scenarioTargets: {
      broken: sum((s) => s.newlyBroken.length),
      mended: sum((s) => s.noLongerBroken.length),
    },
    gaps: { added: other(gaps.added).length, resolved: other(gaps.resolved).length },
    figures: moved.size,
    records: touched.size + (records.settings.length ? 1 : 0),
    reviews: reviews.length,
  };
  return {
    verdict: toVerdict(effects),
    source,
    effects,
    problems: {
      ...problems,
      analysis: { before: before.analysisError ?? null, after: after.analysisError ?? null },
    },
    records,
    figures,
    gaps,
    warnings,
    cycles,
    scenarios,
    reviews,
    graph,
  };
}
