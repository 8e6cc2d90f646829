import { describe, it, expect } from 'vitest';
import { findComponents } from '../../src/lib/graph/components.ts';
import { computeWaves } from '../../src/lib/graph/waves.ts';
import {
  computeAchievable,
  bottleneckPath,
  timeOf,
  type Achievable,
} from '../../src/lib/graph/achievable.ts';
import { inheritObjective, requirementPath } from '../../src/lib/graph/inherit.ts';
import {
  computeImpact,
  impactedNodes,
  impactedLeading,
  impactedFunctions,
  countImpact,
  failsWith,
} from '../../src/lib/graph/impact.ts';
import {
  FIXTURES,
  missingHardSteps,
  overlappingCyclesGraph,
  randomGraph,
  reach,
  rng,
} from './fixtures.ts';
import { graphFromEdges, type Graph } from '../../src/lib/graph/graph.ts';

const byId = (g: Graph, values: ArrayLike<number | undefined>) =>
  Object.fromEntries(g.ids.map((id, i) => [id, values[i]]));
const times = (g: Graph, a: Achievable) =>
  Object.fromEntries(g.ids.map((id, i) => [id, timeOf(a, i)]));

describe('computeWaves', () => {
  it('puts a chain in one wave per step, the deepest dependency first', () => {
    const g = FIXTURES.chain;
    expect(byId(g, computeWaves(g, findComponents(g)))).toEqual({ a: 3, b: 2, c: 1 });
  });
  it('recovers both sides of a diamond in the same wave', () => {
    const g = FIXTURES.diamond;
    expect(byId(g, computeWaves(g, findComponents(g)))).toEqual({ a: 3, b: 2, c: 2, d: 1 });
  });
  it('recovers a cycle as one unit in one wave', () => {
    const g = FIXTURES.cycle;
    expect(byId(g, computeWaves(g, findComponents(g)))).toEqual({
      app: 3,
      directory: 2,
      dns: 2,
      vm: 1,
    });
  });
  it('gives wave 0 to nodes that are not down, and does not wait for them', () => {
    const g = FIXTURES.chain;
    expect(
      byId(
        g,
        computeWaves(
          g,
          findComponents(g),
          Uint8Array.from(g.ids, (id) => (id !== 'c' ? 1 : 0)),
        ),
      ),
    ).toEqual({ a: 2, b: 1, c: 0 });
  });
  it('puts every hard dependency in an earlier wave or the same cycle (random graphs)', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const g = randomGraph(seed);
      const c = findComponents(g);
      const w = computeWaves(g, c);
      g.hard.forEach((deps, a) =>
        deps.forEach((d) => {
          if (c.of[a] === c.of[d]) expect(w[d]).toBe(w[a]);
          else expect(w[d]).toBeLessThan(w[a]);
        }),
      );
    }
  });
});

describe('computeAchievable', () => {
  it('adds own recovery times along a chain and names the bottleneck path', () => {
    const g = FIXTURES.chain;
    const a = computeAchievable(g, findComponents(g), [60, 30, 15]);
    expect(times(g, a)).toEqual({ a: 105, b: 45, c: 15 });
    expect(bottleneckPath(g, a, 0)).toEqual(['services/a', 'services/b', 'services/c']);
  });
  it('waits for the slower side of a diamond', () => {
    const g = FIXTURES.diamond; // a b c d
    const a = computeAchievable(g, findComponents(g), [10, 100, 20, 5]);
    expect(times(g, a)).toEqual({ a: 115, b: 105, c: 25, d: 5 });
    expect(bottleneckPath(g, a, 0)).toEqual(['services/a', 'services/b', 'services/d']);
  });
  it('recovers a cycle as one unit after the sum of its members', () => {
    const g = FIXTURES.cycle; // app directory dns vm
    const a = computeAchievable(g, findComponents(g), [10, 60, 30, 45]);
    expect(times(g, a)).toEqual({ app: 145, directory: 135, dns: 135, vm: 45 });
  });
  it('reports unknown, never NaN, above a node whose own time is unknown', () => {
    const g = FIXTURES.chain;
    const a = computeAchievable(g, findComponents(g), [60, undefined, 15]);
    expect(times(g, a)).toEqual({ a: undefined, b: undefined, c: 15 });
    expect(bottleneckPath(g, a, 0)).toEqual(['services/a', 'services/b', 'services/c']);
  });
  it('treats nodes that are not down as already up', () => {
    const g = FIXTURES.chain;
    expect(
      times(g, computeAchievable(g, findComponents(g), [60, 30, 15], Uint8Array.of(1, 1, 0))),
    ).toEqual({ a: 90, b: 30, c: 0 });
  });
  it('leads the bottleneck path through real edges inside a cycle to the member that waits for the bottleneck', () => {
    //  bia/booking -> travel-b <-> seat <-> travel-a -> db
    const g = graphFromEdges(
      ['bia/booking', 'services/db', 'services/seat', 'services/travel-a', 'services/travel-b'],
      [
        ...FIXTURES.seatTravel.keys.flatMap((k, i) =>
          FIXTURES.seatTravel.hard[i].map((d) => ({
            from: k,
            to: FIXTURES.seatTravel.keys[d],
            type: 'hard' as const,
          })),
        ),
        { from: 'services/travel-a', to: 'services/db', type: 'hard' },
      ],
    );
    const a = computeAchievable(g, findComponents(g), [0, 60, 10, 20, 30]);
    expect(times(g, a)).toMatchObject({ booking: 120, db: 60, seat: 120 });
    expect(bottleneckPath(g, a, 0)).toEqual([
      'bia/booking',
      'services/travel-b',
      'services/seat',
      'services/travel-a',
      'services/db',
    ]);
  });
  it('names bottleneck paths of real hard edges that leave each cycle at the dependency that finished last (random graphs with overlapping cycles)', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const g = overlappingCyclesGraph(seed);
      const c = findComponents(g);
      const r = rng(seed + 2000);
      const own = g.keys.map(() => (r() < 0.1 ? undefined : Math.floor(r() * 120)));
      const ach = computeAchievable(g, c, own);
      g.keys.forEach((key, x) => {
        const path = bottleneckPath(g, ach, x);
        expect(path[0], `seed ${seed} ${key}`).toBe(key);
        expect(missingHardSteps(g, path), `seed ${seed} ${key}: ${path.join(' -> ')}`).toEqual([]);
        // Where the path leaves x's component it reaches the external dependency that finished last.
        const out = path.map((k) => g.index.get(k)!).find((v) => c.of[v] !== c.of[x]);
        const external = c.members[c.of[x]]
          .flatMap((m) => g.hard[m])
          .filter((d) => c.of[d] !== c.of[x]);
        if (out === undefined) expect(external, `seed ${seed} ${key}`).toEqual([]);
        else if (timeOf(ach, out) !== undefined)
          expect(Math.max(...external.map((d) => ach.time[d]))).toBe(ach.time[out]);
      });
    }
  });
  it('satisfies the recurrence T(x) = max T(hard deps) + own(x) outside cycles (random graphs)', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const g = randomGraph(seed);
      const c = findComponents(g);
      const r = rng(seed + 1000);
      const own = g.keys.map(() => (r() < 0.1 ? undefined : Math.floor(r() * 120)));
      const ach = computeAchievable(g, c, own);
      const time = g.keys.map((_, i) => timeOf(ach, i));
      g.keys.forEach((_, x) => {
        if (c.cyclic[c.of[x]]) return;
        const deps = g.hard[x].map((d) => time[d]);
        const expected =
          own[x] === undefined || deps.includes(undefined)
            ? undefined
            : Math.max(0, ...(deps as number[])) + own[x]!;
        expect(time[x], `seed ${seed} ${g.keys[x]}`).toBe(expected);
        expect(Number.isNaN(time[x])).toBe(false);
      });
    }
  });
});

describe('inheritObjective', () => {
  it('passes the tightest RTO down a chain and keeps the path that imposes it', () => {
    //  fn(4h) -> web(8h) -> db(1d): db must meet 4h, through web
    const g = FIXTURES.withFunction; // bia/fn cache db web
    const declared = byIdArray(g, { fn: 240, web: 480, db: 1440 });
    const inh = inheritObjective(g, findComponents(g), declared);
    expect(byId(g, inh.required)).toEqual({ fn: undefined, web: 240, db: 240, cache: undefined });
    expect(requirementPath(g, inh, g.index.get('services/db')!)).toEqual([
      'bia/fn',
      'services/web',
      'services/db',
    ]);
  });
  it('ignores soft dependencies', () => {
    const g = FIXTURES.withFunction;
    const inh = inheritObjective(g, findComponents(g), byIdArray(g, { fn: 60 }));
    expect(inh.required[g.index.get('services/cache')!]).toBeUndefined();
  });
  it('makes the members of a cycle require each other', () => {
    const g = FIXTURES.cycle; // app directory dns vm
    const inh = inheritObjective(
      g,
      findComponents(g),
      byIdArray(g, { app: 240, directory: 60, dns: 120 }),
    );
    expect(byId(g, inh.required)).toEqual({ app: undefined, directory: 60, dns: 60, vm: 60 });
  });
  it('equals the minimum declared value over all hard ancestors (random graphs)', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const g = randomGraph(seed);
      const r = rng(seed + 7);
      const declared = g.keys.map(() => (r() < 0.3 ? undefined : 15 * (1 + Math.floor(r() * 100))));
      const inh = inheritObjective(g, findComponents(g), declared);
      g.keys.forEach((_, x) => {
        const values = [...reach(g, x, 'up')]
          .map((a) => declared[a])
          .filter((v): v is number => v !== undefined);
        expect(inh.required[x], `seed ${seed} ${g.keys[x]}`).toBe(
          values.length ? Math.min(...values) : undefined,
        );
        if (inh.required[x] !== undefined) {
          const path = requirementPath(g, inh, x);
          expect(declared[g.index.get(path[0])!]).toBe(inh.required[x]);
          expect(path[path.length - 1]).toBe(g.keys[x]);
        }
      });
    }
  });
});

describe('requirementPath', () => {
  it('walks real edges through a cycle from the dependent that imposes the requirement', () => {
    //  bia/booking(1h) -> travel-b <-> seat <-> travel-a
    const g = FIXTURES.seatTravel;
    const inh = inheritObjective(g, findComponents(g), byIdArray(g, { booking: 60 }));
    expect(requirementPath(g, inh, g.index.get('services/travel-a')!)).toEqual([
      'bia/booking',
      'services/travel-b',
      'services/seat',
      'services/travel-a',
    ]);
  });
  it('walks real edges through a cycle from the member whose own objective is the tightest', () => {
    const g = FIXTURES.seatTravel;
    const inh = inheritObjective(
      g,
      findComponents(g),
      byIdArray(g, { booking: 240, 'travel-a': 60 }),
    );
    expect(requirementPath(g, inh, g.index.get('services/travel-b')!)).toEqual([
      'services/travel-a',
      'services/seat',
      'services/travel-b',
    ]);
    expect(requirementPath(g, inh, g.index.get('services/travel-a')!)).toEqual([
      'services/travel-a',
    ]);
  });
  it('gives paths of real hard edges from the imposing node to the node, for RTO and RPO (random graphs with overlapping cycles)', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const g = overlappingCyclesGraph(seed);
      const c = findComponents(g);
      const r = rng(seed + 3000);
      for (const objective of ['rto', 'rpo']) {
        const declared = g.keys.map(() =>
          r() < 0.4 ? undefined : 15 * (1 + Math.floor(r() * 20)),
        );
        const inh = inheritObjective(g, c, declared);
        g.keys.forEach((key, x) => {
          const path = requirementPath(g, inh, x);
          const where = `seed ${seed} ${objective} ${key}: ${path.join(' -> ')}`;
          if (inh.required[x] === undefined) return expect(path, where).toEqual([]);
          expect(path[0], where).toBe(g.keys[inh.source[x]]);
          expect(declared[inh.source[x]], where).toBe(inh.required[x]);
          expect(path.at(-1), where).toBe(key);
          expect(missingHardSteps(g, path), where).toEqual([]);
        });
      }
    }
  });
});

function byIdArray(g: Graph, values: Record<string, number>): (number | undefined)[] {
  return g.ids.map((id) => values[id]);
}

describe('computeImpact', () => {
  it('fails everything above a node in a chain', () => {
    const g = FIXTURES.chain;
    const imp = computeImpact(g, findComponents(g));
    expect(impactedNodes(imp, 2).map((i) => g.ids[i])).toEqual(['a', 'b']);
    expect(countImpact(imp, 2)).toEqual({ functions: 0, leading: 0, services: 2 });
    expect(impactedNodes(imp, 0)).toEqual([]);
  });
  it('counts a diamond top once', () => {
    const g = FIXTURES.diamond;
    expect(countImpact(computeImpact(g, findComponents(g)), 3)).toEqual({
      functions: 0,
      leading: 0,
      services: 3,
    });
  });
  it('fails the other members of a cycle too', () => {
    const g = FIXTURES.cycle;
    const imp = computeImpact(g, findComponents(g));
    expect(
      impactedNodes(imp, g.index.get('services/dns')!)
        .map((i) => g.ids[i])
        .sort(),
    ).toEqual(['app', 'directory']);
  });
  it('fails a function through hard edges only', () => {
    const g = FIXTURES.withFunction;
    const imp = computeImpact(g, findComponents(g));
    expect(countImpact(imp, g.index.get('services/db')!)).toEqual({
      functions: 1,
      leading: 0,
      services: 1,
    });
    expect(countImpact(imp, g.index.get('services/cache')!)).toEqual({
      functions: 0,
      leading: 0,
      services: 0,
    });
  });
  it('equals brute-force reverse reachability (random graphs), as lists, as bitsets and mixed, with leading functions first', () => {
    for (const sparseLimit of [0, 4, undefined, Infinity]) {
      for (let seed = 1; seed <= 40; seed++) {
        const g = randomGraph(seed, 60, 40, 160);
        const leading = (i: number) => i % 3 === 0;
        const imp = computeImpact(g, findComponents(g), { leading, sparseLimit });
        g.keys.forEach((_, x) => {
          const expected = [...reach(g, x, 'up')].filter((v) => v !== x).sort((a, b) => a - b);
          const got = impactedNodes(imp, x);
          expect(
            [...got].sort((a, b) => a - b),
            `limit ${sparseLimit} seed ${seed} ${g.keys[x]}`,
          ).toEqual(expected);
          // Leading functions, other functions, then services dependents-first: ascending bits.
          expect(got.every((v, j) => j === 0 || imp.bitOf[got[j - 1]] < imp.bitOf[v])).toBe(true);
          const fns = expected.filter((v) => g.kinds[v] === 'bia');
          const lead = fns.filter(leading);
          expect(got.filter((v) => g.kinds[v] === 'bia')).toEqual([
            ...lead,
            ...fns.filter((v) => !leading(v)),
          ]);
          expect(impactedLeading(imp, x)).toEqual(lead);
          expect(impactedLeading(imp, x, 2)).toEqual(lead.slice(0, 2));
          expect(impactedFunctions(imp, x)).toEqual(got.filter((v) => g.kinds[v] === 'bia'));
          expect(countImpact(imp, x)).toEqual({
            functions: fns.length,
            leading: lead.length,
            services: expected.length - fns.length,
          });
          if (x % 7 === 0)
            g.keys.forEach((_, v) =>
              expect(failsWith(imp, v, x), `${g.keys[v]} fails with ${g.keys[x]}`).toBe(
                expected.includes(v),
              ),
            );
        });
      }
    }
  });
});
