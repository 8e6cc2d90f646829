/**
 * Plain-key questions about the dependency graph of a recovery analysis, for the layers that
 * publish and render it: what a record depends on, what depends on it, what fails with it.
 * Node indices, typed arrays and impact bitsets stay behind these functions.
 * Each call is O(answer) (impact: O(answer) or O(bits / 32) for a large set).
 */
import type { RecordKey } from '../model/key.ts';
import { impactedNodes } from '../graph/impact.ts';
import type { RecoveryAnalysis } from './recovery.ts';

type Direction = 'dependencies' | 'dependents';

/** Keys of the records `key` depends on (or that depend on it), hard or soft; [] for an unknown key. */
export function neighboursOf(
  rec: RecoveryAnalysis,
  key: RecordKey,
  direction: Direction,
  type: 'hard' | 'soft',
): RecordKey[] {
  const { graph } = rec;
  const node = graph.index.get(key);
  if (node === undefined) return [];
  const list =
    direction === 'dependencies'
      ? type === 'hard'
        ? graph.hard[node]
        : graph.soft[node]
      : type === 'hard'
        ? graph.hardIn[node]
        : graph.softIn[node];
  return list.map((i) => graph.keys[i]);
}

/** Keys of the functions and services that fail when `key` fails, each list in key order. */
export function impactOf(
  rec: RecoveryAnalysis,
  key: RecordKey,
): { functions: RecordKey[]; services: RecordKey[] } {
  const node = rec.graph.index.get(key);
  if (node === undefined) return { functions: [], services: [] };
  const keys = impactedNodes(rec.impact, node)
    .map((i) => rec.graph.keys[i])
    .sort();
  return {
    functions: keys.filter((k) => k.startsWith('bia/')),
    services: keys.filter((k) => k.startsWith('services/')),
  };
}
