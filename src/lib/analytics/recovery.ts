/**
 * Recovery analysis of every service and business function after a wide outage: tier,
 * declared / required / achievable RTO and RPO with the paths behind them, the gap, wave,
 * impact when it fails, priority rank. Runs the graph algorithms once each:
 * O(nodes + edges) plus the impact bitsets (see graph/impact.ts).
 */
import type { Entry, Model } from '../model/model.ts';
import { formatDuration as fd } from '../schema/duration.ts';
import { buildDependencyGraph, GRAPH_KINDS, type Graph } from '../graph/graph.ts';
import {
  findComponents,
  findCycles,
  type Components,
  type CycleGroup,
} from '../graph/components.ts';
import { inheritObjective, requirementPath } from '../graph/inherit.ts';
import { computeAchievable, bottleneckPath, timeOf } from '../graph/achievable.ts';
import { computeWaves } from '../graph/waves.ts';
import { computeImpact, countImpact, type Impact } from '../graph/impact.ts';
import { tierOf } from './tiers.ts';
import { deriveObjectives } from './bia-objectives.ts';
import { listOwnRecovery, type OwnRecovery } from './own-recovery.ts';
import { rankByPriority } from './ranking.ts';
import type { RecordKey } from '../model/key.ts';
import { join, pathText, ref, text, type Text } from '../model/text.ts';
import { toFinding, type Warning } from '../model/finding.ts';
import { internal } from '../model/internal.ts';

/** Recovery figures of one service or business function. Times in minutes; undefined = unknown. */
export interface NodeRecovery {
  key: RecordKey;
  kind: 'services' | 'bia';
  id: string;
  title: string;
  owner: string;
  /** Recovery tier of the target RTO (rto.target: the tighter of declared and required); the one tier every badge shows. */
  tier?: number;
  rto: {
    declared?: number;
    /** Tightest RTO of anything that depends on it (hard, transitively), and who imposes it. */
    required?: number;
    requiredPath: RecordKey[];
    /** What it must meet: the tighter of declared and required. */
    target?: number;
    /** When it can be back after a wide outage, and the chain of dependencies that decides it. */
    achievable?: number;
    bottleneck: RecordKey[];
    /** achievable - target (positive: the target cannot be met). */
    gap?: number;
    /** Declared RTO looser than required. */
    inversion: boolean;
  };
  rpo: { declared?: number; required?: number; requiredPath: RecordKey[]; inversion: boolean };
  /** Services: own restore time and its source. */
  ownRecovery?: OwnRecovery;
  /** Functions: MTPD derived from the impact table. */
  derivedMtpd?: number;
  /** Recovery wave (services), or the wave after which a function has its systems back. */
  wave?: number;
  inCycle: boolean;
  impact: {
    functions: number;
    services: number;
    tier1Functions: number;
    worstLevel: number;
    worstLabel?: string;
  };
  rank: number;
}

export interface RecoveryAnalysis {
  graph: Graph;
  comps: Components;
  /** Impact sets; the tier-1 functions are its leading functions (countImpact(...).leading, impactedLeading). */
  impact: Impact;
  /** Own recovery time per node index in minutes (services; 0 for functions, vendors, locations; -1 unknown). */
  own: Float64Array;
  /** Target RTO per node index (for scenarios). */
  target: (number | undefined)[];
  /** Priority rank per node index among its kind (0 for vendors and locations). */
  rankOf: Int32Array;
  nodes: NodeRecovery[];
  /** The record of each graph node, by node index. */
  entries: Entry[];
  /** Position in `nodes` per node index (-1 for vendors and locations). */
  nodeOf: Int32Array;
  byKey: Map<string, NodeRecovery>;
  /** Each group of services that hard-depend on each other, with all members and an example cycle. */
  cycles: CycleGroup[];
  /** Services by wave, ordered inside a wave by target RTO, then rank, then id. */
  waves: { wave: number; services: string[] }[];
  /** Warnings about the data: inversions, cycles, MTPD tables. */
  issues: Warning[];
}

const min = (a?: number, b?: number) =>
  a === undefined ? b : b === undefined ? a : Math.min(a, b);

/** Runs the recovery analysis over the whole model. */
export function analyseRecovery(model: Model): RecoveryAnalysis {
  const { settings } = model;
  const graph = buildDependencyGraph(model);
  const comps = findComponents(graph);
  const n = graph.keys.length;
  // Node i of the graph is record i of the graph kinds' lists, concatenated.
  const entries: Entry[] = GRAPH_KINDS.flatMap((kind) => model.byKind[kind] as Entry[]);
  const recoverable = Uint8Array.from(graph.kinds, (k) =>
    k === 'services' || k === 'bia' ? 1 : 0,
  );
  const declaredRto: (number | undefined)[] = new Array(n).fill(undefined);
  const declaredRpo: (number | undefined)[] = new Array(n).fill(undefined);
  for (let i = 0; i < n; i++) {
    if (!recoverable[i]) continue;
    const d = entries[i].data as { rto?: number; rpo?: number };
    declaredRto[i] = d.rto;
    declaredRpo[i] = d.rpo;
  }
  const rto = inheritObjective(graph, comps, declaredRto);
  const rpo = inheritObjective(graph, comps, declaredRpo);
  const ownById = listOwnRecovery(model);
  const own = Float64Array.from(graph.kinds, (k, i) =>
    k === 'services' ? (ownById.get(graph.ids[i])?.minutes ?? -1) : 0,
  );
  // After a wide outage every service is down; vendors and locations are assumed back (time 0).
  const ach = computeAchievable(graph, comps, own, recoverable);
  const waves = computeWaves(
    graph,
    comps,
    Uint8Array.from(graph.kinds, (k) => (k === 'services' ? 1 : 0)),
  );
  const target = graph.keys.map((_, i) => min(declaredRto[i], rto.required[i]));
  const fnInfo = graph.kinds.map((k, i) =>
    k === 'bia'
      ? deriveObjectives(
          entries[i].data as { impacts: Record<string, Record<string, string>> },
          settings,
        )
      : undefined,
  );
  // The tier is the class of the target RTO (the tighter of declared and required), so a
  // service required back in 2h is tier 1 even when its own declared RTO is looser; every
  // badge and tier rule reads this one figure.
  const tierOfNode = graph.keys.map((_, i) =>
    recoverable[i] ? tierOf(target[i], settings.tiers) : undefined,
  );
  // Tier-1 functions lead the impact sets, so they are counted and listed without walking the rest.
  const impact = computeImpact(graph, comps, { leading: (i) => tierOfNode[i] === 1 });
  // Worst impact level among the functions that fail with each component: a maximum carried
  // down the hard edges, dependents first (a function is alone in its component).
  const worstOf = new Int32Array(comps.members.length).fill(-1);
  for (let c = comps.members.length - 1; c >= 0; c--) {
    let worst = -1;
    const members = comps.members[c];
    for (let j = 0; j < members.length; j++) {
      const m = members[j];
      if (fnInfo[m] && fnInfo[m].worstLevel > worst) worst = fnInfo[m].worstLevel;
      const ins = graph.hardIn[m];
      for (let e = 0; e < ins.length; e++)
        if (comps.of[ins[e]] !== c && worstOf[comps.of[ins[e]]] > worst)
          worst = worstOf[comps.of[ins[e]]];
    }
    worstOf[c] = worst;
  }

  const nodes: NodeRecovery[] = [];
  const nodeOf = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    if (!recoverable[i]) continue;
    const kind = graph.kinds[i] as 'services' | 'bia';
    const d = entries[i].data as { title: string; owner: string };
    let worstLevel: number;
    let fnWave: number | undefined;
    let counts = { functions: 0, leading: 0, services: 0 };
    const info = fnInfo[i];
    if (kind === 'services') {
      worstLevel = worstOf[comps.of[i]];
      counts = countImpact(impact, i);
    } else {
      if (info === undefined) throw internal(`${graph.keys[i]} has no objectives from its impacts`);
      worstLevel = info.worstLevel;
      fnWave = 0;
      for (const dep of graph.hard[i]) if (waves[dep] > fnWave) fnWave = waves[dep];
    }
    const achievable = timeOf(ach, i);
    const targetRto = target[i];
    const gap =
      achievable === undefined || targetRto === undefined ? undefined : achievable - targetRto;
    const dRto = declaredRto[i];
    const rRto = rto.required[i];
    const dRpo = declaredRpo[i];
    const rRpo = rpo.required[i];
    nodeOf[i] = nodes.length;
    nodes.push({
      key: graph.keys[i],
      kind,
      id: graph.ids[i],
      title: d.title,
      owner: d.owner,
      tier: tierOfNode[i],
      rto: {
        declared: dRto,
        required: rRto,
        requiredPath: requirementPath(graph, rto, i),
        target: targetRto,
        achievable,
        bottleneck: bottleneckPath(graph, ach, i),
        gap,
        inversion: dRto !== undefined && rRto !== undefined && dRto > rRto,
      },
      rpo: {
        declared: dRpo,
        required: rRpo,
        requiredPath: requirementPath(graph, rpo, i),
        inversion: dRpo !== undefined && rRpo !== undefined && dRpo > rRpo,
      },
      ownRecovery: kind === 'services' ? ownById.get(graph.ids[i]) : undefined,
      derivedMtpd: info?.mtpd,
      wave: kind === 'services' ? waves[i] : fnWave,
      inCycle: comps.cyclic[comps.of[i]],
      impact: {
        functions: counts.functions,
        services: counts.services,
        tier1Functions: counts.leading,
        worstLevel,
        worstLabel: settings.impactScale[worstLevel]?.label,
      },
      rank: 0,
    });
  }
  const rankOf = new Int32Array(n);
  for (const kind of ['services', 'bia'] as const) {
    const list = nodes.filter((x) => x.kind === kind);
    const ranks = rankByPriority(
      list.map((x) => ({
        key: x.key,
        id: x.id,
        target: x.rto.target,
        worstLevel: x.impact.worstLevel,
        dependents: x.impact.functions + x.impact.services,
      })),
    );
    list.forEach((x, j) => {
      x.rank = ranks[j];
    });
  }
  const byKey = new Map(nodes.map((x) => [x.key, x]));
  for (let i = 0; i < n; i++) if (nodeOf[i] >= 0) rankOf[i] = nodes[nodeOf[i]].rank;

  // Findings about the data: inversions, cycles, MTPD tables that disagree with the declared MTPD.
  const issues: Warning[] = [];
  for (let i = 0; i < n; i++) {
    if (nodeOf[i] < 0) continue;
    const x = nodes[nodeOf[i]];
    const self = ref(x.key);
    if (x.rto.inversion)
      issues.push(
        toFinding<Warning>({
          severity: 'warning',
          key: x.key,
          path: ['rto'],
          value: text`"${fd(x.rto.declared)}"`,
          rule: 'rto-inversion',
          message: text`the declared RTO ${fd(x.rto.declared)} is looser than the ${fd(x.rto.required)} required by ${pathText(x.rto.requiredPath)}.`,
          fix: text`Engineer ${self} to recover within ${fd(x.rto.required)} and lower its rto, or make the dependency soft with a workaround.`,
        }),
      );
    if (x.rpo.inversion)
      issues.push(
        toFinding<Warning>({
          severity: 'warning',
          key: x.key,
          path: ['rpo'],
          value: text`"${fd(x.rpo.declared)}"`,
          rule: 'rpo-inversion',
          message: text`the declared RPO ${fd(x.rpo.declared)} is looser than the ${fd(x.rpo.required)} required by ${pathText(x.rpo.requiredPath)}.`,
          fix: text`Protect ${self}'s data at least every ${fd(x.rpo.required)} and lower its rpo, or relax the requirement with the business.`,
        }),
      );
    if (x.kind === 'bia') {
      const declared = (entries[i].data as { mtpd?: number }).mtpd;
      if (declared !== undefined && x.derivedMtpd !== undefined && declared > x.derivedMtpd)
        issues.push(
          toFinding<Warning>({
            severity: 'warning',
            key: x.key,
            path: ['mtpd'],
            value: text`"${fd(declared)}"`,
            rule: 'mtpd-above-impacts',
            message: text`the declared MTPD ${fd(declared)} is longer than the ${fd(x.derivedMtpd)} after which the impact table becomes intolerable.`,
            fix: text`Lower mtpd to ${fd(x.derivedMtpd)} or revisit the impact table with the function owner.`,
          }),
        );
    }
  }
  const cycles = findCycles(graph, comps);
  for (const c of cycles)
    issues.push(
      toFinding<Warning>({
        severity: 'warning',
        key: c.members[0],
        path: ['dependsOn'],
        value: text`"${pathText(c.path)}"`,
        rule: 'dependency-cycle',
        message:
          c.members.length === 1
            ? text`hard dependency cycle ${pathText(c.path)}: the service depends on itself.`
            : text`hard dependency cycle between ${listed(c.members)} (for example ${pathText(c.path)}): these services can only be recovered together.`,
        fix: text`Break the cycle (for example a standalone resolver or a local account that does not need the other service) or write the bootstrap order into the recovery plan.`,
      }),
    );

  // Waves, inside a wave by rank (which orders by target RTO first).
  const byRank = nodes
    .filter((x): x is NodeRecovery & { wave: number } => x.kind === 'services' && !!x.wave)
    .sort((a, b) => a.rank - b.rank);
  const waveList = new Map<number, string[]>();
  for (const x of byRank) {
    const list = waveList.get(x.wave);
    if (list) list.push(x.id);
    else waveList.set(x.wave, [x.id]);
  }
  const waveOut = [...waveList]
    .sort(([a], [b]) => a - b)
    .map(([wave, services]) => ({ wave, services }));
  return {
    graph,
    comps,
    impact,
    own,
    target,
    rankOf,
    nodes,
    entries,
    nodeOf,
    byKey,
    cycles,
    waves: waveOut,
    issues,
  };
}

/** "a, b and c". */
const listed = (keys: RecordKey[]): Text =>
  keys.length < 2
    ? join(keys.map(ref))
    : text`${join(keys.slice(0, -1).map(ref))} and ${ref(keys[keys.length - 1])}`;
