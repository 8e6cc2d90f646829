import { fieldOf } from '../../src/lib/model/issue.ts';
import { formatText } from '../../src/lib/model/text.ts';
import { describe, it, expect } from 'vitest';
import { analyseRecovery } from '../../src/lib/analytics/recovery.ts';
import { deriveObjectives } from '../../src/lib/analytics/bia-objectives.ts';
import { listOwnRecovery } from '../../src/lib/analytics/own-recovery.ts';
import type { NodeRecovery } from '../../src/lib/analytics/recovery.ts';
import { rankByPriority, reasonsOf } from '../../src/lib/analytics/ranking.ts';
import { SettingsSchema } from '../../src/lib/schema/settings.ts';
import { modelOf, MINIMAL } from '../helpers.ts';
import { sampleModel, generatedModel } from './sample.ts';
import { impactedNodes } from '../../src/lib/graph/impact.ts';

const svc = (id: string, data: Record<string, unknown> = {}) => ({
  kind: 'services' as const,
  id,
  data: { kind: 'application', ...data },
});
const settings = SettingsSchema.parse({});

describe('deriveObjectives', () => {
  it('takes the first intolerable time per category and the earliest overall as MTPD', () => {
    const d = deriveObjectives(
      {
        impacts: {
          financial: { '4h': 'medium', '1d': 'high', '3d': 'severe' },
          customer: { '8h': 'high' },
          safety: { '1w': 'low' },
        },
      },
      settings,
    );
    expect(d.byCategory).toEqual([
      { category: 'financial', intolerableAfter: 1440 },
      { category: 'customer', intolerableAfter: 480 },
      { category: 'safety', intolerableAfter: undefined },
    ]);
    expect(d.mtpd).toBe(480);
    expect(settings.impactScale[d.worstLevel].level).toBe('severe');
  });
  it('gives no MTPD and level -1 for an empty table', () => {
    expect(deriveObjectives({ impacts: {} }, settings)).toEqual({
      byCategory: [],
      mtpd: undefined,
      worstLevel: -1,
    });
  });
});

describe('listOwnRecovery', () => {
  it('prefers the latest measured time, then the estimate, then the declared RTO', () => {
    const m = modelOf([
      svc('a', { recoveryTime: '1h', rto: '4h' }),
      svc('b', { recoveryTime: '2h' }),
      svc('c', { rto: '8h' }),
      svc('d'),
      {
        kind: 'exercises',
        id: 'old',
        data: {
          ...MINIMAL.exercises,
          date: '2025-01-01',
          services: ['a'],
          results: [{ service: 'a', recoveryTime: '5h' }],
        },
      },
      {
        kind: 'exercises',
        id: 'new',
        data: {
          ...MINIMAL.exercises,
          date: '2026-01-01',
          services: ['a'],
          results: [{ service: 'a', recoveryTime: '3h' }],
        },
      },
      {
        kind: 'exercises',
        id: 'planned',
        data: { ...MINIMAL.exercises, date: '2026-02-01', status: 'cancelled', services: ['b'] },
      },
    ]);
    const own = listOwnRecovery(m);
    expect(Object.fromEntries(own)).toEqual({
      a: { minutes: 180, source: 'measured', exercise: 'new', date: '2026-01-01' },
      b: { minutes: 120, source: 'estimated' },
      c: { minutes: 480, source: 'declared-rto' },
      d: { source: 'unknown' },
    });
  });
});

describe('rankByPriority', () => {
  it('orders by target, then worst impact, then dependents, then id, and explains why', () => {
    const r = rankByPriority([
      { key: 'services/c', id: 'c', target: 60, worstLevel: 2, dependents: 1 },
      { key: 'services/b', id: 'b', target: 60, worstLevel: 4, dependents: 0 },
      { key: 'services/a', id: 'a', target: undefined, worstLevel: 4, dependents: 9 },
      { key: 'services/d', id: 'd', target: 60, worstLevel: 2, dependents: 1 },
    ]);
    expect(r).toEqual([2, 1, 4, 3]);
  });
});

describe('reasonsOf', () => {
  const node = (rto: Partial<NodeRecovery['rto']>, impact: Partial<NodeRecovery['impact']>) => ({
    rto: { requiredPath: [], bottleneck: [], inversion: false, ...rto },
    impact: { functions: 0, services: 0, tier1Functions: 0, worstLevel: -1, ...impact },
  });
  const reasons = (x: ReturnType<typeof node>) => reasonsOf(x).map((t) => formatText(t));

  it('names the target and where it comes from, the worst impact and the dependents', () => {
    expect(
      reasons(node({ declared: 60, target: 60 }, { worstLevel: 4, worstLabel: 'Severe' })),
    ).toEqual(['RTO 1h (declared)', 'worst impact Severe']);
    expect(
      reasons(
        node(
          {
            declared: 480,
            required: 120,
            target: 120,
            requiredPath: ['services/web', 'services/db'],
          },
          { services: 1 },
        ),
      ),
    ).toEqual(['RTO 2h (required by web -> db)', '1 dependent fail with it']);
    expect(reasons(node({}, { functions: 4, services: 5 }))).toEqual([
      'no RTO declared or required',
      '9 dependents fail with it',
    ]);
  });
});

describe('analyseRecovery', () => {
  //   fn (RTO 4h) -> web (2h) -> db (8h, own 3h) ; web own 1h
  const model = () =>
    modelOf([
      {
        kind: 'bia',
        id: 'fn',
        data: {
          rto: '4h',
          mtpd: '1d',
          impacts: { financial: { '1d': 'high' } },
          dependsOn: ['web'],
        },
      },
      svc('web', { rto: '2h', recoveryTime: '1h', dependsOn: ['db'] }),
      svc('db', { rto: '8h', recoveryTime: '3h' }),
    ]);

  it('finds an RTO inversion and names the path that requires the tighter RTO', () => {
    const a = analyseRecovery(model());
    const db = a.byKey.get('services/db')!;
    expect(db.rto).toMatchObject({
      declared: 480,
      required: 120,
      target: 120,
      inversion: true,
      requiredPath: ['services/web', 'services/db'],
    });
    expect(a.issues.map((i) => `${i.key} ${i.rule}`)).toEqual(['services/db rto-inversion']);
    expect(formatText(a.issues[0].message)).toMatchInlineSnapshot(
      `"the declared RTO 8h is looser than the 2h required by web -> db."`,
    );
  });

  it('computes achievable times bottom-up and the gap against the target', () => {
    const a = analyseRecovery(model());
    expect(a.byKey.get('services/web')!.rto).toMatchObject({
      achievable: 240,
      gap: 120,
      bottleneck: ['services/web', 'services/db'],
    });
    expect(a.byKey.get('bia/fn')!.rto).toMatchObject({ declared: 240, achievable: 240, gap: 0 });
  });

  it('gives waves, impact counts, tiers and ranks', () => {
    const a = analyseRecovery(model());
    expect(a.waves).toEqual([
      { wave: 1, services: ['db'] },
      { wave: 2, services: ['web'] },
    ]);
    expect(a.byKey.get('services/db')!.impact).toMatchObject({
      functions: 1,
      services: 1,
      tier1Functions: 1,
      worstLabel: 'High',
    });
    // Tier of the 2h target (declared 8h is looser than what web requires): tier 1.
    expect(a.byKey.get('services/db')!.tier).toBe(1);
    expect(a.byKey.get('services/db')!.rank).toBe(1); // same 2h target as web, but more fails with it
  });

  it('reports unknown, never NaN, when recovery times are missing', () => {
    const a = analyseRecovery(modelOf([svc('web', { dependsOn: ['db'] }), svc('db')]));
    expect(a.byKey.get('services/web')!.rto.achievable).toBeUndefined();
    expect(JSON.stringify(a.nodes)).not.toContain('NaN');
  });

  it('warns once per dependency cycle and keeps going', () => {
    const a = analyseRecovery(
      modelOf([
        svc('dns', { dependsOn: ['dir'], recoveryTime: '30m' }),
        svc('dir', { dependsOn: ['dns'], recoveryTime: '1h' }),
        svc('app', { dependsOn: ['dns'], recoveryTime: '10m' }),
      ]),
    );
    expect(a.cycles).toEqual([
      {
        members: ['services/dir', 'services/dns'],
        path: ['services/dir', 'services/dns', 'services/dir'],
      },
    ]);
    expect(a.issues.filter((i) => i.rule === 'dependency-cycle')).toHaveLength(1);
    expect(a.byKey.get('services/app')!.rto.achievable).toBe(100);
  });

  describe('with two cycles through one service (seat <-> travel-a, seat <-> travel-b)', () => {
    //  bia/booking(1h) -> travel-b <-> seat <-> travel-a(1d) -> db
    const model = () =>
      modelOf([
        {
          kind: 'bia',
          id: 'booking',
          data: { rto: '1h', impacts: { customer: { '4h': 'high' } }, dependsOn: ['travel-b'] },
        },
        svc('seat', { dependsOn: ['travel-a', 'travel-b'], rto: '1h', recoveryTime: '10m' }),
        svc('travel-a', { dependsOn: ['seat', 'db'], rto: '1d', recoveryTime: '20m' }),
        svc('travel-b', { dependsOn: ['seat'], rto: '1h', recoveryTime: '30m' }),
        svc('db', { rto: '1h', recoveryTime: '1h' }),
      ]);

    it('names all three services in one cycle warning, with an example cycle', () => {
      const a = analyseRecovery(model());
      expect(a.cycles).toEqual([
        {
          members: ['services/seat', 'services/travel-a', 'services/travel-b'],
          path: ['services/seat', 'services/travel-a', 'services/seat'],
        },
      ]);
      const warnings = a.issues.filter((i) => i.rule === 'dependency-cycle');
      expect(
        warnings.map((i) => `${i.key} ${fieldOf(i)} ${i.value && formatText(i.value)}`),
      ).toEqual(['services/seat dependsOn "seat -> travel-a -> seat"']);
      expect(formatText(warnings[0].message)).toMatchInlineSnapshot(
        `"hard dependency cycle between seat, travel-a and travel-b (for example seat -> travel-a -> seat): these services can only be recovered together."`,
      );
    });

    it('names the requirement and bottleneck paths through the cycle along real dependencies', () => {
      const a = analyseRecovery(model());
      const travelA = a.byKey.get('services/travel-a')!;
      expect(travelA.rto.requiredPath).toEqual([
        'bia/booking',
        'services/travel-b',
        'services/seat',
        'services/travel-a',
      ]);
      expect(
        formatText(a.issues.find((i) => i.rule === 'rto-inversion')!.message),
      ).toMatchInlineSnapshot(
        `"the declared RTO 1d is looser than the 1h required by booking -> travel-b -> seat -> travel-a."`,
      );
      expect(a.byKey.get('bia/booking')!.rto.bottleneck).toEqual([
        'bia/booking',
        'services/travel-b',
        'services/seat',
        'services/travel-a',
        'services/db',
      ]);
    });
  });

  it('warns when the declared MTPD is longer than the impact table allows', () => {
    const a = analyseRecovery(
      modelOf([
        { kind: 'bia', id: 'fn', data: { mtpd: '3d', impacts: { customer: { '1d': 'severe' } } } },
      ]),
    );
    expect(a.issues.map((i) => i.rule)).toEqual(['mtpd-above-impacts']);
  });

  it('handles an empty organisation', () => {
    const a = analyseRecovery(modelOf([]));
    expect(a.nodes).toEqual([]);
    expect(a.waves).toEqual([]);
  });
});

describe('analyseRecovery on the sample organisation', () => {
  const a = analyseRecovery(sampleModel());

  it('finds the deliberate RTO inversion: ledger-db needed within 2h through payments-api', () => {
    const ledger = a.byKey.get('services/ledger-db')!;
    expect(ledger.rto).toMatchObject({ declared: 480, required: 120, inversion: true });
    expect(ledger.rto.requiredPath.slice(-2)).toEqual([
      'services/payments-api',
      'services/ledger-db',
    ]);
    expect(a.issues.filter((i) => i.rule === 'rto-inversion').map((i) => i.key)).toEqual([
      'services/ledger-db',
    ]);
  });

  it('finds the deliberate dependency cycle between DNS and the directory, once', () => {
    expect(a.cycles).toEqual([
      {
        members: ['services/directory', 'services/dns'],
        path: ['services/directory', 'services/dns', 'services/directory'],
      },
    ]);
  });

  it('shows order intake cannot meet its 4h RTO after a wide outage, bottlenecked by the ledger', () => {
    const oi = a.byKey.get('bia/order-intake')!;
    expect(oi.rto.gap).toBeGreaterThan(0);
    expect(oi.rto.bottleneck).toContain('services/ledger-db');
  });

  it('recovers network and storage before what runs on them', () => {
    const wave = (id: string) => a.byKey.get(`services/${id}`)!.wave!;
    expect(wave('dc-network-north')).toBe(1);
    expect(wave('storage-san')).toBeLessThan(wave('virtualisation-north'));
    expect(wave('dns')).toBe(wave('directory'));
    expect(wave('order-api')).toBeLessThan(wave('web-shop'));
  });
});

describe('analyseRecovery on a generated organisation (against brute force)', () => {
  const m = generatedModel(300);
  const rec = analyseRecovery(m);
  const { graph } = rec;

  it('gives each service the worst impact level and the tier-1 count of the functions that fail with it', () => {
    let withFunctions = 0;
    for (const x of rec.nodes.filter((n) => n.kind === 'services')) {
      const fns = impactedNodes(rec.impact, graph.index.get(x.key)!)
        .filter((i) => graph.kinds[i] === 'bia')
        .map((i) => rec.byKey.get(graph.keys[i])!);
      if (fns.length > 0) withFunctions++;
      expect(x.impact.worstLevel, x.key).toBe(Math.max(-1, ...fns.map((f) => f.impact.worstLevel)));
      expect(x.impact.tier1Functions, x.key).toBe(fns.filter((f) => f.tier === 1).length);
      expect(x.impact.functions, x.key).toBe(fns.length);
    }
    expect(withFunctions).toBeGreaterThan(50);
  });
});
