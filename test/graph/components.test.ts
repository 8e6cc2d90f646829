import { describe, it, expect } from 'vitest';
import { findComponents, findCycles } from '../../src/lib/graph/components.ts';
import {
  FIXTURES,
  missingHardSteps,
  overlappingCyclesGraph,
  randomGraph,
  reach,
} from './fixtures.ts';

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
  it('reports the DNS and directory cycle once, with its members and a closed path', () => {
    const g = FIXTURES.cycle;
    expect(findCycles(g, findComponents(g))).toEqual([
      {
        members: ['services/directory', 'services/dns'],
        path: ['services/directory', 'services/dns', 'services/directory'],
      },
    ]);
  });
  it('names every member of two cycles that share a service, with one example cycle', () => {
    //  seat <-> travel-a, seat <-> travel-b (booking depends on travel-b, outside the group)
    const g = FIXTURES.seatTravel;
    expect(findCycles(g, findComponents(g))).toEqual([
      {
        members: ['services/seat', 'services/travel-a', 'services/travel-b'],
        path: ['services/seat', 'services/travel-a', 'services/seat'],
      },
    ]);
  });
  it('reports a self loop', () => {
    const g = FIXTURES.selfLoop;
    expect(findCycles(g, findComponents(g))).toEqual([
      { members: ['services/a'], path: ['services/a', 'services/a'] },
    ]);
  });
  it('reports nothing for acyclic graphs', () => {
    for (const g of [FIXTURES.empty, FIXTURES.chain, FIXTURES.diamond, FIXTURES.twoComponents])
      expect(findCycles(g, findComponents(g))).toEqual([]);
  });
  it('gives the mutual-reachability classes as groups, each with a closed example path of hard edges (random graphs with overlapping cycles)', () => {
    let overlapping = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const g = overlappingCyclesGraph(seed);
      const c = findComponents(g);
      const groups = findCycles(g, c);
      // Brute force: the class of x is x and everything x reaches that reaches x back; it is a
      // group when x reaches itself (a longer cycle or a self loop).
      const down = g.keys.map((_, i) => reach(g, i, 'down'));
      const classes = new Map<string, string[]>();
      g.keys.forEach((_, x) => {
        if (!down[x].has(x)) return;
        const members = [...down[x]]
          .filter((y) => down[y].has(x))
          .map((y) => g.keys[y])
          .sort();
        classes.set(members[0], members);
      });
      const expected = [...classes.values()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
      expect(
        groups.map((grp) => grp.members),
        `seed ${seed}`,
      ).toEqual(expected);
      for (const { members, path } of groups) {
        const where = `seed ${seed}: ${path.join(' -> ')}`;
        expect(path.length, where).toBeGreaterThan(1);
        expect(path[0], where).toBe(members[0]);
        expect(path.at(-1), where).toBe(path[0]);
        expect(missingHardSteps(g, path), where).toEqual([]);
        for (const k of path) expect(members, where).toContain(k);
        // A member with two hard dependencies inside its group lies on two cycles.
        if (
          members.some(
            (k) => g.hard[g.index.get(k)!].filter((d) => members.includes(g.keys[d])).length > 1,
          )
        )
          overlapping++;
      }
    }
    // The generator must really make cycles that share members.
    expect(overlapping).toBeGreaterThan(100);
  });
});
