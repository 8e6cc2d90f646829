import { describe, it, expect } from 'vitest';
import { buildContext } from '../../src/lib/analytics/context.ts';
import { listOwnRecovery } from '../../src/lib/analytics/own-recovery.ts';
import { isLaterMeasurement } from '../../src/lib/analytics/exercise-history.ts';
import { findGaps } from '../../src/lib/analytics/gaps/index.ts';
import { formatText } from '../../src/lib/model/text.ts';
import { toRecordPage } from '../../src/lib/render/record-page.ts';
import { href, literalSite } from '../render/sites.ts';
import { modelOf, type Rec } from '../helpers.ts';

const svc = (id: string, data: Record<string, unknown> = {}): Rec => ({
  kind: 'services',
  id,
  data: { kind: 'application', ...data },
});
const exercise = (id: string, date: string, results: unknown[]): Rec => ({
  kind: 'exercises',
  id,
  data: { type: 'restore-test', date, status: 'completed', services: ['db'], results },
});
const incident = (id: string, start: string, services: unknown[]): Rec => ({
  kind: 'incidents',
  id,
  data: { cause: 'ict-failure', start, recovered: start.replace(/T.*/, 'T23:00'), services },
});

// db: estimate 1h; the January restore test took 3h20m; the June outage measured 5h.
const recs: Rec[] = [
  svc('db', { rto: '4h', recoveryTime: '1h' }),
  exercise('ex-jan', '2026-01-24', [
    { service: 'db', recoveryTime: '3h20m', recoveryPoint: '15m' },
  ]),
  incident('inc-jun', '2026-06-03T14:12', [
    { service: 'db', recoveryTime: '5h', recoveryPoint: '5m' },
  ]),
];

describe('isLaterMeasurement', () => {
  const seen = { source: 'exercises/ex-a' as const, date: '2026-06-03', minutes: 60 };
  it('lets the later date win, and on the same date a real incident outrank an exercise', () => {
    expect(isLaterMeasurement('2026-06-04', 'exercises/ex-b', seen)).toBe(true);
    expect(isLaterMeasurement('2026-06-02', 'incidents/inc', seen)).toBe(false);
    expect(isLaterMeasurement('2026-06-03', 'incidents/inc', seen)).toBe(true);
    expect(
      isLaterMeasurement('2026-06-03', 'exercises/ex-b', { ...seen, source: 'incidents/inc' }),
    ).toBe(false);
  });
});

describe('a recovery measured in an incident', () => {
  it('replaces an older exercise measurement as the own recovery time, time and point', () => {
    const model = modelOf(recs);
    expect(model.issues).toEqual([]);
    expect(listOwnRecovery(model).get('db')).toEqual({
      minutes: 300,
      source: 'measured',
      incident: 'inc-jun',
      date: '2026-06-03',
    });
    expect(buildContext(model).exercises.latestOf('services/db')?.point).toEqual({
      source: 'incidents/inc-jun',
      date: '2026-06-03',
      minutes: 5,
    });
  });

  it('is itself replaced by a later exercise', () => {
    const later = modelOf([
      ...recs,
      exercise('ex-sep', '2026-09-10', [{ service: 'db', recoveryTime: '2h' }]),
    ]);
    expect(listOwnRecovery(later).get('db')).toMatchObject({ minutes: 120, exercise: 'ex-sep' });
  });

  it('says so on the service page, beside the estimate it set aside', () => {
    const site = literalSite(recs, 'confidential');
    const page = toRecordPage(site, site.model.index.get('services/db')!, href);
    const own = page.insights?.facts.find((f) => f.label === 'Own recovery time');
    expect(own?.value).toBe(
      '5h, measured in a real outage, inc-jun on 2026-06-03; history: declared recoveryTime 1h',
    );
  });

  it('is a target missed when it exceeds the RTO, naming the incident', () => {
    const gaps = findGaps(buildContext(modelOf(recs))).filter(
      (g) => g.rule === 'target-not-met-in-exercise',
    );
    expect(gaps.map((g) => formatText(g.message))).toEqual([
      'In inc-jun (2026-06-03) db recovered in 5h against its declared RTO of 4h.',
    ]);
  });
});

describe('the incident record rules', () => {
  it('reports times out of order, in the future, and a restore longer than the outage', () => {
    const model = modelOf([
      svc('db'),
      {
        kind: 'incidents',
        id: 'bad',
        data: {
          cause: 'unknown',
          start: '2026-03-01T10:00',
          detected: '2026-03-01T09:00',
          recovered: '2026-03-01T11:00',
          stoodDown: '2026-12-01T10:00',
          services: [{ service: 'db', recoveryTime: '2h' }],
          findings: [{ id: 'L1', title: 'x', severity: 'low', owner: 'ops', due: '2026-02-01' }],
        },
      },
      {
        kind: 'incidents',
        id: 'typo',
        data: { cause: 'unknown', start: '2026-03-01 25:00' },
      },
    ]);
    expect(model.issues.map((i) => `${i.severity} ${i.file} ${i.rule}: ${i.message}`)).toEqual([
      'error incidents/bad.md date-order: detected (2026-03-01T09:00) is before start (2026-03-01T10:00).',
      'error incidents/bad.md date-order: the finding is due 2026-02-01, before the incident that raised it (2026-03-01).',
      'warning incidents/bad.md recovery-longer-than-outage: "db" took 2h to restore, longer than it was down (1h).',
      'error incidents/bad.md date-in-future: the incident stood down at 2026-12-01T10:00, after today (2026-11-25).',
      'error incidents/typo.md bad-date-time: "2026-03-01 25:00" is not a date and time. Write it as YYYY-MM-DDTHH:MM, for example 2026-03-31T14:05.',
    ]);
  });
});
