import { describe, it, expect } from 'vitest';
import { ORG, compare, svc } from './sides.ts';

describe('compareSides', () => {
  it('finds no effect when nothing changed', () => {
    const impact = compare(ORG(), ORG());
    expect(impact.verdict).toBe('No effect on recovery.');
    expect(impact.records).toEqual({ added: [], removed: [], changed: [], settings: [] });
    expect(impact.figures.changed).toEqual([]);
    expect(impact.scenarios).toEqual([]);
    expect(impact.graph.nodes).toEqual([]);
  });

  it('says what loosening the database RTO does: unreachable targets, an inversion, broken scenario targets', () => {
    const impact = compare(ORG(), ORG({ rto: '8h' }));
    expect(impact.verdict).toBe(
      'This change makes 4 targets unreachable, adds 1 RTO inversion and breaks 4 more targets in outage scenarios.',
    );
    expect(impact.records.changed).toEqual([
      {
        key: 'services/db',
        title: 'Database',
        file: 'services/db.md',
        fields: [{ field: 'rto', before: '1h', after: '8h' }],
        body: false,
      },
    ]);
    const achievable = Object.fromEntries(
      impact.figures.changed.map((f) => [
        f.key,
        [f.before?.rto.achievable, f.after?.rto.achievable],
      ]),
    );
    expect(achievable).toEqual({
      'services/db': [60, 480],
      'services/app': [90, 510],
      'services/web': [90, 510],
      'bia/sales': [90, 510],
    });
    expect(impact.figures.unreachable.sort()).toEqual([
      'bia/sales',
      'services/app',
      'services/db',
      'services/web',
    ]);
    expect(impact.warnings.added.map((w) => `${w.rule} ${w.key}: ${w.message}`)).toEqual([
      'rto-inversion services/db: the declared RTO 8h is looser than the 4h required by Sales -> App -> Database.',
    ]);
    expect(impact.scenarios).toEqual([
      {
        id: 'location-dc',
        title: 'Loss of Data centre',
        before: { functions: 1, services: 3, broken: [], atRisk: [] },
        after: {
          functions: 1,
          services: 3,
          broken: ['bia/sales', 'services/app', 'services/db', 'services/web'],
          atRisk: [],
        },
        newlyBroken: [
          { key: 'bia/sales', title: 'Sales' },
          { key: 'services/app', title: 'App' },
          { key: 'services/db', title: 'Database' },
          { key: 'services/web', title: 'Web' },
        ],
        noLongerBroken: [],
      },
    ]);
    // One target-unreachable gap per late record, in the gaps' order (the tier-1 function late by
    // half its target is high; the services, late by their whole target, are medium); the
    // verdict counts them as targets, not gaps.
    expect(impact.gaps.added.map((g) => `${g.severity} ${g.rule} ${g.key}`)).toEqual([
      'high target-unreachable bia/sales',
      'medium target-unreachable services/app',
      'medium target-unreachable services/db',
      'medium target-unreachable services/web',
    ]);
    expect(impact.effects.gaps).toEqual({ added: 0, resolved: 0 });
  });

  it('says the opposite when the change is reverted', () => {
    const impact = compare(ORG({ rto: '8h' }), ORG());
    expect(impact.verdict).toBe(
      'This change makes 4 targets reachable again, resolves 1 RTO inversion and mends 4 broken targets in outage scenarios.',
    );
  });

  it('lists records added and removed, with the edges they bring in the picture', () => {
    const impact = compare(
      ORG(),
      [
        ...ORG({}, [svc('cache', { title: 'Cache', recoveryTime: '10m' })]).filter(
          (r) => r.id !== 'web',
        ),
      ].map((r) =>
        r.id === 'app'
          ? { ...r, data: { ...r.data, dependsOn: ['db', { service: 'cache', type: 'soft' }] } }
          : r.id === 'sales'
            ? { ...r, data: { ...r.data, dependsOn: ['app'] } }
            : r,
      ),
    );
    expect(impact.records.added.map((r) => r.key)).toEqual(['services/cache']);
    expect(impact.records.removed.map((r) => r.key)).toEqual(['services/web']);
    expect(impact.records.changed.map((r) => [r.key, r.fields.map((f) => f.field)])).toEqual([
      ['bia/sales', ['dependsOn']],
      ['services/app', ['dependsOn']],
    ]);
    const app = impact.records.changed[1].fields[0];
    expect(app.items).toEqual({ added: [{ service: 'cache', type: 'soft' }], removed: [] });
    expect(impact.graph.edges.map((e) => `${e.from} ${e.type} ${e.state} ${e.to}`)).toEqual([
      'bia/sales hard kept services/app',
      'bia/sales hard removed services/web',
      'services/app soft added services/cache',
      'services/app hard kept services/db',
      'services/web hard removed services/db',
    ]);
    expect(impact.graph.nodes.map((n) => `${n.key} ${n.state}`)).toEqual([
      'bia/sales edited',
      'services/app edited',
      'services/cache added',
      'services/web removed',
      'services/db neighbour',
    ]);
  });

  it('reports content errors of either side without failing, and counts the new ones', () => {
    const impact = compare(ORG(), ORG({ rto: 'soon' }), { errors: true });
    expect(impact.problems.before).toEqual({ errors: 0, warnings: 0 });
    expect(impact.problems.after.errors).toBe(1);
    expect(
      impact.problems.added.map((i) => `${i.severity} ${i.file} ${i.field} ${i.rule}`),
    ).toEqual(['error services/db.md rto bad-duration']);
    // The broken database is left out of the model, so what depended on it loses a dependency.
    expect(impact.verdict).toMatch(/^This change adds 1 content error/);
    expect(impact.records.changed.map((r) => r.key)).toEqual(['services/db']);
  });
});
