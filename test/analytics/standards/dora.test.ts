import { describe, it, expect } from 'vitest';
import { exercise, fn, plan, rec, resultOf, service } from './fixtures.ts';
import type { Rec } from '../../helpers.ts';

const dora = (recs: Rec[], id: string) => resultOf(recs, 'dora', id);

describe('DORA checklist', () => {
  describe('Art. 12(1) backups as often as the recovery point needs', () => {
    //   orders (function, 2h, RPO 15m) --> ledger (RPO 1h declared, 15m required; backup 30m)
    //   stock (1h, RPO 1h; backup 30m)
    const recs: Rec[] = [
      fn('orders', { rto: '2h', rpo: '15m', dependsOn: ['ledger'] }),
      service('ledger', { rto: '1h', rpo: '1h', backup: { interval: '30m' } }),
      service('stock', { rto: '1h', rpo: '1h', backup: { interval: '30m' } }),
    ];

    it('holds a backup against the tighter of the declared RPO and the one required by what depends on it', () => {
      expect(dora(recs, 'art-12-1-frequency')).toEqual({
        status: 'partly',
        summary: '1 of 2 tier 1-2 services holding data backed up within their RPO',
        evidence: ['services/stock'],
        missing: [
          'services/ledger: Backed up every 30m, less often than its RPO of 15m required by what depends on it (backup.interval).',
        ],
      });
    });

    it('is not met when no tier 1-2 service that declares an RPO records a backup, and leaves out services that hold no data', () => {
      const r = dora(
        [
          fn('orders', { rto: '2h', rpo: '15m', dependsOn: ['ledger', 'gateway'] }),
          service('ledger', { rto: '1h', rpo: '1h' }),
          service('gateway', { rto: '1h' }),
        ],
        'art-12-1-frequency',
      );
      expect(r.status).toBe('not-met');
      expect(r.summary).toMatch(/^0 of 1 /);
      expect(r.missing).toEqual([
        'services/ledger: No backup recorded (backup) for its RPO of 15m.',
      ]);
    });
  });

  describe('Art. 12(2) backup restoration tested', () => {
    it('takes the later of the last restore test and a recovery point measured in an exercise', () => {
      const r = dora(
        [
          service('ledger', {
            rto: '1h',
            rpo: '1h',
            backup: { interval: '30m', lastRestoreTest: '2025-01-10' },
          }),
          service('stock', {
            rto: '1h',
            rpo: '1h',
            backup: { interval: '30m', lastRestoreTest: '2025-01-10' },
          }),
          exercise('ex-restore', '2026-04-01', {
            type: 'restore-test',
            results: [{ service: 'stock', recoveryTime: '40m', recoveryPoint: '10m' }],
          }),
        ],
        'art-12-2',
      );
      expect(r.status).toBe('partly');
      expect(r.evidence).toEqual(['services/stock']);
      expect(r.missing).toEqual([
        'services/ledger: Last restore test 2025-01-10, more than 12 months ago (backup.lastRestoreTest).',
      ]);
    });
  });

  describe('Art. 11(6)(a) plans tested at least yearly', () => {
    it('looks at every approved plan, not only those for tier 1-2', () => {
      const r = dora(
        [
          service('archive', { rto: '2w' }),
          plan('archive-dr', { covers: { services: ['archive'] } }),
          plan('old-draft', { status: 'draft' }),
        ],
        'art-11-6-a',
      );
      expect(r).toMatchObject({
        status: 'not-met',
        summary: '0 of 1 approved plans exercised within 12 months',
      });
      expect(r.missing).toHaveLength(1);
    });
  });

  describe('Art. 28(8) exit strategies', () => {
    //   pay (1h) supplied by paygate (exit plan: pay-exit); stock (1h) supplied by boxco (none)
    const recs: Rec[] = [
      service('pay', { rto: '1h', vendors: ['paygate'] }),
      service('stock', { rto: '1h', vendors: ['boxco'] }),
      rec('vendors', 'paygate', { substitutability: 'hard', exitPlan: 'pay-exit' }),
      rec('vendors', 'boxco', { substitutability: 'easy' }),
    ];

    it('is met when every vendor of a tier 1-2 service has an approved exit plan', () => {
      const r = dora(
        [recs[0], recs[2], plan('pay-exit', { type: 'exit', covers: { services: ['pay'] } })],
        'art-28-8',
      );
      expect(r).toMatchObject({ status: 'met', evidence: ['vendors/paygate'] });
    });

    it('says an exit plan that is still a draft, and a vendor with none', () => {
      const r = dora(
        [
          ...recs,
          plan('pay-exit', { type: 'exit', status: 'draft', covers: { services: ['pay'] } }),
        ],
        'art-28-8',
      );
      expect(r.status).toBe('not-met');
      expect(r.missing).toEqual([
        'vendors/boxco: No exit plan (exitPlan).',
        'vendors/paygate: Its exit plan pay-exit is draft, not approved.',
      ]);
    });

    it('is not applicable when no vendor supplies a tier 1-2 service', () => {
      expect(dora([service('pay', { rto: '1h' })], 'art-28-8').status).toBe('not-applicable');
    });
  });

  describe('RTS Art. 26(2) plans consider the disruption scenarios', () => {
    it('counts the scenarios of the list an approved plan for a tier 1-2 service is written for', () => {
      const r = dora(
        [
          service('shop', { rto: '1h' }),
          plan('shop-dr', {
            covers: { services: ['shop'] },
            scenarios: ['site-loss', 'ict-failure'],
          }),
        ],
        'rts-26-2',
      );
      expect(r.status).toBe('partly');
      expect(r.summary).toBe(
        '2 of 12 disruption scenarios an approved tier 1-2 plan is written for',
      );
      expect(r.evidence).toEqual(['plans/shop-dr']);
      expect(r.missing[0]).toBe(
        '(none): No approved plan for a tier 1-2 service is written for the scenario cyber-attack (scenarios).',
      );
    });
  });

  describe('Art. 11(1) ICT business continuity policy', () => {
    const policy = (data: Record<string, unknown>) =>
      rec('policies', 'bcp', { topic: 'continuity', lastReviewed: '2026-06-01', ...data });

    it('is not met with no policy of topic continuity, and met with an approved one in force', () => {
      expect(dora([], 'art-11-1')).toMatchObject({
        status: 'not-met',
        summary:
          'No policy has topic: continuity (write the business continuity policy, or set topic on it)',
      });
      expect(
        dora(
          [
            rec('people', 'ceo'),
            policy({
              status: 'approved',
              approvedBy: 'ceo',
              approvedOn: '2026-06-01',
              objectives: [{ id: 'o1', statement: 'Plans for every tier 1 service.' }],
            }),
          ],
          'art-11-1',
        ).status,
      ).toBe('met');
    });

    it('says what a draft policy lacks', () => {
      expect(dora([policy({ effectiveFrom: '2027-01-01' })], 'art-11-1').missing).toEqual([
        'policies/bcp: Draft, not approved (status); not in force until 2027-01-01 (effectiveFrom); sets no objectives (objectives).',
      ]);
    });
  });

  describe('Art. 13(2) post-incident reviews', () => {
    //   shop (1h) down in inc-shop; archive (2w) down in inc-archive (not looked at)
    const recs: Rec[] = [
      service('shop', { rto: '1h' }),
      service('archive', { rto: '2w' }),
      rec('incidents', 'inc-archive', {
        recovered: '2026-01-10T12:00',
        services: [{ service: 'archive' }],
      }),
    ];

    it('looks at the incidents over that took down a tier 1-2 service, asking for a written review and lessons', () => {
      const r = dora(
        [
          ...recs,
          rec('incidents', 'inc-shop', {
            recovered: '2026-01-10T12:00',
            services: [{ service: 'shop' }],
          }),
        ],
        'art-13-2',
      );
      expect(r).toEqual({
        status: 'not-met',
        summary:
          '0 of 1 incidents on tier 1-2 services or functions with a written review and lessons recorded',
        evidence: [],
        missing: [
          'incidents/inc-shop: No written review in its body; no lessons learned recorded (findings).',
        ],
      });
    });

    it('is not applicable when no incident touched a tier 1-2 service or function', () => {
      expect(dora(recs, 'art-13-2').status).toBe('not-applicable');
    });
  });
});
