/**
 * Outage scenarios: the loss of each location, each vendor, and each scenario declared in
 * organisation.yaml. For each: what fails with it (functions and services, through hard
 * dependencies), the recovery waves of what failed, achievable against required times, and
 * the targets that break. Everything not lost stays up. O(scenarios x (nodes + edges)).
 */
import type { Model } from '../model/model.ts';
import { computeAchievable, timeOf, type Achievable } from '../graph/achievable.ts';
import { computeWaves } from '../graph/waves.ts';
import type { RecoveryAnalysis } from './recovery.ts';

export interface ScenarioItem {
  key: string;
  /** Minutes it must be back within (target RTO). */
  target?: number;
  /** Minutes until it is back in this scenario. */
  achievable?: number;
  /** false when achievable exceeds target; undefined when either is unknown. */
  met?: boolean;
  wave?: number;
}

export interface ScenarioResult {
  id: string;
  title: string;
  source: 'location' | 'vendor' | 'declared';
  description?: string;
  /** What is lost, as "kind/id". */
  lost: string[];
  functions: ScenarioItem[];
  services: ScenarioItem[];
  waves: { wave: number; services: string[] }[];
  /** Keys of functions and services whose target breaks. */
  broken: string[];
}

/** The scenarios to analyse: every location, every vendor, then the declared ones. */
export function listScenarios(model: Model): Omit<ScenarioResult, 'functions' | 'services' | 'waves' | 'broken'>[] {
  return [
    ...model.byKind.locations.map((l) => ({ id: `location-${l.id}`, title: `Loss of ${l.data.title}`, source: 'location' as const, lost: [`locations/${l.id}`] })),
    ...model.byKind.vendors.map((v) => ({ id: `vendor-${v.id}`, title: `Failure of ${v.data.title}`, source: 'vendor' as const, lost: [`vendors/${v.id}`] })),
    ...model.settings.scenarios.map((s) => ({ id: s.id, title: s.title, source: 'declared' as const, description: s.description, lost: s.lose })),
  ];
}

/** Scratch arrays shared by the scenarios of one analysis, reset after each. */
interface Workspace { down: Uint8Array; mark: Uint8Array; bits: Uint32Array; ach: Achievable; waves: Int32Array }

function newWorkspace(rec: RecoveryAnalysis): Workspace {
  const n = rec.graph.keys.length;
  return {
    down: new Uint8Array(n), mark: new Uint8Array(rec.comps.members.length), bits: new Uint32Array(rec.impact.words),
    ach: { time: new Float64Array(n), via: new Int32Array(n).fill(-1) }, waves: new Int32Array(n),
  };
}

/** Analyses every scenario, sharing one workspace. */
export function analyseScenarios(rec: RecoveryAnalysis, scenarios: ReturnType<typeof listScenarios>): ScenarioResult[] {
  const ws = newWorkspace(rec);
  return scenarios.map((s) => analyseScenario(rec, s, ws));
}

/** Analyses one scenario against the wide-outage analysis. */
export function analyseScenario(rec: RecoveryAnalysis, scenario: ReturnType<typeof listScenarios>[number], ws: Workspace = newWorkspace(rec)): ScenarioResult {
  const { graph, comps, impact } = rec;
  const { down, mark, bits } = ws;
  bits.fill(0);
  for (const key of scenario.lost) {
    const node = graph.index.get(key);
    if (node === undefined) continue;
    const set = impact.sets[comps.of[node]];
    for (let w = 0; w < impact.words; w++) bits[w] |= set[w];
    if (graph.kinds[node] === 'services') down[node] = 1;
  }
  const downList: number[] = [];
  for (let i = 0; i < graph.keys.length; i++) if (down[i]) downList.push(i);
  for (let w = 0; w < impact.words; w++) {
    let word = bits[w];
    while (word) {
      const low = word & -word;
      const node = impact.nodeOfBit[(w << 5) + (31 - Math.clz32(low))];
      if (!down[node]) { down[node] = 1; downList.push(node); }
      word ^= low;
    }
  }
  downList.sort((x, y) => x - y);
  const isDown = (i: number) => down[i] === 1;
  const only: number[] = [];
  for (const i of downList) if (!mark[comps.of[i]]) { mark[comps.of[i]] = 1; only.push(comps.of[i]); }
  only.sort((x, y) => x - y);
  const ach = computeAchievable(graph, comps, rec.own, isDown, only, ws.ach);
  const waves = computeWaves(graph, comps, (i) => isDown(i) && graph.kinds[i] === 'services', only, ws.waves);
  const functions: ScenarioItem[] = [];
  const services: ScenarioItem[] = [];
  const byWave = new Map<number, number[]>();
  for (const i of downList) {
    const target = rec.target[i];
    const achievable = timeOf(ach, i);
    const met = target === undefined || achievable === undefined ? undefined : achievable <= target;
    const isService = graph.kinds[i] === 'services';
    let wave = 0;
    if (isService) wave = waves[i];
    else for (const d of graph.hard[i]) if (waves[d] > wave) wave = waves[d];
    (isService ? services : functions).push({ key: graph.keys[i], target, achievable, met, wave });
    if (isService) {
      const list = byWave.get(wave);
      if (list) list.push(i); else byWave.set(wave, [i]);
    }
  }
  const waveList = [...byWave.keys()].sort((a, b) => a - b).map((w) => ({
    wave: w,
    services: byWave.get(w)!.sort((a, b) => (rec.target[a] ?? Infinity) - (rec.target[b] ?? Infinity) || rec.rankOf[a] - rec.rankOf[b] || a - b).map((i) => graph.ids[i]),
  }));
  const broken = [...functions, ...services].filter((x) => x.met === false).map((x) => x.key);
  for (const i of downList) {
    down[i] = 0;
    mark[comps.of[i]] = 0;
    ws.ach.time[i] = 0;
    ws.ach.via[i] = -1;
    ws.waves[i] = 0;
  }
  return { ...scenario, functions, services, waves: waveList, broken };
}
