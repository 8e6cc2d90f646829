/**
 * Publishing an edition: the analysis of the whole organisation, with every record the edition
 * leaves out unnamed. Lists keep the items about shown records and count the rest; paths,
 * lists and texts inside shown items read "restricted record" where they pass a left-out
 * record; every figure of a shown record is the whole organisation's figure, unchanged.
 * Scenario item lists stay lazy (made when a page reads them), as the analysis keeps them.
 * O(size of the analysis) once per build.
 */
import type { Entry, Model } from '../model/model.ts';
import type { Issue } from '../model/issue.ts';
import { keyOf, type RecordKey } from '../model/key.ts';
import { RESTRICTED, restrictModel, type Edition } from '../model/edition.ts';
import type { Analysis } from '../analytics/analyse.ts';
import type { NodeRecovery } from '../analytics/recovery.ts';
import type { ScenarioItem, ScenarioResult } from '../analytics/scenarios.ts';
import type { ReviewItem } from '../analytics/review-due.ts';
import type { Gap } from '../analytics/gaps/index.ts';
import type { Coverage } from '../analytics/coverage.ts';
import type { Readiness, RecordReadiness } from '../analytics/readiness.ts';
import type { AvailabilityAnalysis, ServiceAvailability } from '../analytics/availability.ts';
import { toHeatMap, type HeatMap, type RiskScore } from '../analytics/risk.ts';
import { impactOf, neighboursOf } from '../analytics/graph-queries.ts';
import { nameOfKey, toShown, type Shown } from './shown.ts';
import { toIssue, type Warning } from '../model/finding.ts';
import { must } from '../model/internal.ts';
import { publishCosts, type ShownCosts } from './downtime-cost.ts';
import type {
  Requirement,
  RequirementStatus,
  Shortfall,
  Standard,
  StandardChecklist,
} from '../analytics/standards/index.ts';

/** The items an edition names, and how many more there are that it does not. */
export interface Counted<T, Of = T> {
  items: T[];
  /** Items about records the edition leaves out: counted, never named. */
  restricted: number;
  /** How many items, shown and left out, pass `test` (run on the analysis's own items). */
  count(test: (item: Of) => boolean): { total: number; restricted: number };
  /**
   * Counts every item, shown and left out, by the group `group` puts it in (undefined: in
   * none), run once per item on the analysis's own item: a group must be something the
   * edition may show (a shown owner, a severity), never a left-out record's name.
   */
  countBy(
    group: (item: Of) => string | undefined,
  ): Map<string, { total: number; restricted: number }>;
  /**
   * The shown items whose analysis item passes `test`, as the edition shows them, in list
   * order: for a test that reads what the edition replaces (a reference to a left-out record).
   */
  pick(test: (item: Of) => boolean): T[];
}

/** A recovery wave as an edition shows it. */
export interface ShownWave {
  wave: number;
  /** Ids of the shown services, in recovery order. */
  services: string[];
  /** Services of the wave the edition does not name. */
  restricted: number;
}

/** A scenario as an edition shows it: counts of the whole organisation, items it may name. */
export interface ShownScenario {
  id: string;
  title: string;
  source: ScenarioResult['source'];
  description?: string;
  /** What is lost, left-out records as `kind/(restricted)`. */
  lost: RecordKey[];
  /** How many functions and services go down and how many targets break (whole organisation). */
  counts: ScenarioResult['counts'];
  readonly functions: ScenarioItem[];
  readonly services: ScenarioItem[];
  readonly waves: ShownWave[];
  readonly broken: RecordKey[];
  /** Lost vendors with no substitute and no exit plan, left-out ones as `vendors/(restricted)`. */
  irreplaceable: RecordKey[];
  /** Shown functions and services whose target is at risk (the count is in `counts`). */
  readonly atRisk: RecordKey[];
}

/** The recovery analysis as an edition shows it. */
export interface ShownRecovery {
  /** Shown services and functions, in analysis order. */
  nodes: NodeRecovery[];
  byKey: Map<RecordKey, NodeRecovery>;
  waves: ShownWave[];
  cycles: { members: RecordKey[]; path: RecordKey[] }[];
  /** Services and functions the edition does not name. */
  restricted: number;
  /** Counts over every service and function, named or not. */
  count: Counted<NodeRecovery>['count'];
  /** The tier of any service or function, named or not (numbers are never hidden). */
  tierOf(key: RecordKey): number | undefined;
  /**
   * Shown records `key` depends on (or that depend on it), hard or soft. Made once per key,
   * direction and type, and shared by every caller: read it, never change it.
   */
  neighbours(
    key: RecordKey,
    direction: 'dependencies' | 'dependents',
    type: 'hard' | 'soft',
  ): readonly RecordKey[];
  /** What fails with `key`: the shown functions and services, and how many more. */
  impact(key: RecordKey): { functions: RecordKey[]; services: RecordKey[]; restricted: number };
  /**
   * How many records the edition does not name (locations aside) that any of `keys` depend on
   * (or that depend on them), hard or soft (or the `types` given), each counted once: a
   * number, never a name.
   */
  unnamedNeighbours(
    keys: readonly RecordKey[],
    direction: 'dependencies' | 'dependents',
    types?: readonly ('hard' | 'soft')[],
  ): number;
}

/** One requirement's result as an edition shows it: every count the whole organisation's, names only of what it shows. */
export interface ShownRequirement {
  requirement: Requirement;
  status: RequirementStatus;
  /** How many of the records the rule looks at pass it, and how many it looks at (whole organisation). */
  met: number;
  total: number;
  /** The counts in words (names no record). */
  summary: string;
  /** The shown records that show it, in key order. */
  evidence: RecordKey[];
  /** Records that show it which the edition does not name. */
  evidenceRestricted: number;
  /** What is missing, about shown records or none, reasons naming left-out records as "restricted record". */
  missing: Shortfall[];
  /** Shortfalls about records the edition does not name. */
  missingRestricted: number;
}

/** A standard's checklist as an edition shows it. */
export interface ShownChecklist {
  standard: Standard;
  /** How many requirements have each status (the whole organisation's). */
  counts: StandardChecklist['counts'];
  requirements: ShownRequirement[];
}

/** Every analysis as one edition shows it. */
export interface Published {
  asOf: string;
  edition: Edition;
  shown: Shown;
  /** The records the edition shows, for pages that print a record's own fields. */
  model: Model;
  /**
   * Every record of the organisation, counted: `items` are the shown records (as `model` has
   * them), `count` and `pick` test the whole organisation's records, references unreplaced.
   */
  records: Counted<Entry>;
  /**
   * The owning team of any record of the organisation, shown or not, as a `teams` id:
   * RESTRICTED when the edition does not name the team, undefined for no such record. For
   * counting what a team must do on records the edition does not name.
   */
  ownerOf(key: RecordKey): string | undefined;
  recovery: ShownRecovery;
  scenarios: Counted<ShownScenario, ScenarioResult>;
  reviews: Counted<ReviewItem>;
  gaps: Counted<Gap>;
  risks: Counted<RiskScore> & { heatMaps: { inherent: HeatMap; residual: HeatMap } };
  coverage: Coverage & { restricted: number };
  readiness: Readiness & { restricted: number };
  /** The standards' checklists, in STANDARDS order. */
  standards: ShownChecklist[];
  /** Availability of the shown services against target; incidents left out are counted, not named. */
  availability: Counted<ShownAvailability, ServiceAvailability> & {
    window: AvailabilityAnalysis['window'];
  };
  /** Warnings of the analyses about shown records (model warnings are in `model.issues`). */
  issues: Counted<Issue, Warning>;
  /**
   * Every warning, about the content (`model.issues`) and from the analyses (`issues`), in that
   * order: the ones the edition shows, and a count over the whole organisation's.
   */
  warnings: Counted<Issue, Issue | Warning>;
  /** The cost of downtime (an estimate): figures of the whole organisation, the functions it names. */
  cost: ShownCosts;
  /** What a record's page lists about it: its gaps, its warnings (content and analysis), its readiness. */
  about(key: RecordKey): {
    gaps: Gap[];
    issues: Issue[];
    reviews: ReviewItem[];
    readiness?: RecordReadiness;
    availability?: ShownAvailability;
  };
}

/** A service's availability as an edition shows it: the incidents it may name, and how many it may not. */
export interface ShownAvailability extends ServiceAvailability {
  /** Incidents in the year window the edition leaves out (counted in every figure). */
  restrictedIncidents: number;
}

/** Groups items by the record they are about, in list order. */
function byRecord<T>(
  items: readonly T[],
  keyOfItem: (item: T) => RecordKey | undefined,
): Map<RecordKey, T[]> {
  const out = new Map<RecordKey, T[]>();
  for (const item of items) {
    const k = keyOfItem(item);
    if (k === undefined) continue;
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** Keeps the items about shown records (as `show` shows them), counting the others. */
function counted<T, U = T>(
  items: readonly T[],
  isShown: (item: T) => boolean,
  show: (item: T) => U = (x) => x as unknown as U,
): Counted<U, T> {
  const kept: U[] = [];
  const keptFrom: T[] = [];
  const left: T[] = [];
  for (const item of items)
    if (isShown(item)) {
      kept.push(show(item));
      keptFrom.push(item);
    } else left.push(item);
  return {
    items: kept,
    restricted: left.length,
    count: (test) => {
      let total = 0;
      for (const item of items) if (test(item)) total++;
      let restricted = 0;
      for (const item of left) if (test(item)) restricted++;
      return { total, restricted };
    },
    countBy: (group) => {
      const out = new Map<string, { total: number; restricted: number }>();
      const tally = (item: T, restricted: number) => {
        const g = group(item);
        if (g === undefined) return;
        const f = out.get(g) ?? { total: 0, restricted: 0 };
        f.total++;
        f.restricted += restricted;
        out.set(g, f);
      };
      for (const item of keptFrom) tally(item, 0);
      for (const item of left) tally(item, 1);
      return out;
    },
    pick: (test) => kept.filter((_, i) => test(keptFrom[i])),
  };
}

/** Two counted lists as one, `a`'s items first. */
function concatCounted<U, T>(a: Counted<U, T>, b: Counted<U, T>): Counted<U, T> {
  return {
    items: [...a.items, ...b.items],
    restricted: a.restricted + b.restricted,
    count: (test) => {
      const x = a.count(test);
      const y = b.count(test);
      return { total: x.total + y.total, restricted: x.restricted + y.restricted };
    },
    countBy: (group) => {
      const out = a.countBy(group);
      for (const [g, f] of b.countBy(group)) {
        const x = out.get(g) ?? { total: 0, restricted: 0 };
        out.set(g, { total: x.total + f.total, restricted: x.restricted + f.restricted });
      }
      return out;
    },
    pick: (test) => [...a.pick(test), ...b.pick(test)],
  };
}

/** Publishes `analysis` (of the whole `model`) for `edition`. */
export function publish(model: Model, analysis: Analysis, edition: Edition): Published {
  const shown = toShown(model, edition);
  const { isShown, showAll, showText } = shown;
  const owner = (team: string) => (isShown(keyOf('teams', team)) ? team : RESTRICTED);
  const rec = analysis.recovery;

  const nodes = counted(
    rec.nodes,
    (x) => isShown(x.key),
    (x) => ({
      ...x,
      owner: owner(x.owner),
      rto: {
        ...x.rto,
        requiredPath: showAll(x.rto.requiredPath),
        bottleneck: showAll(x.rto.bottleneck),
      },
      rpo: { ...x.rpo, requiredPath: showAll(x.rpo.requiredPath) },
      ...(x.ownRecovery?.exercise && !isShown(keyOf('exercises', x.ownRecovery.exercise))
        ? { ownRecovery: { ...x.ownRecovery, exercise: RESTRICTED } }
        : {}),
      ...(x.ownRecovery?.incident && !isShown(keyOf('incidents', x.ownRecovery.incident))
        ? { ownRecovery: { ...x.ownRecovery, incident: RESTRICTED } }
        : {}),
    }),
  );
  const showWaves = (waves: readonly { wave: number; services: string[] }[]): ShownWave[] =>
    waves.map((w) => {
      const services = w.services.filter((id) => isShown(keyOf('services', id)));
      return { wave: w.wave, services, restricted: w.services.length - services.length };
    });
  const lists = () => ({
    hard: new Map<RecordKey, readonly RecordKey[]>(),
    soft: new Map<RecordKey, readonly RecordKey[]>(),
  });
  const neighbourLists = { dependencies: lists(), dependents: lists() };
  const recovery: ShownRecovery = {
    nodes: nodes.items,
    byKey: new Map(nodes.items.map((x) => [x.key, x])),
    waves: showWaves(rec.waves),
    cycles: rec.cycles.map((c) => ({ members: showAll(c.members), path: showAll(c.path) })),
    restricted: nodes.restricted,
    count: nodes.count,
    tierOf: (key) => rec.byKey.get(key)?.tier,
    neighbours: (key, direction, type) => {
      // A hub's list is asked for by every view it is in: thousands of times at scale.
      const made = neighbourLists[direction][type];
      let list = made.get(key);
      if (!list) {
        list = isShown(key) ? neighboursOf(rec, key, direction, type).filter(isShown) : [];
        made.set(key, list);
      }
      return list;
    },
    unnamedNeighbours: (keys, direction, types = ['hard', 'soft']) => {
      const unnamed = new Set<RecordKey>();
      for (const key of keys)
        for (const type of types)
          for (const k of neighboursOf(rec, key, direction, type))
            if (!isShown(k) && !k.startsWith('locations/')) unnamed.add(k);
      return unnamed.size;
    },
    impact: (key) => {
      if (!isShown(key)) return { functions: [], services: [], restricted: 0 };
      const all = impactOf(rec, key);
      const functions = all.functions.filter(isShown);
      const services = all.services.filter(isShown);
      const restricted =
        all.functions.length + all.services.length - functions.length - services.length;
      return { functions, services, restricted };
    },
  };

  // A location's or vendor's scenario is named after it: it is shown only with it.
  const scenarios = counted(
    analysis.scenarios,
    (s) => s.source === 'declared' || s.lost.every(isShown),
    (s): ShownScenario => ({
      id: s.id,
      title: s.title,
      source: s.source,
      ...(s.description === undefined ? {} : { description: s.description }),
      lost: showAll(s.lost),
      counts: s.counts,
      get functions() {
        return s.functions.filter((x) => isShown(x.key));
      },
      get services() {
        return s.services.filter((x) => isShown(x.key));
      },
      get waves() {
        return showWaves(s.waves);
      },
      get broken() {
        return s.broken.filter(isShown);
      },
      irreplaceable: showAll(s.irreplaceable),
      get atRisk() {
        return s.atRisk.filter(isShown);
      },
    }),
  );

  const reviews = counted(
    analysis.reviews,
    (r) => isShown(r.key),
    (r) => ({
      ...r,
      owner: owner(r.owner),
      detail: showText(r.detail),
      ...(r.change ? { change: { ...r.change, exercise: shown.show(r.change.exercise) } } : {}),
      // A training subject is a plan or guide id: a left-out one is not named (a finding's id is no record).
      ...(r.check === 'training' &&
      r.subject !== undefined &&
      !isShown(keyOf('plans', r.subject)) &&
      !isShown(keyOf('guides', r.subject))
        ? { subject: RESTRICTED }
        : {}),
    }),
  );
  const gaps = counted(
    analysis.gaps,
    (g) => isShown(g.key),
    (g) => ({ ...g, message: showText(g.message), fix: showText(g.fix) }),
  );
  const risks = counted(
    analysis.risks,
    (r) => isShown(keyOf('risks', r.id)),
    (r) => ({ ...r, owner: owner(r.owner) }),
  );
  // Heat maps count every risk and name the shown ones.
  const heatMap = (which: 'inherent' | 'residual'): HeatMap => ({
    cells: toHeatMap(analysis.risks, which).cells.map((c) => ({
      ...c,
      riskIds: c.riskIds.filter((id) => isShown(keyOf('risks', id))),
    })),
  });
  const standards = analysis.standards.map((c): ShownChecklist => ({
    standard: c.standard,
    counts: c.counts,
    requirements: c.requirements.map(({ requirement, result: r }) => {
      const evidence = r.evidence.filter(isShown);
      const missing = r.missing
        .filter((m) => m.key === undefined || isShown(m.key))
        .map((m) => ({ ...m, reason: showText(m.reason) }));
      return {
        requirement,
        status: r.status,
        met: r.met,
        total: r.total,
        summary: r.summary,
        evidence,
        evidenceRestricted: r.evidence.length - evidence.length,
        missing,
        missingRestricted: r.missing.length - missing.length,
      };
    }),
  }));
  const coverageRows = counted(analysis.coverage.rows, (r) => isShown(r.key as RecordKey));
  const readinessRecords = counted(analysis.readiness.records, (r) => isShown(r.key));
  const availability = counted(
    analysis.availability.services,
    (a) => isShown(a.key),
    (a): ShownAvailability => {
      const incidents = a.incidents.filter(isShown);
      return { ...a, incidents, restrictedIncidents: a.incidents.length - incidents.length };
    },
  );
  // A warning about a shown record is shown, naming left-out records as "restricted record".
  const issues = counted(
    analysis.issues,
    (w) => isShown(w.key),
    (w) =>
      toIssue(
        {
          ...w,
          message: showText(w.message),
          fix: showText(w.fix),
          ...(w.value ? { value: showText(w.value) } : {}),
        },
        model.index.get(w.key)?.file ?? w.key,
        nameOfKey,
      ),
  );
  const shownModel = restrictModel(model, edition);
  // The content warnings the edition keeps are the whole model's own objects (restrictModel filters them).
  const keptIssues = new Set(shownModel.issues);
  const contentWarnings = counted(
    model.issues.filter((i) => i.severity === 'warning'),
    (i) => keptIssues.has(i),
  );
  const warnings = concatCounted<Issue, Issue | Warning>(contentWarnings, issues);
  const records = counted(
    [...model.index.values()],
    (e) => shownModel.index.has(e.key),
    (e) => must(shownModel.index.get(e.key), `shown record ${e.key}`),
  );
  let index:
    | {
        gaps: Map<RecordKey, Gap[]>;
        issues: Map<RecordKey, Issue[]>;
        reviews: Map<RecordKey, ReviewItem[]>;
        readiness: Map<RecordKey, RecordReadiness>;
        availability: Map<RecordKey, ShownAvailability>;
      }
    | undefined;
  const about = (key: RecordKey) => {
    index ??= {
      gaps: byRecord(gaps.items, (g) => g.key),
      issues: byRecord([...shownModel.issues, ...issues.items], (i) => i.key),
      reviews: byRecord(reviews.items, (r) => r.key),
      readiness: new Map(readinessRecords.items.map((r) => [r.key, r])),
      availability: new Map(availability.items.map((a) => [a.key, a])),
    };
    return {
      gaps: index.gaps.get(key) ?? [],
      issues: index.issues.get(key) ?? [],
      reviews: index.reviews.get(key) ?? [],
      readiness: index.readiness.get(key),
      availability: index.availability.get(key),
    };
  };
  return {
    asOf: analysis.asOf,
    edition,
    shown,
    model: shownModel,
    records,
    ownerOf: (key) => {
      const team = model.index.get(key)?.data.owner;
      return team === undefined ? undefined : owner(team);
    },
    recovery,
    scenarios,
    reviews,
    gaps,
    risks: { ...risks, heatMaps: { inherent: heatMap('inherent'), residual: heatMap('residual') } },
    coverage: {
      scenarios: analysis.coverage.scenarios,
      rows: coverageRows.items,
      restricted: coverageRows.restricted,
    },
    readiness: {
      overall: analysis.readiness.overall,
      records: readinessRecords.items,
      restricted: readinessRecords.restricted,
    },
    standards,
    availability: { ...availability, window: analysis.availability.window },
    issues,
    warnings,
    cost: publishCosts(analysis.cost, isShown),
    about,
  };
}
