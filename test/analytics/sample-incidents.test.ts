/**
 * The sample organisation's incidents do what src/content/README.md says they do, at the date
 * the tests use (2026-11-25): one service over its downtime budget, a recovery measured in a
 * real outage that changes the source of a figure but not the figure, and an outage older than
 * a year that no longer counts.
 */
import { describe, it, expect } from 'vitest';
import { analyse } from '../../src/lib/analytics/analyse.ts';
import { listOwnRecovery } from '../../src/lib/analytics/own-recovery.ts';
import { sampleModel } from './sample.ts';

const model = sampleModel();
const analysis = analyse(model);
const availability = analysis.availability;

describe('the sample incidents', () => {
  it('are valid records with no problem of their own', () => {
    expect(model.byKind.incidents.length).toBe(8);
    expect(model.issues.filter((i) => i.file.startsWith('incidents/'))).toEqual([]);
  });

  it('put only warehouse-management over its budget: 6h 45m against the 4h 22.8m of 99.95 %', () => {
    expect(availability.overBudget).toEqual(['services/warehouse-management']);
    const wms = availability.byKey.get('services/warehouse-management')!;
    expect(wms).toMatchObject({
      target: 99.95,
      targetSource: 'tier',
      year: { downtime: 405, budget: 262.8, left: -142.2, achieved: 99.9229 },
      incidents: ['incidents/inc-2026-08-warehouse-release'],
      mttr: 405,
      open: 0,
    });
    // Out of the 91 days: it began on 2026-08-11, the quarter from 2026-08-27.
    expect(wms.quarter.downtime).toBe(0);
    const gap = analysis.gaps.find((g) => g.rule === 'over-downtime-budget')!;
    expect([gap.key, gap.severity]).toEqual(['services/warehouse-management', 'high']);
  });

  it('count degraded services as no downtime', () => {
    // The June PostgreSQL failure slowed order-api, warehouse-management and crm.
    expect(availability.byKey.get('services/order-api')?.year.downtime).toBe(0);
    expect(availability.byKey.get('services/crm')?.incidents).toEqual([]);
  });

  it('leave the SAN path failure of October 2025 out of the year window', () => {
    expect(availability.window.year).toEqual({ from: '2025-11-26', to: '2026-11-25' });
    const san = availability.byKey.get('services/storage-san')!;
    expect([san.year.downtime, san.incidents, san.mttr]).toEqual([0, [], undefined]);
  });

  it("measure postgres-cluster's recovery in the June outage, with the January exercise's figure", () => {
    const own = listOwnRecovery(model).get('postgres-cluster');
    expect(own).toEqual({
      minutes: 70,
      source: 'measured',
      incident: 'inc-2026-06-postgres-primary-failure',
      date: '2026-06-23',
    });
    // The other incidents measure nothing, so no other service's figure moves.
    const measuredByIncident = [...listOwnRecovery(model)].filter(([, o]) => o.incident);
    expect(measuredByIncident.map(([id]) => id)).toEqual(['postgres-cluster']);
  });

  it("list the warehouse incident's untested rollback as an overdue lesson", () => {
    const item = analysis.reviews.find(
      (r) => r.check === 'finding' && r.key === 'incidents/inc-2026-08-warehouse-release',
    );
    expect(item).toMatchObject({ owner: 'application-support', due: '2026-10-31' });
    expect(item?.status).toBe('overdue');
  });
});
