/**
 * Outage scenarios: the loss of each location, each vendor, and each scenario declared in
 * organisation.yaml. For each: what fails with it (functions and services, through hard
 * dependencies), the recovery waves of what failed, achievable against required times, and
 * the targets that break. Everything not lost stays up. O(scenarios x (nodes + edges)) at worst;
 * a scenario costs what it touches: its impact set, the edges among what fails, and sorting that.
 *
 * The figures of a scenario are kept in typed arrays (about 24 bytes per impacted node): a
 * large organisation has hundreds of scenarios and hundreds of thousands of impacted entries.
 * The item objects (`functions`, `services`, `waves`, `broken`) are made from them when first
 * read, by the one page or API document that shows that scenario.
 */
import type { Model } from '../model/model.ts';
import { computeAchievable, type Achievable } from '../graph/achievable.ts';
import { computeWaves } from '../graph/waves.ts';
import { impactedNodes } from '../graph/impact.ts';
import type { RecoveryAnalysis } from './recovery.ts';
import { keyOf, type RecordKey } from '../model/key.ts';
import type { Entry } from '../model/model.ts';
import { lossScenarioId } from '../model/scenario-id.ts';

export interface ScenarioItem {
  key: RecordKey;
  /** Minutes it must be back within (target RTO). */
  target?: number;
  /** Minutes until it is back in this scenario. */
  achievable?: number;
  /** false when achievable exceeds target; undefined when either is unknown or it is at risk. */
  met?: boolean;
  wave?: number;
  /**
   * true when it fails with a lost vendor that has no substitute and no exit plan: it cannot
   * be recovered within the scenario, so its achievable time is unknown.
   */
  atRisk?: boolean;
}

export interface ScenarioSpec {
  id: string;
  title: string;
  source: 'location' | 'vendor' | 'declared';
  description?: string;
  /** What is lost, as "kind/id". */
  lost: RecordKey[];
  /**
   * The lost vendors that have no substitute (substitutability hard or none) and no exit plan
   * (no `exitPlan` naming an approved plan of type exit), in `lost` order. Default none.
   */
  irreplaceable?: RecordKey[];
}

export interface ScenarioResult extends ScenarioSpec {
  /** The lost vendors with no substitute and no exit plan (see ScenarioSpec). */
  irreplaceable: RecordKey[];
  /**
   * How many functions and services go down, how many targets break, and how many are at risk
   * (targets of what fails with an irreplaceable vendor: neither met nor broken).
   */
  counts: { functions: number; services: number; broken: number; atRisk: number };
  /** Functions that go down, in key order. */
  readonly functions: ScenarioItem[];
  /** Services that go down, in key order. */
  readonly services: ScenarioItem[];
  /** Services by recovery wave, ordered inside a wave by priority rank (target RTO first). */
  readonly waves: { wave: number; services: string[] }[];
  /** Keys of functions and services whose target breaks (functions first, each in key order). */
  readonly broken: RecordKey[];
  /** Keys of functions and services with a target that is at risk (same order as `broken`). */
  readonly atRisk: RecordKey[];
  /**
   * Calls `visit` with each function that goes down, in key order: its key, the minutes until
   * it is back (undefined when unknown or at risk) and whether it is at risk. Reads the figures
   * without making the item lists, so an analysis over every scenario stays small.
   */
  eachFunction(
    visit: (key: RecordKey, achievable: number | undefined, atRisk: boolean) => void,
  ): void;
}

/** Whether a vendor has no substitute: substitutability hard or none. */
export function hasNoSubstitute(v: Entry<'vendors'>): boolean {
  return v.data.substitutability === 'hard' || v.data.substitutability === 'none';
}

/** Whether a vendor has an exit plan: its `exitPlan` names an approved plan of type exit. */
export function hasExitPlan(model: Model, v: Entry<'vendors'>): boolean {
  if (v.data.exitPlan === undefined) return false;
  const plan = model.index.get(keyOf('plans', v.data.exitPlan)) as Entry<'plans'> | undefined;
  return plan !== undefined && plan.data.type === 'exit' && plan.data.status === 'approved';
}

/** The records of `lost` that are vendors with no substitute and no exit plan. */
function irreplaceableOf(model: Model, lost: RecordKey[]): RecordKey[] {
  return lost.filter((k) => {
    const v = model.index.get(k);
    if (v?.kind !== 'vendors') return false;
    const vendor = v as Entry<'vendors'>;
    return hasNoSubstitute(vendor) && !hasExitPlan(model, vendor);
  });
}

/** The scenarios to analyse: every location, every vendor, then the declared ones. */
export function listScenarios(model: Model): ScenarioSpec[] {
  return [
    ...model.byKind.locations.map((l) => ({
      id: lossScenarioId('locations', l.id),
      title: `Loss of ${l.data.title}`,
      source: 'location' as const,
      lost: [l.key],
      irreplaceable: [],
    })),
    ...model.byKind.vendors.map((v) => ({
      id: lossScenarioId('vendors', v.id),
      title: `Failure of ${v.data.title}`,
      source: 'vendor' as const,
      lost: [v.key],
      irreplaceable: irreplaceableOf(model, [v.key]),
    })),
    ...model.settings.scenarios.map((s) => ({
      id: s.id,
      title: s.title,
      source: 'declared' as const,
      description: s.description,
      lost: s.lose as RecordKey[],
      irreplaceable: irreplaceableOf(model, s.lose as RecordKey[]),
    })),
  ];
}

/** The computed figures of one scenario, with its item lists made on first read. */
class Outcome implements ScenarioResult {
  id: string;
  title: string;
  source: ScenarioSpec['source'];
  description?: string;
  lost: RecordKey[];
  irreplaceable: RecordKey[];
  counts: ScenarioResult['counts'];
  #ctx: Context;
  /** Nodes that go down, ascending (functions come before services in node order). */
  #nodes: Int32Array;
  /** Achievable minutes of each of #nodes (-1 unknown). */
  #times: Float64Array;
  /** 1 where #nodes[j] fails with an irreplaceable vendor (at risk). */
  #risk: Uint8Array;
  /** Wave of each of #nodes (for a function: the wave after which its services are back). */
  #waves: Int32Array;
  /** Down services in recovery order, as wave x stride + rank (see Context). */
  #order: Float64Array;
  #items?: { functions: ScenarioItem[]; services: ScenarioItem[] };

  constructor(
    spec: ScenarioSpec,
    ctx: Context,
    nodes: Int32Array,
    times: Float64Array,
    waves: Int32Array,
    order: Float64Array,
    counts: ScenarioResult['counts'],
    risk: Uint8Array,
  ) {
    this.id = spec.id;
    this.title = spec.title;
    this.source = spec.source;
    if (spec.description !== undefined) this.description = spec.description;
    this.lost = spec.lost;
    this.irreplaceable = spec.irreplaceable ?? [];
    this.counts = counts;
    this.#risk = risk;
    this.#ctx = ctx;
    this.#nodes = nodes;
    this.#times = times;
    this.#waves = waves;
    this.#order = order;
  }

  #made() {
    if (this.#items) return this.#items;
    const { graph, target } = this.#ctx.rec;
    const functions: ScenarioItem[] = [];
    const services: ScenarioItem[] = [];
    for (let j = 0; j < this.#nodes.length; j++) {
      const i = this.#nodes[j];
      const achievable = this.#times[j] < 0 ? undefined : this.#times[j];
      const t = target[i];
      const met = t === undefined || achievable === undefined ? undefined : achievable <= t;
      const item: ScenarioItem = {
        key: graph.keys[i],
        target: target[i],
        achievable,
        met,
        wave: this.#waves[j],
      };
      if (this.#risk[j]) item.atRisk = true;
      (graph.kinds[i] === 'services' ? services : functions).push(item);
    }
    return (this.#items = { functions, services });
  }

  get functions() {
    return this.#made().functions;
  }
  get services() {
    return this.#made().services;
  }
  get broken() {
    return [...this.functions, ...this.services].filter((x) => x.met === false).map((x) => x.key);
  }
  get atRisk() {
    return [...this.functions, ...this.services]
      .filter((x) => x.atRisk && x.target !== undefined)
      .map((x) => x.key);
  }
  eachFunction(
    visit: (key: RecordKey, achievable: number | undefined, atRisk: boolean) => void,
  ): void {
    const { graph } = this.#ctx.rec;
    // Functions come before services in node order, so they lead #nodes.
    for (let j = 0; j < this.#nodes.length && graph.kinds[this.#nodes[j]] === 'bia'; j++)
      visit(
        graph.keys[this.#nodes[j]],
        this.#times[j] < 0 ? undefined : this.#times[j],
        this.#risk[j] === 1,
      );
  }
  get waves() {
    const { rec, stride, serviceByRank } = this.#ctx;
    const out: { wave: number; services: string[] }[] = [];
    for (const key of this.#order) {
      const node = serviceByRank[key % stride];
      const wave = Math.floor(key / stride);
      if (out.length === 0 || out[out.length - 1].wave !== wave) out.push({ wave, services: [] });
      out[out.length - 1].services.push(rec.graph.ids[node]);
    }
    return out;
  }
}

/** What the scenarios of one analysis share: recovery order is coded as wave x stride + rank. */
interface Context {
  rec: RecoveryAnalysis;
  serviceByRank: Int32Array;
  stride: number;
}

/** Context plus scratch arrays shared by the scenarios of one analysis, reset after each. */
interface Workspace extends Context {
  down: Uint8Array;
  compDown: Uint8Array;
  ach: Achievable;
  waves: Int32Array;
  nodes: Int32Array;
  comps: Int32Array;
  keys: Float64Array;
}

function newWorkspace(rec: RecoveryAnalysis): Workspace {
  const n = rec.graph.keys.length;
  const serviceByRank = new Int32Array(rec.graph.kinds.filter((k) => k === 'services').length + 1);
  for (let i = 0; i < n; i++)
    if (rec.graph.kinds[i] === 'services') serviceByRank[rec.rankOf[i]] = i;
  return {
    rec,
    serviceByRank,
    stride: serviceByRank.length,
    down: new Uint8Array(n),
    compDown: new Uint8Array(rec.comps.members.length),
    ach: { time: new Float64Array(n), via: new Int32Array(n).fill(-1) },
    waves: new Int32Array(n),
    nodes: new Int32Array(n),
    comps: new Int32Array(rec.comps.members.length),
    keys: new Float64Array(serviceByRank.length),
  };
}

/** Analyses every scenario, sharing one workspace. */
export function analyseScenarios(
  rec: RecoveryAnalysis,
  scenarios: ScenarioSpec[],
): ScenarioResult[] {
  const ws = newWorkspace(rec);
  return scenarios.map((s) => analyseScenario(rec, s, ws));
}

/** Analyses one scenario against the wide-outage analysis. */
export function analyseScenario(
  rec: RecoveryAnalysis,
  scenario: ScenarioSpec,
  ws: Workspace = newWorkspace(rec),
): ScenarioResult {
  const { graph, comps, impact, target, rankOf } = rec;
  const { down, compDown, waves } = ws;
  const kinds = graph.kinds;
  // What goes down: the lost records, and every function and service in their impact sets.
  let count = 0;
  const fail = (node: number) => {
    if (down[node]) return;
    down[node] = 1;
    ws.nodes[count++] = node;
  };
  for (const key of scenario.lost) {
    const node = graph.index.get(key);
    if (node === undefined) continue;
    if (kinds[node] === 'services') fail(node);
    for (const other of impactedNodes(impact, node)) fail(other);
  }
  const nodes = ws.nodes.slice(0, count).sort();
  let compCount = 0;
  for (let j = 0; j < count; j++) {
    const c = comps.of[nodes[j]];
    if (!compDown[c]) {
      compDown[c] = 1;
      ws.comps[compCount++] = c;
    }
  }
  const only = ws.comps.subarray(0, compCount).sort();
  const ach = computeAchievable(graph, comps, rec.own, down, only, ws.ach);
  // What fails with an irreplaceable vendor cannot be recovered within the scenario.
  const risk = new Uint8Array(count);
  if (scenario.irreplaceable?.length) {
    const at = new Set<number>();
    for (const key of scenario.irreplaceable) {
      const node = graph.index.get(key);
      if (node !== undefined) for (const other of impactedNodes(impact, node)) at.add(other);
    }
    for (let j = 0; j < count; j++) if (at.has(nodes[j])) risk[j] = 1;
  }
  // Waves count services only: a function is back when its services are.
  let functionCount = 0;
  for (let j = 0; j < count; j++)
    if (kinds[nodes[j]] !== 'services') {
      down[nodes[j]] = 0;
      functionCount++;
    }
  computeWaves(graph, comps, down, only, waves);
  const times = new Float64Array(count);
  const waveOf = new Int32Array(count);
  let broken = 0;
  let atRisk = 0;
  const services = count - functionCount;
  for (let j = 0; j < count; j++) {
    const i = nodes[j];
    times[j] = risk[j] ? -1 : ach.time[i];
    let wave = waves[i];
    if (kinds[i] !== 'services')
      for (const d of graph.hard[i]) if (waves[d] > wave) wave = waves[d];
    waveOf[j] = wave;
    const t = target[i];
    if (t !== undefined && risk[j]) atRisk++;
    else if (t !== undefined && times[j] >= 0 && times[j] > t) broken++;
    if (kinds[i] === 'services') ws.keys[j - functionCount] = wave * ws.stride + rankOf[i];
  }
  // Recovery order: by wave, then by rank (which orders by target RTO first).
  const order = ws.keys.slice(0, services).sort();
  for (let j = 0; j < count; j++) {
    const i = nodes[j];
    down[i] = 0;
    compDown[comps.of[i]] = 0;
    ach.time[i] = 0;
    ach.via[i] = -1;
    waves[i] = 0;
  }
  return new Outcome(
    scenario,
    ws,
    nodes,
    times,
    waveOf,
    order,
    {
      functions: functionCount,
      services,
      broken,
      atRisk,
    },
    risk,
  );
}
