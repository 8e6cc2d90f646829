/** Impact test helpers: a side of the comparison from literal records, through the real schemas. */
import { expect } from 'vitest';
import { analyse } from '../../src/lib/analytics/analyse.ts';
import { compareSides, type Impact, type ImpactSide } from '../../src/lib/impact/compare.ts';
import { AS_OF, modelOf, raw, type Rec } from '../helpers.ts';

/** A side made of `recs` plus the team "ops" (what modelOf builds), analysed. */
export function sideOf(recs: Rec[], settings: unknown = {}): ImpactSide {
  const model = modelOf(recs, settings);
  return {
    raws: raw([{ kind: 'teams', id: 'ops' }, ...recs]),
    settings,
    model,
    analysis: analyse(model),
  };
}

/** Compares two literal organisations; neither may have content errors unless `errors` says so. */
export function compare(before: Rec[], after: Rec[], options: { errors?: boolean } = {}): Impact {
  const b = sideOf(before);
  const a = sideOf(after);
  if (!options.errors)
    for (const s of [b, a])
      expect(s.model.issues.filter((i) => i.severity === 'error')).toEqual([]);
  return compareSides(b, a, {
    base: { ref: 'main', commit: '0123456789abcdef0123456789abcdef01234567' },
    content: 'src/content',
    baseHasContent: true,
    asOf: AS_OF,
  });
}

export const svc = (id: string, data: Record<string, unknown> = {}): Rec => ({
  kind: 'services',
  id,
  data: { kind: 'application', ...data },
});

/**
 * The organisation most tests change:
 *
 *   sales (function, RTO 4h)
 *     |        \
 *    app (4h,   web (4h, own 30m)
 *    own 30m)    |
 *       \       /
 *        db (RTO 1h, own = its RTO, only at dc)
 *
 * plus a plan covering db. Everything recovers in time; losing dc breaks nothing.
 */
export const ORG = (db: Record<string, unknown> = {}, extra: Rec[] = []): Rec[] => [
  { kind: 'locations', id: 'dc', data: { title: 'Data centre', type: 'data-centre' } },
  { kind: 'bia', id: 'sales', data: { title: 'Sales', rto: '4h', dependsOn: ['app', 'web'] } },
  svc('app', { title: 'App', rto: '4h', recoveryTime: '30m', dependsOn: ['db'] }),
  svc('web', { title: 'Web', rto: '4h', recoveryTime: '30m', dependsOn: ['db'] }),
  svc('db', { title: 'Database', kind: 'data', rto: '1h', locations: ['dc'], ...db }),
  {
    kind: 'plans',
    id: 'db-plan',
    data: { type: 'disaster-recovery', covers: { services: ['db'] } },
  },
  ...extra,
];
