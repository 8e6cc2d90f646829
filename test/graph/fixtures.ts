/**
 * Small named fixture graphs (edges point from dependent to dependency, all hard unless noted)
 * and a seeded random graph generator for property tests.
 */
import type { RecordKey } from '../../src/lib/model/key.ts';
import { graphFromEdges, type Graph, type EdgeSpec } from '../../src/lib/graph/graph.ts';

const g = (nodes: string[], edges: [string, string, ('hard' | 'soft')?][]): Graph =>
  graphFromEdges(
    nodes.map((n) => (n.includes('/') ? n : `services/${n}`)),
    edges.map(([a, b, t]): EdgeSpec => ({
      from: a.includes('/') ? a : `services/${a}`,
      to: b.includes('/') ? b : `services/${b}`,
      type: t ?? 'hard',
    })),
  );

export const FIXTURES = {
  empty: g([], []),
  /** a -> b -> c */
  chain: g(
    ['a', 'b', 'c'],
    [
      ['a', 'b'],
      ['b', 'c'],
    ],
  ),
  /**
   *     a
   *    / \
   *   b   c
   *    \ /
   *     d
   */
  diamond: g(
    ['a', 'b', 'c', 'd'],
    [
      ['a', 'b'],
      ['a', 'c'],
      ['b', 'd'],
      ['c', 'd'],
    ],
  ),
  /** app -> dns <-> directory -> vm */
  cycle: g(
    ['app', 'directory', 'dns', 'vm'],
    [
      ['app', 'dns'],
      ['dns', 'directory'],
      ['directory', 'dns'],
      ['directory', 'vm'],
    ],
  ),
  /** a -> b   c -> d  (two separate components) */
  twoComponents: g(
    ['a', 'b', 'c', 'd'],
    [
      ['a', 'b'],
      ['c', 'd'],
    ],
  ),
  /** a -> a (self loop), b -> a */
  selfLoop: g(
    ['a', 'b'],
    [
      ['a', 'a'],
      ['b', 'a'],
    ],
  ),
  /**
   * Two cycles sharing seat: seat <-> travel-a, seat <-> travel-b; a function needs travel-b.
   *
   *   bia/booking -> travel-b <-> seat <-> travel-a
   */
  seatTravel: g(
    ['bia/booking', 'seat', 'travel-a', 'travel-b'],
    [
      ['bia/booking', 'travel-b'],
      ['seat', 'travel-a'],
      ['seat', 'travel-b'],
      ['travel-a', 'seat'],
      ['travel-b', 'seat'],
    ],
  ),
  /** fn (function) -> web -> db ; web ..soft..> cache */
  withFunction: g(
    ['bia/fn', 'web', 'db', 'cache'],
    [
      ['bia/fn', 'web'],
      ['web', 'db'],
      ['web', 'cache', 'soft'],
    ],
  ),
};

/** The generator's seeded PRNG. */
export { prng as rng } from '../../scripts/generate.ts';
import { prng as rng } from '../../scripts/generate.ts';

/** A random graph of services and functions with cycles and disconnected parts. */
export function randomGraph(seed: number, services = 25, functions = 5, edges = 45): Graph {
  const r = rng(seed);
  const nodes = [
    ...Array.from({ length: functions }, (_, i) => `bia/f${i}`),
    ...Array.from({ length: services }, (_, i) => `services/s${String(i).padStart(2, '0')}`),
  ];
  const list: EdgeSpec[] = [];
  for (let e = 0; e < edges; e++) {
    const from = nodes[Math.floor(r() * nodes.length)];
    const to = nodes[functions + Math.floor(r() * services)];
    list.push({ from, to, type: r() < 0.8 ? 'hard' : 'soft' });
  }
  return graphFromEdges(nodes, list);
}

/**
 * A random graph of up to `maxNodes` nodes (about one in six a function), with one to three
 * edges per node (80% hard, self loops allowed): dense enough that cycles overlap, so
 * strongly connected groups have members in several cycles.
 */
export function overlappingCyclesGraph(seed: number, maxNodes = 40): Graph {
  const r = rng(seed * 7919 + 1);
  const nodes = 2 + Math.floor(r() * (maxNodes - 1));
  const functions = Math.floor(nodes / 6);
  return randomGraph(seed, nodes - functions, functions, Math.floor(nodes * (1 + 2 * r())));
}

/** Brute force: every node reachable from `start` over hard edges in direction `dir` (start excluded unless on a cycle). */
export function reach(graph: Graph, start: number, dir: 'down' | 'up'): Set<number> {
  const adj = dir === 'down' ? graph.hard : graph.hardIn;
  const seen = new Set<number>();
  const stack = [...adj[start]];
  while (stack.length) {
    const v = stack.pop()!;
    if (seen.has(v)) continue;
    seen.add(v);
    stack.push(...adj[v]);
  }
  return seen;
}

/** The consecutive pairs of a path of node keys that are not hard edges ("a -> b"); [] for a real chain. */
export function missingHardSteps(graph: Graph, path: readonly RecordKey[]): string[] {
  const missing: string[] = [];
  for (let i = 0; i + 1 < path.length; i++) {
    const from = graph.index.get(path[i]);
    const to = graph.index.get(path[i + 1]);
    if (from === undefined || to === undefined || !graph.hard[from].includes(to))
      missing.push(`${path[i]} -> ${path[i + 1]}`);
  }
  return missing;
}
