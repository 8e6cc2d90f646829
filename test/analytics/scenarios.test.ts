import { describe, it, expect } from 'vitest';
import { analyseRecovery } from '../../src/lib/analytics/recovery.ts';
import {
  analyseScenario,
  analyseScenarios,
  listScenarios,
} from '../../src/lib/analytics/scenarios.ts';
import { computeAchievable, timeOf } from '../../src/lib/graph/achievable.ts';
import { computeWaves } from '../../src/lib/graph/waves.ts';
import { reach, rng } from '../graph/fixtures.ts';
import { modelOf } from '../helpers.ts';
import { sampleModel } from './sample.ts';

const svc = (id: string, data: Record<string, unknown> = {}) => ({
  kind: 'services' as const,
  id,
  data: { kind: 'application', ...data },
});

//   fn (4h) -> app (2h, own 1h) -> db (1h, own 2h, at dc-a only) ; web (own 30m) at dc-a and dc-b ; cache (own 10m) supplied by vendor v
const fixture = () =>
  modelOf(
    [
      { kind: 'locations', id: 'dc-a', data: { type: 'data-centre' } },
      { kind: 'locations', id: 'dc-b', data: { type: 'data-centre' } },
      { kind: 'vendors', id: 'v', data: { substitutability: 'easy', supplies: ['cache'] } },
      { kind: 'bia', id: 'fn', data: { rto: '4h', dependsOn: ['app'] } },
      svc('app', {
        rto: '2h',
        recoveryTime: '1h',
        dependsOn: ['db', { service: 'cache', type: 'soft' }],
      }),
      svc('db', { rto: '1h', recoveryTime: '2h', locations: ['dc-a'] }),
      svc('web', { recoveryTime: '30m', locations: ['dc-a', 'dc-b'] }),
      svc('cache', { recoveryTime: '10m' }),
    ],
    { scenarios: [{ id: 'lose-app', title: 'App corrupted', lose: ['services/app'] }] },
  );

describe('listScenarios', () => {
  it('lists the loss of every location and vendor, then the declared scenarios', () => {
    expect(listScenarios(fixture()).map((s) => s.id)).toEqual([
      'location-dc-a',
      'location-dc-b',
      'vendor-v',
      'lose-app',
    ]);
  });
});

describe('analyseScenario', () => {
  const run = (id: string) => {
    const m = fixture();
    const rec = analyseRecovery(m);
    return analyseScenario(
      rec,
      listScenarios(m).find((s) => s.id === id)!,
    );
  };

  it('fails what runs only at a lost location and everything that hard-depends on it', () => {
    const s = run('location-dc-a');
    expect(s.services.map((x) => x.key)).toEqual(['services/app', 'services/db']);
    expect(s.functions.map((x) => x.key)).toEqual(['bia/fn']);
  });

  it('keeps a service that also runs at another location', () => {
    expect(run('location-dc-a').services.map((x) => x.key)).not.toContain('services/web');
  });

  it('times the recovery and names the broken targets', () => {
    const s = run('location-dc-a');
    expect(s.services.find((x) => x.key === 'services/db')).toMatchObject({
      achievable: 120,
      target: 60,
      met: false,
      wave: 1,
    });
    expect(s.services.find((x) => x.key === 'services/app')).toMatchObject({
      achievable: 180,
      met: false,
      wave: 2,
    });
    expect(s.functions[0]).toMatchObject({ achievable: 180, target: 240, met: true });
    expect(s.broken).toEqual(['services/app', 'services/db']);
    expect(s.waves).toEqual([
      { wave: 1, services: ['db'] },
      { wave: 2, services: ['app'] },
    ]);
  });

  it('does not fail anything through a soft dependency', () => {
    expect(run('vendor-v').services.map((x) => x.key)).toEqual(['services/cache']);
    expect(run('vendor-v').functions).toEqual([]);
  });

  it('analyses a declared scenario: the lost service recovers with nothing else down', () => {
    const s = run('lose-app');
    expect(s.services).toEqual([
      { key: 'services/app', target: 120, achievable: 60, met: true, wave: 1 },
    ]);
    expect(s.functions.map((x) => x.key)).toEqual(['bia/fn']);
  });
});

describe('analyseScenario on the sample organisation', () => {
  const m = sampleModel();
  const rec = analyseRecovery(m);
  const all = listScenarios(m).map((s) => analyseScenario(rec, s));

  it('has a scenario per location and vendor', () => {
    expect(all).toHaveLength(
      m.byKind.locations.length + m.byKind.vendors.length + m.settings.scenarios.length,
    );
  });

  it('losing dc-north takes order intake down and breaks targets', () => {
    const s = all.find((x) => x.id === 'location-dc-north')!;
    expect(s.functions.map((f) => f.key)).toContain('bia/order-intake');
    expect(s.broken.length).toBeGreaterThan(0);
  });

  it('a failure of paygate stops payment processing', () => {
    expect(all.find((x) => x.id === 'vendor-paygate')!.functions.map((f) => f.key)).toContain(
      'bia/payment-processing',
    );
  });
});

describe('analyseScenarios on random organisations (against brute force)', () => {
  const DURATIONS = ['10m', '30m', '1h', '2h', '4h', '8h', '1d'];
  /** A random organisation: services with hard and soft dependencies (cycles included), locations, vendors, functions; some times unknown. */
  const randomModel = (seed: number) => {
    const r = rng(seed);
    const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
    const services = Array.from({ length: 30 }, (_, i) => `s${String(i).padStart(2, '0')}`);
    const locations = ['dc-a', 'dc-b', 'dc-c'];
    const vendors = ['v1', 'v2', 'v3'];
    return modelOf(
      [
        ...locations.map((id) => ({
          kind: 'locations' as const,
          id,
          data: { type: 'data-centre' },
        })),
        ...vendors.map((id) => ({
          kind: 'vendors' as const,
          id,
          data: { substitutability: 'easy' },
        })),
        ...services.map((id) => ({
          kind: 'services' as const,
          id,
          data: {
            kind: 'application',
            ...(r() < 0.7 ? { rto: pick(DURATIONS) } : {}),
            ...(r() < 0.6 ? { recoveryTime: pick(DURATIONS) } : {}),
            dependsOn: [
              ...new Set(Array.from({ length: Math.floor(r() * 4) }, () => pick(services))),
            ].map((service) => ({ service, type: r() < 0.8 ? 'hard' : 'soft' })),
            locations: [
              ...new Set(Array.from({ length: Math.floor(r() * 3) }, () => pick(locations))),
            ],
            vendors: r() < 0.3 ? [pick(vendors)] : [],
          },
        })),
        ...Array.from({ length: 6 }, (_, i) => ({
          kind: 'bia' as const,
          id: `f${i}`,
          data: {
            ...(r() < 0.8 ? { rto: pick(DURATIONS) } : {}),
            dependsOn: [...new Set([pick(services), pick(services)])],
          },
        })),
      ],
      {
        scenarios: [
          {
            id: 'two-lost',
            title: 'Two services lost',
            lose: [`services/${pick(services)}`, `services/${pick(services)}`],
          },
        ],
      },
    );
  };

  it('fails exactly what reaches a lost record, and times, waves and orders it as a fresh wide-outage run over that set would', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const m = randomModel(seed);
      const rec = analyseRecovery(m);
      const { graph, comps } = rec;
      const shared = analyseScenarios(rec, listScenarios(m));
      for (const s of shared) {
        // Brute force: the lost records, and everything that reaches one of them over hard edges.
        const lost = s.lost.map((k) => graph.index.get(k)!);
        const down = new Set<number>(lost.filter((i) => graph.kinds[i] === 'services'));
        for (const l of lost)
          for (const i of reach(graph, l, 'up'))
            if (graph.kinds[i] === 'services' || graph.kinds[i] === 'bia') down.add(i);
        const keys = [...down].sort((a, b) => a - b).map((i) => graph.keys[i]);
        expect(
          [...s.functions, ...s.services].map((x) => x.key),
          `${seed} ${s.id}`,
        ).toEqual(keys);
        expect(s.counts).toEqual({
          functions: s.functions.length,
          services: s.services.length,
          broken: s.broken.length,
          atRisk: s.atRisk.length,
        });

        const mask = Uint8Array.from(graph.keys, (_, i) => (down.has(i) ? 1 : 0));
        const ach = computeAchievable(graph, comps, rec.own, mask);
        const waves = computeWaves(
          graph,
          comps,
          Uint8Array.from(mask, (d, i) => (d && graph.kinds[i] === 'services' ? 1 : 0)),
        );
        for (const x of [...s.functions, ...s.services]) {
          const i = graph.index.get(x.key)!;
          const wave =
            graph.kinds[i] === 'services'
              ? waves[i]
              : Math.max(0, ...graph.hard[i].map((d) => waves[d]));
          expect(x, `${seed} ${s.id} ${x.key}`).toEqual({
            key: x.key,
            target: rec.target[i],
            achievable: timeOf(ach, i),
            met:
              x.achievable === undefined || x.target === undefined
                ? undefined
                : x.achievable <= x.target,
            wave,
          });
        }
        expect(s.broken).toEqual(
          [...s.functions, ...s.services].filter((x) => x.met === false).map((x) => x.key),
        );
        // Waves ascending; inside a wave by rank; every down service once.
        const flat = s.waves.flatMap((w) =>
          w.services.map((id) => ({ wave: w.wave, node: graph.index.get(`services/${id}`)! })),
        );
        expect(flat.map((x) => graph.keys[x.node]).sort()).toEqual(
          s.services.map((x) => x.key).sort(),
        );
        for (const x of flat) expect(x.wave).toBe(waves[x.node]);
        for (let j = 1; j < flat.length; j++)
          expect(
            flat[j - 1].wave < flat[j].wave ||
              (flat[j - 1].wave === flat[j].wave &&
                rec.rankOf[flat[j - 1].node] < rec.rankOf[flat[j].node]),
          ).toBe(true);
        // The shared scratch space leaves nothing behind: a scenario alone gives the same result.
        const alone = analyseScenario(rec, s);
        expect({ f: alone.functions, s: alone.services, w: alone.waves, b: alone.broken }).toEqual({
          f: s.functions,
          s: s.services,
          w: s.waves,
          b: s.broken,
        });
      }
    }
  });
});
