import { describe, it, expect } from 'vitest';
import { findComponents, findCycles } from '../../src/lib/graph/components.ts';
import { FIXTURES, randomGraph, reach } from './fixtures.ts';

describe('findComponents', () => {
  it('gives each node of an acyclic graph its own component, dependencies first', () => {
    const g = FIXTURES.chain;
    const c = findComponents(g);
    expect(c.members.map((m) => m.map((i) => g.ids[i]))).toEqual([['c'], ['b'], ['a']]);
    expect(c.cyclic).toEqual([false, false, false]);
  });
  it('puts a cycle into one component', () => {
    const g = FIXTURES.cycle;
    const c = findComponents(g);
    expect(c.members.map((m) => m.map((i) => g.ids[i]))).toEqual([
      ['vm'],
      ['directory', 'dns'],
      ['app'],
    ]);
    expect(c.cyclic).toEqual([false, true, false]);
  });
  it('marks a self loop as cyclic', () => {
    const c = findComponents(FIXTURES.selfLoop);
    expect(c.cyclic[c.of[0]]).toBe(true);
    expect(c.cyclic[c.of[1]]).toBe(false);
  });
  it('handles the empty graph', () => {
    expect(findComponents(FIXTURES.empty).members).toEqual([]);
  });
  it('survives a 100,000-node chain without overflowing the stack', () => {
    const n = 100_000;
    const hard = Array.from({ length: n }, (_, i) => (i + 1 < n ? [i + 1] : []));
    const g = {
      ...FIXTURES.empty,
      keys: hard.map((_, i) => `services/s${i}` as const),
      hard,
      hardIn: [] as number[][],
    };
    expect(findComponents(g).members).toHaveLength(n);
  });
  it('agrees with brute-force mutual reachability on random graphs, and orders dependencies first', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const g = randomGraph(seed);
      const c = findComponents(g);
      const down = g.keys.map((_, i) => reach(g, i, 'down'));
      for (let a = 0; a < g.keys.length; a++) {
        for (let b = 0; b < g.keys.length; b++) {
          const same = a === b || (down[a].has(b) && down[b].has(a));
          expect(c.of[a] === c.of[b], `seed ${seed}: ${g.keys[a]} ${g.keys[b]}`).toBe(same);
        }
        for (const d of g.hard[a]) expect(c.of[d]).toBeLessThanOrEqual(c.of[a]);
      }
    }
  });
});

describe('findCycles', () => {
  it('reports the DNS and directory cycle once, as a closed path', () => {
    const g = FIXTURES.cycle;
    expect(findCycles(g, findComponents(g))).toEqual([
      ['services/directory', 'services/dns', 'services/directory'],
    ]);
  });
  it('reports a self loop', () => {
    const g = FIXTURES.selfLoop;
    expect(findCycles(g, findComponents(g))).toEqual([['services/a', 'services/a']]);
  });
  it('reports nothing for acyclic graphs', () => {
    for (const g of [FIXTURES.empty, FIXTURES.chain, FIXTURES.diamond, FIXTURES.twoComponents])
      expect(findCycles(g, findComponents(g))).toEqual([]);
  });
  it('returns real cycles on random graphs: each step is a hard edge and the path closes', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const g = randomGraph(seed);
      const c = findComponents(g);
      const cycles = findCycles(g, c);
      expect(cycles).toHaveLength(c.cyclic.filter(Boolean).length);
      for (const cyc of cycles) {
        expect(cyc[0]).toBe(cyc[cyc.length - 1]);
        for (let i = 0; i + 1 < cyc.length; i++)
          expect(g.hard[g.index.get(cyc[i])!]).toContain(g.index.get(cyc[i + 1]));
      }
    }
  });
});
