import { describe, it, expect } from 'vitest';
import { toVerdict, type Effects } from '../../src/lib/impact/verdict.ts';
import { ORG, compare, svc } from './sides.ts';
import type { Rec } from '../helpers.ts';

/** ORG with `data` merged into the record `id`. */
const edit = (recs: Rec[], id: string, data: Record<string, unknown>): Rec[] =>
  recs.map((r) => (r.id === id ? { ...r, data: { ...r.data, ...data } } : r));

describe('diffFigures', () => {
  it('lists the wave moves of everything above a new bottom layer', () => {
    // storage (new) <- db <- app, web <- sales: every wave grows by one.
    const after = edit(
      ORG({ dependsOn: ['storage'] }, [svc('storage', { recoveryTime: '5m' })]),
      'db',
      {},
    );
    const f = compare(ORG(), after).figures;
    expect(f.waves.map((m) => `${m.key} ${m.before}->${m.after}`)).toEqual([
      'services/db 1->2',
      'services/app 2->3',
      'services/web 2->3',
      'bia/sales 2->3',
    ]);
  });

  it('lists the record whose ranking keys changed and only counts the ones it overtook', () => {
    // Before: db 1 (1h), app 2, web 3 (4h each, by id). Web's 2h puts it ahead of app.
    const f = compare(ORG(), edit(ORG(), 'web', { rto: '2h' })).figures;
    expect(f.ranks.map((m) => `${m.key} ${m.before}->${m.after}`)).toEqual(['services/web 3->2']);
    expect(f.otherRanks).toBe(1);
  });
});

describe('diffCycles', () => {
  it('finds the cycle a new dependency closes, and the verdict names it', () => {
    const impact = compare(ORG(), ORG({ dependsOn: ['app'] }));
    expect(impact.cycles).toEqual({
      added: [{ members: ['services/app', 'services/db'], path: 'App -> Database -> App' }],
      resolved: [],
    });
    expect(impact.verdict).toContain('adds 1 dependency cycle');
    expect(compare(ORG({ dependsOn: ['app'] }), ORG()).verdict).toContain(
      'breaks 1 dependency cycle',
    );
  });
});

describe('diffReviews', () => {
  it('shows a check that moves from never done to current, keeping its record and check', () => {
    const impact = compare(ORG(), ORG({ lastReviewed: '2026-10-01' }));
    expect(impact.reviews).toEqual([
      {
        key: 'services/db',
        title: 'Database',
        check: 'review',
        before: { status: 'never', due: null, detail: 'Never reviewed; due every 12 months.' },
        after: {
          status: 'current',
          due: '2027-10-01',
          detail: 'Reviewed 2026-10-01; due every 12 months.',
        },
      },
    ]);
    expect(impact.verdict).toBe(
      'No effect on recovery: 1 record changed, no recovery figure moved; 1 review item changed.',
    );
  });

  it('pairs a check by record and check when the record is renamed', () => {
    const impact = compare(ORG(), ORG({ title: 'Ledger' }));
    expect(impact.reviews).toEqual([]);
  });
});

describe('toVerdict', () => {
  const none: Effects = {
    analysed: true,
    errors: { added: 0, resolved: 0 },
    targets: { unreachable: 0, reachable: 0 },
    rtoInversions: { added: 0, resolved: 0 },
    rpoInversions: { added: 0, resolved: 0 },
    cycles: { added: 0, resolved: 0 },
    scenarioTargets: { broken: 0, mended: 0 },
    gaps: { added: 0, resolved: 0 },
    figures: 0,
    records: 0,
    reviews: 0,
  };

  it('puts bad news first, then good news, in one sentence', () => {
    expect(
      toVerdict({
        ...none,
        targets: { unreachable: 3, reachable: 1 },
        rtoInversions: { added: 1, resolved: 0 },
        rpoInversions: { added: 0, resolved: 2 },
      }),
    ).toBe(
      'This change makes 3 targets unreachable, adds 1 RTO inversion, makes 1 target reachable again and resolves 2 RPO inversions.',
    );
  });

  it('says "No effect on recovery" when nothing moved', () => {
    expect(toVerdict(none)).toBe('No effect on recovery.');
    expect(toVerdict({ ...none, records: 2 })).toBe(
      'No effect on recovery: 2 records changed, no recovery figure moved.',
    );
    expect(toVerdict({ ...none, records: 1, figures: 2 })).toBe(
      'No new or resolved problems: the recovery figures of 2 services and functions move.',
    );
  });
});
