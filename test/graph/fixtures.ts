/**
 * Small named fixture graphs (edges point from dependent to dependency, all hard unless noted)
 * and a seeded random graph generator for property tests.
 */
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
